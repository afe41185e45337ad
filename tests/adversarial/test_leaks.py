"""No secret or personal-data value leaves aiscan in full, whatever analyzer reports its line.

The tree puts secrets and client identifiers on lines that semgrep and bandit flag, in a plain
file and in one that looks minified (a very long line), plus a positional FTP password no
detector names. Every registered report format, every --report output, the SBOM,
the baseline, the text summary and stderr are then searched for each value; the scan is also
run without the secrets analyzer, so redaction cannot rest on its having found the value.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from aiscan.analyzers import REGISTRY
from aiscan.cli import cli
from aiscan.compliance.catalogue import load_catalogue
from aiscan.config import Overrides, resolve_scan_config
from aiscan.models import AnalyzerRun, Gap, RunStatus
from aiscan.pipeline import scan, source_redactor
from aiscan.report import FORMATS
from aiscan.report.audit import DOCUMENT_FORMATS
from aiscan.report.audit.html import render_html
from tests.conftest import make_finding
from tests.report_tools import pdf_attachments, pdf_text

VALUES = {
    "positional FTP password": "s3cr3t-P4ss-9931",
    "curl user password": "Zx9qLm2TTr4w",
    "URL password": "Pg7Pass2291xQ",
    "IIN": "880101300506",
    "card number": "4400430180300003",
    "GitHub token": "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngAbCdEf1234",
    "bearer token": "Qm9vZ2llV29vZ2llMTIzNDU2Nzg5",
    "AWS key id": "AKIAQ3EGRTW6Z4N7XK2P",
    "AWS secret key": "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",
    "SMTP password": "Smtp-Pw-77qx",
    "database password": "Dbp4ss-Kz-2026",
}

FLAGGED = """import ftplib
import hashlib
import os
import pickle
import smtplib
import subprocess

import requests
from flask import request


def upload(path):
    ftp = ftplib.FTP("ftp.bank.kz", "loader", "s3cr3t-P4ss-9931")
    ftp.storbinary("STOR x", open(path, "rb"))


def export():
    subprocess.call("curl -u admin:Zx9qLm2TTr4w https://api.bank.kz/" + request.args["q"], shell=True)


def psql(q):
    os.system("psql postgresql://app:Pg7Pass2291xQ@db.bank.kz/prod -c " + q)


def client_key():
    return hashlib.md5(b"client iin 880101300506 card 4400430180300003").hexdigest()


def token():
    return pickle.loads(request.data, fix_imports="ghp_R4nd0mT0k3nV4lu3F0rT3st1ngAbCdEf1234")


def fetch():
    return requests.get(URL, headers={"Authorization": "Bearer Qm9vZ2llV29vZ2llMTIzNDU2Nzg5"}, verify=False)


def aws():
    eval("client('s3', aws_access_key_id='AKIAQ3EGRTW6Z4N7XK2P', "
         "aws_secret_access_key='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')")


def mail(q):
    eval(q, {"mail": smtplib.SMTP("mail.bank.kz").login("robot", "Smtp-Pw-77qx")})
    subprocess.call("mysql -u app -pDbp4ss-Kz-2026 -e " + q, shell=True)
