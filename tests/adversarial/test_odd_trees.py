"""Trees no one would write by hand: 1,500 folders deep, file names that are not UTF-8, symlink
loops, symlinks out of the tree, FIFOs and unreadable files. `aiscan scan`, `aiscan secrets` and
`aiscan baseline create` finish without a traceback, read what can be read (a secret at the
bottom of the deep tree is found), never block on a FIFO, and name everything else."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from aiscan.cli import cli
from aiscan.inventory import build_inventory

DEPTH = 1500
AWS_KEY = "AKIAZ7QWERTYUIOPLKJH"  # an access key ID's shape; not a real key
BAD_NAME = "caf\udce9.py"  # the bytes b"caf\xe9.py": Latin-1, not UTF-8


def _deep(root: Path) -> Path:
    """DEPTH nested folders, made one at a time (os.makedirs itself recurses)."""
    folder = str(root)
    for _ in range(DEPTH):
        folder = os.path.join(folder, "d")
        os.mkdir(folder)
    return Path(folder)


def _remove(top: Path) -> None:
    """Remove a tree without recursion: pytest's own clean-up (shutil.rmtree) recurses, and
    would fail on these trees in a later run."""
    folders = []
    stack = [str(top)]
    while stack:
        folder = stack.pop()
        folders.append(folder)
        with os.scandir(folder) as entries:
            for e in entries:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                else:
                    os.unlink(e.path)
    for folder in reversed(folders):
        os.rmdir(folder)


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    """One odd tree for the module (it is read, never written): built and removed once."""
    top = Path(tempfile.mkdtemp(prefix="aiscan-odd-"))
    try:
        yield top
    finally:
        _remove(top)


@pytest.fixture(scope="module")
def odd_tree(workdir: Path) -> Path:
    root = workdir / "repo"
    root.mkdir()
    (root / "app.py").write_text("def add(a, b):\n    return a + b\n")
    (_deep(root) / "deep.env").write_text(f"AWS_ACCESS_KEY_ID={AWS_KEY}\n")
    (root / BAD_NAME).write_text("import os\nos.system(input())\n", errors="surrogateescape")
    (root / "loop-a").symlink_to(root / "loop-b")
    (root / "loop-b").symlink_to(root / "loop-a")
    (root / "self").symlink_to(root, target_is_directory=True)
    (root / "etc-passwd").symlink_to("/etc/passwd")
    os.mkfifo(root / "pipe.txt")
    locked = root / "locked.txt"
    locked.write_text("secret-free\n")
    locked.chmod(0)
    return root


def _ok(result: Result) -> None:
    """Finished with an exit code of the contract, never a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1, 3), result.output
    assert "Traceback" not in result.output


def _report(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _named(report: dict[str, Any]) -> dict[str, str]:
    named = {s["path"]: s["reason"] for s in report["skipped_files"]}
    for run in report["analyzer_runs"]:
        named.update({g["path"]: g["reason"] for g in run["gaps"]})
    return named


def test_scan_reads_the_deep_tree_and_names_the_odd_entries(odd_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    formats = ("text", "sarif", "junit", "gitlab-sast", "github")
    reports = [f"{fmt}={tmp_path / fmt}" for fmt in formats]
    argv = ["scan", str(odd_tree), "--format", "json", "-o", str(out)]
    result = CliRunner().invoke(cli, argv + [arg for r in reports for arg in ("--report", r)])
    _ok(result)
    assert result.exit_code != 0  # a secret, and a symlink out of the tree
    for fmt in formats:
        (tmp_path / fmt).read_text(encoding="utf-8")
    report = _report(out)
    deep_path = "d/" * DEPTH + "deep.env"
    assert any(f["location"]["path"] == deep_path for f in report["findings"])
    assert any(f["location"]["path"] == "caf\\xe9.py" for f in report["findings"])
    named = _named(report)
    assert named["loop-a"] == "broken symlink or symlink loop"
    assert named["self"] == "symlink to the folder ., read there"
    assert named["etc-passwd"].startswith("not read: symlink to outside the tree")
    assert named["pipe.txt"] == "not a regular file (FIFO, socket or device)"
    if os.geteuid() != 0:  # root reads a file whatever its mode
        assert named["locked.txt"].startswith("unreadable")
    assert AWS_KEY not in out.read_text()


def test_secrets_scan_of_the_odd_tree(odd_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    result = CliRunner().invoke(cli, ["secrets", str(odd_tree), "--format", "json", "-o", str(out)])
    _ok(result)
    report = _report(out)
    assert any(f["rule_id"] == "aws-access-key-id" for f in report["findings"])
    secrets = next(r for r in report["analyzer_runs"] if r["analyzer"] == "secrets")
    assert secrets["status"] == "partial"  # the symlink out of the tree was not read
    assert "etc-passwd" in {g["path"] for g in secrets["gaps"]}


def test_baseline_of_the_odd_tree_round_trips(odd_tree: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.yaml"
    result = CliRunner().invoke(cli, ["baseline", "create", str(odd_tree), "-o", str(baseline)])
    _ok(result)
    entries = yaml.safe_load(baseline.read_text(encoding="utf-8"))["findings"]
    assert BAD_NAME in {e["path"] for e in entries}  # written escaped, read back as the same name


def test_the_inventory_walk_is_iterative(odd_tree: Path) -> None:
    """Deeper than Python's recursion limit, and the walk still reaches the bottom."""
    inv = build_inventory(odd_tree)
    assert "d/" * DEPTH + "deep.env" in inv.other_files
