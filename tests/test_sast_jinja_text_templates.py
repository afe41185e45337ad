"""bandit's B701 (a Jinja environment without autoescape) where the environment renders
configuration files, not pages: its loader reads a folder named for configuration, or the
templates it is asked for are configuration or source files by their names. There is no browser
to run a script, so the finding is reported at medium with the reason. An environment that also
loads an HTML template, or whose templates and folder say nothing, keeps its weight."""

from __future__ import annotations

from aiscan.models import Severity
from aiscan.sast.jinja_text_templates import config_file_environments
from tests.conftest import make_finding

CONFIG_FOLDER = """import os
from jinja2 import Environment, FileSystemLoader


def write_config(root, output):
    env = Environment(
        loader=FileSystemLoader(os.path.join(root, "configs"))
    )
    template = env.get_template("lending.cfg.template")
    output.write(template.render(debug=False))
"""
CONFIG_NAMES = """import jinja2


def render_settings(values):
    env = jinja2.Environment(loader=jinja2.PackageLoader("lending", "deploy"))
    return env.get_template("settings.py.j2").render(**values), env.get_template("nginx.conf").render()
"""
PAGES = """import jinja2


def render_statement(borrower):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))
    return env.get_template("statement.html").render(borrower=borrower)
"""
MIXED = """import jinja2


def render_all(values):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("config"))
    page = env.get_template("welcome.html").render(**values)
    return page, env.get_template("app.ini").render(**values)
"""
SILENT = """import jinja2


def make_env(folder):
    return jinja2.Environment(loader=jinja2.PackageLoader("lending", folder))
"""


def _b701(line: int, source: str, severity: Severity = Severity.HIGH):  # type: ignore[no-untyped-def]
    return make_finding(
        rule_id="B701",
        analyzer="bandit",
        severity=severity,
        path="lending/cli.py",
        line=line,
        snippet=source.splitlines()[line - 1],
    )


def _run(source: str, line: int, rule_id: str = "B701"):  # type: ignore[no-untyped-def]
    finding = _b701(line, source)
    if rule_id != "B701":
        finding = make_finding(rule_id=rule_id, path="lending/cli.py", line=line)
    (out,) = config_file_environments([finding], lambda path: tuple(source.splitlines()))
    return out


def test_a_loader_of_a_configuration_folder_is_lowered_with_the_reason() -> None:
    out = _run(CONFIG_FOLDER, 6)
    assert out.severity is Severity.MEDIUM
    assert "configuration" in out.message
    assert out.properties.get("renders") == "configuration files"


def test_templates_named_as_configuration_or_source_files_are_lowered() -> None:
    assert _run(CONFIG_NAMES, 5).severity is Severity.MEDIUM


def test_an_environment_for_pages_keeps_its_weight() -> None:
    assert _run(PAGES, 5).severity is Severity.HIGH


def test_an_environment_that_also_loads_a_page_keeps_its_weight() -> None:
    assert _run(MIXED, 5).severity is Severity.HIGH


def test_an_environment_whose_folder_and_templates_say_nothing_keeps_its_weight() -> None:
    assert _run(SILENT, 5).severity is Severity.HIGH


def test_other_findings_are_left_as_they_are() -> None:
    out = _run(CONFIG_FOLDER, 6, rule_id="python-sql-injection")
    assert out.severity is Severity.HIGH
    assert out.message == "m"


def test_an_unreadable_file_keeps_the_finding() -> None:
    finding = _b701(6, CONFIG_FOLDER)
    (out,) = config_file_environments([finding], lambda path: ())
    assert out == finding


OPTIONS_ON = """import jinja2


def make_env(loader, extra):
    options = dict(autoescape=True, enable_async=True)
    options.update(extra)
    env = jinja2.Environment(loader=loader, **options)
    sync_options = {"autoescape": True}
    return env, jinja2.Environment(loader=loader, **sync_options)
"""
OPTIONS_OFF = """import jinja2


def make_env(loader, extra):
    options = dict(autoescape=False, trim_blocks=True)
    other = dict(trim_blocks=True)
    return jinja2.Environment(loader=loader, **options), jinja2.Environment(loader=loader, **other)
"""


def test_autoescape_turned_on_through_an_options_dictionary_is_lowered() -> None:
    for line in (7, 9):
        out = _run(OPTIONS_ON, line)
        assert out.severity is Severity.MEDIUM, line
        assert "autoescape" in out.message and out.properties["renders"] == "pages, autoescaped"


def test_an_options_dictionary_without_autoescape_on_keeps_its_weight() -> None:
    assert _run(OPTIONS_OFF, 6).severity is Severity.HIGH
