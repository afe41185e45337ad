"""Output files are never written through a symbolic link, and a file name aiscan chooses inside
the scanned tree never lands outside it: the tree may plant links or name paths in its own
configuration, the write is refused with one line naming the file, and the link's target is
untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.errors import AiscanError
from aiscan.report import outputs
from aiscan.report.outputs import write_text

ORIGINAL = "operator's file\n"
APP = "def add(a: int, b: int) -> int:\n    return a + b\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "app.py").write_text(APP)
    return root


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    target = tmp_path / "home" / ".bashrc"
    target.parent.mkdir()
    target.write_text(ORIGINAL)
    return target


def _invoke(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _one_line_refusal(output: str, name: str) -> None:
    errors = [line for line in output.splitlines() if line.startswith("aiscan: error:")]
    assert len(errors) == 1, output
    refused = "refusing" in errors[0] or "must name a file inside the scanned tree" in errors[0]
    assert name in errors[0] and refused, output
    assert "Traceback" not in output


def test_baseline_create_refuses_a_planted_baseline_symlink(tree: Path, victim: Path) -> None:
    (tree / "aiscan-baseline.yaml").symlink_to(victim)
    code, output = _invoke(["baseline", "create", str(tree)])
    assert code == 2, output
    _one_line_refusal(output, "aiscan-baseline.yaml")
    assert victim.read_text() == ORIGINAL
    assert (tree / "aiscan-baseline.yaml").is_symlink()


def test_a_dangling_baseline_symlink_is_refused_too(tree: Path, tmp_path: Path) -> None:
    (tree / "aiscan-baseline.yaml").symlink_to(tmp_path / "created-elsewhere.yaml")
    code, output = _invoke(["baseline", "create", str(tree)])
    assert code == 2
    _one_line_refusal(output, "aiscan-baseline.yaml")
    assert not (tmp_path / "created-elsewhere.yaml").exists()


@pytest.mark.parametrize(
    "configured", ["../outside.yaml", "sub/../../outside.yaml", "/tmp/aiscan-outside.yaml"]
)
def test_a_baseline_path_from_the_trees_configuration_stays_inside(
    tree: Path, tmp_path: Path, configured: str
) -> None:
    (tree / "aiscan.toml").write_text(f'baseline = "{configured}"\n')
    code, output = _invoke(["baseline", "create", str(tree)])
    assert code == 2, output
    _one_line_refusal(output, "outside")
    assert not (tmp_path / "outside.yaml").exists()
    assert not Path("/tmp/aiscan-outside.yaml").exists()


def test_a_configured_baseline_behind_a_symlinked_folder_is_refused(tree: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tree / "sub").symlink_to(elsewhere, target_is_directory=True)
    (tree / "aiscan.toml").write_text('baseline = "sub/aiscan-baseline.yaml"\n')
    code, output = _invoke(["baseline", "create", str(tree)])
    assert code == 2, output
    _one_line_refusal(output, "sub")
    assert list(elsewhere.iterdir()) == []


def test_baseline_create_writes_the_default_file_inside_the_tree(tree: Path) -> None:
    code, output = _invoke(["baseline", "create", str(tree)])
    assert code == 0, output
    assert (tree / "aiscan-baseline.yaml").is_file() and not (tree / "aiscan-baseline.yaml").is_symlink()
    assert [p.name for p in tree.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "{tree}", "--report", "json={link}"],
        ["scan", "{tree}", "-f", "json", "-o", "{link}"],
        ["scan", "{tree}", "--sbom", "{link}"],
        ["secrets", "{tree}", "-o", "{link}"],
        ["sbom", "{tree}", "-o", "{link}"],
        ["baseline", "create", "{tree}", "-o", "{link}"],
    ],
    ids=["report", "output", "scan-sbom", "secrets-output", "sbom", "baseline-output"],
)
def test_no_output_is_written_through_a_symlink(tree: Path, victim: Path, args: list[str]) -> None:
    link = tree / "report.out"
    link.symlink_to(victim)
    code, output = _invoke([a.format(tree=tree, link=link) for a in args])
    assert code == 2, output
    _one_line_refusal(output, "report.out")
    assert victim.read_text() == ORIGINAL


def test_a_symlink_swapped_in_at_the_last_moment_is_replaced_not_followed(
    tmp_path: Path, victim: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    real_new_file = outputs._new_file

    def swap_then_create(folder: int, path: Path) -> tuple[int, str]:
        target.symlink_to(victim)  # after every check, before the file is put in place
        return real_new_file(folder, path)

    monkeypatch.setattr(outputs, "_new_file", swap_then_create)
    write_text(target, "{}\n")
    assert victim.read_text() == ORIGINAL
    assert not target.is_symlink() and target.read_text() == "{}\n"


def test_an_existing_report_is_replaced_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    write_text(target, "one\n")
    os.chmod(target, 0o640)
    write_text(target, "two\n")
    assert target.read_text() == "two\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_a_folder_or_fifo_at_the_output_path_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    os.mkfifo(tmp_path / "fifo")
    for name in ("dir", "fifo"):
        with pytest.raises(AiscanError, match="not a regular file"):
            write_text(tmp_path / name, "x")
