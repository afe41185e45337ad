"""benchmarks/bench_production_gate.py with projects fetched beforehand (`--projects-dir`):
which folders are projects, where the reports go, and a whole run over one small project."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_production_gate.py"


def _bench() -> ModuleType:
    sys.path.insert(0, str(BENCH.parent))
    spec = importlib.util.spec_from_file_location("bench_production_gate", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


bench = _bench()


def _projects(root: Path) -> Path:
    for name in ("mall", "ruoyi"):
        (root / "apps" / name / "src").mkdir(parents=True)
    (root / "apps" / "README.txt").write_text("not a project\n", encoding="utf-8")
    return root / "apps"


def test_every_folder_of_the_projects_dir_is_a_project_and_files_are_not(tmp_path: Path) -> None:
    apps = _projects(tmp_path)
    assert bench.project_names(apps, []) == ["mall", "ruoyi"]
    assert bench.project_names(apps, ["ruoyi", "absent"]) == ["ruoyi"]


def test_a_link_to_a_folder_elsewhere_is_not_taken_for_a_project(tmp_path: Path) -> None:
    apps = _projects(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (apps / "linked").symlink_to(tmp_path / "elsewhere")
    assert bench.project_names(apps, []) == ["mall", "ruoyi"]


def test_reports_go_beside_the_projects_dir_unless_a_work_folder_is_given(tmp_path: Path) -> None:
    apps = _projects(tmp_path)
    assert bench.prefetched_projects(apps, None) == (tmp_path / "apps-gate", apps)
    assert bench.prefetched_projects(apps, tmp_path / "work") == (tmp_path / "work", apps)


def test_reports_are_never_kept_inside_the_projects_dir(tmp_path: Path) -> None:
    apps = _projects(tmp_path)
    with pytest.raises(SystemExit, match="outside the folder of projects"):
        bench.prefetched_projects(apps, apps / "reports")
    with pytest.raises(SystemExit, match="no such folder"):
        bench.prefetched_projects(tmp_path / "missing", None)


def test_a_run_over_a_fetched_project_writes_its_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apps = tmp_path / "apps"
    src = apps / "tiny" / "src"
    src.mkdir(parents=True)
    (src / "app.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    out = tmp_path / "figures.json"
    assert bench.main(["--projects-dir", str(apps), "--label", "before", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert list(figures) == ["before"]
    assert figures["before"]["tiny"]["files"] == 1
    assert figures["before"]["tiny"]["code_blocked"] is False
    assert (tmp_path / "apps-gate" / "reports" / "before" / "tiny.json").is_file()
    assert "fetched beforehand" in capsys.readouterr().out


def test_every_stored_project_of_a_set_is_listed_with_its_files_and_commits() -> None:
    for name, wanted in bench.SETS.items():
        if not wanted.stored:
            continue
        listed = json.loads((BENCH.parent / "production" / wanted.stored_list).read_text(encoding="utf-8"))
        for project in wanted.stored:
            files = listed["projects"][project]["files"]
            assert files, (name, project)
            assert all(len(commit) == 40 and int(commit, 16) >= 0 for commit in files.values())


def test_a_stored_project_is_named_in_the_manifest_when_present_and_reported_when_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    projects, manifest = tmp_path / "projects", tmp_path / "manifest"
    manifest.mkdir()
    (projects / "eshoponweb" / "src").mkdir(parents=True)
    bench.note_stored(projects, manifest, bench.SETS["tenth"])
    line = (manifest / "eshoponweb").read_text(encoding="utf-8")
    assert line.startswith("stored dotnet-architecture/eShopOnWeb")
    assert not (manifest / "shopizer").exists()
    assert "shopizer: not in" in capsys.readouterr().out


def test_a_scoped_npm_package_gets_a_folder_without_its_scope_separator(tmp_path: Path) -> None:
    assert bench.folder_name("@actual-app/sync-server") == "actual-app-sync-server"
    assert bench.folder_name("ep_etherpad-lite") == "ep_etherpad-lite"
    (tmp_path / "actual-app-sync-server").mkdir()
    assert bench._missing(tmp_path, ["@actual-app/sync-server", "uptime-kuma"]) == ["uptime-kuma"]


def test_only_the_upstream_tarball_of_a_debian_source_package_is_taken() -> None:
    printed = (
        "'http://deb.example/z/zk/zk_3.8.0-1.dsc' zk_3.8.0-1.dsc 3824 SHA256:aa\n"
        "'http://deb.example/z/zk/zk_3.8.0.orig.tar.gz' zk_3.8.0.orig.tar.gz 3485515 SHA256:bb\n"
        "'http://deb.example/z/zk/zk_3.8.0.orig.tar.gz.asc' zk_3.8.0.orig.tar.gz.asc 488 SHA256:cc\n"
        "'http://deb.example/z/zk/zk_3.8.0-1.debian.tar.xz' zk_3.8.0-1.debian.tar.xz 99 SHA256:dd\n"
    )
    uri, name, digest = bench.orig_tarball(printed)
    assert name == "zk_3.8.0.orig.tar.gz"
    assert uri.endswith("/zk_3.8.0.orig.tar.gz") and not uri.startswith("'")
    assert digest == "bb"
    native = "'http://deb.debian.org/debian/pool/main/n/n/n_1.0.tar.xz' n_1.0.tar.xz 10 SHA256:ee\n"
    assert bench.orig_tarball(native) is None
