"""Split h of the held-out corpus (eighteen kinds of configuration and code files) and the classes
it was written to measure: unquoted values holding `;`, `<` or `,` in configuration, short
HTTP Basic values, OpenShift `sha256~` tokens, curl credentials written in braces and redis
password directives; with decoys of the same shapes (shell lines where `;` ends a command,
placeholders in braces, Basic values that decode to placeholders, `sha256~<token>`)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from aiscan.secrets import structure
from tests.conftest import FIXTURES
from tests.secrets_holdout import (
    UUID,
    assert_detections_at_their_value,
    assert_no_value_shown,
    assert_split_found,
    detector_ids,
    split_labels,
)

SPLIT = FIXTURES / "secrets-holdout" / "h"
TREE = SPLIT / "tree"
SEMI = "Tulpar;4821kz"
LESS = "Qarz<7721!x"
OSH = "sha256~bK3nQ9xW2mLp7vT4rY8cJ5hF1dS6gA0eZuNoPqRsTuV"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_split_h_recall_per_category_and_no_decoy_reported() -> None:
    assert_split_found(SPLIT, 55, 80)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # unquoted values holding `;`, `<` or `,` in configuration files
        ("svc/.env", f"DB_PASSWORD={SEMI}\n"),
        ("svc/settings.ini", f"[db]\npassword = {SEMI}\n"),
        ("svc/gradle.properties", f"RELEASE_KEY_PASSWORD={LESS}\n"),
        ("deploy/values.yaml", f"auth:\n  password: {LESS}\n"),
        ("deploy/values.yaml", f"smtp_password: |\n  {SEMI}\n"),
        ("tools/.pypirc", f"[qarz]\nusername = ci\npassword = {SEMI}\n"),
        ("ops/notes.txt", "pwd: cF<EXrIgTc5j$vCR42:1pMm3zP<ymS,oZxKpdXn0\n"),
        # a one-line XML element and CSV pairs whose value holds `;`
        ("conf/app.xml", f"<dbPassword>{SEMI}</dbPassword>\n"),
        ("ops/export.csv", f"partnerToken,{SEMI}Xk29,\n"),
        # short HTTP Basic values, in any header syntax
        ("ops/run.sh", f"curl -H 'Authorization: Basic {_b64('browser:')}' https://x.qarz.kz\n"),
        ("deploy/nginx.conf", f'proxy_set_header Authorization "Basic {_b64("berik:k9oCA")}";\n'),
        ("api/x.postman_collection.json", f'{{"key": "Authorization", "value": "Basic {_b64("ops:Zt7q")}"}}'),
        # OpenShift tokens
        ("ops/run.sh", 'curl -L -H "Authorization: sha256~bRLFnzd5@=-.a+/hgdS"\n'),
        ("deploy/kubeconfig", f"users:\n- user:\n    token: {OSH}\n"),
        ("ops/login.md", f"Then run `oc whoami` with {OSH} in the header.\n"),
        # curl credentials in braces
        ("ops/run.sh", f'curl -X POST --user "{{{UUID}}}":"{{ZqL5kVrX1n8tA2}}" https://x.qarz.kz\n'),
        # base64 of user:password under a name ending in `auth`
        ("src/client.json", f'{{"user_auth": "{_b64("johndoe:Kd8mPq2zLw7")}"}}\n'),
        ("deploy/values.yaml", f"proxy:\n  basicAuth: {_b64('mirror:Tulpar4821')}\n"),
        ("conf/app.ini", f"[upstream]\nproxy_auth={_b64('svc-scoring:Qarz7721x')}\n"),
        # redis password directives
        ("deploy/docker-compose.yml", "    command: redis-server --requirepass sGMCQeUAbi4CK6dD2GK\n"),
        ("deploy/redis.conf", "requirepass Kd8mPq2zLw7\n"),
    ],
)
def test_the_new_classes_are_found(path: str, text: str) -> None:
    assert detector_ids(path, text), text
    assert_detections_at_their_value(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # `;` ends a command in shell and a statement in code; a comment after a space
        ("ops/run.sh", "export DB_PASSWORD=abc;echo done\n"),
        ("src/app.js", "const token = a;b = 2;\n"),
        ("svc/settings.ini", "[db]\npassword = ${DB_PASSWORD} ; from the environment\n"),
        ("deploy/values.yaml", "auth:\n  password: <set-me>;later\n"),
        ("deploy/values.yaml", "auth:\n  password: ${A};${B}\n"),
        ("svc/app.properties", "app.token-header=X-Token;X-Auth\n"),
        ("conf/app.xml", "<passwordPolicy>min;max</passwordPolicy>\n"),
        # Basic values that decode to placeholders, or to no credentials at all
        ("ops/run.sh", f"curl -H 'Authorization: Basic {_b64('user:password')}' https://x\n"),
        ("ops/run.sh", f"curl -H 'Authorization: Basic {_b64('user:')}' https://x\n"),
        ("ops/run.sh", "curl -H 'Authorization: Basic Zm9vYmFy' https://x\n"),
        # the OAuth RFC's example client, encoded
        ("src/oauth/client.py", f"    Authorization: Basic {_b64('s6BhdRkqt3:gX1fBat3bV')}\n"),
        ("ops/run.sh", "curl -H 'Authorization: Basic $BASIC' https://x\n"),
        # OpenShift placeholders and hashes that are not tokens
        ("docs/a.md", 'curl -H "Authorization: sha256~<token>" https://api.okd.qarz.kz\n'),
        ("ops/pins.txt", "sha256~abc\n"),
        # braces holding placeholders or templates
        ("docs/a.md", 'curl --user "{CLIENT_ID}":"{CLIENT_SECRET}" https://x.qarz.kz\n'),
        ("ops/run.sh", 'curl --user "{{ user }}":"{{ pass }}" https://x.qarz.kz\n'),
        # `auth` names whose value is not base64 of credentials, or of a placeholder
        ("src/client.json", f'{{"user_auth": "{_b64("user:password")}"}}\n'),
        ("src/client.json", '{"user_auth": "enabled", "oauth": "Zm9vYmFyYmF6"}\n'),
        ("deploy/values.yaml", f"auth: {_b64('base64encoded')}\n"),
        # redis directives without a literal
        ("deploy/redis.conf", "requirepass ${REDIS_PASSWORD}\n"),
        ("deploy/redis.conf", "# requirepass foobared\n"),
    ],
)
def test_their_decoys_are_not(path: str, text: str) -> None:
    assert not detector_ids(path, text), text


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (_b64("browser:"), True),
        (_b64("berik:k9oCA"), True),
        (_b64("user:password"), False),
        (_b64("admin:"), False),
        (_b64("ledger:ledger"), True),  # a service's own account, as a header built for it
        (_b64("admin:admin"), False),
        (_b64("test:TEST"), False),
        ("Zm9vYmFy", False),  # "foobar": no colon
    ],
)
def test_decoded_basic_credentials(value: str, ok: bool) -> None:
    assert structure.basic_credentials(value) is ok


def test_no_value_of_split_h_appears_in_any_output(tmp_path: Path) -> None:
    values = sorted({val for lab in split_labels(SPLIT) for val in lab.get("values", []) if len(val) >= 6})
    assert len(values) > 40
    assert_no_value_shown(TREE, values, tmp_path)
