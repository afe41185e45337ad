"""The classes that the second part of CredSweeper's test samples showed missed or reported
wrongly, written as our own cases (own values, generated for these tests) before the rules
changed for them: tokens of services whose documented prefixes no detector knew (Bitbucket Data
Center HTTP access tokens, Bitbucket app passwords, Atlassian access tokens of repositories,
projects and workspaces, Brevo API and SMTP keys, Figma personal tokens, Facebook access tokens),
a value typed as an alternating-case alphabet (`AaBbCcDd`), and a JSON Web Token issued for a
documentation host (Microsoft's `contoso.com`, `fabrikam.com`); with decoys of the same shapes."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import (
    TOKEN_PLACES,
    assert_token_reported,
    detector_ids,
)

TOKENS = {
    "bitbucket-token": [
        "BBDC-NDE4MzA1NTYyOTE3OpwVKPhi0BizUMSoa7ryFo9guABx",
        "ATBB5g1x9L0Cqqxig3DxZA9HriMS45875321",
    ],
    "atlassian-api-token": [
        "ATCTT3xFfGN0v0hj3WCzh9eX0DXMj_rry6lsbDWxZGbZkwD1rzoV4ZJCDfRSWNCnGAxxbw1aeW-LmcLppdeOQpEzI521o1IKm2"
        "Cv2Je5pmLGl7AVVKbgumccyx7xYm6QfhQJ1PatdkD6DnIVnaFAkRxtfE1dvNCZXviIVne2im4T2QIC3E-1ZL=CA5A34E3"
    ],
    "brevo-key": [
        "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",
        "xsmtpsib-f3d1511fc4994d79599beeb78930bbdbd4cf7a08dbfdf6ded8df32454b3be7e8-Od0iu8eRi57R8Mx5",
    ],
    "figma-token": ["figd_K3-ecFiWu_of5geWWziiuCP6K1WySCfTBgqDxuM4"],
    "facebook-access-token": [
        "EAACEdEose0cBA3wyuXZc8BNLMBNRePW7t6VLe",
        "EAAMwfqpCn2QocAjAs7FHacB5aDXgFacJo6RGaE3IixrLcD7ifUkrsC7I6RqD39TgNGjdlcCupU7JTGIH5AbRBl9GCy5eYUk"
        "xiJavIBbxTmPEuuBEkxyvEVHjzv9QL982snaRbHykMaEGZlSQzAIXxF6eKqYR1odCWyj",
    ],
}


@pytest.mark.parametrize(("detector", "token"), [(d, t) for d, ts in TOKENS.items() for t in ts])
@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_prefixed_service_tokens_are_reported(detector: str, token: str, path: str, line: str) -> None:
    assert_token_reported(detector, token, path, line)


@pytest.mark.parametrize(
    "text",
    [
        "ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "ATBB0123456789abcdefghij0123ABCD\n",  # a counting run, and short
        "BBDC-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "xkeysib-123456789abcdef0123456789abcdef0123456789abcdef0123456789a-aYCNdnrS7ixyNybi\n",
        "xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx\n",
        "figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "figd_\n",
        "EAACEdEose0cBA\n",
        "ATCTT3xxx\n",
        # an EAA run inside a longer base64 blob is not a token
        "MIIB+EAAMwfqpCn2QocAjAs7FHacB5aDXgFacJo6RGaE3IixrLcD7ifUkrsC7I6RqD39TgNGjdlcCupU7JTGIH5AbRBl9"
        "GCy5eYUkxiJavIBbxTmPEuuBEkxyvEVHjzv9QL982snaRbHykMaEGZlSQzAIXxF6eKqYR1odCWyj+Qa/\n",
    ],
)
def test_prefixed_placeholders_are_not_reported(text: str) -> None:
    assert detector_ids("notes.txt", text) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/client.py", 'FB_TOKEN = "EAACEdEose0cBAAaBbCcDdEeFfGgHh"\n'),
        ("src/client.py", 'API_TOKEN = "AaBbCcDdEeFfGg123"\n'),
        ("deploy/.env", "SERVICE_SECRET=zzAaBbCcDdEe77\n"),
    ],
)
def test_alternating_case_alphabet_is_a_placeholder(path: str, text: str) -> None:
    assert detector_ids(path, text) == []


JWT_HEADER = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
JWT_CONTOSO = (
    JWT_HEADER
    + ".eyJhdWQiOiJodHRwczovL2FwaS5jb250b3NvLmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLnFhcnp5Lmt6LyIsInN1YiI6InN2"
    "Yy1sZWRnZXIiLCJleHAiOjIwOTEyMTQ0NTB9.wYkodvEvBjfIUBCt9NPlPJdeqkfdU4C_xx8Ty6A-KOqYfCZ5LkHkeCrsA2gvBXVaraFSCP"
    "NgpNVS5aXxZehox4OCGhY3Q2be5E5Kk8YBqGFLY8a-xGioIKAn66lspaQnp7TB8otYQmFNPpTyrbGd0whzEMMvxZmp5oYtlJU7lzSLfPJa"
    "jEUC-pQhn70iFwzudwvC4s2yureTDjt_tXc97gKC10u0tqwHqObGuyFbKzGeJqPSG8y2ODeRf5gSk6Z9uh6XpNfoBfi6VPad9SVG9ByBhimL"
    "WY7npiDmXpaiVSll9G5L8y3kyKsxfLS6ROOAHvhYjFfSCYnxYMXuFpwxzQ"
)
JWT_FABRIKAM = (
    JWT_HEADER
    + ".eyJhdWQiOiJodHRwczovL2ZhYnJpa2FtLmNvbS9hcHAiLCJpc3MiOiJodHRwczovL3N0cy5xYXJ6eS5rei8iLCJzdWIiOiJz"
    "dmMtbGVkZ2VyIiwiZXhwIjoyMDkxMjE0NDUwfQ.e7ypLIz8h2MmZrW4q3qbZ20Fz5X7I5-RvDgTN2BpNC0suKlU42S6E1gW8PmSlIHYpmZo8"
    "00Rf3lkiDLyKQrQKEfN0TPEEhz4r7IXS02cVJ68O2OpJRzKfH7_vulAB_puBiz29x3Q21qYvH8aJqVbEGV-oPDex-Os7c1blLncB9nc4ZbP"
    "yAl_wW3hxc2FkZE-4osYcWbMI8ZtHnte5zHF2qE9QNY8bTroDNHvMScLL9qq7-rojUW-gKyng0Rr2IWCgmZmhenTNOHTLOoCxiN9EO5wxx"
    "Gwbe__BC7ygGlceLhkzlZ5bWTpXxCn3iNv7gVoZHtPPadRPrsouwZN8IdorA"
)
JWT_EXAMPLE = (
    JWT_HEADER
    + ".eyJhdWQiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tLyIsImlzcyI6Imh0dHBzOi8vc3RzLnFhcnp5Lmt6LyIsInN1YiI6"
    "InN2Yy1sZWRnZXIiLCJleHAiOjIwOTEyMTQ0NTB9.zWvyrNRMeHq-8N0v9ma47e3h9IItVtcR1IHz77S9spa-HbHeYKMS-T0c9V_6GO71KP"
    "pjWyEfONBhOLMWVRBBvgt3NxYyHcQDAGN69ggNE8cPGhCxXsUSZAswnVwQU6ME_sLM2ps0_04fQUJdjBEijd8Hsj6zCsMTL5Uo0cqHqUp0A"
    "Gy90zpgxMKwNbRxMCLD0Q9MHnicZqVTW7U1xj9Pka0mWUoT3vowBz0qVSN87gEGabUjk_B2nC5-PBgaMkdgqMHoRyOD0a6rO5fX2DiXN-GN"
    "0X2hialBJYn7yNaVCS3-iNC5AkEj0PECtn4b3sUnWSmWudzVo3jc6AdQxousKA"
)
JWT_OWN_HOST = (
    JWT_HEADER
    + ".eyJhdWQiOiJodHRwczovL2FwaS5xYXJ6eS5reiIsImlzcyI6Imh0dHBzOi8vc3RzLnFhcnp5Lmt6LyIsInN1YiI6InN2Yy1s"
    "ZWRnZXIiLCJleHAiOjIwOTEyMTQ0NTB9.1tg68-zZa_8ORDUHj8Q1PP26xP1I1Kj6WnLLs8g0KUeINbX4qJeuERcIjzmRLcggRdr-5Fmf6BMJ"
    "rOd34m5bFTfrF6sayZPPi7CK57jy1hwrSJ2RNAmx2ChU5qz1cdjeyeR-bGwHSRTRLhXYyZ5Mkyfu5JVFopr8E2bKIlPOeKmLbsR4137yJumW"
    "QIQ_RLYiCXNuM7JtaBHNEVoJhLLSyQzi8Ra6kW715VjUqGRx1GWyXKFSDuAkqBmWezU0RVlGXxoICJhyEl5RFFWt085kaG4S53lU91MxOCwQ"
    "GG0pN_7T7SV8Opc5w6z3PZQEVSZwxB1SVT0h07LI3zyVYzyulA"
)


@pytest.mark.parametrize("token", [JWT_CONTOSO, JWT_FABRIKAM, JWT_EXAMPLE])
@pytest.mark.parametrize("path", ["notes.txt", "src/client.py"])
def test_jwt_issued_for_a_documentation_host_is_not_reported(token: str, path: str) -> None:
    assert detector_ids(path, f"{token}\n") == []


@pytest.mark.parametrize("path", ["notes.txt", "src/client.py"])
def test_jwt_issued_for_an_own_host_is_reported(path: str) -> None:
    assert "json-web-token" in detector_ids(path, f"{JWT_OWN_HOST}\n")
