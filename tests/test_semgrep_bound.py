"""The analyzer's bound on a large tree: targets run in batches, a finished batch's results are
kept and cached, and the files the bound left unread are gaps naming them (the run is partial,
never an error that loses the finished work, never clean). The bound is the operator's setting."""

from __future__ import annotations

from pathlib import Path

import pytest

import aiscan.analyzers.semgrep as semgrep_module
from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer, assess_coverage
from aiscan.config import Overrides, ScanConfig, load_file_settings, resolve_scan_config
from aiscan.errors import ConfigError
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome, RunStatus
from aiscan.sast.semgrep_batches import (
    LARGE_FILE_BYTES,
    batch_targets,
    ordered_batches,
    unreached_output,
)
from aiscan.version_cache import CACHE_ENV
from tests.test_semgrep_cache import RULE

BOUND_REASON = "not analysed by semgrep: the analyzer's bound of"


def _rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules" / "python"
    folder.mkdir(parents=True)
    (folder / "test-eval.yaml").write_text(RULE)
    return folder.parent


def _write(root: Path, names: list[str]) -> None:
    root.mkdir(exist_ok=True)
    for name in names:
        (root / name).write_text(f"eval({name.split('.')[0]})\n")


def _run(root: Path, rules: Path, bound_s: float = 900.0) -> AnalyzerOutcome:
    ctx = ScanContext(ScanConfig(root=root.resolve(), analyzer_timeout_s=bound_s), build_inventory(root))
    return SemgrepAnalyzer(rules).run(ctx)


def _found(outcome: AnalyzerOutcome) -> list[str]:
    return sorted(f.location.path for f in outcome.findings)


# --- batches and unreached files, pure -----------------------------------------------------------


def test_a_large_tree_is_cut_into_nearly_equal_batches_in_order() -> None:
    targets = [f"src/m{i:04}.py" for i in range(1201)]
    batches = batch_targets(targets, max_files=500)
    assert sorted(len(b) for b in batches) == [400, 400, 401]
    assert [t for b in batches for t in b] == targets
    assert batch_targets(targets[:500], max_files=500) == [targets[:500]]  # a tree below it: one call
    assert batch_targets([], max_files=500) == []


def test_the_command_line_limit_still_cuts_before_the_count() -> None:
    targets = [f"src/file{i:03}.py" for i in range(100)]  # 16 bytes each with the separator
    batches = batch_targets(targets, max_bytes=160, max_files=5)
    assert [len(b) for b in batches] == [5] * 20  # each 10-file run in two batches of 5
    assert [len(b) for b in batch_targets(targets[:10], max_bytes=160, max_files=4)] == [3, 4, 3]
    assert [t for b in batches for t in b] == targets


def test_large_files_run_after_every_smaller_file_in_batches_of_their_own() -> None:
    big = LARGE_FILE_BYTES
    targets = [f"src/m{i}.js" for i in range(6)] + ["lib/huge.js", "lib/big.js", "lib/font.php"]
    sizes = {"lib/huge.js": 8 * big, "lib/big.js": big, "lib/font.php": 2 * big, "src/m0.js": big - 1}
    batches = ordered_batches(targets, sizes, max_files=4)
    # the smaller files first, in order and nearly equal batches; then the large, smallest first
    assert batches[:2] == [targets[:3], targets[3:6]]
    assert batches[2:] == [["lib/big.js", "lib/font.php"], ["lib/huge.js"]]
    assert ordered_batches(targets[:6], sizes, max_files=500) == [targets[:6]]


def test_a_large_file_the_bound_left_unread_says_it_ran_last() -> None:
    sizes = {"lib/font.php": 1536 * 1024}
    cov = assess_coverage(
        unreached_output(["lib/font.php", "b.py"], 900, sizes), {"lib/font.php": 1, "b.py": 1}
    )
    reasons = {g.path: g.reason for g in cov.gaps}
    assert reasons["lib/font.php"].endswith("(a large file, 1536 KiB: run after every file under 128 KiB)"), (
        reasons
    )
    assert "large file" not in reasons["b.py"]


