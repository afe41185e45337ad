"""Classes a production set (a Django lender's settings, a Rails controller) showed, written as
our own cases (values made up for these tests), each with decoys of the same shape:

- a credential written as the NAME given to an environment look-up (`os.getenv("<key>")`,
  `os.environ.get`, `ENV[...]`, `ENV.fetch`, `process.env[...]`, PHP's `getenv(...)`): a
  variable's name is an identifier, a random key-like string there is the credential pasted in
  the wrong place; identifiers, numbers and words stay silent;
- a credential compared with a literal through a subscript (`params["hub.verify_token"] != "..."`,
  `params[:api_key] == '...'`, `request.args.get("token") == "..."`);
- a comparison written in a comment: the value is still in the repository, the finding says the
  line is commented out rather than calling it a live comparison.
"""

from __future__ import annotations

import pytest

from aiscan.models import Finding
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE
from tests.test_secrets_outside_misses_classes import lines_reported

KEY = "Qm7Zr2TxVb9LpW4kNc8Hy3Jd6Fs1Ga5e"  # mixed case and digits, 32 characters
B64 = "pX9/kq2+Lm4Rz7Tv0Nw3Yb6Hc8Jd1Fs5Ge=="
HEX = "9c4e1a7b3f2d8e6c0a5b9d1f7e3c2a4b6d8f0e1c3a5b7d9f2e4c6a8b0d1f3e5a"

ENV_NAME_SECRETS = [
    ("shop/settings.py", f"CONSUMER_KEY = os.getenv('{KEY}')\n"),
    ("shop/settings.py", f'CONSUMER_SECRET = os.environ.get("{B64}")\n'),
    ("shop/settings.py", f"PASSKEY = os.getenv('{HEX}')\n"),
    ("shop/settings.py", f"SECRET = os.environ['{KEY}']\n"),
    ("config/initializers/pay.rb", f"PAY_SECRET = ENV['{KEY}']\n"),
    ("config/initializers/pay.rb", f'PAY_SECRET = ENV.fetch("{KEY}")\n'),
    ("src/pay.js", f'const secret = process.env["{KEY}"];\n'),
    ("src/pay.php", f"$secret = getenv('{B64}');\n"),
    ("src/pay.go", f'secret := os.Getenv("{KEY}")\n'),
]

ENV_NAME_DECOYS = [
    ("shop/settings.py", "CONSUMER_SECRET = os.getenv('MPESA_CONSUMER_SECRET')\n"),
    ("shop/settings.py", "KEY = os.getenv('DARAJA_CONSUMER_KEY', 'sandbox')\n"),
    ("shop/settings.py", "SHORTCODE = os.getenv('5633760')\n"),
    ("shop/settings.py", "KEY = os.environ.get('AzureWebJobsStorage')\n"),
    ("shop/settings.py", "KEY = os.environ.get('STRIPE_SECRET_KEY_2024_ROTATED_BACKUP')\n"),
    ("shop/settings.py", "KEY = os.environ.get('npm_config_user_agent')\n"),
    ("shop/settings.py", "HOME = os.getenv('HOME')\n"),
    ("config/initializers/pay.rb", "PAY_SECRET = ENV['PAYSTACK_SECRET_KEY']\n"),
    ("src/pay.js", "const secret = process.env['REACT_APP_API_KEY'];\n"),
    ("src/pay.php", "$secret = getenv('APP_KEY');\n"),
]


@pytest.mark.parametrize(("path", "text"), ENV_NAME_SECRETS)
def test_a_key_given_as_an_environment_variable_name_is_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(("path", "text"), ENV_NAME_DECOYS)
def test_an_environment_variable_name_is_not_a_credential(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()


def test_the_finding_says_why_the_name_is_a_credential() -> None:
    [finding] = findings_for_text("shop/settings.py", f"CONSUMER_KEY = os.getenv('{KEY}')\n")
    assert finding.rule_id == "env-name-secret"
    assert KEY not in finding.message
    assert "variable's name" in finding.title


COMPARED = [
    ("app/controllers/hooks_controller.rb", 'elsif params["hub.verify_token"] != "Tq8vLm2Kx9Rw"\n'),
    ("app/controllers/hooks_controller.rb", "if params[:api_key] == 'Tq8vLm2Kx9Rw'\n"),
    ("hooks/views.py", "if request.GET.get('hub.verify_token') == 'Tq8vLm2Kx9Rw':\n"),
    ("hooks/views.py", "if request.args['token'] == 'Tq8vLm2Kx9Rw':\n"),
    ("src/hooks.js", "if (req.query['hub.verify_token'] === 'Tq8vLm2Kx9Rw') {\n"),
]

COMPARED_DECOYS = [
    ("hooks/views.py", "if request.GET.get('hub.mode') == 'subscribe':\n"),
    ("hooks/views.py", "if params['token_type'] == 'Bearer':\n"),
    ("hooks/views.py", "if request.args['token'] == '':\n"),
    ("src/hooks.js", "if (req.query['hub.verify_token'] === process.env.VERIFY_TOKEN) {\n"),
    ("src/hooks.js", "if (body['password'] === 'changeme') {\n"),
    ("src/hooks.js", "if (typeof opts['token'] === 'string') {\n"),
    ("src/hooks.js", "if (typeof opts.apiKey === 'undefined') {\n"),
]


@pytest.mark.parametrize(("path", "text"), COMPARED)
def test_a_subscripted_credential_compared_with_a_literal_is_reported(path: str, text: str) -> None:
    assert 1 in lines_reported(path, text)


@pytest.mark.parametrize(("path", "text"), COMPARED_DECOYS)
def test_a_subscript_compared_with_a_word_or_a_variable_is_not(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()


def test_a_commented_out_comparison_is_reported_as_a_value_left_in_a_comment() -> None:
    [live] = findings_for_text("app/controllers/sessions_controller.rb", '  if password == "Tq8vLm2Kx9Rw"\n')
    [commented] = findings_for_text(
        "app/controllers/sessions_controller.rb", '  # if password == "Tq8vLm2Kx9Rw"\n'
    )
    assert commented.rule_id == live.rule_id == "secret-compared"
    assert commented.severity == live.severity
    assert "commented out" in commented.message
    assert "commented out" not in live.message


def findings_for_text(path: str, text: str) -> list[Finding]:
    return [f for f in detection_findings(ENGINE.scan(path, text), ENGINE) if f.rule_id != "weak-password"]
