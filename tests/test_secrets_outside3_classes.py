"""Classes that the outside sources (CredSweeper's document samples, TruffleHog's detector tests,
Whispers' fixtures) showed still missed, written as our own cases (own values, made up for these
tests) before the rules changed for them, each with decoys of the same shape:

- a user and a password written after a host's bare address (`10.20.1.7 loans/...`,
  `ops@10.20.1.7 (loans/...)`) or after labels in other shapes (`ID:loans/...`,
  `ID-loans/PASS-...`, `(ID)loans/(PW)...`, `ID PW loans ...`, `P/W:...`, `user loans, pass ...`);
- `fake` inside a long random value (a word the random text holds, or one typed into it) is not
  a placeholder when the rest of the value is random; a value that is the word, words or masks
  stays one;
- a credential passed to a call whose arguments start on the line after the call opens
  (`HTTPBasicAuthFilter("api",` then the key, `setApiKey(` then the key);
- `userpass=`, `passwd=`, `pwd=` as query parameters of a URL;
- a credential compared with an f-string, or with the literal on the left (`"..." == password`).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

# -- a user and a password after a bare address ------------------------------------------------------

ADDRESS_PAIRS = [
    ("ops/access.txt", "10.20.1.7 loans/Kd8#mPq2zL\n"),
    ("ops/access.txt", "10.20.1.7,loans/Kd8#mPq2zL\n"),
    ("ops/access.txt", "10.20.1.7 (loans/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "10.20.1.7(loans/Rq5tWz8mNk)\n"),
    ("ops/access.txt", "10.20.1.7:2222 (loans/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "10.20.1.7 jump (loans/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "ssh ops@10.20.1.7 (loans/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "ops@10.20.1.7(loans/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "bastion:10.20.1.7(loans/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "10.20.1.7 --> loans/Kd8#mPq2zL\n"),
    ("ops/access.txt", "10.20.1.7(loans/Kd8#mPq2zL,audit/Wn3%vBq7Lx)\n"),
    ("docs/servers.md", "| db | 10.20.1.7 | loans/Kd8#mPq2zL |\n"),
    ("ops/access", "IP/ID/PW 10.20.1.7/loans/Kd8#mPq2zL\n"),
    ("ops/access", "IP ID PW 10.20.1.7 loans Kd8#mPq2zL\n"),
]


@pytest.mark.parametrize(("path", "text"), ADDRESS_PAIRS)
def test_user_and_password_after_an_address_are_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ops/access.txt", "http://10.20.1.7/loans/Kd8mPq2zLw/api\n"),
        ("ops/access.txt", "10.20.1.7/srv/Loans2Archive/backup\n"),
        ("ops/access.txt", "127.0.0.1/root/BUILD_ETC/job/Nightly2Coverage/\n"),
        ("ops/access.txt", "ifconfig eth0 10.20.1.7 netmask 255.255.255.0\n"),
        ("ops/access.txt", "10.20.1.4 Branch Office Network\n"),
        ("ops/access.txt", "10.20.1.7 loans/<password>\n"),
        ("ops/access.txt", "10.20.1.7 (loans/${DB_PASSWORD})\n"),
        ("ops/access.txt", "10.20.1.7 (loans/password1)\n"),
        ("ops/access.txt", "10.20.1.7 (tcp/udp)\n"),
        ("ops/access.txt", "route add 10.20.0.0/16 via 10.20.1.1 dev eth0\n"),
        ("ops/access.txt", "10.20.1.7 (rev 1.2.3/Build2024a)\n"),
        ("src/net/Routes.java", 'String r = "10.20.1.7 loans/Kd8#mPq2zL";\n'),
        ("ops/access.txt", "1.2.3.4.5 rabbit went to play\n"),
    ],
)
def test_address_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- a user and a password after labels in other shapes ---------------------------------------------

LABEL_PAIRS = [
    ("ops/access.txt", "ID:loans/Kd8#mPq2zL\n"),
    ("ops/access.txt", "Login:loans.ops/Kd8#mPq2zL\n"),
    ("ops/access.txt", "account: loans.ops, Kd8#mPq2zL\n"),
    ("ops/access.txt", "ID-loans/PASS-Kd8#mPq2zL\n"),
    ("ops/access.txt", "ID-loans / PASS - Kd8#mPq2zL\n"),
    ("ops/access.txt", "(ID)loans/(PW)Kd8#mPq2zL\n"),
    ("ops/access.txt", "username-loans password-Kd8#mPq2zL\n"),
    ("ops/access.txt", "user loans, pass Kd8#mPq2zL\n"),
    ("ops/access.txt", "Host 10.20.1.7 User loans Pass Kd8#mPq2zL\n"),
    ("ops/access.txt", "ID PW loans Kd8#mPq2zL\n"),
    ("ops/access.txt", "id pw loans // Kd8#mPq2zL\n"),
    ("ops/access.txt", "ID/PW loans(Kd8#mPq2zL)\n"),
    ("ops/access.txt", "(ID&PWD):loans/Kd8#mPq2zL\n"),
    ("ops/access.txt", "P/W:Kd8#mPq2zL\n"),
    ("ops/access.txt", "p/w Kd8#mPq2zL\n"),
    ("ops/access.txt", "비번은Kd8#mPq2zL\n"),
    ("docs/access.md", "ID:loans/Kd8#mPq2zL\n"),
    ("ops/access.txt", "telnet:loans.ops/Kd8#mPq2zL\n"),
    ("ops/access.txt", "ssh(loans.ops/Kd8#mPq2zL)\n"),
    ("ops/access.txt", "계정,비번-loans:Kd8#mPq2zL\n"),
    ("ops/access.txt", "user, pw - loans / Kd8#mPq2zL\n"),
]


@pytest.mark.parametrize(("path", "text"), LABEL_PAIRS)
def test_user_and_password_after_labels_are_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("ops/access.txt", "ID:loans/<password>\n"),
        ("ops/access.txt", "ID: loans/admin\n"),
        ("ops/access.txt", "ID-loans/PASS-$DB_PASSWORD\n"),
        ("ops/access.txt", "user loans, pass the form to the checker\n"),
        ("ops/access.txt", "ID PW loans password\n"),
        ("ops/access.txt", "P/W: see the vault\n"),
        ("ops/access.txt", "p/w ratio 12/4\n"),
        ("deploy/app.yml", "id: octo-org/Hello2World\n"),
        ("deploy/app.yml", "image_id: library/Ubuntu2204\n"),
        ("src/app.py", 'label = "ID:loans/Kd8#mPq2zL"\n'),
        ("ops/access.txt", "Login: see https://sso.qarz.kz/Home2Page\n"),
        ("ops/access.txt", "ID/PW are ops/ops.\n"),
        ("ops/access.txt", "pass through/Proxy2Server\n"),
        ("ops/access.txt", "ssh://loans@10.20.1.7/srv/Kd8mPq2zLw\n"),
        ("ops/access.txt", "password reset/Reset2Link\n"),
        ("ops/access.txt", "password loans/Kd8#mPq2zL\n"),
    ],
)
def test_label_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- `fake` inside a long random value --------------------------------------------------------------

RANDOM_WITH_FAKE = (
    "sntrys_eyJpYXQiOjE3MzAwMDAwMDAuMSwidXJsIjoiaHR0cHM6Ly9xYXJ6Lmt6IiwiRAKEorg"
    "IjoicWFyeiJ9_Wq8Lm3Zr5Tn7Vb2Xc4Yd6Fe8Gh0Jk2FAKEp4Rs6Tu8Vw0"
)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/sentry.go", f'sentryToken := "{RANDOM_WITH_FAKE}"\n'),
        ("config/app.yml", "api_token: q9X2vL7mZk4FAKEr8Tn3Wb6Yc1Hd5Jf0Gs2Pa9Qe7Ru4Xi8\n"),
        ("config/app.yml", "api_token: q9X2vL7mZk4Rr8Tn3Wb6Yc1Hd5Jf0fakeGs2Pa9Qe7Ru4Xi8Lo3\n"),
    ],
)
def test_fake_inside_a_random_value_is_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


def test_a_sentry_token_whose_claims_hold_a_dash_is_not_the_issued_shape() -> None:
    broken = RANDOM_WITH_FAKE.replace("eyJpYXQi", "eyJFAKE-", 1)
    assert not lines_reported("src/sentry.go", f'log.Print("{broken}")\n')


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("config/app.yml", "api_token: FAKE_TOKEN_FOR_TESTS\n"),
        ("config/app.yml", "api_token: fake-api-token-0001\n"),
        ("config/app.yml", "api_token: FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE\n"),
        ("config/app.yml", "api_token: q9X2vL7mZk4FAKEr8Tn3\n"),
        (".npmrc", "//registry.qarz.kz/:_authToken=eyFake1.eyJFake2.Fake3.signature\n"),
        ("config/app.yml", "api_token: ghp_FAKE000000000000000000000000000000000000\n"),
        ("config/app.yml", "api_token: sk_live_fakefakefakefakefakefakefakefake12345678\n"),
        ("config/app.yml", "secret_key: fake-secret-key-for-the-development-server-only\n"),
        # AWS's published documentation key with its EXAMPLEKEY end replaced by other letters
        ("config/aws.yml", "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYESAFAKEKEY\n"),
        ("config/aws.yml", "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzzzzzz\n"),
    ],
)
def test_fake_values_stay_placeholders(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- a credential passed to a call whose arguments start on the next line -------------------------

NEXT_LINE_ARGUMENTS = [
    (
        "src/main/java/app/Mailer.java",
        'client.addFilter(new HTTPBasicAuthFilter("api",\n'
        '        "key-3bx64nkq30kz7gdt5hd484thwkyufpm2"));\n',
    ),
    ("src/Mailer.java", 'client.addFilter(new HTTPBasicAuthFilter(\n    "loans", "Zq4mW8rT2vXcLp9s"));\n'),
    ("src/db.py", 'conn = pymysql.connect(\n    "db01", "loans", "Kd8#mPq2zL")\n'),
    ("src/db.py", 'conn = pymysql.connect("db01", "loans", "Kd8#mPq2zL")\n'),
    ("src/main/java/app/Sms.java", 'client.setApiKey(\n    "f3Kq9ZLm2TxV8pRw4hYd");\n'),
    ("src/sms.ts", "client.setAuthToken(\n  'f3Kq9ZLm2TxV8pRw4hYd',\n);\n"),
    ("src/gh.py", 'client = Client(\n    "ghp_Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5",\n)\n'),
]


@pytest.mark.parametrize(("path", "text"), NEXT_LINE_ARGUMENTS)
def test_credential_argument_on_the_next_line_is_reported(path: str, text: str) -> None:
    assert lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/main/java/app/Sms.java", 'client.setApiKey(\n    System.getenv("SMS_API_KEY"));\n'),
        ("src/main/java/app/Sms.java", 'client.setApiKey(\n    "changeme");\n'),
        ("src/main/java/app/Sms.java", 'client.setApiKeyHeader(\n    "X-Api-Key");\n'),
        ("src/main/java/app/Sms.java", 'log.info(\n    "token refreshed for f3Kq9ZLm2TxV8pRw4hYd");\n'),
        ("src/sms.py", 'client = SmsClient(\n    "https://sms.qarz.kz/api",\n)\n'),
        ("src/Mailer.java", "client.addFilter(new HTTPBasicAuthFilter(\n    user, password));\n"),
        ("src/db.py", 'conn = pymysql.connect(\n    host, "loans", "password")\n'),
    ],
)
def test_next_line_argument_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- `userpass=`, `passwd=`, `pwd=` in a URL's query ------------------------------------------------

QUERY = [
    ("config/db.xml", '<db url="jdbc:mysql://db01/loans?user=loans&amp;userpass=Kd8mPq2zLw"/>\n'),
    ("src/app.py", 'URL = "jdbc:mysql://db01/loans?user=loans&userpass=Qarz2019kz"\n'),
    ("src/app.py", 'URL = "https://sms.qarz.kz/send?login=loans&pwd=Qarz2019kz&to="\n'),
    ("src/app.py", 'URL = "https://sms.qarz.kz/send?login=loans&passwd=Qarz2019kz"\n'),
    ("docs/sms.md", "Send to `https://sms.qarz.kz/send?login=loans&userpass=Kd8mPq2zLw&to=7701`.\n"),
    ("deploy/app.yml", "db_url: jdbc:mysql://db01/loans?user=loans&userpass=Kd8mPq2zLw\n"),
]


@pytest.mark.parametrize(("path", "text"), QUERY)
def test_password_query_parameters_are_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/app.py", 'URL = "jdbc:mysql://db01/loans?user=loans&userpass=${DB_PASSWORD}"\n'),
        ("src/app.py", 'URL = "https://sms.qarz.kz/send?login=loans&pwd={pwd}"\n'),
        ("src/app.py", 'URL = "https://sms.qarz.kz/send?login=loans&pwd=password"\n'),
        ("src/app.py", 'URL = "https://sms.qarz.kz/send?login=loans&userpass=changeme"\n'),
        ("src/app.py", 'URL = "https://example.com/send?login=loans&userpass=Kd8mPq2zLw"\n'),
        ("src/app.py", 'URL = "https://files.qarz.kz/list?pwd=/home/loans/reports"\n'),
        ("src/app.py", 'URL = "https://sms.qarz.kz/send?bypass=Kd8mPq2zLw"\n'),
    ],
)
def test_query_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- comparisons with an f-string or with the literal on the left ----------------------------------

COMPARED = [
    ("src/auth.py", 'if password == f"Kd8#mPq2zL":\n    ok = True\n'),
    ("src/auth.py", "if token != f'tR8zK2mQ4vXn7LpW':\n    raise Denied\n"),
    ("src/auth.py", 'if "Kd8#mPq2zL" == password:\n    ok = True\n'),
    ("src/auth.py", 'if "Kd8#mPq2zL" != self.admin_password:\n    raise Denied\n'),
    ("src/auth.ts", 'if ("tR8zK2mQ4vXn7LpW" === req.query.token) { next(); }\n'),
    ("src/auth.go", 'if "tR8zK2mQ4vXn7LpW" != apiKey {\n\treturn errDenied\n}\n'),
    ("src/auth.py", 'if f"Kd8#mPq2zL" == password:\n    ok = True\n'),
]


@pytest.mark.parametrize(("path", "text"), COMPARED)
def test_comparisons_with_fstrings_or_the_literal_left_are_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("src/auth.py", 'if "" == password:\n    raise Missing\n'),
        ("src/auth.py", 'if "changeme" == password:\n    warn()\n'),
        ("src/auth.py", 'if "Bearer" == token_type:\n    ok = True\n'),
        ("src/auth.ts", 'if ("string" === typeof secret) { next(); }\n'),
        ("src/auth.py", 'if password == f"{prefix}{suffix}":\n    ok = True\n'),
        ("src/auth.py", 'if f"{user}:{secret}" == expected:\n    ok = True\n'),
        ("src/keys.py", 'if "Enter" == key:\n    submit()\n'),
        ("src/auth.py", 'if "strong" == password_policy:\n    ok = True\n'),
        ("src/auth.py", 'if "Kd8#mPq2zL" == password_hint:\n    ok = True\n'),
    ],
)
def test_comparison_decoys_are_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)
