"""Scoped scans (explicit files, diff against a revision) and configured component paths."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from aiscan.compliance.catalogue import Catalogue
from aiscan.compliance.evaluate import evaluate
from aiscan.config import DEFAULT_POLICIES, Overrides, resolve_scan_config
from aiscan.errors import UsageError
from aiscan.gate import decide
from aiscan.inventory import build_inventory, detect_components
from aiscan.models import AnalyzerRun, Component, Gap, RunStatus, ScanScope, Status
from aiscan.scope import (
    changed_paths,
    check_scope_allowed,
    mark_scoped_runs,
    relative_paths,
    repo_paths_below,
    scan_kind_for,
    tree_components,
)
from tests.conftest import TODAY


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "dev@example.kz")
    _git(root, "config", "user.name", "Dev")
    (root / ".gitignore").write_text("*.log\n")
    (root / "api").mkdir()
    (root / "api" / "app.py").write_text("print(1)\n")
    (root / "api" / "old.py").write_text("print(2)\n")
    (root / "web").mkdir()
    (root / "web" / "index.html").write_text("<p>hi</p>\n")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "base")
    return root


def test_the_kind_follows_the_scope_unless_named() -> None:
    assert scan_kind_for(None, None, ()) == "release"
    assert scan_kind_for(None, "origin/main", ()) == "merge"
    assert scan_kind_for(None, None, ("a.py",)) == "pre-commit"
    assert scan_kind_for("merge", None, ("a.py",)) == "merge"


def test_a_release_scan_refuses_a_scope() -> None:
    with pytest.raises(UsageError, match="a release scan judges the whole version"):
        check_scope_allowed("release", "origin/main", None)
    with pytest.raises(UsageError, match="a release scan judges the whole version"):
        check_scope_allowed("release", None, ("a.py",))
    with pytest.raises(UsageError, match="either --diff-base or FILE"):
        check_scope_allowed("merge", "origin/main", ("a.py",))
    check_scope_allowed("merge", "origin/main", None)
    check_scope_allowed("release", None, ())


def test_files_are_taken_relative_to_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "a.py").write_text("")
    (tmp_path / "src" / "pkg" / "b.py").write_text("")
    assert relative_paths(tmp_path, ["src/a.py"], cwd=tmp_path) == ("src/a.py",)
    assert relative_paths(tmp_path, ["a.py", "pkg"], cwd=tmp_path / "src") == ("src/a.py", "src/pkg/b.py")
    assert relative_paths(tmp_path, [str(tmp_path / "src" / "a.py")], cwd=Path("/")) == ("src/a.py",)
    with pytest.raises(UsageError, match="no such file"):
        relative_paths(tmp_path, ["missing.py"], cwd=tmp_path)
    outside = tmp_path.parent / "outside.py"
    outside.write_text("")
    with pytest.raises(UsageError, match="not inside the scanned tree"):
        relative_paths(tmp_path, [str(outside)], cwd=tmp_path)


def test_repository_paths_are_rebased_on_a_scan_root_inside_the_repository() -> None:
    names = ["svc/api/a.py", "svc/web/b.html", "other/c.py"]
    assert repo_paths_below(Path("/r"), Path("/r/svc"), names) == ("api/a.py", "web/b.html")
    assert repo_paths_below(Path("/r"), Path("/r"), names) == tuple(sorted(names))
    assert repo_paths_below(Path("/r"), Path("/elsewhere"), names) == ()


def test_changed_paths_cover_commits_staged_unstaged_and_untracked_files(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    _git(root, "checkout", "-qb", "feature")
    (root / "api" / "app.py").write_text("print(10)\n")
    _git(root, "commit", "-qam", "change app")
    _git(root, "checkout", "-q", "main")
    (root / "web" / "index.html").write_text("<p>main moved on</p>\n")
    _git(root, "commit", "-qam", "main only")
    _git(root, "checkout", "-q", "feature")
    (root / "api" / "old.py").write_text("print(20)\n")  # unstaged
    (root / "api" / "staged.py").write_text("x = 1\n")
    _git(root, "add", "api/staged.py")
    (root / "api" / "new.py").write_text("y = 2\n")  # untracked
    (root / "debug.log").write_text("ignored\n")
    got = changed_paths(root, "main")
    # main's own change (web/index.html) is not part of the branch: the diff is base...HEAD
    assert got == ("api/app.py", "api/new.py", "api/old.py", "api/staged.py")
    assert changed_paths(root / "api", "main") == ("app.py", "new.py", "old.py", "staged.py")


def test_an_unknown_revision_or_a_plain_folder_is_a_usage_error(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    with pytest.raises(UsageError, match="unknown revision") as info:
        changed_paths(root, "origin/nowhere")
    assert info.value.hint and "fetch" in info.value.hint
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(UsageError, match="needs a git repository"):
        changed_paths(plain, "main")


def test_complete_runs_of_a_scoped_scan_become_partial() -> None:
    runs = [
        AnalyzerRun("semgrep", RunStatus.OK, "semgrep", "1", "59 rules"),
        AnalyzerRun("bandit", RunStatus.ERROR, "bandit", None, "not installed"),
        AnalyzerRun("deps", RunStatus.SKIPPED, "aiscan", None, "disabled"),
    ]
    assert mark_scoped_runs(runs, ScanScope()) == tuple(runs)
    semgrep, bandit, deps = mark_scoped_runs(runs, ScanScope("diff", ("a.py", "b.py"), "origin/main"))
    assert semgrep.status is RunStatus.PARTIAL
    assert semgrep.reason == "59 rules; scoped to 2 file(s) changed since origin/main"
    assert semgrep.gaps == (
        Gap(
            ".",
            "scoped scan: only 2 file(s) changed since origin/main were in scope; "
            "the rest of the tree was not analysed",
        ),
    )
    assert bandit == runs[1] and deps == runs[2]


def test_no_release_decision_can_come_from_a_scoped_scan(catalogue: Catalogue) -> None:
    runs = tuple(AnalyzerRun(n, RunStatus.OK, n) for n in ("inventory", "semgrep", "bandit"))
    scoped = mark_scoped_runs(runs, ScanScope("files", ("a.py",)))
    results = evaluate(catalogue, (), scoped, (Component.API,), today=TODAY)
    status = {r.requirement_id: r.status for r in results}
    assert status["p19.1"] is Status.NOT_ASSESSED and status["p21"] is Status.NOT_ASSESSED
    assert Status.PASS not in {status[r] for r in ("p14", "p18.1", "p19", "p19.1", "p21")}
    assert decide(results, (), scoped, DEFAULT_POLICIES["merge"], scan_kind="merge").allowed
    assert not decide(results, (), scoped, DEFAULT_POLICIES["release"]).allowed


def test_configured_component_paths_drive_detection(tmp_path: Path) -> None:
    files = {
        "portal/views.py": "x = 1\n",  # Python that is in fact the web application
        "services/api/main.go": "package main\n",
        "tools/gen.py": "y = 2\n",
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    inv = build_inventory(tmp_path)
    assert detect_components(inv) == (Component.API,)
    paths = {Component.WEB: ("portal",), Component.MOBILE: ("mobile/**",)}
    assert detect_components(inv, paths) == (Component.API, Component.WEB)
    assert build_inventory(tmp_path, component_paths=paths).components == (Component.API, Component.WEB)
    all_assigned = {Component.WEB: ("portal", "tools/*.py"), Component.API: ("services",)}
    assert detect_components(inv, all_assigned) == (Component.API, Component.WEB)
    assert tree_components(tmp_path, (), paths) == (Component.API, Component.WEB)
    # the policy's explicit list wins over both
    assert build_inventory(tmp_path, components=[Component.WEB], component_paths=paths).components == (
        Component.WEB,
    )


def test_a_scoped_scan_judges_components_from_the_whole_tree(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    assert tree_components(root, ()) == (Component.API, Component.WEB)
    assert tree_components(root, ("web",)) == (Component.API,)


def test_the_command_line_scope_reaches_the_configuration(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    cfg = resolve_scan_config(root, Overrides(scan_kind="pre-commit", files=(str(root / "api" / "app.py"),)))
    assert cfg.only_paths == ("api/app.py",)
    cfg = resolve_scan_config(root, Overrides(scan_kind="merge", diff_base="main"))
    assert cfg.diff_base == "main" and cfg.only_paths is None
    with pytest.raises(UsageError):
        resolve_scan_config(root, Overrides(scan_kind="release", diff_base="main"))
