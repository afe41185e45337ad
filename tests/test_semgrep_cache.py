"""The per-file semgrep result cache: reused only while file, rules, semgrep and options are
unchanged; kept out of the scanned tree; a corrupted entry is ignored."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer, cache_options
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import AnalyzerOutcome
from aiscan.sast import semgrep_cache
from aiscan.tooling import find_tool
from aiscan.version_cache import CACHE_ENV

RULE = """rules:
- id: test-eval
  languages: [python]
  severity: ERROR
  message: eval
  pattern: eval(...)
  metadata: {category: dangerous-function, requirements: [p19.2], cwe: ["CWE-95"], severity: high}
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder / semgrep_cache.FOLDER


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "a.py").write_text("eval(x)\n")
    (root / "b.py").write_text("print(1)\n")
    return root


def _rules(tmp_path: Path, text: str = RULE) -> Path:
    rules = tmp_path / "rules" / "python"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "test-eval.yaml").write_text(text)
    return rules.parent


def _run(root: Path, rules: Path) -> AnalyzerOutcome:
    ctx = ScanContext(ScanConfig(root=root), build_inventory(root))
    return SemgrepAnalyzer(rules).run(ctx)


def _hits(outcome: AnalyzerOutcome) -> str:
    """The run summary's words on the files answered from the cache ("" when none)."""
    return next((part for part in outcome.run.reason.split(";") if "results reused" in part), "")


def _found(outcome: AnalyzerOutcome) -> set[tuple[str, str, int | None]]:
    return {(f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings}


def test_an_unchanged_tree_is_answered_from_the_cache(tmp_path: Path, cache: Path) -> None:
    root, rules = _tree(tmp_path), _rules(tmp_path)
    cold = _run(root, rules)
    assert _found(cold) == {("test-eval", "a.py", 1)} and not _hits(cold)
    warm = _run(root, rules)
    assert _found(warm) == _found(cold)
    assert "2 file(s) unchanged" in _hits(warm)
    assert warm.run.files_scanned == cold.run.files_scanned == 2
    # the cache is in the user's cache directory, never in the scanned tree
    assert sorted(p.name for p in root.iterdir()) == ["a.py", "b.py"]
    assert any(cache.rglob("*.json"))


def test_a_changed_file_is_scanned_again(tmp_path: Path, cache: Path) -> None:
    root, rules = _tree(tmp_path), _rules(tmp_path)
    _run(root, rules)
    (root / "b.py").write_text("print(1)\neval(y)\n")
    again = _run(root, rules)
    assert _found(again) == {("test-eval", "a.py", 1), ("test-eval", "b.py", 2)}
    assert "1 file(s) unchanged" in _hits(again)


def test_a_changed_rule_invalidates_every_entry(tmp_path: Path, cache: Path) -> None:
    root, rules = _tree(tmp_path), _rules(tmp_path)
    _run(root, rules)
    _rules(tmp_path, RULE.replace("pattern: eval(...)", "pattern: print(...)"))
    again = _run(root, rules)
    assert not _hits(again)
    assert _found(again) == {("test-eval", "b.py", 1)}


def _resealed(payload: dict, key: str) -> str:  # type: ignore[type-arg]
    """An entry whose digest matches its (wrong) content."""
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
    return json.dumps({"key": key, "digest": digest, "payload": payload})


@pytest.mark.parametrize(
    "damage",
    [
        lambda doc: "not json",
        lambda doc: json.dumps({**doc, "digest": "0" * 64}),
        lambda doc: json.dumps({**doc, "payload": {**doc["payload"], "results": [{"path": "x"}]}}),
        lambda doc: _resealed({**doc["payload"], "path": "elsewhere.py"}, doc["key"]),
        lambda doc: _resealed({**doc["payload"], "results": "none"}, doc["key"]),
        lambda doc: json.dumps({**doc, "key": "other"}),
        lambda doc: json.dumps([doc]),
    ],
)
def test_a_corrupted_entry_is_ignored(tmp_path: Path, cache: Path, damage) -> None:  # type: ignore[no-untyped-def]
    root, rules = _tree(tmp_path), _rules(tmp_path)
    _run(root, rules)
    for entry in cache.rglob("*.json"):
        entry.write_text(damage(json.loads(entry.read_text())))
    again = _run(root, rules)
    assert not _hits(again)
    assert _found(again) == {("test-eval", "a.py", 1)}


def test_files_with_errors_and_run_level_problems_are_not_stored() -> None:
    data = {
        "results": [{"path": "a.py"}],
        "errors": [{"path": "b.py", "type": "Timeout"}],
        "paths": {"scanned": ["a.py", "b.py"]},
    }
    assert set(semgrep_cache.per_file(data, ["a.py", "b.py", "c.py"])) == {"a.py"}
    assert semgrep_cache.per_file({**data, "errors": [{"type": "Fatal error"}]}, ["a.py"]) == {}
    assert semgrep_cache.per_file({**data, "skipped_rules": [{"rule_id": "x"}]}, ["a.py"]) == {}


def test_an_unwritable_cache_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker))  # a file where the folder should be
    root, rules = _tree(tmp_path), _rules(tmp_path)
    assert _found(_run(root, rules)) == {("test-eval", "a.py", 1)}
    assert _found(_run(root, rules)) == {("test-eval", "a.py", 1)}
    shutil.rmtree(root)


