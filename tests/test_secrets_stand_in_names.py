"""A secret's name that says its value stands in for one (`dummyPassword`, `fake_api_key`,
`placeholderSecret`, `BOGUS_TOKEN`): the value is shown or compared instead of a stored secret
(a form field's stand-in for a password it will not show) and is no credential, whatever it
looks like (under a password's name it is a weak or dummy password, low, as the policy has
it); the same value under a plain name, or under a name where the word is inside another
(`MOCKUP_API_KEY`), is still reported. Also: a value that is a marker and a batch variable
(`'**%ADMIN_PW%'`) is a reference, and a delimited regular expression anchored at both ends
with a construct of its own (`'#^[a-z0-9+/-]+$#i'`) is a validation rule; a literal beside a
variable, or a token merely between anchors, is still reported. Cases written here, values made
here.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE

VALUE = "_frm_9c41e07ab3d26"  # a prefix and 13 hex digits, made here


def _lines(path: str, text: str) -> list[tuple[str, int]]:
    return sorted((d.detector.id, d.line) for d in ENGINE.scan(path, text).detections)


STAND_INS = [
    (
        "src/Forms/LoanAccountForm.php",
        f"<?php\nclass LoanAccountForm {{\n    protected static $dummyPassword = '{VALUE}';\n}}\n",
    ),
    ("app/settings.py", f'FAKE_API_KEY = "{VALUE}"\n'),
    ("web/form.js", f'const placeholderSecret = "{VALUE}";\n'),
    ("svc/config.go", f'var bogusToken = "{VALUE}"\n'),
    ("app/config.yml", f"dummy_password: '{VALUE}'\n"),
]


def test_a_name_that_says_its_value_stands_in_is_no_secret() -> None:
    for path, text in STAND_INS:
        # a password's stand-in is at most a weak or dummy password (low, not blocking)
        found = [rule for rule, _ in _lines(path, text) if rule != "weak-password"]
        assert found == [], (path, _lines(path, text))
    assert _lines("app/settings.py", f'FAKE_API_KEY = "{VALUE}"\n') == []


def test_the_same_value_under_a_plain_name_is_still_reported() -> None:
    php = f"<?php\nclass LoanAccountForm {{\n    protected static $adminPassword = '{VALUE}';\n}}\n"
    assert _lines("src/Forms/LoanAccountForm.php", php) == [("generic-secret-assignment", 3)]
    assert _lines("app/settings.py", f'SCORING_API_KEY = "{VALUE}"\n') == [("generic-secret-assignment", 1)]
    # a word inside another word is no stand-in: `fakeness`, `mockup`
    assert _lines("app/settings.py", f'MOCKUP_API_KEY = "{VALUE}"\n') == [("generic-secret-assignment", 1)]


# --- a value that is only a marker and a variable reference -----------------------------------


def test_a_marker_before_a_batch_variable_is_a_reference() -> None:
    # `'**%ADMIN_PW%'`: a prefix that says how the value is stored, then the script's variable
    bat = "%PGDIR%\\psql -c \"UPDATE staff SET password = '**%ADMIN_PW%' WHERE id = 1;\" %DBNAME%\n"
    assert _lines("db/windows/create-db.bat", bat) == []


def test_a_literal_beside_a_reference_is_still_reported() -> None:
    bat = "%PGDIR%\\psql -c \"UPDATE staff SET password = 'Kz9v%ADMIN%q7Lm' WHERE id = 1;\" %DBNAME%\n"
    assert [rule for rule, _ in _lines("db/windows/create-db.bat", bat)] != []


# --- a delimited, anchored regular expression ---------------------------------------------------


def test_an_anchored_pattern_given_to_a_tokens_parameter_is_a_validation_rule() -> None:
    php = "<?php\nparam_to_global('loan_token', '#^[a-z0-9+/-]+$#i', 'token');\n"
    assert _lines("htdocs/repayments.php", php) == []
    js = "const accessToken = '/^[A-Za-z0-9_-]{20,64}$/';\n"
    assert _lines("web/validate.js", js) == []


def test_a_token_between_anchors_with_no_pattern_construct_is_still_reported() -> None:
    js = "const accessToken = '#^Kz9vQ7LmX2pR8tW4nB6yC3dF5gH1jS0a$#';\n"
    assert [rule for rule, _ in _lines("web/validate.js", js)] != []


# --- a translation of a secret's label ---------------------------------------------------------


def test_a_translated_label_of_a_secrets_field_is_no_weak_secret() -> None:
    # a translation file's value is the label of a field (Kazakh and Russian for "secret key")
    text = (
        '{\n  "SecretKey": "qupiya kilt",\n  "JwtSecret": "sekretnyi klyuch",\n'
        '  "Password": "qupiya soz"\n}\n'
    )
    for path in ("src/lang/kk.json", "web/locales/ru.json", "app/i18n/kk.yml"):
        assert _lines(path, text) == [], (path, _lines(path, text))


def test_the_same_phrase_in_configuration_is_still_a_weak_signing_secret() -> None:
    text = '{\n  "JwtSecret": "sekretnyi klyuch"\n}\n'
    assert _lines("config/app.json", text) != []


# --- a prompt's default on a minified line ------------------------------------------------------


def test_a_constant_named_default_in_a_minified_bundle_is_no_prompts_default() -> None:
    # one line of a bundle: a password prompt earlier, a key-code table with `SKIP_DEFAULT` later
    bundle = (
        'function ask(){return window.prompt("Password for the loan desk")}'
        "var KEYS={SKIP_DEFAULT:0,KEY_UP:1,KEY_DOWN:2,KEY_ENTER:Kz9TULPAR7};ask();\n"
    )
    assert _lines("static/js/scripts.min.js", bundle) == []


def test_a_prompts_default_password_in_its_own_statement_is_still_reported() -> None:
    script = 'cd /opt/loans; read -p "Root password [default: Kz9TULPAR7]: " rootpw\n'
    assert [rule for rule, _ in _lines("install/setup.sh", script)] == ["prompt-default-password"]


# --- a cookie cleared: an empty value and its attributes ---------------------------------------


def test_a_cookie_cleared_by_an_empty_value_and_its_attributes_is_no_secret() -> None:
    js = 'function logout(){document.cookie="loan_access_token=;expires=Thu, 01 Jan 1970 00:00:00 GMT"}\n'
    assert _lines("web/session.js", js) == []


def test_a_token_set_in_a_query_is_still_reported() -> None:
    js = 'const url = "https://api.qarz.kz/v1/send?login=qarz&access_token=9f8e7d6c5b4a39281706f5e4d3c2b1a0";\n'
    assert [rule for rule, _ in _lines("web/api.js", js)] == ["url-query-secret"]


# --- a URL template whose password part names its field ----------------------------------------


def test_a_url_template_naming_its_parts_is_no_credential() -> None:
    vue = '<p>{{ $t("Example:", ["smsc://AccountSid:AuthToken@FromPhoneNo"]) }}</p>\n'
    assert _lines("src/components/notifications/Smsc.vue", vue) == []
    py = 'HELP = "kafka://user:sasl_token@broker:9092"\n'
    assert _lines("app/help.py", py) == []


def test_a_password_in_a_url_is_still_reported() -> None:
    py = 'BROKER = "kafka://loans:Kz9vQ7LmX2pR@broker.qarz.kz:9092"\n'
    assert [rule for rule, _ in _lines("app/settings.py", py)] == ["url-credentials"]
