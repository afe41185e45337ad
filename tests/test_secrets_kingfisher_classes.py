"""Classes that Kingfisher's rule examples (measured from outside) showed missed, written as our
own cases (own values, made up for these tests) before the rules changed for them, each with
decoys of the same shape:

- a value longer than 300 characters under a secret's name (a long base64 API key);
- a machine-made run beside a short prefix or a second part (`w_<44 random letters>`,
  `<23 random letters and digits>_<8 more>`): no words joined by a separator;
- a token of three dot-separated base64url parts under a token's name whose middle part is not
  JSON (an opaque signed token, not a JSON Web Token): no dotted name;
- Anthropic keys of any kind and version (`sk-ant-oat01-`, `sk-ant-api3-`...);
- Azure DevOps personal access tokens in the 84-character format (`JQQJ` at 52, `AZDO` at 76);
- a line holding only a secret's name and a machine-made value, separated by spaces
  (`partnerKEY <value>`, `relay_token <value>`), in a configuration file or a note;

and one false alarm among the examples Kingfisher's identifier rules keep (not counted): a
counting run of digits under a token's name (`..._TOKEN: 1234567890123456`).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

LONG_B64 = (
    "eVT8ufvBmOjdA2raGMh+EmugW85faHdfA34rM0i4ZNGM09sUCwrPluzKwWds4j4dSWsU6OY6/TxiCdJrsUa+CnvsQ8dzSDll"
    "/QFvVdCtoZNgZSaDBPea60RN1zIwSq5IETiuNRVYadeL3Tz5Bv4iMAnRXNtrFGoBLUT9mmeZds20L/7pt606s3Xv34ob8WnS"
    "SVidmtLsTBZmjKN5CojhzrSYUCWs2Ud9SrteYrrK+T8hmr6Qgs7v/GKZPRJxEfJT1LzJXOb0Ah64pkmI5WE2ft2SCRz2KbZf"
    "jxZ8yCAut7I9x7pp48fH6RJ7HzQzPq84ZqRUwWDXhmzWFbDCyFVyqmCi6x/UEdzy4IW4gxQz9NlrcXre8BhzTbcN6PU6rC84"
)
OPAQUE = (
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9."
    "G9OxWlENwZzqBqjFp8xMCLyz3RhY1OUlUzvvxgzonQ6zGIDP9yU49G5hwFU8s4RB0noe1BYn0A."
    "gP027UswWkwvlx1HDqIkXaLPu4l7RTr6pJiKQTk5N7a"
)
ANTHROPIC_BODY = (
    "niTwTfVvEdKoRypunw-X2tp7L9I-fCxkgc9s-dL90xjMOd_QM_0B7Z9SDB33_Ngv-pupP5o9UGNncuMt2V23mcQEsyV6QAA"
)
# 52 random characters, `JQQJ`, 20 more, `AZDO`, 4 more
ADO_PAT = "x0VajR0ebnJMl2Qtds6TcxEbA50wzybaeQFztd34rjXm0TgmLqm2JQQJjhSuorz3wkDoctECgHBOAZDOzGIk"

REPORTED = [
    # -- values longer than 300 characters
    ("app.py", f'PARTNER_API_KEY = "{LONG_B64}"\n', 1),
    ("deploy/values.yaml", f"signing:\n  signing_key: {LONG_B64}\n", 2),
    # -- a random run beside a short prefix or another part
    ("settings.py", "WIDGET_key = 'w_HvNvrhfoNPgfRrflwmkYFfZYncYtxveVchxnswSaCDVL'\n", 1),
    ("conf/relay.ini", "relay_key = xsb15tx1pqwvfqi4zl3rugt_sq107jzk\n", 1),
    # -- three base64url parts, the middle one not JSON
    (".env", f"FEED_TOKEN={OPAQUE}\n", 1),
    ("client.js", f'const feedToken = "{OPAQUE}";\n', 1),
    # -- Anthropic keys of other kinds and versions
    ("notes.txt", f"claude login left sk-ant-oat01-{ANTHROPIC_BODY} in the shell history\n", 1),
    (".env", f"ANTHROPIC_API_KEY=sk-ant-api3-{ANTHROPIC_BODY}\n", 1),
    # -- Azure DevOps personal access tokens, 84 characters
    ("pipelines/README.md", f"The build agent uses {ADO_PAT} for the feed.\n", 1),
    ("scripts/push.ps1", f'$env:AZURE_DEVOPS_EXT_PAT = "{ADO_PAT}"\n', 1),
    # -- a name and a machine-made value separated by spaces, alone on the line
    ("notes.txt", "partnerKEY bu7JFWJtKI3GINL1rPKcNqveXD4hSMuSDx7opPW\n", 1),
    ("conf/agent.conf", "relay_token o5rp8apgq8ds59srpvd4nj0gwvczlr4s73dmxijqtefct4doqz38it6epb1d5pi6\n", 1),
    ("server.properties", "signing.secret   Zst1jW4huHfQ7hUORzALxWaKoTJ01Qzd6RYeVNpT\n", 1),
    # a numeric token that is no counting run stays a token
    ("notes.txt", "PARTNER_API_TOKEN: 7305918264051937\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # long values that are not secrets
    ("app.py", f'PUBLIC_KEY = "{LONG_B64}"\n'),
    ("app.py", 'API_KEY = "' + "Ab1" * 120 + '"\n'),
    # words and identifiers joined by separators
    ("settings.py", 'STORAGE_KEY = "avatars_thumbnail_small"\n'),
    ("settings.py", 'HANDLER_KEY = "on_ClickHandlerSubmitButton"\n'),
    ("settings.py", 'CACHE_PREFIX_KEY = "session_user_profile_v2"\n'),
    # dotted names under a token's name
    ("settings.py", 'DEFAULT_TOKEN = "authentication.middlewares.TokenRefresher"\n'),
    ("settings.py", 'token_generator = "accounts.tokens.DefaultTokenGenerator"\n'),
    # a JSON Web Token under a token's name is judged by its claims: jwt.io's published one is not
    (
        "settings.py",
        'API_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.'
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"\n',
    ),
    # a counting run of digits under a token's name, as under a password's
    ("notes.txt", "PARTNER_API_TOKEN: 1234567890123456\n"),
    ("config.yaml", "sms_token: 9876543210987654\n"),
    # placeholders in the Anthropic and Azure DevOps shapes
    (".env", "ANTHROPIC_API_KEY=sk-ant-api03-" + "x" * 93 + "AA\n"),
    ("notes.txt", "pat " + "A" * 52 + "JQQJ" + "A" * 20 + "AZDO" + "AAAA\n"),
    # a name and a value separated by spaces, but not a secret or not alone on the line
    ("notes.txt", "public_key bu7JFWJtKI3GINL1rPKcNqveXD4hSMuSDx7opPW\n"),
    ("notes.txt", "Rotate the token before Friday, ask ops\n"),
    ("conf/nginx.conf", "ssl_certificate_key /etc/nginx/tls/server.key;\n"),
    ("notes.txt", "api key abcdefghijklmnopqrstuvwxyz123456\n"),
    ("src/Main.java", "    key value;\n"),
    ("src/app.py", "    return token o5rp8apgq8ds59srpvd4nj0gwvczlr4s73dmxijqtefct4doqz38it6\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
