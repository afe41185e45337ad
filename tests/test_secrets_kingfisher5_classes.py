"""A class that the fifth part of Kingfisher's rule examples (27 rule files after the fourth part,
measured from outside) showed missed, written as our own cases (own values, made up for these
tests) before the rules changed for it, with decoys of the same shape:

- tokens with a prefix their providers document, standing alone or under a name that is no
  secret's name (`posthog = ...`, `prefect = ...`): PostHog personal API keys (`phx_`), Prefect
  Cloud API keys of users and of service accounts (`pnu_`, `pnb_`; the second prefix is the one
  Prefect's own CLI accepts beside the first) and Pulumi access tokens (`pul-` and 40 hexadecimal
  digits).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

POSTHOG = "phx_t11OPHsQN26tGTVqS7YYB04sAv7ET5CFRJA9OJXzel7"
PREFECT = "pnu_HBg5PgOyvI0tf0wPV4xUG2cBqLjBXEXVmbTi"
PREFECT_BOT = "pnb_RsCXeZMSIroB6IUhylkCvOMxD0Z6oMIU47X0"
PULUMI = "pul-ede02012127f395057072de11354417ced8e70f4"

REPORTED = [
    # -- a PostHog personal API key under the service's name, standing alone, in code
    ("notes.txt", f"posthog = {POSTHOG}\n", 1),
    ("notes.txt", f"{POSTHOG}\n", 1),
    ("src/analytics.py", f'client = Posthog(personal_api_key="{POSTHOG}", host=HOST)\n', 1),
    # -- a Prefect Cloud API key: the CLI's login line, the service's name
    ("ci/deploy.sh", f"prefect cloud login -k {PREFECT}\n", 1),
    ("notes.txt", f"prefect = {PREFECT}\n", 1),
    ("deploy/values.yaml", f"worker:\n  apiKey: {PREFECT}\n", 2),
    ("ci/deploy.sh", f"prefect cloud login --key {PREFECT_BOT} --workspace lending/prod\n", 1),
    # -- a Pulumi access token standing alone, under a variable that is no secret's name
    ("notes.txt", f"{PULUMI}\n", 1),
    ("ci/pipeline.yml", f"env:\n  PULUMI: {PULUMI}\n", 2),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # the prefixes with too short a body, one repeated character, or the alphabet spelled out
    ("notes.txt", "posthog = phx_abc123\n"),
    ("notes.txt", "posthog = phx_" + "x" * 43 + "\n"),
    ("notes.txt", "posthog = phx_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ\n"),
    ("notes.txt", "prefect = pnu_short\n"),
    ("notes.txt", "prefect = pnu_" + "0" * 36 + "\n"),
    ("notes.txt", "prefect = pnb_" + "x" * 36 + "\n"),
    ("notes.txt", "pul-" + "0" * 40 + "\n"),
    ("notes.txt", "pul-1234\n"),
    # PostHog's project key is published in every page by design (`phc_`)
    ("src/analytics.js", "posthog.init('phc_t11OPHsQN26tGTVqS7YYB04sAv7ET5CFRJA9OJXzel7')\n"),
    # the prefixes inside a longer word or name
    ("notes.txt", f"x{POSTHOG}\n"),
    ("notes.txt", f"spnu_{PREFECT[4:]}\n"),
    ("src/app.py", "pnu_handler_name_for_the_ledger_service_in_prod = 1\n"),
    ("notes.txt", f"capul-{PULUMI[4:]}\n"),
    # `pul-` with letters past `f`: no hexadecimal digest
    ("notes.txt", "pul-ghijklmnopqrstuvwxyzghijklmnopqrstuvwxyz\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)
