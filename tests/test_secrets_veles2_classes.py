"""Token shapes measured on the second draw of Veles' detector tests (docs/measurements/
secrets.md, "Secrets from outside, second part: the other detector tests of Veles"): GitHub
tokens kept in base64 with no name around them, xAI and Perplexity API keys, RubyGems API keys
and Postman collection tokens. Every value here is made up."""

from __future__ import annotations

from tests.secrets_holdout import secret_detector_ids

# base64 of made-up GitHub tokens, as `echo -n` and as `echo` (with the newline) write them.
GHP_B64 = "Z2hwX1p0ZXI3Uk0wUlo1ZW1QVDB4MU5ubmpQY0ZqMHlpemgwS012eg=="
GHO_B64_NL = "Z2hvX2NIV040U2FWeVQ3RFozakhPTzFzN3QzdzZEV0lLdjJKTXZFego="
GHS_B64 = "Z2hzX0htV1FsM3M1b3N3Um1mZjJwdnNvZmxreWVZVE1zR28wUjRGSg=="
GHU_B64 = "Z2h1X3B5MDJZU1lCSmtlUmxTN3lVc2l0NXhqSXpxRkxtVVhIT3VxWg=="
GHR_B64 = (
    "Z2hyXzhmSXkyT3JlU2Z4MjhYZ0FtQ2I2Y3gxUkRnT3ZwSlVHcWw3cWJLNmQwb2xWajVreThLbWZFUDJoQmt6VmNidll6WnlTbFhi"
    "SHhCdEI="
)
FINE_B64 = (
    "Z2l0aHViX3BhdF9KaWE1bUxnVVVLc1dQaXhWVk1UTkFUX2ttWm9UR0c1YUdFQjJIWHdUekt0VlYzQjBWcUc0cHFvZzZqQXhUSk1Z"
    "ZDF1eDJOT0xPRzc1bm5ObU9J"
)
XAI = "xai-9jYg7SjjPvttfbfMLZuPjII4OoaQmzBinnpy3MPNZEPFqzi0OZUrNsPqPdQ1Og7YN8gKkgboxhQGTa3V"
XAI_MANAGEMENT = "xai-token-yR208OzQek3f3W20GSQYFQPPlauFuy31Njf72dLqLJ3pKO5RvZYXfjY81tQeUzsYiiN1yhEc"
PPLX = "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"
RUBYGEMS = "rubygems_b7ba53a1b88aa8a29c1124a32e3d2cdae9f333b92bb5491d"
PMAT = "PMAT-RW32NB27FJGYSZSAR3YF15D81T"


def test_base64_github_tokens_standing_alone_are_reported() -> None:
    for encoded in (GHP_B64, GHO_B64_NL, GHS_B64, GHU_B64, GHR_B64, FINE_B64):
        assert "github-token-base64" in secret_detector_ids("notes/ci.txt", encoded + "\n"), encoded[:8]
    assert "github-token-base64" in secret_detector_ids("deploy/secret.yaml", f"data:\n  value: {GHP_B64}\n")


def test_base64_of_other_text_after_a_github_prefix_is_not_reported() -> None:
    for text in (
        "Z2hwX3NlY3JldA==",  # ghp_secret: no token's length
        "Z2hwX3h4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eA==",  # ghp_ and 36 x
        "Z2hwX1p0ZXI3Uk0wUlo1ZW1QVDB4MU5ubmpQY0ZqMHlpemgwS012ei1zdWZmaXggaGVyZQ==",  # a token, then more text
        GHP_B64[:40],  # cut
        "Z2hwX2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0hJSg==",  # ghp_ and an alphabet typed in order
    ):
        assert "github-token-base64" not in secret_detector_ids("notes/ci.txt", text + "\n"), text[:24]


def test_ai_api_keys_of_xai_and_perplexity_are_reported() -> None:
    for key in (XAI, XAI_MANAGEMENT):
        assert "xai-api-key" in secret_detector_ids("notes/llm.txt", key + "\n"), key[:12]
        assert "xai-api-key" in secret_detector_ids("config/app.yaml", f'grok:\n  key: "{key}"\n')
    assert "perplexity-api-key" in secret_detector_ids("notes/llm.txt", PPLX + "\n")
    assert "perplexity-api-key" in secret_detector_ids("config/app.env", f"SEARCH_KEY={PPLX}\n")


def test_ai_prefixes_alone_or_placeholders_are_not_reported() -> None:
    for text in (
        "xai-your-api-key-here",
        "xai-" + "x" * 80,
        "xai-token-",
        "pplx-xxxxxxxx",
        "pplx-" + "a" * 48,
    ):
        ids = secret_detector_ids("notes/llm.txt", text + "\n")
        assert "xai-api-key" not in ids and "perplexity-api-key" not in ids, text[:16]


def test_rubygems_key_and_postman_collection_token_are_reported() -> None:
    assert "rubygems-api-key" in secret_detector_ids("notes/release.txt", RUBYGEMS + "\n")
    assert "rubygems-api-key" in secret_detector_ids(
        "ci/release.sh", f'export GEM_HOST_API_KEY="{RUBYGEMS}"\n'
    )
    assert "postman-collection-token" in secret_detector_ids("notes/api.txt", PMAT + "\n")
    assert "postman-collection-token" in secret_detector_ids("notes/api.txt", f"{PMAT} {PMAT}\n")


def test_rubygems_and_postman_placeholders_are_not_reported() -> None:
    for text in (
        "rubygems_" + "0" * 48,
        "rubygems_api_key_goes_here",
        "PMAT-XXXXXXXXXXXXXXXXXXXXXXXXXX",
        "PMAT-<token>",
    ):
        ids = secret_detector_ids("notes/release.txt", text + "\n")
        assert "rubygems-api-key" not in ids and "postman-collection-token" not in ids, text[:16]
