"""Bidirectional characters in source code: right-to-left marks that Arabic and Persian text needs
do not block a release; the override and isolate characters of Trojan Source do, in every
language and wherever they are in a file (bandit's B613 is not run: it reports any bidi character,
and only the first of a file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from aiscan.analyzers.bandit import load_mapping, skipped_checks
from aiscan.cli import cli

RLM, RLO, LRI, PDI = "\u200f", "\u202e", "\u2066", "\u2069"

# A date format of a right-to-left locale: the marks keep the digits in order.
FORMATS = f'DATE_FORMAT = "j F{RLM}، Y"\nSHORT_DATE_FORMAT = "d{RLM}/m{RLM}/Y"\n'
# Code a reviewer reads as a comparison, that the interpreter reads as one long string.
TROJAN = f'def allowed(level):\n    return level != "user{RLO} {LRI}# admin only{PDI} {LRI}"\n'


def _scan(root: Path, files: dict[str, str]) -> dict[str, Any]:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    out = root.parent / f"{root.name}.json"
    CliRunner().invoke(cli, ["scan", str(root), "--format", "json", "--output", str(out)])
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def _status(report: dict[str, Any], rid: str) -> str:
    return str(next(r for r in report["requirements"] if r["id"] == rid)["status"])


def test_bandit_is_told_not_to_run_its_bidi_check() -> None:
    assert load_mapping()["B613"].skip
    assert skipped_checks(load_mapping()) == ["--skip", "B613"]


def test_right_to_left_marks_in_a_locale_file_do_not_block(tmp_path: Path) -> None:
    report = _scan(tmp_path / "rtl", {"conf/locale/fa/formats.py": FORMATS})
    assert not [f for f in report["findings"] if f["rule_id"] in ("B613", "trojan-source-bidi")]
    assert _status(report, "p19.7") == "PASS"


def test_override_characters_are_reported_in_python_and_javascript(tmp_path: Path) -> None:
    js = f'const role = "user{RLO} {LRI}// admin{PDI} {LRI}";\n'
    report = _scan(tmp_path / "trojan", {"app/access.py": FORMATS + TROJAN, "web/access.js": js})
    found = {
        (f["location"]["path"], f["location"]["start_line"])
        for f in report["findings"]
        if f["rule_id"] == "trojan-source-bidi"
    }
    # the marks on lines 1-2 are not reported, the override on line 4 is, after them
    assert found == {("app/access.py", 4), ("web/access.js", 1)}
    assert _status(report, "p19.7") == "FAIL"


def test_overrides_listed_among_invisible_characters_are_reported_at_medium(tmp_path: Path) -> None:
    # a code editor's class of the characters it marks (as in a minified bundle): reported apart,
    # below the gate; an override beside text on the next line still blocks
    marks = "\\\\0-\\\\b\u200b\u200e\u200f\\\\u2028\u202d\u202e\u2066\u2067\u2069\\\\ufeff"
    listed = f'const marks = new RegExp("[{marks}]", "g");\n'
    report = _scan(tmp_path / "listed", {"static/editor.js": listed})
    found = [(f["rule_id"], f["severity"]) for f in report["findings"] if "trojan" in f["rule_id"]]
    assert found == [("trojan-source-bidi-listed", "medium")]
    assert _status(report, "p19.7") == "PASS"
    trojan = listed + f'const role = "user{RLO} {LRI}// admin{PDI} {LRI}";\n'
    report = _scan(tmp_path / "both", {"static/editor.js": trojan})
    found = [
        (f["rule_id"], f["location"]["start_line"]) for f in report["findings"] if "trojan" in f["rule_id"]
    ]
    # the second line's four characters are one finding of that line, which keeps the other
    # three matches (their fingerprints, for baselines made before); the list once
    assert sorted(found) == [("trojan-source-bidi", 2), ("trojan-source-bidi-listed", 1)]
    (line2,) = [f for f in report["findings"] if f["rule_id"] == "trojan-source-bidi"]
    assert [m["rule_id"] for m in line2["properties"]["merged"]] == ["trojan-source-bidi"] * 3
    assert _status(report, "p19.7") == "FAIL"
