"""A class of missed secret read beside the fifteenth part of Kingfisher's rule examples, written
as our own cases (own values, made up for these tests) before the rules changed for it:

- a payment service's **live-mode key** whose prefix says what it is: `live_` and a random body
  (the access tokens and API keys of some payment services), or a letter run naming the key's
  kind before it (`ak_live_` an API key, `skey_live_` a secret key), written where no secret's
  name stands beside it: a JSON map keyed by the provider, a client's constructor argument, a
  list of keys. Under a secret's name it was already reported; with no name it was not.

Not reported: the test-mode twins (`ak_test_`, `test_`), the prefixes of keys published to
browsers (`pk_live_`, `pkey_live_`, `ek_live_`) and of a checkout's key id (`rzp_live_`), a typed
body (an alphabet, a repeated group, a mask), and identifiers that merely start with `live_`.
"""

from __future__ import annotations

import pytest

from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

BODY = "Wq7Rt2Lx9Vb4Nm8Kp3Zc6Hj1Df5Gs0Ay"  # 32 letters and digits, made up here
BODY30 = BODY[:30]


def _findings(path: str, text: str) -> list[tuple[str, str]]:
    scanned = ENGINE.scan(path, text)
    return [(f.rule_id, f.severity.value) for f in detection_findings(scanned, ENGINE)]


REPORTED = [
    ("config/providers.json", f'{{"pagarme": "ak_live_{BODY30}"}}\n'),
    ("app/payments.py", f'client = PaymentsClient("skey_live_{BODY30}")\n'),
    ("app/payments.py", f'mollie.set_api_key("live_{BODY30}")\n'),
    ("deploy/values.yaml", f"gateways:\n  - provider: gocardless\n    credential: live_{BODY}Qx4T\n"),
    ("src/billing.ts", f"const keys = ['live_{BODY}', other];\n"),
    # a body of hexadecimal digits, drawn at random
    ("config/providers.json", '{"gateway": "ak_live_9f3c1e7a5b2d8e4f6a0c3b9d7e1f5a2c"}\n'),
]


@pytest.mark.parametrize(("path", "text"), REPORTED)
def test_a_live_mode_key_with_no_name_is_reported(path: str, text: str) -> None:
    assert ("live-mode-secret-key", "critical") in _findings(path, text)


NOT_REPORTED = [
    # test-mode twins: sandbox credentials
    ("config/providers.json", f'{{"pagarme": "ak_test_{BODY30}"}}\n'),
    ("app/payments.py", f'mollie.set_api_key("test_{BODY30}")\n'),
    # keys published to browsers, a checkout's key id
    ("web/checkout.js", f'Checkout.init("pk_live_{BODY30}");\n'),
    ("web/checkout.js", f'Omise.setPublicKey("pkey_live_{BODY30}");\n'),
    ("web/checkout.js", f'PagarMe.encrypt("ek_live_{BODY30}", card);\n'),
    ("web/checkout.js", f'new Razorpay({{ key: "rzp_live_{BODY[:14]}" }});\n'),
    # typed bodies: an alphabet, a repeated group, a mask
    ("config/providers.json", '{"pagarme": "ak_live_abcdefghijklmnopqrstuvwx123456"}\n'),
    ("config/providers.json", '{"pagarme": "ak_live_XYZabc123XYZabc123XYZabc123XYZ"}\n'),
    ("config/providers.json", '{"pagarme": "live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}\n'),
    # a count in hexadecimal digits (a format described in a design note)
    ("docs/api-keys.md", "ak_live_1234567890abcdef1234567890abcdef\n"),
    # identifiers that start with `live_`
    ("src/stream.py", "def live_updateSubscriptionHandlerForUsers(self):\n"),
    ("src/stream.py", "flag = live_streamingEnabledForAllRegions\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_test_mode_public_typed_and_identifier_forms_are_not_reported(path: str, text: str) -> None:
    assert not [f for f in _findings(path, text) if f[0] == "live-mode-secret-key"]
