"""bandit parses Python with the interpreter it runs on: the report names that interpreter, and a
file it cannot parse says which Python parsed it (newer syntax than that is a gap, not a flaw)."""

from __future__ import annotations

import json
import platform
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from aiscan.analyzers.bandit import interpreter_of, with_interpreter
from aiscan.cli import cli
from aiscan.models import Gap


def test_the_interpreter_is_read_from_banditss_version_output() -> None:
    out = "bandit 1.8.6\n  python version = 3.11.7 (main, Dec  8 2023, 18:56:58) [GCC 12.2.0]\n"
    assert interpreter_of(out) == "3.11.7"
    assert interpreter_of("bandit 1.8.6\n") is None


def test_only_the_files_bandit_could_not_parse_name_the_interpreter() -> None:
    error = Gap("app/new.py", "syntax error while parsing AST from file")
    lost = Gap("app/lost.py", "not analysed by bandit: given to it, but absent from its output")
    named = with_interpreter((error, lost), (error,), "3.11.7")
    assert named == (
        Gap("app/new.py", "syntax error while parsing AST from file (bandit parsed it with Python 3.11.7)"),
        lost,
    )
    assert with_interpreter((error,), (error,), None) == (error,)


def _bandit_run(tmp_path: Path, files: dict[str, str]) -> dict[str, Any]:
    root = tmp_path / "tree"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    out = tmp_path / "report.json"
    CliRunner().invoke(cli, ["scan", str(root), "--format", "json", "--output", str(out)])
    report = json.loads(out.read_text())
    return next(r for r in report["analyzer_runs"] if r["analyzer"] == "bandit")


def test_a_file_bandit_cannot_parse_names_the_python_that_parsed_it(tmp_path: Path) -> None:
    # bandit runs on the interpreter of aiscan's environment in this installation.
    python = platform.python_version()
    run = _bandit_run(tmp_path, {"app/ok.py": "x = 1\n", "app/broken.py": "def f(:\n    return 1\n"})
    assert run["status"] == "partial"
    [gap] = run["gaps"]
    assert gap["path"] == "app/broken.py"
    assert gap["reason"].endswith(f"(bandit parsed it with Python {python})")
    assert f"parsed with Python {python}" in run["reason"]


def test_a_clean_run_still_says_which_python_parsed_the_files(tmp_path: Path) -> None:
    run = _bandit_run(tmp_path, {"app/ok.py": "x = 1\n"})
    assert run["status"] == "ok"
    assert f"parsed with Python {platform.python_version()}" in run["reason"]
