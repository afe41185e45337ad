"""benchmarks/bench_production_gate.py with projects fetched beforehand (`--projects-dir`):
which folders are projects, where the reports go, and a whole run over one small project."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.bench_support import BENCHMARKS, load_bench

bench = load_bench("bench_production_gate")


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
        listed = json.loads((BENCHMARKS / "production" / wanted.stored_list).read_text(encoding="utf-8"))
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


def _tarball(path: Path, files: dict[str, str]) -> None:
    import io
    import tarfile

    with tarfile.open(path, "w:gz") as tf:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


def test_a_debian_source_package_is_its_upstream_tarballs_without_the_packaging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fake_apt(argv: list[str], cwd: Path) -> None:
        assert argv[:3] == ["apt-get", "source", "--download-only"]
        if argv[3] != "caddy":
            raise subprocess.CalledProcessError(100, argv)
        _tarball(cwd / "caddy_2.6.2.orig.tar.gz", {"caddy-2.6.2/caddy.go": "package caddy\n"})
        _tarball(cwd / "caddy_2.6.2.orig-dist.tar.gz", {"dist-x/init/caddy.service": "[Unit]\n"})
        _tarball(cwd / "caddy_2.6.2-5.debian.tar.gz", {"debian/rules": "#!/usr/bin/make -f\n"})
        raise subprocess.CalledProcessError(100, argv)  # a file of the packaging missing

    monkeypatch.setattr(bench, "_run", fake_apt)
    monkeypatch.setattr(bench.shutil, "which", lambda name: "/usr/bin/" + name)
    projects, manifest, work = tmp_path / "projects", tmp_path / "manifest", tmp_path / "work"
    for folder in (projects, manifest, work / "unpacked"):
        folder.mkdir(parents=True)
    bench.install_debian_source(projects, manifest, work, ["caddy", "absent"])
    assert "absent: no upstream tarball fetched" in capsys.readouterr().out
    assert sorted(p.name for p in projects.iterdir()) == ["caddy"]
    tree = projects / "caddy"
    assert (tree / "caddy.go").is_file()
    assert (tree / "dist" / "init" / "caddy.service").is_file()
    assert not (tree / "debian").exists()
    assert (manifest / "caddy").read_text(encoding="utf-8") == "Debian source caddy 2.6.2\n"


def test_the_bound_option_is_the_only_setting_of_the_operator_configuration(tmp_path: Path) -> None:
    from aiscan.config import load_file_settings

    assert bench.operator_config(None) == ""
    config = tmp_path / "operator.toml"
    config.write_text(bench.operator_config(2400), encoding="utf-8")
    settings = load_file_settings(config)
    assert settings.analyzer_timeout_s == 2400
    assert settings.keys == frozenset({"analyzers.timeout_s"})
