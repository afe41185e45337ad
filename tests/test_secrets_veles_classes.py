"""Token shapes measured on Veles' detector tests (docs/measurements/secrets.md, "Secrets from
outside: the detector tests of Veles"): PyPI tokens issued by any index that runs PyPI's software
(test.pypi.org, a company's own), and Slack app-level tokens. Every value here is made up."""

from __future__ import annotations

from tests.secrets_holdout import secret_detector_ids

# Macaroons of three indexes: test.pypi.org, a company's own, pypi.org.
PYPI_TEST = (
    "pypi-AgENdGVzdC5weXBpLm9yZwIf9CfJGu6zJSSlVE9MFQYUm5fOUfmk_SWJieCiOgKqMwAABiBnbyA1ND1g3ZiknM15pft8Q2Yg_"
    "NGjzLj5R59KpkCnDQ"
)
PYPI_OWN = (
    "pypi-AgEMcHlwaS5hY21lLmt6Ah-o1aIY7sue8xuSKxkHOFwfqoO0A929YKzY0PGjZKgQAAAGICncFd3C2dGDs6rIf6qlpi4AUn1SYd"
    "zUnyYW7doOlEGV"
)
PYPI_ORG = (
    "pypi-AgEIcHlwaS5vcmcCH43dPpCg569Uz8jGFSfL89RPqRO7-GVJyyAgndRhH3oAAAYgC3ecsizbU92PjSa9CKSmLSWziQ22pmQgmC"
    "v5NvCOR4Q"
)
XAPP = "xapp-1-A07QK3M9ZT2-6184203957731-ab08bd4ce11a513798fcfc5c1f702640db7ba53a1b88aa8a29c1124a32e3d2cd"


def test_pypi_tokens_of_any_index_are_reported() -> None:
    for token in (PYPI_TEST, PYPI_OWN, PYPI_ORG):
        assert "pypi-token" in secret_detector_ids("notes/release.txt", token + "\n"), token[:24]
        assert "pypi-token" in secret_detector_ids("deploy/upload.sh", f"twine upload -p {token} dist/*\n")


def test_pypi_prefix_alone_or_placeholder_is_not_reported() -> None:
    for text in (
        "pypi-AgENdGVzdC5weXBpLm9yZw\n",
        PYPI_TEST[:80] + "\n",  # another index's token must be a macaroon's length
        "pypi-AgEI" + "x" * 90 + "\n",
        "pypi-AgE\n",
    ):
        assert "pypi-token" not in secret_detector_ids("notes/release.txt", text), text[:24]


def test_slack_app_level_token_is_reported_with_a_hexadecimal_tail_of_32_or_more() -> None:
    assert "slack-token" in secret_detector_ids("notes/slack.txt", XAPP + "\n")
    assert "slack-token" in secret_detector_ids("config/app.env", f"SLACK_APP_TOKEN={XAPP}\n")
    # a token cut by a digit is still reported, like other vendors' tokens of a near length
    assert "slack-token" in secret_detector_ids("notes/slack.txt", XAPP[:-1] + "\n")
    for text in (XAPP[:-33], XAPP[:-33] + "ghijklmnopqrstuvwxyzghijklmnopqrstuvw"):
        assert "slack-token" not in secret_detector_ids("notes/slack.txt", text + "\n"), text[-6:]
