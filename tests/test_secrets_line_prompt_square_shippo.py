"""Four forms the device rules and the provider rules did not read:

- a Cisco line password typed after the line-configuration prompt (`R1(config-line)#password V`,
  as console transcripts are pasted into notes): the prompt says the bare `password` command is a
  `line con|vty|aux` password;
- a RouterOS export line whose wrap (`\\` at 80 columns) falls after the `=` of an attribute that
  comes before the credential (`name=\\` then the profile's name on the next line);
- a Square access token (`EAAA` and 60 characters) next to the word `square` rather than in a
  `SQUARE_` name;
- a Shippo live token written with capital hexadecimal digits.

Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import detected_with_severity

SQ1 = "EAAABQiDjXQsiHH8qCAnakxm8nFySumGvoL7gkLm0CKtfACKrUKaephV6r0H84dR"
SQ2 = "EAAAz8HPitfmmMqOuylL8wVYVAvTcYbIIyrmWD6hGWMEqB8DC0WxnJU3G3C1Kbiw"
SQ3 = "EAAA-jx-o_L5TtHemcexl2ASezezBKvPSrmnNYHZhBZ8O0a13jVXhJ_oUBBmBwIF"


@pytest.mark.parametrize(
    "text",
    [
        "R1(config-line)#password VdQ0Ua2Rz9\n",
        "core-sw.lab(config-line)# password N5MciYXgLF\n",
        "R1(config)#line vty 0 4\nR1(config-line)#password cisco\nR1(config-line)#login\n",
    ],
)
def test_a_line_password_after_the_line_configuration_prompt_is_read(text: str) -> None:
    assert ("network-device-password", "high") in detected_with_severity("notes/lab-console.txt", text)


@pytest.mark.parametrize(
    "text",
    [
        "R1(config-line)#no password VdQ0Ua2Rz9\n",
        "R1(config-line)#password\n",
        "R1(config-line)#password ********\n",
        "R1(config-if)#password VdQ0Ua2Rz9\n",  # no such command outside a line
        "R1(config-line)#password 7 0822455D0A16\n",  # type 7: the type-7 rule's
        "R1#password VdQ0Ua2Rz9\n",  # exec mode
    ],
)
def test_prompted_line_commands_without_a_clear_password_are_not_read_as_one(text: str) -> None:
    found = {rule for rule, _ in detected_with_severity("notes/lab-console.txt", text)}
    assert "network-device-password" not in found, text


WRAPPED = [
    (
        "routeros-secret",
        "/interface wireless security-profiles\n"
        "add authentication-types=wpa2-psk mode=dynamic-keys name=\\\n"
        '    "Lab phone" supplicant-identity="" wpa2-pre-shared-key=N5MciYXgLF\n',
    ),
    (
        "routeros-secret",
        "/interface wireless security-profiles\n"
        "add authentication-types=wpa-psk,wpa2-psk mode=dynamic-keys name=\\\n"
        "    Guest supplicant-identity=MikroTik wpa-pre-shared-key=VdQ0Ua2Rz9 \\\n"
        "    wpa2-pre-shared-key=VdQ0Ua2Rz9\n",
    ),
    (
        "routeros-secret",
        "/ppp secret\r\nadd local-address=10.0.0.1 name=\\\r\n"
        "    branch1 password=N5MciYXgLF service=l2tp\r\n",
    ),
    ("routeros-snmp-community", "/snmp community\nadd addresses=\\\n    10.8.0.0/16 name=VdQ0Ua2Rz9\n"),
]


@pytest.mark.parametrize(("rule", "text"), WRAPPED)
def test_a_wrap_after_an_earlier_attributes_equals_sign_is_read(rule: str, text: str) -> None:
    assert (rule, "high") in detected_with_severity("router/export.rsc", text)


@pytest.mark.parametrize(
    "text",
    [
        "/ip pool\nadd comment=\\\n    branch name=VdQ0Ua2Rz9 ranges=10.8.0.10-10.8.0.99\n",
        "/ppp secret\nadd name=\\\n    branch1 password=$branchPass service=l2tp\n",
        "/snmp community\nset [ find default=yes ] addresses=\\\n    10.8.0.0/16 name=public\n",
        # the `\\` ends a quoted value's line only inside its quotes; here the line is not continued
        "/ppp secret\nadd name=branch1 service=l2tp\n    password=N5MciYXgLF\n",
    ],
)
def test_wrapped_lines_that_hold_no_secret_are_not_reported(text: str) -> None:
    found = {rule for rule, _ in detected_with_severity("router/export.rsc", text)}
    assert not found & {"routeros-secret", "routeros-snmp-community"}, text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("notes/payments.txt", f"square {SQ1}\n"),
        ("app/payments.py", f"client = SquareClient(access_token='{SQ2}')\n"),
        ("config/payments.yaml", f"# Square, production\naccess_token: {SQ3}\n"),
    ],
)
def test_a_square_access_token_beside_the_word_square_is_read(path: str, text: str) -> None:
    assert ("square-access-token", "high") in detected_with_severity(path, text)


@pytest.mark.parametrize(
    "text",
    [
        f"fb_page_token = '{SQ1}'\n",  # no word of Square's: a Facebook token starts `EAA` too
        f"square {SQ1}Xk3Lm9Pq2Rt7Vw4Yz8Bc6Dg1Fh5Jn0Ks2Lt4Mv6Nw8Px\n",  # longer: not Square's 64
        "square EAAA" + "x" * 60 + "\n",
        "square EAAA" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz01234567" + "\n",
    ],
)
def test_eaaa_values_that_are_not_square_tokens_are_not_read_as_one(text: str) -> None:
    found = {rule for rule, _ in detected_with_severity("notes/payments.txt", text)}
    assert "square-access-token" not in found, text


@pytest.mark.parametrize(
    "token",
    [
        "shippo_live_505DA83577E142EEBA2D856E71659648528A5F1E",
        "shippo_live_b4d5b5C5E3692dF7470CCefec3667856066dC94f",
    ],
)
def test_a_shippo_live_token_in_capital_hex_digits_is_read(token: str) -> None:
    found = detected_with_severity("notes/shipping.txt", f"label API: {token}\n")
    assert ("shippo-live-token", "high") in found


def test_a_shippo_test_token_stays_unreported() -> None:
    text = "label API: shippo_test_505DA83577E142EEBA2D856E71659648528A5F1E\n"
    assert "shippo-live-token" not in {rule for rule, _ in detected_with_severity("notes/shipping.txt", text)}