def test_a_file_the_bound_left_unread_is_a_gap_that_says_why() -> None:
    cov = assess_coverage(unreached_output(["b.py"], 900), {"a.py": 1, "b.py": 1})
    reasons = {g.path: g.reason for g in cov.gaps}
    assert reasons["b.py"].startswith(BOUND_REASON + " 900 s ([analyzers] timeout_s) ran out")
    assert reasons["a.py"] == "not analysed by semgrep: skipped without a reason"


# --- with semgrep ---------------------------------------------------------------------------------


def test_when_the_bound_runs_out_at_once_every_file_is_a_named_gap(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    _write(root, ["a.py", "b.py"])
    outcome = _run(root, _rules(tmp_path), bound_s=0.001)
    assert outcome.run.status is RunStatus.PARTIAL
    assert outcome.findings == ()
    assert sorted(g.path for g in outcome.run.gaps) == ["a.py", "b.py"]
    assert all(g.reason.startswith(BOUND_REASON) for g in outcome.run.gaps)
    assert "bound ran out: 2 of 2 file(s) not analysed" in outcome.run.reason


def test_a_new_scan_keeps_the_finished_batches_and_reads_only_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(semgrep_module, "MAX_BATCH_FILES", 2)
    rules = _rules(tmp_path)
    root = tmp_path / "tree"
    _write(root, ["a.py", "b.py", "c.py", "d.py"])
    first = _run(root, rules)
    assert first.run.status is RunStatus.OK and _found(first) == ["a.py", "b.py", "c.py", "d.py"]

    _write(root, ["e.py", "f.py"])  # new files: a batch no earlier scan finished
    stopped = _run(root, rules, bound_s=0.001)
    assert stopped.run.status is RunStatus.PARTIAL
    assert _found(stopped) == ["a.py", "b.py", "c.py", "d.py"]  # the finished work is not lost
    assert sorted(g.path for g in stopped.run.gaps) == ["e.py", "f.py"]
    assert all(g.reason.startswith(BOUND_REASON) for g in stopped.run.gaps)

    resumed = _run(root, rules)
    assert resumed.run.status is RunStatus.OK and resumed.run.gaps == ()
    assert _found(resumed) == ["a.py", "b.py", "c.py", "d.py", "e.py", "f.py"]
    assert "4 file(s) unchanged since a previous scan" in resumed.run.reason


def test_batches_find_what_one_call_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _rules(tmp_path)
    root = tmp_path / "tree"
    _write(root, [f"m{i}.py" for i in range(7)])
    whole = _run(root, rules)
    monkeypatch.setattr(semgrep_module, "MAX_BATCH_FILES", 3)
    batched = _run(root, rules)
    assert batched.run.status is whole.run.status is RunStatus.OK
    assert _found(batched) == _found(whole) and len(_found(whole)) == 7
    assert batched.run.files_scanned == whole.run.files_scanned == 7


# --- the setting ----------------------------------------------------------------------------------


def test_the_operator_sets_the_bound_and_a_tree_cannot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AISCAN_CONFIG", raising=False)
    operator = tmp_path / "operator.toml"
    operator.write_text("[analyzers]\ntimeout_s = 2400\n")
    root = tmp_path / "tree"
    root.mkdir()
    (root / "aiscan.toml").write_text("[analyzers]\ntimeout_s = 5\n")
    alone = resolve_scan_config(root, Overrides())
    assert alone.analyzer_timeout_s == 900
    assert any("'analyzers.timeout_s' is an operator setting" in line for line in alone.ignored_settings)
    with_operator = resolve_scan_config(root, Overrides(config_file=operator))
    assert with_operator.analyzer_timeout_s == 2400


@pytest.mark.parametrize("value", ["0", "-5", "'long'", "1.5"])
def test_a_bound_that_is_not_a_positive_number_of_seconds_is_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "operator.toml"
    path.write_text(f"[analyzers]\ntimeout_s = {value}\n")
    with pytest.raises(ConfigError, match=r"analyzers\.timeout_s") as info:
        load_file_settings(path)
    assert str(path) in info.value.message