"""
# A line of data long enough that the file looks like minified output; every analyzer must
# still read it, and nothing it holds may leak.
LONG_LINE = "TABLE = [" + ", ".join(str(n) for n in range(12000)) + "]\n"


def _tree(root: Path) -> Path:
    root.mkdir()
    (root / "app.py").write_text(FLAGGED)
    legacy = root / "legacy"
    legacy.mkdir()
    (legacy / "sync.py").write_text(LONG_LINE + FLAGGED)
    return root


def _leaks(texts: dict[str, str]) -> list[str]:
    return [f"{kind} in {where}" for where, text in texts.items() for kind, v in VALUES.items() if v in text]


def _lines_with(root: Path, rel: str) -> dict[str, int]:
    lines = (root / rel).read_text().splitlines()
    return {
        kind: next(n for n, text in enumerate(lines, 1) if value in text) for kind, value in VALUES.items()
    }


def _invoke(args: list[str]) -> Result:
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _tree(tmp_path_factory.mktemp("leaks") / "repo")


@pytest.fixture(scope="module")
def outputs(tree: Path) -> dict[str, str]:
    """Every output of every command over the tree: files written, stdout and stderr."""
    folder = tree.parent / "out"
    folder.mkdir()
    reports = [f"--report={name}={folder / ('report.' + name)}" for name in sorted(FORMATS)]
    reports += [f"--report={name}={folder / ('audit-en.' + name)}" for name in sorted(DOCUMENT_FORMATS)]
    ru = ["--report", f"html={folder / 'audit-ru.html'}", "--report", f"pdf={folder / 'audit-ru.pdf'}"]
    english = ["--lang", "en"]
    sbom = ["--sbom", str(folder / "sbom.json")]
    texts: dict[str, str] = {}
    commands = {
        "scan": ["scan", str(tree), "-f", "json", "-o", str(folder / "main.json"), *reports, *sbom, *english],
        "scan, audit in Russian": ["scan", str(tree), "-f", "pdf", "-o", str(folder / "main.pdf"), *ru],
        "scan html on stdout": ["scan", str(tree), "--format", "html"],
        "scan text on stdout": ["scan", str(tree)],
        "scan sarif on stdout, summary on stderr": ["scan", str(tree), "--format", "sarif"],
        "sbom xml": ["sbom", str(tree), "--format", "xml", "--output", str(folder / "sbom.xml")],
        "secrets": ["secrets", str(tree), "--format", "json"],
        "baseline create": ["baseline", "create", str(tree), "--output", str(folder / "baseline.yaml")],
    }
    for name, args in commands.items():
        result = _invoke(args)
        assert result.exit_code in (0, 1), f"{name}: {result.output}"
        texts[f"{name} (terminal)"] = result.output + result.stderr
    for path in sorted(folder.iterdir()):
        if path.suffix == ".pdf":  # its text as a reader sees it, and the JSON report it carries
            texts[path.name] = pdf_text(path)
            for name, data in pdf_attachments(path, folder.parent / f"{path.name}.attached").items():
                texts[f"{path.name} attachment {name}"] = data.decode("utf-8")
        elif path.is_file():
            texts[path.name] = path.read_text()
    return texts


def test_every_value_sits_on_a_line_sast_flags_in_both_files(tree: Path, outputs: dict[str, str]) -> None:
    """The premise: without it the leak test would prove nothing."""
    report = json.loads(outputs["main.json"])
    flagged = {
        (f["location"]["path"], line)
        for f in report["findings"]
        if f["analyzer"] in ("semgrep", "bandit")
        for line in range(f["location"]["start_line"], (f["location"]["end_line"] or 0) + 1)
    }
    for rel in ("app.py", "legacy/sync.py"):
        for kind, line in _lines_with(tree, rel).items():
            assert (rel, line) in flagged, f"{kind} on {rel}:{line} is not on a SAST-flagged line"


def test_no_value_in_any_output_of_any_command(outputs: dict[str, str]) -> None:
    expected = {f"report.{name}" for name in FORMATS}
    expected |= {"main.json", "sbom.json", "sbom.xml", "baseline.yaml", "main.pdf", "audit-ru.html"}
    expected |= {"audit-en.html", "audit-en.pdf", "audit-ru.pdf", "main.pdf attachment results.json"}
    assert expected <= set(outputs)
    assert _leaks(outputs) == []


def test_no_value_leaks_when_the_secrets_analyzer_does_not_run(tree: Path) -> None:
    """Redaction rests on the detectors run over each snippet, not on the secrets analyzer."""
    catalogue = load_catalogue()
    config = resolve_scan_config(tree, Overrides())
    analyzers = [factory() for name, factory in REGISTRY.items() if name != "secrets"]
    result = scan(config, analyzers=analyzers, catalogue=catalogue, parallel=False)
    assert any(f.analyzer in ("semgrep", "bandit") for f in result.findings)
    texts = {name: render(result, catalogue) for name, render in FORMATS.items()}
    texts["html"] = render_html(result, catalogue, "ru")
    texts["findings"] = repr(result.findings)
    assert _leaks(texts) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('ftp = ftplib.FTP("ftp.bank.kz", "loader", "s3cr3t-P4ss-9931")', "s3cr3t-P4ss-9931"),
        ("Possible hardcoded password: 'Hunter2-Kz-77'", "Hunter2-Kz-77"),
        ('smtplib.SMTP_SSL(host).login("robot", "Smtp-Pw-77qx")', "Smtp-Pw-77qx"),
        ('engine = create_engine("mysql://u:Dbp4ss-Kz-2026@db/x")', "Dbp4ss-Kz-2026"),
        ("token = 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngAbCdEf1234'", "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngAbCdEf1234"),
        ("client IIN 880101300506 in the log", "880101300506"),
    ],
)
def test_the_redactor_masks_values_no_analyzer_reported(text: str, value: str) -> None:
    redactor = source_redactor()
    finding = make_finding(snippet=text)
    finding = replace(finding, message=text, title=text)
    masked = redactor.finding(finding)
    assert value not in masked.location.snippet + masked.message + masked.title
    gap = Gap("a.py", text)
    run = redactor.run(AnalyzerRun("semgrep", RunStatus.PARTIAL, "semgrep", reason=text, gaps=(gap,)))
    if "IIN" in text or "ghp_" in text or "mysql" in text:  # detector-found values, also in run texts
        assert value not in run.reason + run.gaps[0].reason


def test_the_redactor_leaves_ordinary_code_alone() -> None:
    text = 'cursor.execute("SELECT name FROM loans WHERE id = %s", (loan_id,))'
    assert source_redactor().finding(make_finding(snippet=text)).location.snippet == text


def test_values_found_elsewhere_are_masked_each_time_they_appear_even_inside_one_another() -> None:
    # the secrets analyzer's values, masked in texts no detector reads as holding a secret
    known = [f"Qz7-{i:04d}-wv" for i in range(2_000)] + ["Qz7-0001-wv-tail", "x"]
    redactor = source_redactor(frozenset(known))
    text = "rows: Qz7-0001-wv-tail then Qz7-1999-wv and x"
    finding = replace(make_finding(snippet=text), message=text, title=text)
    masked = redactor.finding(finding)
    for shown in (masked.location.snippet, masked.message, masked.title):
        assert "Qz7-0001" not in shown and "Qz7-1999" not in shown and "-tail" not in shown
        assert shown.endswith(" and x")  # shorter than a value worth masking: left as it is


def test_a_text_with_undecodable_bytes_of_a_file_name_is_still_masked() -> None:
    # a path's undecodable bytes reach texts as lone surrogates, which no matcher encodes
    redactor = source_redactor(frozenset({"Qz7-0042-wv"}))
    text = "caf\udce9.py: Qz7-0042-wv"
    masked = redactor.finding(replace(make_finding(snippet=text), message=text, title=text))
    assert "Qz7-0042" not in masked.location.snippet + masked.message + masked.title
    assert masked.message.startswith("caf\udce9.py: ")


def test_prose_that_says_passes_keeps_its_quoted_examples() -> None:
    # a rule's own message quotes markup that "passes" a filter: no credential is handled there
    text = 'HTML is "sanitised" by removing `<script` only; `<img src=x onerror=f()>` passes untouched.'
    masked = source_redactor().finding(replace(make_finding(snippet="x = 1"), message=text))
    assert masked.message == text


@pytest.mark.parametrize(
    "text",
    [
        'db_pass = "Vb7-Lq2w-Zt9"',
        'dbPassHash = "Vb7-Lq2w-Zt9"',
        'passwords = ["Vb7-Lq2w-Zt9"]',
        'PASSCODE = "Vb7-Lq2w-Zt9"',
    ],
)
def test_a_credential_named_pass_still_masks_its_literals(text: str) -> None:
    masked = source_redactor().finding(make_finding(snippet=text))
    assert "Vb7-Lq2w-Zt9" not in masked.location.snippet
