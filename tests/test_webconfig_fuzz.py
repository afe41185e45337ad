"""Hostile input to the web-config parsers: each either reads it or says in one line why not;
nothing raises out of the analyzer, and a file that cannot be read makes the run PARTIAL with a
gap naming it."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan.errors import ConfigError
from aiscan.models import RunStatus
from aiscan.webconfig.aspnet import load_jsonc, parse_xml_elements
from aiscan.webconfig.markup import parse_markup
from aiscan.webconfig.spring import parse_properties, parse_yaml_docs
from tests.webconfig_helpers import run_web_config, write

MARKUP_ALPHABET = st.sampled_from(
    [
        *list("<>/=\"' \n\t{}!-?&;#%@:[]()"),
        "<input ",
        "<form ",
        "type=",
        "password",
        "<!--",
        "-->",
        "<script>",
        "</form>",
        "<![CDATA[",
        "&#x",
        "{{",
        "}}",
        "{%",
    ]
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.lists(MARKUP_ALPHABET, max_size=80).map("".join))
def test_markup_tokenizer_reads_any_text(text: str) -> None:
    try:
        markup = parse_markup(text)
    except ValueError as exc:
        assert "cannot tokenize" in str(exc)
        return
    for tag in markup.inputs + markup.forms:
        assert tag.line >= 1


@FUZZ
@given(st.text(max_size=300))
def test_properties_parser_reads_any_text(text: str) -> None:
    for prop in parse_properties(text, "a.properties").values():
        assert prop.line >= 1


@FUZZ
@given(
    st.lists(
        st.sampled_from([*list(":-[]{}&*!|>'\"#%@`, \n"), "---", "a", "b: 1", "  ", "\t", "? "]), max_size=60
    ).map("".join)
)
def test_yaml_documents_parse_or_raise_a_config_error(text: str) -> None:
    try:
        docs = parse_yaml_docs(text, "application.yml")
    except ConfigError as exc:
        assert exc.message.startswith("application.yml: ")
        assert "\n" not in exc.message
        return
    assert all(p.line >= 1 for _, props in docs for p in props.values())


@FUZZ
@given(
    st.lists(
        st.sampled_from([*list('{}[],:"/*\\ \n'), "true", "1", "//", "/*", "*/", '"a"']), max_size=60
    ).map("".join)
)
def test_json_with_comments_parses_or_raises_value_error(text: str) -> None:
    with contextlib.suppress(ValueError, RecursionError):
        load_jsonc(text)


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                *list("<>/=\"' \n!-?&;"),
                "<a",
                "</a>",
                "<!DOCTYPE x [",
                "<!ENTITY e 'x'>",
                "]>",
                "&e;",
                "<?xml version='1.0'?>",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_xml_parses_or_raises_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_xml_elements(text)


MALFORMED = {
    "Api/appsettings.json": '{ "DetailedErrors": tru',
    "src/main/resources/application.yml": "server:\n  error: [\n",
    "legacy/web.config": "<configuration><system.web></configuration>",
    "package.json": '{"dependencies": {"express": ',
    "proj/settings.py": "DEBUG = (\nINSTALLED_APPS = [\n",
    "templates/bad.html": "\udcff",
}


def test_malformed_files_are_gaps_naming_each_file_and_the_run_is_partial(tmp_path: Path) -> None:
    files = dict(MALFORMED)
    del files["templates/bad.html"]
    write(tmp_path, files)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "bad.html").write_bytes(b'<input name="password" \xff\xfe>')
    outcome = run_web_config(tmp_path)
    assert outcome.run.status is RunStatus.PARTIAL
    gaps = {g.path: g.reason for g in outcome.run.gaps}
    assert set(gaps) == set(MALFORMED)
    for reason in gaps.values():
        assert reason and "\n" not in reason and "Traceback" not in reason
    assert "UTF-8" in gaps["templates/bad.html"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.sampled_from(
        [
            "settings.py",
            "application.yml",
            "application.properties",
            "appsettings.json",
            "web.config",
            "login.html",
            "package.json",
            "config/app.php",
            ".env",
        ]
    ),
    st.binary(max_size=200),
)
def test_the_analyzer_never_raises_on_arbitrary_bytes(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
        (root / "artisan").write_text("")
        outcome = run_web_config(root)
        assert outcome.run.status in (RunStatus.OK, RunStatus.PARTIAL)
        for gap in outcome.run.gaps:
            assert gap.path == name and "\n" not in gap.reason


def test_a_script_read_only_to_look_for_forms_is_no_gap(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "legacy.js").write_bytes(b"// \xcf\xf0\xe8\xe2\xe5\xf2\nvar a = 1;\n")
    outcome = run_web_config(tmp_path)
    assert outcome.run.status is RunStatus.OK and not outcome.run.gaps
