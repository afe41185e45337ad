"""flawfinder: its CSV output parsed (recorded), and the real tool over a C tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.flawfinder import FlawfinderAnalyzer, parse_flawfinder, skipped_gaps
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus, Severity
from aiscan.sast.check_map import load_check_map
from tests.conftest import FIXTURES

RECORDED = FIXTURES / "recorded" / "flawfinder.csv"
MAPPING = load_check_map("flawfinder")


def _parse(text: str) -> dict[int, list]:  # type: ignore[type-arg]
    found = parse_flawfinder(text, MAPPING, {"0.c": "src/app.c"}, lambda p, s, e: "")
    by_line: dict[int, list] = {}  # type: ignore[type-arg]
    for f in found:
        by_line.setdefault(f.location.start_line or 0, []).append(f)
    return by_line


def test_recorded_output_maps_to_p19_with_honest_severities() -> None:
    by_line = _parse(RECORDED.read_text())
    strcpy = by_line[5][0]
    assert strcpy.location.path == "src/app.c"
    assert (strcpy.rule_id, strcpy.severity, strcpy.requirements) == ("FF1001", Severity.HIGH, ("p19.2",))
    assert strcpy.cwe == ("CWE-120",)
    system = by_line[7][0]
    assert (system.severity, system.requirements, system.cwe) == (Severity.HIGH, ("p19.1",), ("CWE-78",))
    # system("ls"): a constant command, nothing from outside reaches the shell
    assert by_line[8][0].severity is Severity.LOW
    # strcpy from a constant string: flawfinder lowers it to level 2
    assert by_line[6][0].severity is Severity.LOW
    assert by_line[9][0].requirements == ("p19.1",)  # printf(in): format string
    assert by_line[10][0].severity is Severity.MEDIUM  # srand: capped by its category
    assert by_line[10][0].requirements == ("p19.3",)


def test_output_of_the_wrong_shape_is_a_tool_error() -> None:
    with pytest.raises(ToolError, match="no CSV header"):
        _parse("garbage\n")
    with pytest.raises(ToolError, match="did not give"):
        _parse("File,Line,Column,Level,Category,Name,Warning,CWEs\nother.c,1,1,4,buffer,gets,x,\n")
    with pytest.raises(ToolError, match="not a number"):
        _parse("File,Line,Column,Level,Category,Name,Warning,CWEs\n0.c,x,1,4,buffer,gets,x,\n")
    assert _parse("") == {}


def test_a_skipped_file_is_a_gap() -> None:
    gaps = skipped_gaps("Warning: encoding error in 0.c -- skipping file.", {"0.c": "src/app.c"})
    assert [g.path for g in gaps] == ["src/app.c"]


def test_real_flawfinder_reads_every_file_and_ignores_the_trees_markers(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "copy.c").write_text(
        "#include <string.h>\nvoid f(char *in) {\n  char b[8];\n  strcpy(b, in); // Flawfinder: ignore\n}\n"
    )
    # bytes that are not UTF-8 make flawfinder skip a file it is given directly
    (tmp_path / "src" / "latin.c").write_bytes(b"/* caf\xe9 */\nvoid g(char *c) { system(c); }\n")
    (tmp_path / "src" / "ok.cpp").write_text("int add(int a, int b) { return a + b; }\n")
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    outcome = FlawfinderAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK, outcome.run
    assert outcome.run.files_scanned == 3
    hits = {(f.location.path, f.properties["function"]) for f in outcome.findings}
    assert ("src/copy.c", "strcpy") in hits
    assert ("src/latin.c", "system") in hits


def test_a_missing_flawfinder_is_an_error_run(tmp_path: Path) -> None:
    (tmp_path / "a.c").write_text("int main(void) { return 0; }\n")
    config = ScanConfig(root=tmp_path, tool_paths={"flawfinder": str(tmp_path / "nope")})
    outcome = FlawfinderAnalyzer().run(ScanContext(config, build_inventory(tmp_path)))
    assert outcome.run.status is RunStatus.ERROR
    assert outcome.findings == ()
