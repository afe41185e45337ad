"""The reasons aiscan composes (verdict reasons, requirement status reasons) are said in the
audit report's language; what they quote (analyzer messages, finding titles, paths) is kept."""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from aiscan.config import REPORT_LANGUAGES
from aiscan.report.audit.i18n import locale_dir, translations
from aiscan.report.audit.reasons import translate_reason

REASONS_MODULE = Path(__file__).parents[1] / "aiscan" / "report" / "audit" / "reasons.py"

# The English words of every reason form aiscan composes (aiscan.gate, aiscan.compliance.evaluate,
# aiscan.pipeline): none may be left in a Russian report.
ENGLISH = (
    "no blocking findings",
    "must be fixed before release",
    "did not run",
    "component in scope",
    "at or above the threshold",
    "below the threshold",
    "checked by",
    "attested by",
    "expired on",
    "human confirmation needed",
    "needs human evidence",
    "sub-point",
    "protection found",
    "no live evidence",
    "no endpoint was probed",
    "not run in this scan",
    "incomplete coverage",
    "nothing was read",
    "no source code was read",
)

SAMPLES = (
    "no blocking findings or requirement statuses",
    "1 critical finding(s) must be fixed before release (p21)",
    "22 critical finding(s) must be fixed before release (p21)",
    "analyzer semgrep did not run: error",
    "NOT_ASSESSED: no source code was read: none of the 3 file(s) in scope is a program's source",
    "NOT_ASSESSED: nothing was read: the tree holds no file in scope (empty, or everything excluded)",
    "nothing was read: the analyzers found no file in scope",
    "no mobile component in scope",
    "1 finding at or above the threshold",
    "5 findings at or above the threshold",
    "checked by bandit, semgrep",
    "checked by deps (2 below the threshold)",
    "checked by secrets; all sub-points pass",
    "attested by A. Serikova on 2026-10-01: pentest report PT-17",
    "attestation by A. Serikova expired on 2025-01-01",
    "automated checks (secrets, semgrep) found nothing; human confirmation needed",
    "automated checks (semgrep) found 4 findings below the threshold; human confirmation needed",
    "needs human evidence (attestation)",
    "no sub-point applies",
    "p19.1, p19.5: FAIL",
    "p19 NOT_ASSESSED: p19.4: NOT_ASSESSED",
    "protection found: Root detection (app/Root.kt:3); Forced update (app/Update.kt:9) and 2 more",
    "protection found: Root detection (app/Root.kt:3); 1 finding below the threshold; "
    "no live evidence: no endpoint was probed",
    "semgrep: not run in this scan; bandit: incomplete coverage (2 gaps)",
    "tls: error: not assessed: 127.0.0.1:1: connection refused",
    "web-probe: skipped",
)


@pytest.mark.parametrize("reason", SAMPLES)
def test_every_composed_form_is_said_in_russian(reason: str) -> None:
    said = translate_reason(reason, translations("ru"))
    assert said != reason
    assert not [w for w in ENGLISH if w in said], said
    # what the reason quotes is kept: analyzer names, titles, paths, dates, numbers
    for kept in re.findall(r"p\d+(?:\.\d+)*|[\w-]+/[\w/.]+:\d+|\d{4}-\d\d-\d\d|PT-17|127\.0\.0\.1:1", reason):
        assert kept in said, (kept, said)


def test_the_english_report_shows_the_reasons_as_aiscan_wrote_them(demo_audit: dict[str, Any]) -> None:
    from aiscan.report.audit.html import render_audit_html

    report = json.loads((demo_audit["dir"] / "r.json").read_text(encoding="utf-8"))
    page = html.unescape(render_audit_html(report, "en"))
    shown = [r["reason"] for r in report["requirements"] if r["reason"] and r["status"] != "NOT_APPLICABLE"]
    assert shown
    assert all(reason in page for reason in shown)


def test_russian_plurals_follow_the_count() -> None:
    ru = translations("ru")
    assert translate_reason("1 finding at or above the threshold", ru).startswith("1 замечание ")
    assert translate_reason("3 findings at or above the threshold", ru).startswith("3 замечания ")
    assert translate_reason("11 findings at or above the threshold", ru).startswith("11 замечаний ")


def test_a_reason_of_no_known_form_is_shown_unchanged() -> None:
    assert translate_reason("semgrep could not start", translations("ru")) == "semgrep could not start"


@pytest.mark.parametrize("lang", REPORT_LANGUAGES)
def test_every_message_of_the_reasons_is_in_each_catalogue(lang: str) -> None:
    with REASONS_MODULE.open("rb") as fh:
        messages = {m[1] for m in extract_from_file("python", str(REASONS_MODULE), keywords={"N_": None})}
    del fh
    po = locale_dir() / lang / "LC_MESSAGES" / "aiscan.po"
    catalog = read_po(io.BytesIO(po.read_bytes()), locale=lang)
    known: set[str] = set()
    for m in catalog:
        if not m.id:
            continue
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        assert all(strings), m.id
        known.update(ids)
    assert len(messages) > 25
    assert messages - known == set()


def test_the_russian_demo_report_has_no_english_reason_text(demo_audit: dict[str, Any]) -> None:
    report = json.loads((demo_audit["dir"] / "r.json").read_text(encoding="utf-8"))
    written = [*report["verdict"]["reasons"], *(r["reason"] for r in report["requirements"])]
    # the scan did compose English reasons: the check below could fail
    assert len({w for w in ENGLISH for r in written if w in r}) >= 3
    page = (demo_audit["dir"] / "r.html").read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert [w for w in ENGLISH if w in text] == []
