from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aiscan.compliance.catalogue import Catalogue, load_catalogue
from aiscan.models import Confidence, Finding, Location, Severity

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
TODAY = date(2026, 11, 22)

# The operator's configuration of whoever runs the tests must not change their results.
os.environ.pop("AISCAN_CONFIG", None)
os.environ["XDG_CONFIG_HOME"] = str(REPO / "tests" / "no-user-config")
# Nor may results cached by earlier runs (semgrep results, tool versions): each test session
# starts with an empty cache of its own.
_CACHE = tempfile.mkdtemp(prefix="aiscan-test-cache-")
os.environ["AISCAN_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


def make_finding(
    rule_id: str = "python-sql-injection",
    severity: Severity = Severity.HIGH,
    requirements: tuple[str, ...] = ("p19.1",),
    path: str = "app.py",
    line: int = 10,
    snippet: str = "cursor.execute(q)",
    analyzer: str = "semgrep",
    fingerprint: str | None = None,
) -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer=analyzer,
        title=rule_id,
        message="m",
        severity=severity,
        confidence=Confidence.HIGH,
        location=Location(path, line, line, 1, snippet),
        requirements=requirements,
        fingerprint=f"fp-{rule_id}-{path}-{line}" if fingerprint is None else fingerprint,
    )


@pytest.fixture(scope="session")
def demo_audit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The demo scanned once through the command line, writing JSON, the audit report in HTML and
    PDF (default language) and the text report: {"exit_code", "output", "dir"}."""
    from click.testing import CliRunner

    from aiscan.cli import cli

    out = tmp_path_factory.mktemp("demo-audit")
    demo = FIXTURES / "mfo-demo"
    args = ["scan", str(demo), "--config", str(demo / "aiscan.toml"), "-f", "json", "-o", str(out / "r.json")]
    args += ["--report", f"html={out / 'r.html'}", "--report", f"pdf={out / 'r.pdf'}"]
    args += ["--report", f"text={out / 'r.txt'}"]
    result = CliRunner().invoke(cli, args)
    return {"exit_code": result.exit_code, "output": result.output, "dir": out}


# The demo's live server (fixtures/mfo-demo/live/serve.py), flawed and fixed, started once per
# test module that probes it.
@pytest.fixture(scope="module")
def bad() -> Iterator[Any]:
    yield from _live_demo(good=False)


@pytest.fixture(scope="module")
def good() -> Iterator[Any]:
    yield from _live_demo(good=True)


def _live_demo(good: bool) -> Iterator[Any]:
    from tests.probe_servers import load_live

    demo = load_live("serve").Demo(0, good=good).start()
    yield demo
    demo.stop()
