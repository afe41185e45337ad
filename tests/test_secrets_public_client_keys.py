"""Keys a service publishes to browsers and apps by design (Stripe's publishable keys, PostHog's
project keys) are not secrets under a key's name; the secret keys of the
same services, told apart by their prefix, still are. The decision holds in every detector: under
a key's name, in a URL's query, after a token's name in YAML or in prose."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE


def _rules(text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan("app/settings.py", text).detections]


@pytest.mark.parametrize(
    "line",
    [
        'POSTHOG_API_KEY = "phc_Qw7kLz2vRm9XpT4bN8cY1dF6gH3jK5sA0eU2iO7"\n',
        'STRIPE_KEY = "pk_live_Zq8UmDzV8fUkkibjL5DZPjN0"\n',
    ],
)
def test_a_key_published_by_design_is_not_a_secret(line: str) -> None:
    assert _rules(line) == []


@pytest.mark.parametrize(
    "line",
    [
        'POSTHOG_PERSONAL_KEY = "phx_Qw7kLz2vRm9XpT4bN8cY1dF6gH3jK5sA0eU2iO7"\n',
        'STRIPE_SECRET_KEY = "sk_live_Zq8UmDzV8fUkkibjL5DZPjN0"\n',
    ],
)
def test_the_secret_keys_of_the_same_services_are(line: str) -> None:
    assert _rules(line) != []


PROJECT_KEY = "phc_Qw7kLz2vRm9XpT4bN8cY1dF6gH3jK5sA0eU2iO7"
PERSONAL_KEY = "phx_Qw7kLz2vRm9XpT4bN8cY1dF6gH3jK5sA0eU2iO7"
ELSEWHERE = [
    # a settings file kept as a JSON string, read as a URL's query (url-query-secret)
    ("config/settings.json", '{"config.ini": "POSTHOG_TOKEN=%s\\nBACKUP_ENABLED=true"}\n'),
    ("app/analytics.js", 'fetch("https://eu.i.posthog.com/decide?token=%s")\n'),
    # a token's name in YAML, bare or quoted (token-in-prose)
    ("deploy/values.yaml", "posthog_token: %s\n"),
    ("deploy/values.yaml", "posthog_token: '%s'\n"),
    ("deploy/values.yaml", 'posthog_token: "%s"\n'),
    # a name and the value with spaces between, in a note (spaced-name-value)
    ("docs/notes.txt", "analytics token %s\n"),
]


def _scan(path: str, text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


@pytest.mark.parametrize(("path", "line"), ELSEWHERE)
def test_a_project_key_is_not_a_secret_in_any_detector(path: str, line: str) -> None:
    assert _scan(path, line % PROJECT_KEY) == []


@pytest.mark.parametrize(("path", "line"), ELSEWHERE)
def test_a_personal_key_in_the_same_places_still_is(path: str, line: str) -> None:
    assert _scan(path, line % PERSONAL_KEY) != []
