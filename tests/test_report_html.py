"""The audit report as HTML: the demo scanned once through the command line, rendered in Russian
(the default) and English, read by a real browser offline."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from aiscan.compliance.catalogue import load_catalogue
from aiscan.report.audit.html import render_audit_html
from tests.report_tools import load_in_chromium

CATALOGUE = load_catalogue()
CONTROL_PAGE = (
    '<!DOCTYPE html><html><body><img src="http://example.invalid/pixel.png">'
    '<script>console.error("control-console-error")</script></body></html>'
)


def _report(demo_audit: dict[str, Any]) -> dict[str, Any]:
    return json.loads((demo_audit["dir"] / "r.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def pages(demo_audit: dict[str, Any]) -> dict[str, str]:
    return {
        "ru": (demo_audit["dir"] / "r.html").read_text(encoding="utf-8"),
        "en": render_audit_html(_report(demo_audit), "en"),
    }


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_command_line_writes_the_report_in_russian_by_default(demo_audit: dict[str, Any]) -> None:
    assert demo_audit["exit_code"] == 1, demo_audit["output"]
    page = (demo_audit["dir"] / "r.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in page
    assert "Отчёт о тестировании безопасности" in page
    assert "ВЫПУСК: ЗАБЛОКИРОВАНО" in page


def test_both_languages_show_the_verdict_and_every_requirement_with_its_russian_text(
    pages: dict[str, str], demo_audit: dict[str, Any]
) -> None:
    report = _report(demo_audit)
    assert _text(pages["en"]).count("RELEASE BLOCKED") >= 1
    for lang, page in pages.items():
        text = _text(page)
        for r in CATALOGUE.requirements:
            assert f'id="req-{r.id}"' in page, f"{lang}: {r.id} missing"
            assert " ".join(r.text_ru.split()) in text, f"{lang}: the Russian text of {r.id} is not quoted"
        for r in report["requirements"]:
            status = re.search(rf'id="req-{re.escape(r["id"])}">\s*<h3><span class="badge st-(\w+)"', page)
            assert status and status.group(1) == r["status"], f"{lang}: {r['id']} status"


def test_russian_plural_forms_follow_the_count(pages: dict[str, str], demo_audit: dict[str, Any]) -> None:
    total = sum(_report(demo_audit)["summary"]["findings_by_severity"].values())
    if total % 10 == 1 and total % 100 != 11:
        word = "замечание"
    elif total % 10 in (2, 3, 4) and total % 100 not in (12, 13, 14):
        word = "замечания"
    else:
        word = "замечаний"
    assert f"{total} {word}" in _text(pages["ru"])
    assert f"{total} findings" in _text(pages["en"])


def test_the_page_references_no_external_resource(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        assert "<script" not in page and "<link" not in page and "@import" not in page, lang
        refs = re.findall(r'\b(?:src|href|srcset|action|data)\s*=\s*"([^"]*)"', page)
        assert refs, "the check must see the page's links"
        assert all(ref.startswith("#") for ref in refs), [r for r in refs if not r.startswith("#")]
        assert not re.search(r"url\(\s*['\"]?(?!#)", page), lang


def test_chromium_sees_a_page_that_requests_and_logs(tmp_path: Path) -> None:
    """The premise of the browser test: a page that loads a resource and logs an error is caught."""
    page = tmp_path / "control.html"
    page.write_text(CONTROL_PAGE)
    load = load_in_chromium(page, tmp_path)
    assert any("example.invalid/pixel.png" in r for r in load.requests)
    assert any("control-console-error" in line for line in load.console)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_chromium_loads_the_report_offline_without_console_errors(
    pages: dict[str, str], lang: str, tmp_path: Path
) -> None:
    page = tmp_path / f"audit-{lang}.html"
    page.write_text(pages[lang], encoding="utf-8")
    load = load_in_chromium(page, tmp_path)
    assert load.requests == []
    assert load.console == []
    assert load.screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert load.screenshot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_release_identity_is_shown_when_the_scan_names_a_release(demo_audit: dict[str, Any]) -> None:
    report = _report(demo_audit)
    report["release"] = {
        "ais": "QarzOnline",
        "organisation": "QarzOnline MFO",
        "id": "qarzonline-0123456789ab",
        "components": [
            {
                "id": "backend",
                "kinds": ["api"],
                "path": "api",
                "repository": "git@git.qarz.kz:ais/backend.git",
                "subdir": "",
                "ref": "v2.4.0",
                "commit": "a" * 40,
                "dirty": True,
                "version": "2.4.0",
            }
        ],
    }
    report["findings"][0]["component"] = "backend"
    text = _text(render_audit_html(report, "en"))
    for shown in ("QarzOnline MFO", "qarzonline-0123456789ab", "git@git.qarz.kz:ais/backend.git", "2.4.0"):
        assert shown in text
    assert "uncommitted changes" in text and "[backend]" in text
    outside_git = _report(demo_audit)
    outside_git["release"] = None  # a plain scan of a folder outside git names no release
    plain = _text(render_audit_html(outside_git, "en"))
    assert "Scanned tree" in plain and report["target"]["commit"] in plain


HOSTILE = '"><img src=x onerror=alert(1)><script>fetch("http://evil.example/")</script>'


def _fixture_report() -> dict[str, Any]:
    from aiscan.report.model import report_dict
    from tests.report_fixture import fixture_catalogue, fixture_result

    return report_dict(fixture_result(), fixture_catalogue())


def test_text_from_the_scanned_tree_is_escaped_everywhere() -> None:
    """Paths, snippets, titles, messages, reasons and waiver text come from hostile trees."""
    report = _fixture_report()
    for f in report["findings"]:
        f["title"] = f["message"] = f["location"]["snippet"] = f["remediation"] = HOSTILE
        f["location"]["path"] = f"app/{HOSTILE}.py"
    report["requirements"][0]["reason"] = HOSTILE
    report["verdict"]["reasons"].append(HOSTILE)
    report["skipped_files"].append({"path": HOSTILE, "reason": HOSTILE})
    for lang in ("ru", "en"):
        page = render_audit_html(report, lang)
        assert "<img" not in page and "<script" not in page and 'evil.example/")</script>' not in page
        assert "&lt;img src=x onerror=alert(1)&gt;" in page


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=80))
def test_any_snippet_or_title_is_shown_as_text(text: str) -> None:
    report = _fixture_report()
    finding = next(f for f in report["findings"] if f["suppression"] is None)
    finding["title"] = finding["location"]["snippet"] = text
    page = render_audit_html(report, "en")
    assert str(escape(text)) in page
    assert "<script" not in page


def test_dependencies_and_advisory_age_are_shown(pages: dict[str, str], demo_audit: dict[str, Any]) -> None:
    findings = [f for f in _report(demo_audit)["findings"] if f["analyzer"] == "deps"]
    vulnerable = {(f["properties"]["package"], f["properties"]["version"]) for f in findings}
    assert len(vulnerable) > 5
    section = _text(pages["en"].split('<section id="dependencies">')[1].split("</section>")[0])
    for package, version in vulnerable:
        assert f"{package} " in section and version in section, package
    assert "Pillow" in section and "10.2.0" in section
    identity = _text(pages["en"].split('<section id="identity">')[1].split("</section>")[0])
    age = r"PyPI \d+ records, full export of [\d-]+ \(\d+ days old\)"
    assert re.search(rf"Advisory data .*{age}", identity), identity[:400]
