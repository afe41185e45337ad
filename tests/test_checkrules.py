"""The rule-as-data format of the configuration checks (aiscan.checkrules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan import checkrules
from aiscan.compliance.evaluate import EVIDENCE, PRESENT
from aiscan.errors import CatalogueError
from aiscan.models import Location, Severity

GOOD = """\
area: demo
rules:
  - id: demo-flag
    title: A flag is on
    kind: flaw
    requirements: [p25.7]
    severity: high
    cwe: [CWE-530]
    remediation: Turn it off.
  - id: demo-guard
    title: A guard exists
    kind: presence
    requirements: [p25.2]
    severity: high
    looks_for: calls of guard()
    remediation: Add a guard.
"""


@pytest.fixture
def rules_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "config").mkdir()
    monkeypatch.setattr(checkrules, "rulesets_dir", lambda: tmp_path)
    return tmp_path / "config"


def test_rules_load_and_make_findings(rules_dir: Path) -> None:
    (rules_dir / "demo.yaml").write_text(GOOD, encoding="utf-8")
    rules = checkrules.load_check_rules("demo")
    flaw = rules["demo-flag"].finding("cfg", Location("a.xml", 3), "flag on")
    assert (flaw.severity, flaw.requirements, flaw.cwe) == (Severity.HIGH, ("p25.7",), ("CWE-530",))
    present = rules["demo-guard"].present("cfg", Location("b.kt", 9), "guard() called")
    assert present.severity is Severity.INFO
    assert present.properties[EVIDENCE] == PRESENT


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD.replace("kind: flaw", "kind: maybe"), "kind must be"),
        (GOOD.replace("    looks_for: calls of guard()\n", ""), "says what it looks for"),
        (GOOD.replace("    cwe: [CWE-530]\n", "    colour: red\n"), "unknown key 'colour'"),
        (GOOD.replace("severity: high\n    cwe", "severity: dire\n    cwe"), "unknown severity"),
        (GOOD + GOOD.split("rules:\n")[1], "duplicate rule id"),
        ("rules: 3\n", "'rules' list"),
    ],
)
def test_malformed_rules_are_refused_naming_the_file(rules_dir: Path, text: str, problem: str) -> None:
    (rules_dir / "demo.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=problem) as caught:
        checkrules.load_check_rules("demo")
    assert "demo.yaml" in str(caught.value)
