"""The secrets analyzer end to end: the three scopes, suppression, and that no value it finds
ever reaches a report."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from aiscan.analyzers import REGISTRY
from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.secrets import SecretsAnalyzer
from aiscan.cli import cli
from aiscan.compliance.catalogue import Catalogue
from aiscan.config import ScanConfig
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Confidence, Finding, Location, RunStatus, Severity
from aiscan.pipeline import scan
from aiscan.report import FORMATS
from aiscan.report.audit.html import render_html
from aiscan.report.audit.pdf import render_pdf
from aiscan.secrets.allowlist import DEFAULT_ALLOWLIST
from tests.conftest import FIXTURES, REPO
from tests.report_tools import pdf_text

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
GITHUB_TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"
STRIPE_KEY = "sk_live_Z8UzDzV8fUkkibjL5DZPjN0M"
DB_PASSWORD = "Kd8#mPq2!zLw"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _scan(root: Path, analyzer: SecretsAnalyzer | None = None, **config: Any) -> Any:
    return scan(
        ScanConfig(root=root, **config),
        analyzers=[analyzer or SecretsAnalyzer(today=NOW.date())],
        parallel=False,
        now=NOW,
        assessed_only=True,
    )


def _git(repo: Path, *args: str, when: str | None = None) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Aigerim Bekova",
        "GIT_AUTHOR_EMAIL": "aigerim@qarz.kz",
        "GIT_COMMITTER_NAME": "Aigerim Bekova",
        "GIT_COMMITTER_EMAIL": "aigerim@qarz.kz",
    }
    if when:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = when
    out = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _repo(path: Path) -> Path:
    path.mkdir()
    _git(path, "init", "-q", "-b", "main")
    return path


def _commit(repo: Path, message: str, when: str, **files: str | None) -> str:
    for name, content in files.items():
        base, _, ext = name.rpartition("_")  # app_py -> app.py
        target = repo / f"{base}.{ext}"
        if content is None:
            _git(repo, "rm", "-q", str(target.relative_to(repo)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
        _git(repo, "add", str(target.relative_to(repo)))
    _git(repo, "commit", "-q", "-m", message, when=when)
    return _git(repo, "rev-parse", "HEAD")


def test_the_analyzer_is_registered_and_evidences_p19_6(catalogue: Catalogue) -> None:
    assert "secrets" in REGISTRY
    assert "secrets" in [e.analyzer for e in catalogue.get("p19.6").evidence]
    assert catalogue.get("p19.6").assessment == "automated"


def test_a_working_tree_finding_is_masked_located_and_fingerprinted(tmp_path: Path) -> None:
    (tmp_path / "settings.py").write_text(f'DEBUG = False\nDB_PASSWORD = "{DB_PASSWORD}"\n')
    result = _scan(tmp_path)
    (f,) = result.findings
    assert (f.rule_id, f.location.path, f.location.start_line) == (
        "generic-secret-assignment",
        "settings.py",
        2,
    )
    assert f.location.snippet == 'DB_PASSWORD = "Kd…[redacted 12 chars]"'
    assert f.properties["secret"] == {"prefix": "Kd", "length": 12}
    assert f.properties["name"] == "DB_PASSWORD"
    assert "p19.6" in f.requirements and f.remediation
    statuses = {r.requirement_id: r.status.value for r in result.requirements}
    assert statuses == {"p19.6": "FAIL"}
    assert result.decision.exit_code == 1
    # Unrelated edits above the line keep the fingerprint (allowlists survive them).
    (tmp_path / "settings.py").write_text(
        f'"""Settings."""\n\nDEBUG = False\nDB_PASSWORD = "{DB_PASSWORD}"\n'
    )
    assert _scan(tmp_path).findings[0].fingerprint == f.fingerprint


def test_non_source_files_are_scanned_and_binary_ones_counted(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"STRIPE_SECRET_KEY={STRIPE_KEY}\n")
    (tmp_path / "deploy.yml").write_text(f"token: {GITHUB_TOKEN}\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\0\0" + GITHUB_TOKEN.encode())
    (tmp_path / "release.jks").write_bytes(b"\xfe\xed\xfe\xed\0\0\0\x02")
    result = _scan(tmp_path)
    assert {(f.location.path, f.rule_id) for f in result.findings} == {
        (".env", "stripe-secret-key"),
        ("deploy.yml", "github-token"),
        ("release.jks", "key-store-file"),
    }
    run = result.runs[0]
    assert run.status is RunStatus.OK and run.files_scanned == 2
    assert "binary file" in run.reason


def test_inline_allow_needs_a_reason(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        f'TOKEN = "{GITHUB_TOKEN}"  # aiscan:allow revoked on 2026-11-01, kept as a parser fixture\n'
        "# aiscan:allow\n"
        f'STRIPE = "{STRIPE_KEY}"\n'
    )
    findings = {f.rule_id: f for f in _scan(tmp_path).findings}
    github = findings["github-token"]
    assert github.suppression is not None and github.suppression.kind == "inline"
    assert github.suppression.reason == "revoked on 2026-11-01, kept as a parser fixture"
    assert github.suppression.source == "a.py:1"
    assert findings["stripe-secret-key"].active  # the allow above it has no reason
    missing = findings["inline-allow-without-reason"]
    assert missing.active and missing.location.start_line == 2


def test_allowlist_file_suppresses_by_fingerprint_until_it_expires(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "a.py").write_text(f'TOKEN = "{GITHUB_TOKEN}"\nSTRIPE = "{STRIPE_KEY}"\n')
    first = {f.rule_id: f for f in _scan(tmp_path).findings}
    entries = [
        {
            "fingerprint": first["github-token"].fingerprint,
            "reason": "token of the read-only mirror bot, rotated monthly",
            "approved_by": "A. Seitkali",
            "expires": date(2027, 1, 31),
        },
        {
            "fingerprint": first["stripe-secret-key"].fingerprint,
            "reason": "old key",
            "expires": date(2026, 1, 1),
        },
    ]
    (tmp_path / DEFAULT_ALLOWLIST).write_text(yaml.safe_dump({"allow": entries}))
    result = _scan(tmp_path)
    findings = {f.rule_id: f for f in result.findings}
    sup = findings["github-token"].suppression
    assert sup is not None and sup.kind == "allowlist" and sup.approved_by == "A. Seitkali"
    assert sup.source == f"{DEFAULT_ALLOWLIST}:2"
    assert findings["stripe-secret-key"].active  # expired
    assert "expired on 2026-01-01" in result.runs[0].reason
    report = json.loads(FORMATS["json"](result, _catalogue()))
    assert report["summary"]["suppressed_findings"] == 1
    jsonschema.validate(report, json.loads((REPO / "docs" / "report.schema.json").read_text()))

    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"allow": [{"fingerprint": "abc"}]}))
    out = runner.invoke(cli, ["secrets", str(tmp_path), "--allowlist", str(bad)])
    assert out.exit_code == 2 and "needs a 'reason'" in out.output


def _catalogue() -> Catalogue:
    from aiscan.compliance.catalogue import load_catalogue

    return load_catalogue()


class EchoAnalyzer:
    """Another analyzer whose finding quotes a line holding a secret (as SAST tools do)."""

    name = "echo"
    tool = "echo"

    def __init__(self, line: str) -> None:
        self.line = line

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        finding = Finding(
            rule_id="echo-rule",
            analyzer="echo",
            title="t",
            message=f"found near {self.line}",
            severity=Severity.LOW,
            confidence=Confidence.LOW,
            location=Location("x.py", 1, 1, 1, self.line),
            requirements=("p19.7",),
        )
        return AnalyzerOutcome(AnalyzerRun("echo", RunStatus.OK, "echo"), (finding,))

    def version(self, config: ScanConfig) -> str | None:
        return None

    def rule_ids(self) -> frozenset[str]:
        return frozenset({"echo-rule"})


def _corpus_values() -> list[str]:
    labels = yaml.safe_load((FIXTURES / "secrets-corpus" / "labels.yaml").read_text())["labels"]
    return sorted({lab["value"] for lab in labels if lab["secret"] and lab.get("value")})


def test_no_value_of_the_corpus_appears_in_any_report_format(tmp_path: Path, runner: CliRunner) -> None:
    tree = FIXTURES / "secrets-corpus" / "tree"
    values = _corpus_values()
    assert len(values) > 50
    settings_line = next(
        line for line in (tree / "backend" / "settings.py").read_text().splitlines() if "SECRET_KEY" in line
    )
    result = scan(
        ScanConfig(root=tree),
        analyzers=[SecretsAnalyzer(), EchoAnalyzer(settings_line)],
        parallel=False,
        now=NOW,
    )
    assert len([f for f in result.findings if f.analyzer == "secrets"]) > 50
    outputs = {name: render(result, _catalogue()) for name, render in FORMATS.items()}
    outputs["html"] = render_html(result, _catalogue(), "ru")
    (tmp_path / "audit.pdf").write_bytes(render_pdf(result, _catalogue(), "en"))
    outputs["pdf"] = pdf_text(tmp_path / "audit.pdf")
    cli_out = runner.invoke(cli, ["secrets", str(tree), "-f", "json", "-o", str(tmp_path / "r.json")])
    outputs["cli-terminal"] = cli_out.output
    outputs["cli-file"] = (tmp_path / "r.json").read_text()
    for name, text in outputs.items():
        leaked = [v for v in values if v in text]
        assert not leaked, f"{name} output shows {len(leaked)} secret value(s)"
    echo = next(f for f in result.findings if f.analyzer == "echo")
    assert "…[redacted" in echo.location.snippet and "…[redacted" in echo.message


def test_history_reports_a_deleted_secret_with_its_commit(tmp_path: Path, runner: CliRunner) -> None:
    repo = _repo(tmp_path / "repo")
    _commit(repo, "c1", "2026-01-05T10:00:00+05:00", app_py="print('loans')\n")
    added = _commit(repo, "c2", "2026-02-10T11:30:00+05:00", settings_py=f'GITHUB_TOKEN = "{GITHUB_TOKEN}"\n')
    _commit(repo, "c3", "2026-03-01T09:00:00+05:00", app_py="print('loans')\nx = 1\n")
    _commit(repo, "c4", "2026-04-01T09:00:00+05:00", notes_md="release notes\n")
    _commit(
        repo, "c5", "2026-05-01T09:00:00+05:00", settings_py='import os\nGITHUB_TOKEN = os.environ["T"]\n'
    )
    kept = _commit(repo, "c6", "2026-06-01T09:00:00+05:00", pay_py=f'STRIPE = "{STRIPE_KEY}"\n')
    (repo / "pay.py").unlink()  # gone from the working tree, still at HEAD
    out = tmp_path / "history.json"
    cli_out = runner.invoke(cli, ["secrets", "--history", str(repo), "-f", "json", "-o", str(out)])
    assert cli_out.exit_code == 1, cli_out.output
    report = json.loads(out.read_text())
    findings = {f["rule_id"]: f for f in report["findings"]}
    gh = findings["github-token"]
    assert gh["location"]["path"] == "settings.py" and gh["location"]["start_line"] == 1
    props = gh["properties"]
    assert props["commit"] == added and props["author"] == "Aigerim Bekova"
    assert props["date"].startswith("2026-02-10T11:30:00")
    assert props["present_at_head"] is False
    assert "not present at HEAD" in gh["message"]
    stripe = findings["stripe-secret-key"]["properties"]
    assert stripe["commit"] == kept and stripe["present_at_head"] is True
    run = report["analyzer_runs"][0]
    # app.py and settings.py in two versions each, notes.md, pay.py: six blobs, each read once.
    assert run["status"] == "ok" and run["files_scanned"] == 6
    text = out.read_text() + cli_out.output
    assert GITHUB_TOKEN not in text and STRIPE_KEY not in text


def test_history_of_a_folder_that_is_no_repository_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    result = _scan(tmp_path, SecretsAnalyzer("history"))
    assert result.runs[0].status is RunStatus.ERROR
    assert result.decision.exit_code == 3


def test_staged_scope_reads_the_index_not_the_working_tree(tmp_path: Path, runner: CliRunner) -> None:
    repo = _repo(tmp_path / "repo")
    _commit(repo, "c1", "2026-01-05T10:00:00+05:00", app_py="print('loans')\n")
    (repo / "pay.py").write_text(f'STRIPE = "{STRIPE_KEY}"\n')
    _git(repo, "add", "pay.py")
    (repo / "pay.py").write_text("STRIPE = None\n")  # the secret is still staged
    (repo / "local.py").write_text(f'TOKEN = "{GITHUB_TOKEN}"\n')  # not staged
    out = runner.invoke(cli, ["secrets", "--staged", str(repo), "-f", "json"])
    assert out.exit_code == 1, out.output
    report = json.loads(out.stdout)
    assert [(f["location"]["path"], f["rule_id"]) for f in report["findings"]] == [
        ("pay.py", "stripe-secret-key")
    ]
    assert report["findings"][0]["properties"]["scope"] == "staged"
    assert report["scan"]["kind"] == "pre-commit"
    _git(repo, "reset", "-q", "pay.py")
    clean = runner.invoke(cli, ["secrets", "--staged", str(repo)])
    assert clean.exit_code == 0, clean.output


def test_secrets_command_exit_codes(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "app.py").write_text('import os\nPASSWORD = os.environ["PASSWORD"]\n')
    ok = runner.invoke(cli, ["secrets", str(tmp_path)])
    assert ok.exit_code == 0, ok.output
    assert "secrets" in ok.output and "RELEASE ALLOWED" in ok.output
    (tmp_path / "app.py").write_text(f'PASSWORD = "{DB_PASSWORD}"\n')
    assert runner.invoke(cli, ["secrets", str(tmp_path)]).exit_code == 1
    assert runner.invoke(cli, ["secrets", str(tmp_path), "--fail-on", "critical"]).exit_code == 0
    assert runner.invoke(cli, ["secrets", str(tmp_path / "missing")]).exit_code == 2


DEMO = REPO / "fixtures" / "mfo-demo"


def _demo_values() -> set[str]:
    values: set[str] = set()
    for line in (DEMO / "api" / ".env").read_text().splitlines():
        name, _, value = line.partition("=")
        if re.search(r"PASSWORD|KEY|SECRET|TOKEN", name):
            values.add(value)
    for m in re.finditer(r'(?:KEY|TOKEN)\w* = "([^"]+)"', (DEMO / "api" / "config.py").read_text()):
        values.add(m.group(1))
    values |= set(
        re.findall(
            r'(?:store|key)Password "([^"]+)"', (DEMO / "android" / "app" / "build.gradle").read_text()
        )
    )
    values |= {
        line for line in (DEMO / "api" / "deploy" / "id_rsa").read_text().splitlines() if "-----" not in line
    }
    with (DEMO / "api" / "tests" / "data" / "clients_export.csv").open(newline="") as fh:
        for row in csv.DictReader(fh):
            values |= {row["iin"], row["iban"], row["card_number"], row["phone"]}
    return {v for v in values if len(v) >= 8}


@pytest.mark.skipif(not DEMO.is_dir(), reason="the demo AIS is not in this checkout")
def test_demo_secrets_and_client_dump_are_found_and_never_shown(tmp_path: Path, runner: CliRunner) -> None:
    out = tmp_path / "demo.json"
    result = runner.invoke(cli, ["secrets", str(DEMO), "-f", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output
    report = json.loads(out.read_text())
    found = {(f["location"]["path"], f["rule_id"]) for f in report["findings"]}
    expected = {
        ("api/config.py", "generic-secret-assignment"),  # SECRET_KEY
        ("api/config.py", "url-credentials"),
        ("api/config.py", "aws-access-key-id"),
        ("api/config.py", "aws-secret-access-key"),
        ("api/config.py", "telegram-bot-token"),
        ("api/.env", "url-credentials"),
        ("api/.env", "generic-secret-assignment"),
        ("api/deploy/id_rsa", "private-key"),
        ("android/app/build.gradle", "android-signing-password"),
        ("api/tests/data/clients_export.csv", "kz-iin-dump"),
        ("api/tests/data/clients_export.csv", "kz-iban-dump"),
        ("api/tests/data/clients_export.csv", "payment-card-number-dump"),
        ("api/tests/data/clients_export.csv", "kz-mobile-number-dump"),
        ("api/tests/test_security.py", "kz-iin"),
    }
    assert expected <= found
    assert all("p19.6" in f["requirements"] for f in report["findings"])
    dump = next(f for f in report["findings"] if f["rule_id"] == "kz-iin-dump")
    assert dump["severity"] == "critical" and "p36" in dump["requirements"]
    assert dump["properties"]["distinct_values"] == 40
    statuses = {r["id"]: r["status"] for r in report["requirements"]}
    assert statuses["p19.6"] == "FAIL" and statuses["p36"] == "FAIL"
    values = _demo_values()
    assert len(values) > 150
    texts = {"json": out.read_text(), "terminal": result.output}
    full = _scan(DEMO)
    texts |= {name: render(full, _catalogue()) for name, render in FORMATS.items()}
    for name, text in texts.items():
        assert not [v for v in values if v in text], f"{name} output shows demo secret values"


def test_a_malformed_default_allowlist_stops_the_run_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / DEFAULT_ALLOWLIST).write_text("allow:\n  - fingerprint: abc\n")
    result = _scan(tmp_path)
    run = result.runs[0]
    assert run.status is RunStatus.ERROR and "needs a 'reason'" in run.reason
    assert result.decision.exit_code == 3
