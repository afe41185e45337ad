"""Flask applications whose cookie session is sent without the Secure flag because
SESSION_COOKIE_SECURE is never set (Flask's default is False)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.webconfig_helpers import flaws, run_web_config, write

APP = (
    "from flask import Flask, session, request\n"  # 1
    "\n"  # 2
    "app = Flask(__name__)\n"  # 3
    'app.config["SECRET_KEY"] = load_key()\n'  # 4
    "{config}\n"  # 5
    "\n"
    '@app.route("/officer/login", methods=["POST"])\n'
    "def officer_login():\n"
    '    session["officer_id"] = check(request.form["login"])\n'
    '    return "ok"\n'
)


Where = set[tuple[str, int | None]]


def _where(root: Path) -> Where:
    return {
        (f.location.path, f.location.start_line) for f in flaws(run_web_config(root), "server-cookie-flags")
    }


def _cookie_flags(tmp_path: Path, config: str, extra: dict[str, str] | None = None) -> Where:
    write(tmp_path, {"lender/app.py": APP.format(config=config), **(extra or {})})
    return _where(tmp_path)


def test_a_cookie_session_without_secure_flag_is_reported_where_the_app_is_made(tmp_path: Path) -> None:
    assert _cookie_flags(tmp_path, "") == {("lender/app.py", 3)}


def test_a_setting_left_in_a_comment_is_reported_on_that_comment(tmp_path: Path) -> None:
    assert _cookie_flags(tmp_path, '# app.config["SESSION_COOKIE_SECURE"] = True  # in production') == {
        ("lender/app.py", 5)
    }


@pytest.mark.parametrize(
    "config",
    [
        'app.config["SESSION_COOKIE_SECURE"] = True',
        "app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE='Lax')",
        'app.config["SESSION_COOKIE_SECURE"] = os.environ.get("COOKIE_SECURE") == "1"',
        "app.config.from_prefixed_env()",
        'app.config.from_envvar("LENDER_SETTINGS")',
        'app.config.from_pyfile("/etc/lender/settings.cfg")',
        "Talisman(app)",
    ],
)
def test_a_setting_made_or_loaded_from_outside_the_code_is_not_reported(tmp_path: Path, config: str) -> None:
    assert _cookie_flags(tmp_path, config) == set()


def test_a_setting_in_a_configuration_class_of_the_application_counts(tmp_path: Path) -> None:
    config = 'app.config.from_object("lender.settings.ProductionConfig")'
    extra = {"lender/settings.py": "class ProductionConfig:\n    SESSION_COOKIE_SECURE = True\n"}
    assert _cookie_flags(tmp_path, config, extra) == set()


def test_an_application_without_a_cookie_session_is_not_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "api/app.py": (
                "from flask import Flask, request, jsonify\n\napp = Flask(__name__)\n\n"
                '@app.get("/schedule")\ndef schedule():\n    return jsonify(plan(request.args["loan"]))\n'
            )
        },
    )
    assert not flaws(run_web_config(tmp_path), "server-cookie-flags")


def test_flask_login_is_a_cookie_session(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "portal/__init__.py": (
                "from flask import Flask\nfrom flask_login import LoginManager\n\n"
                "def create_app():\n    app = Flask(__name__)\n    LoginManager(app)\n    return app\n"
            )
        },
    )
    assert _where(tmp_path) == {("portal/__init__.py", 5)}
