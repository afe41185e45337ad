"""Classes that the third part of betterleaks' rule samples (30 rule files, measured from
outside) showed missed, written as our own cases (own values, made up for these tests) before the
rules changed for them, each with decoys of the same shape:

- a secret's name written as one word in capitals, a qualifier joined to the secret's word
  (`NGROK_AUTHTOKEN`, `LEDGER_APIKEY`, `QARZ_ACCESSTOKEN`), as the same name in lower case
  (`authtoken`, `apikey`) already was;
- a word that names no secret read at the end of a longer word of the name: `platform_key` is not
  a form's key, `backend_token` not an end token, `sentry_key` not an entry's key. The word counts
  only where it starts a part of the name (after `_`, `.`, `-`, a digit or a change of case), or
  in a name written as one word, where the parts cannot be told.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

KEY = "Zr7Tq2Wm9Xk4Lp8Vn3Bs6Hd1Fc5Jy0G"
DASHED = "Qm3-Tz8_Lw2Vx7Rk4Np9Bh6Yd1Fs5Jc0Gt8Wq3Ze"
HEX = "8f2c6a1e9b3d5f7a0c4e6b8d2a1f3c5e"
PAGE = "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3YXBwMTZvEAAaA"

REPORTED = [
    # -- a compound secret's name in capitals
    ("deploy/.env", "NGROK_AUTHTOKEN=2Lq8Vw3Xn7Bz4Mk9Rt6Yp1Hs5Dc_4Fj8Wn2Qv7Zx3Kb6Tm\n", 1),
    ("deploy/.env", f"LEDGER_APIKEY={KEY}\n", 1),
    ("config/app.ini", f"QARZ_ACCESSTOKEN = {HEX}\n", 1),
    ("deploy/.env", f"SLACK_BOTTOKEN={KEY}\n", 1),
    # -- a not-secret word at the end of a longer word of the name
    ("deploy/.env", f"IBM_PLATFORM_KEY={DASHED}\n", 1),
    ("app/settings.py", f'BACKEND_TOKEN = "{HEX}"\n', 1),
    ("app/settings.py", f'escrow_key = "{KEY}"\n', 1),
    ("src/config.ts", f'const platformToken = "{KEY}";\n', 1),
    ("deploy/.env", f"SENTRY_KEY={HEX}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # a word ending in a secret's word, not a compound name; a placeholder; a CSRF token
    ("deploy/.env", f"TURKEY={KEY}\n"),
    ("deploy/.env", "NGROK_AUTHTOKEN=changeme\n"),
    ("deploy/.env", f"CSRFTOKEN={KEY}\n"),
    # not-secret words that start a part of the name, or a name written as one word
    ("src/app.ts", f'const nextPageToken = "{PAGE}";\n'),
    ("src/app.ts", f'const loginFormKey = "{KEY}";\n'),
    ("app/cache.py", f'CACHE_KEY = "{HEX}"\n'),
    ("app/cache.py", f'memcache_key = "{HEX}"\n'),
    ("app/api.py", f'next_page_token = "{PAGE}"\n'),
    ("app/api.py", f'nextpagetoken = "{PAGE}"\n'),
    ("app/forms.py", f'RECAPTCHA_WEBSITE_KEY = "{KEY}"\n'),
    ("src/Feed.java", f'String XMLFormKey = "{KEY}";\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()


# -- a live secret key of another service than Stripe: `sk_live_` and a base64 body -----------------

BASE64_BODY = "Ym9va19rZXlf+Qw7Lp2Zx9Vn4Rt8/Km3Hs6Dc1Fj5Wb0Gy7Tq2Nx4Pz8Lv3Ke6=="


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("deploy/.env", f'PAYMENTS_SK_LIVE="sk_live_{BASE64_BODY}"\n'),
        ("app/billing.py", f'client = Client("sk_live_{BASE64_BODY}")\n'),
    ],
)
def test_live_key_with_base64_body_is_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("deploy/.env", f'PAYMENTS_SK_TEST="sk_test_{BASE64_BODY}"\n'),  # test mode
        ("docs/keys.md", "Live keys start with `sk_live_` and a base64 body (`sk_live_abc+/...`).\n"),
        ("deploy/.env", 'PAYMENTS_SK_LIVE="sk_live_aaaaaaaaaaaaaaaa+aaaaaaaaaaaaaaaaaaaaaaaa/aaaa"\n'),
    ],
)
def test_live_key_decoys_are_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
