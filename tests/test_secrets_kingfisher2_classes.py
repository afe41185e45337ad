"""Classes that the second part of Kingfisher's rule examples (rule files 51-100, measured from
outside) showed missed, written as our own cases (own values, made up for these tests) before
the rules changed for them, each with decoys of the same shape:

- curl's `-u user:password` (or `-u key:`) at the very start of a line continued from the
  command's line with a backslash, with no indentation before the option;
- a line holding a service's name, then a secret's name, then a machine-made value, separated by
  spaces (`relay SECRET <value>`): the name written in two words;
- Buildkite API access tokens (`bkua_` and 40 lowercase hex digits) standing alone.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

CLIENT = "oa2-client-id_Fq3vR9dL0xWm2KpT7sYb4nHc8ZeJ1uAg"
CLIENT_SECRET = "OfidzOhMCIgbbdU1c0XX1RFVMsrD5v4OUOhd14AN"
BK_TOKEN = "bkua_2c9228528ec08c86972d649ce4cd6d4328ed723d"

REPORTED = [
    # -- curl's user option on a continued line, not indented
    (
        "docs/oauth.md",
        f"curl -X POST https://auth.qarz.kz/oauth2/token?grant_type=client_credentials \\\n"
        f"-u {CLIENT}:{CLIENT_SECRET}\n",
        2,
    ),
    ("scripts/send.sh", "curl -s https://mail.qarz.kz/v1 \\\n-u 9421cc1c93016f1c4261e5351d30b498:\n", 2),
    ("scripts/push.sh", "curl -X PUT https://nexus.qarz.kz/upload \\\n--user deploy:Zt7#pLq2Wm\n", 2),
    # -- a service's name, a secret's name and a machine-made value, separated by spaces
    ("notes.txt", "relay SECRET Uszi95odUe1zdnhPHAdlgWD8kSVdylVa\n", 1),
    ("conf/agent.conf", "ledger TOKEN fp6bwrr6cdb1bb4oo6mtss2w3ss8y4ugqmkjsvzfbs4w5f34\n", 1),
    ("notes.txt", "sms api_key Uszi95odUe1zdnhPHAdlgWD8kSVdylVa\n", 1),
    # -- Buildkite API access tokens with no name beside them
    ("notes.txt", f'"{BK_TOKEN}"\n', 1),
    (".buildkite/pipeline.yml", f"env:\n  BK_API: {BK_TOKEN}\n", 2),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # curl's user option on a continued line, but a reference, a placeholder or no password
    ("scripts/send.sh", "curl -s https://mail.qarz.kz/v1/messages \\\n-u $MAILER_USER:$MAILER_PASS\n"),
    ("docs/oauth.md", "curl -X POST https://auth.qarz.kz/token \\\n-u user:password\n"),
    ("scripts/send.sh", "curl -s https://mail.qarz.kz/v1 \\\n-u deploy\n"),
    # a line that does not continue the curl command: `-u` of another program
    ("scripts/run.sh", "curl -s https://x.qarz.kz/health\n-u deploy:Zt7#pLq2Wm\n"),
    # two words before the secret's name, a public key, a placeholder or a word as the value
    ("notes.txt", "the api key Uszi95odUe1zdnhPHAdlgWD8kSVdylVa\n"),
    ("notes.txt", "ssh public key Uszi95odUe1zdnhPHAdlgWD8kSVdylVa\n"),
    ("notes.txt", "public key Uszi95odUe1zdnhPHAdlgWD8kSVdylVa\n"),
    ("notes.txt", "relay SECRET abcdefghijklmnopqrstuvwxyz123456\n"),
    ("notes.txt", "relay TOKEN authentication_bearer_header\n"),
    ("src/app.py", "    relay token Uszi95odUe1zdnhPHAdlgWD8kSVdylVa\n"),
    # Buildkite's shape holding one repeated character, or a longer run
    ("notes.txt", '"bkua_' + "0" * 40 + '"\n'),
    ("notes.txt", '"bkua_2c9228528ec08c86972d649ce4cd6d4328ed723d5f"\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
