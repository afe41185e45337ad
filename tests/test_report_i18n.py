"""The audit report's message catalogues: complete, current with the templates, compiled by the
build, and Russian plurals right."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from aiscan.config import REPORT_LANGUAGES, load_file_settings
from aiscan.errors import CatalogueError, ConfigError
from aiscan.report.audit.i18n import locale_dir, translations
from aiscan.resources import templates_dir

METHOD_MAP = [("**.html.j2", "jinja2")]
OPTIONS = {"**.html.j2": {"extensions": "jinja2.ext.i18n"}}


def _template_messages() -> set[str | tuple[str, ...]]:
    found: set[str | tuple[str, ...]] = set()
    for _name, _line, message, _comments, _context in extract_from_dir(
        str(templates_dir()), METHOD_MAP, OPTIONS
    ):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def _catalogue(lang: str) -> dict[str | tuple[str, ...], object]:
    po = locale_dir() / lang / "LC_MESSAGES" / "aiscan.po"
    catalog = read_po(io.BytesIO(po.read_bytes()), locale=lang)
    return {(m.id if isinstance(m.id, str) else tuple(m.id)): m.string for m in catalog if m.id}


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_every_message_of_the_templates_is_translated(lang: str) -> None:
    messages = _template_messages()
    assert len(messages) > 100
    catalogue = _catalogue(lang)
    assert messages - set(catalogue) == set(), "messages missing from the catalogue: run pybabel update"
    untranslated = [k for k, v in catalogue.items() if not (all(v) if isinstance(v, tuple) else v)]
    assert untranslated == []


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_the_build_compiled_each_catalogue(lang: str) -> None:
    mo = locale_dir() / lang / "LC_MESSAGES" / "aiscan.mo"
    assert mo.is_file(), "reinstall: pip install -e . compiles the catalogues"
    assert mo.stat().st_mtime >= (mo.with_suffix(".po")).stat().st_mtime, "stale .mo: reinstall"


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "замечание"),
        (3, "замечания"),
        (5, "замечаний"),
        (11, "замечаний"),
        (21, "замечание"),
        (22, "замечания"),
        (25, "замечаний"),
        (112, "замечаний"),
        (0, "замечаний"),
    ],
)
def test_russian_plural_forms(n: int, word: str) -> None:
    assert translations("ru").ngettext("%(num)d finding", "%(num)d findings", n) % {"num": n} == f"{n} {word}"


def test_english_plurals_and_an_unknown_language() -> None:
    en = translations("en")
    assert en.ngettext("%(num)d finding", "%(num)d findings", 1) == "%(num)d finding"
    assert en.ngettext("%(num)d finding", "%(num)d findings", 2) == "%(num)d findings"
    with pytest.raises(CatalogueError, match="no report language 'kk'"):
        translations("kk")


def test_the_report_language_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "aiscan.toml"
    path.write_text('[report]\nlang = "en"\n')
    assert load_file_settings(path).report_lang == "en"
    path.write_text("")
    assert load_file_settings(path).report_lang == "ru"
    path.write_text('[report]\nlang = "fr"\n')
    with pytest.raises(ConfigError, match=r"report\.lang"):
        load_file_settings(path)
