"""Classes the CredData parts showed after the tenth round, written as our own cases (values
made here or dummy words anyone uses) before the rules changed for them, each with near-miss
decoys:

- a dotenv file keeps a single-quoted value literal, `$` included (`APP_SECRET='$ecr3t...'`):
  there it is a value, not a variable, unless it is an environment variable's name or a
  `${...}` / `$(...)` form; double quotes, no quotes, shell scripts and compose files (which
  substitute `$NAME` in any quotes) keep reading it as a reference;
- a password retyped in its confirmation field (`password` and `password_confirmation`,
  `confirmPassword`, `confirm_password` given the same literal): both lines are the password,
  and there a phrase of plain words (`"whoop whoop whoop"`) is a password too; a phrase alone,
  a message given to both fields, or two different values are not;
- in a URL's query, an OAuth 1 consumer key, a site key and a public or publishable key are
  identifiers sent in the clear by design, and a value that names a field (`my-client-id`,
  `your-access-token`) is a stand-in: neither is a secret; the consumer's or the token's
  secret still is.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE


def _hits(path: str, text: str) -> list[tuple[str, str]]:
    return [(d.detector.id, d.value) for d in ENGINE.scan(path, text).detections]


def _lines(path: str, text: str) -> list[tuple[str, int]]:
    return sorted((d.detector.id, d.line) for d in ENGINE.scan(path, text).detections)


# --- a single-quoted `$...` value in a dotenv file --------------------------------------------

DOTENV_LITERALS = [
    # a signing secret made of words, written with a leading `$`
    ("api/.env.test", "KERNEL_CLASS='App\\Kernel'\nAPP_SECRET='$ecr3tf0rqarzt3st'\n", "$ecr3tf0rqarzt3st"),
    ("config/.env.local", "JWT_SECRET='$kz93Jd8fLq0Zp2XvT7'\n", "$kz93Jd8fLq0Zp2XvT7"),
    (".env", "DB_PASSWORD='$ulanb3k2024'\n", "$ulanb3k2024"),
]


def test_a_single_quoted_dollar_value_in_a_dotenv_file_is_a_literal() -> None:
    for path, text, value in DOTENV_LITERALS:
        values = [hit[1] for hit in _hits(path, text)]
        assert values == [value], (path, _hits(path, text))


DOTENV_REFERENCES = [
    (".env", "APP_SECRET='$APP_SECRET_FROM_CI'\n"),  # an environment variable's name
    (".env", "APP_SECRET='${APP_SECRET}'\n"),
    (".env", "APP_SECRET='$(cat /run/secrets/app)'\n"),
    (".env", 'APP_SECRET="$ecr3tf0rqarzt3st"\n'),  # double quotes: expanded
    (".env", "APP_SECRET=$ecr3tf0rqarzt3st\n"),  # unquoted: expanded
    ("deploy/run.sh", "APP_SECRET='$ecr3tf0rqarzt3st'\n"),  # a shell script: often evaluated later
    ("docker-compose.yml", "services:\n  api:\n    environment:\n      APP_SECRET: '$ecr3tf0rqarzt3st'\n"),
    ("app/settings.py", "APP_SECRET = '$ecr3tf0rqarzt3st'\n"),  # code: a template's slot
]


def test_other_dollar_values_stay_references() -> None:
    for path, text in DOTENV_REFERENCES:
        assert _hits(path, text) == [], (path, text, _hits(path, text))


# --- a password retyped in its confirmation field ----------------------------------------------

CONFIRMED = [
    (
        "spec/models/account_spec.rb",
        "  let(:params) do\n    {\n      email: 'bender@planet.test',\n"
        '      password: "whoop whoop whoop",\n      password_confirmation: "whoop whoop whoop",\n'
        "    }\n  end\n",
        [4, 5],
    ),
    (
        "tests/Feature/RegisterTest.php",
        "$this->post('/register', [\n    'password' => 'correct horse battery',\n"
        "    'password_confirmation' => 'correct horse battery',\n]);\n",
        [2, 3],
    ),
    (
        "test/signup.test.js",
        "const form = { password: 'blue sky river', confirmPassword: 'blue sky river' };\n",
        [1, 1],
    ),
    (
        "db/seeds.rb",
        "User.create!(email: 'admin@qarz.test', password: 'kosmos77', password_confirmation: 'kosmos77')\n",
        [1, 1],
    ),
    (
        "app/tests/test_forms.py",
        "data = {\n    'new_password': 'tundra lake',\n    'confirm_password': 'tundra lake',\n}\n",
        [2, 3],
    ),
]


def test_a_password_and_its_confirmation_given_the_same_literal_are_weak_passwords() -> None:
    for path, text, lines in CONFIRMED:
        assert _lines(path, text) == [("weak-password", n) for n in lines], (path, _lines(path, text))


NOT_CONFIRMED = [
    # a phrase alone: a label, a message, a prompt
    ("spec/models/account_spec.rb", '      password: "whoop whoop whoop",\n'),
    ("src/form.js", "const labels = { password: 'Your secret phrase' };\n"),
    # the same message given to both fields
    (
        "spec/models/account_spec.rb",
        '  errors = {\n    password: "is too short",\n    password_confirmation: "is too short",\n  }\n',
    ),
    (
        "test/validation.test.js",
        "expect(errors).toEqual({ password: 'must match', confirmPassword: 'must match' });\n",
    ),
    # two different values: a mismatch under test, each judged alone
    (
        "spec/models/account_spec.rb",
        '      password: "whoop whoop whoop",\n      password_confirmation: "whoop whoop",\n',
    ),
    # the same phrase far away from each other
    (
        "spec/models/account_spec.rb",
        '  password: "whoop whoop whoop"\n'
        + "  x = 1\n" * 8
        + '  password_confirmation: "whoop whoop whoop"\n',
    ),
    # documentation
    ("docs/signup.md", "    password: 'blue sky river', password_confirmation: 'blue sky river'\n"),
]


def test_phrases_and_messages_without_a_matching_confirmation_are_not_reported() -> None:
    for path, text in NOT_CONFIRMED:
        assert _hits(path, text) == [], (path, text, _hits(path, text))


def test_a_confirmation_field_alone_is_not_reported() -> None:
    assert _hits("spec/user_spec.rb", "  password_confirmation: 'kosmos77'\n") == []


# --- identifiers and stand-ins in a URL's query -------------------------------------------------

URL_IDENTIFIERS = [
    'uri = "https://graph.partner.kz/user/info?oauth_consumer_key=Zk3J9aQ2mL0pX7wE&openid=u1"\n',
    'src = "https://www.gstatic.com/recaptcha/api.js?site_key=6LcA9kQaAAAAAB1xQz8wPlm3Rt0&hl=ru"\n',
    'url = "https://pay.partner.kz/checkout?publishable_key=pk_live_3Fq9ZkLm0Xw7Rt2Yp8&amount=1"\n',
    'url = "https://keys.partner.kz/lookup?public_key=Qm9vT3xR8wZp2LkJ4s&fmt=pem"\n',
    # stand-ins that name the field they stand for
    'uri = "https://graph.partner.kz/me?oauth_consumer_key=my-client-id&x=1"\n',
    'uri = "https://api.partner.kz/v1?access_token=your-access-token&x=1"\n',
    'uri = "https://api.partner.kz/v1?client_secret=my-client-secret&x=1"\n',
]


def test_public_keys_and_named_stand_ins_in_a_query_are_not_secrets() -> None:
    for text in URL_IDENTIFIERS:
        assert _hits("src/partner_client.py", text) == [], (text, _hits("src/partner_client.py", text))


URL_SECRETS = [
    ('body = "oauth_token=kz7q93j4hdzxpola&oauth_token_secret=qk5d0244k9j7ao03"\n', "qk5d0244k9j7ao03"),
    (
        'uri = "https://api.partner.kz/oauth?oauth_consumer_key=my-client-id&oauth_consumer_secret=Hq8ZfK2mW9xPl3Tr"\n',
        "Hq8ZfK2mW9xPl3Tr",
    ),
    ('URL = "https://api.sms.kz/v1/send?api_key=9f8e7d6c5b4a39281706f5e4d3c2b1a0&to="\n', None),
]


def test_secrets_in_a_query_are_still_reported() -> None:
    for text, value in URL_SECRETS:
        values = [hit[1] for hit in _hits("src/client.py", text)]
        assert values, (text, values)
        if value is not None:
            assert value in values, (text, values)
