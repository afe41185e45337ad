"""Google Cloud API keys of the express-mode shape (`AQ.` and 50 characters) and 1Password's
credentials: an account's Secret Key (`A3-` and dash groups), a recovery code (`1PRK-` and 13
groups of four) beside the service-account token (`ops_` and the base64 of a JSON object) read
before. Fillers, alphabets typed in order and cut values stay unreported. Every value here is made up."""

from __future__ import annotations

import base64
import json

import pytest

from tests.secrets_holdout import (
    TOKEN_PLACES,
    assert_token_reported,
    detected_with_severity,
    secret_detector_ids,
)

GCP_EXPRESS = "AQ.Ab8RDtQl5MbvIpTUPX9Q0ZAIHs57Cj0uYHI5I4qkekqklGPrgh"
SECRET_KEY = "A3-ZEHAE2-PZ3YWM-NSP4A-CSP78-4VMJP-VXJDK"
SECRET_KEY_LONG_GROUP = "A3-BM7PSV-GC3YRWAJMP5-WBSFA-F2T3Y-8BZ7M"  # the second and third groups as one
RECOVERY = "1PRK-8NND-WP7M-DS5Q-QTD4-5AKN-SCYQ-ZVYZ-79ZF-ZQW7-FAPK-EFN2-3HDZ-SHY8"
_ACCOUNT = {
    "signInAddress": "my.1password.eu",
    "userAuth": {
        "method": "SRPg-4096",
        "alg": "PBES2g-HS256",
        "iterations": 650000,
        "salt": "a4wZUtAwJtBqOe-9IgkQeg",
    },
    "email": "tj3kqz7xw2mvo@1passwordserviceaccounts.eu",
    "srpX": "e389fbbe4610f72e6b64a385fc83c5876ae011c2c4e63826ac5f6e3263a3105c",
    "muk": {
        "alg": "A256GCM",
        "ext": True,
        "k": "Hroeu77RI9JfCkG7dacPiEHxbDhcP1ePswBEuEJ3iTA",
        "kty": "oct",
        "kid": "mp",
    },
    "deviceUuid": "96378c8bc5723592a787fc34e0",
}
SERVICE_TOKEN = "ops_" + base64.urlsafe_b64encode(json.dumps(_ACCOUNT).encode()).decode().rstrip("=")


@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_gcp_express_mode_key_is_reported_where_written(path: str, line: str) -> None:
    assert_token_reported("gcp-express-mode-api-key", GCP_EXPRESS, path, line)


def test_gcp_express_mode_key_is_high_and_found_in_a_header() -> None:
    text = f'headers = {{"x-goog-api-key": "{GCP_EXPRESS}"}}\n'
    assert ("gcp-express-mode-api-key", "high") in detected_with_severity("src/vertex.py", text)


@pytest.mark.parametrize(
    "text",
    [
        GCP_EXPRESS[:-1],  # cut by one
        GCP_EXPRESS + "Q",  # longer than the shape
        GCP_EXPRESS.lower(),
        "AQ-" + GCP_EXPRESS[3:],
        GCP_EXPRESS[:20] + "." + GCP_EXPRESS[21:],  # a dotted name, not a key
        "AQ.Ab8R" + "x" * 46,
        "AQ.Ab8R" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST",
    ],
)
def test_other_text_after_the_express_prefix_is_not_reported(text: str) -> None:
    assert "gcp-express-mode-api-key" not in secret_detector_ids("notes.txt", f"API_KEY={text}\n")


@pytest.mark.parametrize("key", [SECRET_KEY, SECRET_KEY_LONG_GROUP])
@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_onepassword_secret_key_is_reported(key: str, path: str, line: str) -> None:
    assert_token_reported("onepassword-secret-key", key, path, line)


@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_onepassword_recovery_code_is_reported(path: str, line: str) -> None:
    assert_token_reported("onepassword-recovery-code", RECOVERY, path, line)


@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_onepassword_service_account_token_is_reported(path: str, line: str) -> None:
    assert_token_reported("onepassword-service-account-token", SERVICE_TOKEN, path, line)


def test_onepassword_secret_key_and_recovery_code_are_high() -> None:
    text = f"OP_SECRET_KEY={SECRET_KEY}\nOP_RECOVERY={RECOVERY}\n"
    found = detected_with_severity("deploy/op.env", text)
    for rule in ("onepassword-secret-key", "onepassword-recovery-code"):
        assert (rule, "high") in found, rule


@pytest.mark.parametrize(
    "text",
    [
        "A2" + SECRET_KEY[2:],  # another version
        SECRET_KEY.replace("-", "", 1),
        SECRET_KEY[:-1],  # a group cut short
        SECRET_KEY.replace("ZEHAE2", "ZEHAE"),
        SECRET_KEY.lower(),
        "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
        "A3-ABCDEF-GHIJKL-MNOPQ-RSTUV-WXYZ2-34567",  # the alphabet typed across the groups
    ],
)
def test_other_text_shaped_like_a_secret_key_is_not_reported(text: str) -> None:
    assert "onepassword-secret-key" not in secret_detector_ids("notes.txt", f"key: {text}\n")


@pytest.mark.parametrize(
    "text",
    [
        RECOVERY.rsplit("-", 1)[0],  # twelve groups
        RECOVERY.replace("8NND", "8NN"),
        RECOVERY.lower(),
        "1PRK" + "-XXXX" * 13,
        "1PRK-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-89AB-CDEF-GHJK-LMNP-QRST",
    ],
)
def test_other_text_shaped_like_a_recovery_code_is_not_reported(text: str) -> None:
    assert "onepassword-recovery-code" not in secret_detector_ids("notes.txt", f"code: {text}\n")


@pytest.mark.parametrize(
    "text",
    [
        "ops_eyJ" + "x" * 300,
        SERVICE_TOKEN[:120],  # cut short of a token's length
        "ops_eyJabc",
    ],
)
def test_other_text_after_the_service_token_prefix_is_not_reported(text: str) -> None:
    assert "onepassword-service-account-token" not in secret_detector_ids("notes.txt", f"{text}\n")
