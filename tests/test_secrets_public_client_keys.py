"""Keys a service publishes to browsers and apps by design (Stripe's publishable keys, PostHog's
project keys) are not secrets under a key's name; the secret keys of the
same services, told apart by their prefix, still are."""

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
