"""The audit report as PDF: laid out by WeasyPrint, read back with poppler's pdftotext."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from aiscan.compliance.catalogue import load_catalogue
from aiscan.report.audit.pdf import ATTACHMENT_NAME, render_audit_pdf
from tests.report_tools import pdf_attachments, pdf_text

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def texts(demo_audit: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    report = json.loads((demo_audit["dir"] / "r.json").read_text(encoding="utf-8"))
    english = tmp_path_factory.mktemp("pdf") / "en.pdf"
    english.write_bytes(render_audit_pdf(report, "en"))
    return {"ru": pdf_text(demo_audit["dir"] / "r.pdf"), "en": pdf_text(english)}


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_verdict_is_in_the_text_of_both_languages(texts: dict[str, str]) -> None:
    assert "ВЫПУСК: ЗАБЛОКИРОВАНО" in texts["ru"]
    assert "RELEASE BLOCKED" in texts["en"]
    assert "Отчёт о тестировании безопасности" in texts["ru"]
    assert "Security testing report" in texts["en"]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_requirement_and_its_russian_text_is_in_the_pdf(texts: dict[str, str], lang: str) -> None:
    flat = _flat(texts[lang])
    for r in CATALOGUE.requirements:
        assert re.search(rf"(?<![\w.]){re.escape(r.id)}(?![.\d])", texts[lang]), f"{lang}: {r.id}"
        assert _flat(r.text_ru) in flat, f"{lang}: the Russian text of {r.id}"


def test_the_pdf_carries_the_json_report(demo_audit: dict[str, Any], tmp_path: Path) -> None:
    attached = pdf_attachments(demo_audit["dir"] / "r.pdf", tmp_path)
    assert set(attached) == {ATTACHMENT_NAME}
    carried = json.loads(attached[ATTACHMENT_NAME])
    written = json.loads((demo_audit["dir"] / "r.json").read_text(encoding="utf-8"))
    assert carried["findings"] == written["findings"]
    assert (demo_audit["dir"] / "r.pdf").read_bytes().startswith(b"%PDF-")


def test_a_pdf_is_never_written_to_the_terminal(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from aiscan.cli import cli

    result = CliRunner().invoke(cli, ["scan", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2
    assert "--format pdf needs --output FILE" in result.output
