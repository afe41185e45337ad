"""A tree that plants Python modules named like aiscan's own (and its dependencies', and
`sitecustomize`) runs nothing when aiscan is started as its console script from inside it; the
control shows that `python -m aiscan` from the same folder does run them, as docs/security.md
warns."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
PLANTED = ("aiscan", "click", "yaml", "jinja2", "rich", "sitecustomize", "usercustomize")


def _plant(root: Path, markers: Path) -> None:
    for name in PLANTED:
        code = f"open({str(markers / name)!r}, 'w').close()\n"
        if name.endswith("customize"):
            (root / f"{name}.py").write_text(code)
            continue
        (root / name).mkdir()
        (root / name / "__init__.py").write_text(code)
        (root / name / "__main__.py").write_text(code)


def test_the_console_script_imports_nothing_from_the_current_folder(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    markers = tmp_path / "markers"
    markers.mkdir()
    _plant(root, markers)
    (root / "app.py").write_text("def add(a, b):\n    return a + b\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH")}
    env["HOME"] = str(tmp_path)

    control = subprocess.run(
        [sys.executable, "-m", "aiscan", "--version"], cwd=root, env=env, capture_output=True, check=False
    )
    assert "aiscan" in {p.name for p in markers.iterdir()}, control.stderr  # the vector is real
    for p in markers.iterdir():
        p.unlink()

    for args in (["--version"], ["version"], ["scan", "."], ["secrets", "."], ["coverage", "."]):
        proc = subprocess.run(
            [str(BIN / "aiscan"), *args], cwd=root, env=env, capture_output=True, text=True, check=False
        )
        assert proc.returncode in (0, 1, 3), (args, proc.stderr[-1000:])
        assert not list(markers.iterdir()), (args, sorted(p.name for p in markers.iterdir()))

    safe = subprocess.run(
        [sys.executable, "-P", "-m", "aiscan", "--version"],
        cwd=root,
        env=env,
        capture_output=True,
        check=False,
    )
    assert safe.returncode == 0 and not list(markers.iterdir())