def test_another_semgrep_executable_does_not_reuse_the_entries(tmp_path: Path, cache: Path) -> None:
    root, rules = _tree(tmp_path), _rules(tmp_path)
    _run(root, rules)
    wrapper = tmp_path / "semgrep-wrapper"
    wrapper.write_text(f'#!/bin/sh\nexec "{find_tool("semgrep")}" "$@"\n')
    wrapper.chmod(0o755)
    ctx = ScanContext(ScanConfig(root=root, tool_paths={"semgrep": str(wrapper)}), build_inventory(root))
    again = SemgrepAnalyzer(rules).run(ctx)
    assert not _hits(again)
    assert _found(again) == {("test-eval", "a.py", 1)}


def test_a_file_name_that_is_not_utf8_has_a_key_of_its_own() -> None:
    name = b"caf\xe9.py".decode("utf-8", "surrogateescape")
    key = semgrep_cache.entry_key("run", name, b"x = 1\n")
    assert key != semgrep_cache.entry_key("run", "caf\u00e9.py", b"x = 1\n")
    assert key == semgrep_cache.entry_key("run", name, b"x = 1\n")


def test_a_moved_ruleset_keeps_its_entries_and_a_changed_rule_does_not(tmp_path: Path, cache: Path) -> None:
    root, rules = _tree(tmp_path), _rules(tmp_path)
    _run(root, rules)
    moved = tmp_path / "elsewhere" / "checkout" / "rules"
    moved.parent.mkdir(parents=True)
    rules.rename(moved)
    again = _run(root, moved)
    assert "2 file(s) unchanged" in _hits(again)
    assert _found(again) == {("test-eval", "a.py", 1)}
    (moved / "python" / "test-eval.yaml").write_text(RULE.replace("eval(...)", "print(...)"))
    changed = _run(root, moved)
    assert not _hits(changed)
    assert _found(changed) == {("test-eval", "b.py", 1)}


def test_the_key_options_leave_out_the_rules_location_and_jobs() -> None:
    argv = ["/bin/semgrep", "scan", "--config", "/a/rules", "--json", "--timeout", "30", "--jobs", "2"]
    elsewhere = [*argv[:3], "/b/rules", *argv[4:8], "1"]
    assert cache_options(argv) == cache_options(elsewhere) == ["scan", "--json", "--timeout", "30"]


def test_the_digest_of_a_pass_over_several_files_follows_each_path_and_content(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    first = semgrep_cache.files_digest(root, ["a.py", "b.py"])
    assert first is not None and first == semgrep_cache.files_digest(root, ["b.py", "a.py"])
    (root / "b.py").write_text("print(2)\n")
    assert semgrep_cache.files_digest(root, ["a.py", "b.py"]) not in (None, first)
    assert semgrep_cache.files_digest(root, ["a.py"]) != semgrep_cache.files_digest(root, ["a.py", "b.py"])
    # a copy made for semgrep (an absolute path) or a file that cannot be read: not cacheable
    assert semgrep_cache.files_digest(root, ["a.py", str(tmp_path / "copy.py")]) is None
    assert semgrep_cache.files_digest(root, ["a.py", "gone.py"]) is None
