"""One-time-password libraries quote the example secrets their standards publish: the Key URI
Format's `otpauth://totp/...?secret=JBSWY3DPEHPK3PXP` (the authenticator apps' own example) and
the test seed of RFC 4226 and RFC 6238 (`12345678901234567890`, base32
`GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ`). Like the OAuth RFCs' example values, they are published
examples, not a seed that protects anyone's login, wherever they are written; a seed of the same
shape that is not the standards' is still reported."""

from __future__ import annotations

from aiscan.models import Severity
from tests.secrets_holdout import ENGINE

KEY_URI_EXAMPLE = "JBSWY3DPEHPK3PXP"
RFC_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
OWN_SEED = "N5QW4ZLSMFYXI2LP"  # 16 base32 characters, made here


def _go_source(secret: str) -> str:
    return (
        "package otp\n\n"
        "func keyURI(issuer, account string, secret []byte) string {\n"
        f"\t// the URI the QR code carries: otpauth://totp/ACME:bob@acme.kz?secret={secret}&issuer=ACME\n"
        "\tv := url.Values{}\n"
        "\treturn v.Encode()\n"
        "}\n"
    )


def _found(path: str, text: str) -> list[tuple[str, int, Severity]]:
    scan = ENGINE.scan(path, text)
    return sorted(
        (d.detector.id, d.line, ENGINE.assess(d.detector, path, scan.line_text(d.line))[0])
        for d in scan.detections
    )


def test_the_key_uri_formats_example_secret_is_an_example() -> None:
    assert _found("otp/totp.go", _go_source(KEY_URI_EXAMPLE)) == []
    assert _found("otp/totp.go", _go_source(KEY_URI_EXAMPLE.lower())) == []


def test_the_rfc_test_seed_in_base32_is_an_example() -> None:
    assert _found("otp/totp.go", _go_source(RFC_SEED_BASE32)) == []
    text = f'TOTP_SEED = "{RFC_SEED_BASE32}"\n'
    assert _found("app/settings.py", text) == []


def test_a_seed_of_the_same_shape_is_still_reported() -> None:
    assert _found("otp/totp.go", _go_source(OWN_SEED)) == [("url-query-secret", 4, Severity.HIGH)]
