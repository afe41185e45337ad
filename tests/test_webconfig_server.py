"""Server configuration resolved to what applies in production, then checked."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from aiscan.errors import ConfigError
from aiscan.models import RunStatus
from aiscan.webconfig.aspnet import load_jsonc, parse_xml_elements, strip_json_comments
from aiscan.webconfig.pyvalues import UNKNOWN, evaluate
from aiscan.webconfig.spring import parse_properties, parse_yaml_docs
from tests.conftest import FIXTURES
from tests.webconfig_helpers import flaws, present, run_web_config, where, write


@pytest.mark.parametrize(
    ("expr", "value", "from_default"),
    [
        ("True", True, False),
        ('os.environ.get("DEBUG", "True")', "True", True),
        ('os.environ.get("DEBUG", "False")', "False", True),
        ('os.environ.get("DEBUG", "0") == "1"', False, True),
        ('os.getenv("DEBUG", "1") == "1"', True, True),
        ('os.environ.get("DEBUG", "false").lower() in ("1", "true")', False, True),
        ('bool(os.getenv("DEBUG", False))', False, True),
        ('env.bool("DEBUG", default=True)', True, True),
        ('config("DEBUG", default="false", cast=bool)', False, True),
        ('not os.environ.get("PRODUCTION", "")', True, True),
        ('os.environ["DEBUG"]', UNKNOWN, False),
        ('os.environ.get("DEBUG")', UNKNOWN, False),
        ("compute_debug()", UNKNOWN, False),
        ('["a"] + ["b"]', ["a", "b"], False),
    ],
)
def test_settings_expressions_are_read_at_their_production_value(
    expr: str, value: object, from_default: bool
) -> None:
    got = evaluate(ast.parse(expr, mode="eval").body)
    assert got.value == value if value is not UNKNOWN else got.value is UNKNOWN
    assert got.from_default is from_default


DJANGO_BASE = (
    'DEBUG = True\nINSTALLED_APPS = ["django.contrib.auth"]\n'
    'MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]\n'
    "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n"
)


def test_split_django_settings_take_the_production_override(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app/settings/base.py": DJANGO_BASE,
            "app/settings/production.py": "from .base import *\nDEBUG = False\n",
            "app/settings/local.py": "from .base import *\nDEBUG = True\nALLOWED_HOSTS = ['*']\n",
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome), [f.message for f in flaws(outcome)]
    assert where(present(outcome, "server-csrf-protection")) == {("app/settings/base.py", 3)}


def test_base_settings_without_a_production_module_are_what_ships(tmp_path: Path) -> None:
    write(tmp_path, {"app/settings/base.py": DJANGO_BASE, "app/settings/dev.py": "from .base import *\n"})
    assert where(flaws(run_web_config(tmp_path), "server-debug-enabled")) == {("app/settings/base.py", 1)}


def test_a_devel_settings_module_is_for_development(tmp_path: Path) -> None:
    # settings/common.py is read through the production module that star-imports it
    write(
        tmp_path,
        {
            "tcms/settings/common.py": DJANGO_BASE,
            "tcms/settings/product.py": "from tcms.settings.common import *\nDEBUG = False\n",
            "tcms/settings/devel.py": "from .common import *\nDEBUG = True\n",
        },
    )
    assert not flaws(run_web_config(tmp_path), "server-debug-enabled")


def test_absolute_star_import_and_augmented_middleware(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "proj/settings/common.py": (
                'DEBUG = False\nINSTALLED_APPS = []\nMIDDLEWARE = ["a.B"]\n'
                "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n"
            ),
            "proj/settings/prod.py": (
                "from proj.settings.common import *\n"
                'MIDDLEWARE += ["django.middleware.csrf.CsrfViewMiddleware"]\n'
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome)
    assert where(present(outcome, "server-csrf-protection")) == {("proj/settings/prod.py", 2)}


def test_flask_production_class_inherits_its_base(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "config.py": (
                "class Config:\n    DEBUG = True\n    SESSION_COOKIE_SECURE = False\n\n"
                "class ProductionConfig(Config):\n    DEBUG = False\n\n"
                "class DevelopmentConfig(Config):\n    DEBUG = True\n"
            )
        },
    )
    outcome = run_web_config(tmp_path)
    assert {(f.rule_id, f.location.start_line) for f in flaws(outcome)} == {("server-cookie-flags", 3)}


def test_spring_active_profile_and_profile_documents(tmp_path: Path) -> None:
    res = "src/main/resources/"
    write(
        tmp_path,
        {
            res + "application.properties": (
                "spring.profiles.active=staging\nserver.error.include-message=never\n"
            ),
            res + "application-staging.properties": "server.error.include-message=always\n",
            res + "application-dev.properties": "debug=true\n",
            res + "application.yml": (
                "management:\n  endpoints:\n    web:\n      exposure:\n        include: health\n"
                "---\nspring:\n  config:\n    activate:\n      on-profile: prod\n"
                "management:\n  endpoints:\n    web:\n      exposure:\n        include: [health, env]\n"
            ),
            "src/test/resources/application.properties": "debug=true\n",
        },
    )
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in flaws(run_web_config(tmp_path))}
    assert found == {
        ("server-detailed-errors", res + "application-staging.properties", 1),
        ("server-actuator-exposed", res + "application.yml", 15),
    }


def test_properties_syntax() -> None:
    props = parse_properties("# c\n! c\na.b = 1\nc: two\nd three\nlong=x\\\n   y\nk\\=ey=v\n", "p")
    assert {k: (p.value, p.line) for k, p in props.items()} == {
        "a.b": ("1", 3),
        "c": ("two", 4),
        "d": ("three", 5),
        "long": ("xy", 6),
        "k=ey": ("v", 8),
    }


def test_yaml_documents_keep_their_lines() -> None:
    docs = parse_yaml_docs("a:\n  b: 1\n---\nspring:\n  profiles: dev\nc: [x, y]\n", "f.yml")
    assert docs[0] == ((), {"a.b": docs[0][1]["a.b"]}) and docs[0][1]["a.b"].line == 2
    assert docs[1][0] == ("dev",)
    assert docs[1][1]["c"].value == "x,y" and docs[1][1]["c"].line == 6


def test_malformed_yaml_is_a_config_error_naming_the_file() -> None:
    with pytest.raises(ConfigError, match=r"f\.yml"):
        parse_yaml_docs("a: [1,\n", "f.yml")


def test_json_with_comments_and_trailing_commas() -> None:
    text = '{\n  // a "comment"\n  "a": "http://x//y", /* b */\n  "b": [1, 2,],\n}\n'
    assert load_jsonc(text) == {"a": "http://x//y", "b": [1, 2]}
    assert strip_json_comments(text).count("\n") == text.count("\n")


def test_xml_with_entities_is_refused() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(ValueError):
        parse_xml_elements(bomb)
    assert parse_xml_elements('<a>\n  <b c="1"/>\n</a>') == [("a", {}, 1), ("b", {"c": "1"}, 2)]


def test_laravel_env_production_wins_over_env(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "artisan": "",
            ".env": "APP_DEBUG=true\n",
            ".env.production": "APP_ENV=production\nAPP_DEBUG=false\n",
            "config/app.php": "<?php return ['debug' => (bool) env('APP_DEBUG', true)];\n",
            "config/cors.php": "<?php return ['allowed_origins' => ['*']];\n",
            "app/Http/Middleware/VerifyCsrfToken.php": (
                "<?php class VerifyCsrfToken { protected $except = ['*']; }\n"
            ),
        },
    )
    found = {(f.rule_id, f.location.path) for f in flaws(run_web_config(tmp_path))}
    assert found == {
        ("server-cors-wildcard", "config/cors.php"),
        ("server-csrf-disabled", "app/Http/Middleware/VerifyCsrfToken.php"),
    }


def test_express_node_env_development_in_start_script_and_dockerfile(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "package.json": (
                '{\n "scripts": {"start": "NODE_ENV=development node app.js"},\n'
                ' "dependencies": {"express": "4", "helmet": "7"}\n}\n'
            ),
            "app.js": 'const express = require("express");\nconst helmet = require("helmet");\n',
            "Dockerfile": "FROM node:20\nENV NODE_ENV=development\n",
        },
    )
    assert where(flaws(run_web_config(tmp_path), "server-debug-enabled")) == {
        ("package.json", 2),
        ("Dockerfile", 2),
    }


def test_a_package_without_express_is_not_an_express_application(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "package.json": '{"dependencies": {"react": "18"}, "devDependencies": {"express": "4"}}',
            "a.js": "cors()\n",
        },
    )
    assert not run_web_config(tmp_path).findings


def test_demo_flask_config_is_read_as_production(tmp_path: Path) -> None:
    outcome = run_web_config(FIXTURES / "mfo-demo")
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in flaws(outcome)}
    assert ("server-debug-enabled", "api/config.py", 5) in found
    assert ("server-csrf-disabled", "api/config.py", 10) in found
    assert outcome.run.status is RunStatus.OK


def test_a_launcher_package_that_never_loads_express_is_not_judged(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"package.json": '{"dependencies": {"express": "4"}}', "bin/cli.js": 'require("./lib/run");\n'},
    )
    assert not run_web_config(tmp_path).findings


def test_django_own_global_settings_are_not_a_project(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "django/conf/global_settings.py": (
                "DEBUG = False\nINSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_SECURE = False\n"
            )
        },
    )
    assert not run_web_config(tmp_path).findings


def test_every_missing_cookie_flag_is_its_own_finding(tmp_path: Path) -> None:
    write(tmp_path, {"app/settings/production.py": "DEBUG = False\nINSTALLED_APPS = []\n"})
    messages = sorted(f.message.split()[0] for f in flaws(run_web_config(tmp_path), "server-cookie-flags"))
    assert messages == ["CSRF_COOKIE_SECURE", "SESSION_COOKIE_SECURE"]


def test_devtools_kept_in_the_maven_package_is_reported_on_its_line(tmp_path: Path) -> None:
    pom = (
        "<project>\n  <build><plugins><plugin>\n"
        "    <artifactId>spring-boot-maven-plugin</artifactId>\n"
        "    <configuration><excludeDevtools>false</excludeDevtools></configuration>\n"
        "  </plugin></plugins></build>\n"
        "  <dependencies><dependency>\n"
        "    <artifactId>spring-boot-devtools</artifactId></dependency></dependencies>\n"
        "</project>\n"
    )
    write(tmp_path, {"pom.xml": pom})
    assert where(flaws(run_web_config(tmp_path), "server-devtools-enabled")) == {("pom.xml", 4)}


def test_devtools_restart_and_livereload_flags_in_application_files_are_not_devtools_in_production(
    tmp_path: Path,
) -> None:
    """restart/livereload default to true and only act once DevTools runs; a packaged application
    starts DevTools only when it is packaged and a JVM system property asks for it, never from an
    application file. A remote secret still says remote access is meant to be used."""
    res = "src/main/resources/"
    write(
        tmp_path,
        {
            res + "application.yml": (
                "spring:\n  profiles:\n    active: dev\n  devtools:\n    restart:\n      enabled: true\n"
            ),
            res + "application-prod.properties": "spring.devtools.livereload.enabled=true\n",
            "svc/src/main/resources/application-prod.properties": (
                "spring.devtools.restart.enabled=true\nspring.devtools.remote.secret=${DEVTOOLS_SECRET}\n"
            ),
        },
    )
    found = flaws(run_web_config(tmp_path), "server-devtools-enabled")
    assert where(found) == {("svc/src/main/resources/application-prod.properties", 2)}
    assert "remote" in found[0].message


def test_empty_password_validators_in_the_production_settings_are_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "bank/settings/base.py": DJANGO_BASE + "AUTH_PASSWORD_VALIDATORS = []\n",
            "bank/settings/production.py": "from .base import *\nDEBUG = False\n",
        },
    )
    found = flaws(run_web_config(tmp_path), "server-password-validation-disabled")
    assert where(found) == {("bank/settings/base.py", 6)}
    assert "AUTH_PASSWORD_VALIDATORS" in found[0].message


@pytest.mark.parametrize(
    "validators",
    [
        '[{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]',
        "load_validators()",  # not known without running the project: not reported
    ],
)
def test_listed_or_unknown_password_validators_are_not_reported(tmp_path: Path, validators: str) -> None:
    write(tmp_path, {"bank/settings.py": DJANGO_BASE + f"AUTH_PASSWORD_VALIDATORS = {validators}\n"})
    assert not flaws(run_web_config(tmp_path), "server-password-validation-disabled")


def test_empty_password_validators_of_a_test_settings_module_are_not_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "bank/settings/base.py": DJANGO_BASE.replace("DEBUG = True", "DEBUG = False"),
            "bank/settings/test.py": "from .base import *\nAUTH_PASSWORD_VALIDATORS = []\n",
        },
    )
    assert not flaws(run_web_config(tmp_path), "server-password-validation-disabled")
