"""Pre-commit latency: `aiscan secrets --staged` on a one-file change in a repository of a few
thousand files, against the alternatives a hook could run instead (a working-tree scan of the
whole repository, and detect-secrets-hook on the staged file, if installed).

    python benchmarks/bench_staged.py [--files 3000] [--runs 5]

"aiscan's own time" is the scan's duration as the report records it (from the start of the
scan to the decision); the wall time adds the Python interpreter's start-up and imports.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Bench", "-c", "user.email=bench@qarz.kz", "-C", str(repo), *args],
        check=True,
        capture_output=True,
    )


def build(repo: Path, files: int) -> Path:
    rng = random.Random(5)
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    for i in range(files):
        path = repo / f"pkg{i % 40:02d}" / f"module_{i}.py"
        path.parent.mkdir(exist_ok=True)
        body = (f"def f{j}(x):\n    return x + {rng.randint(0, 999)}\n\n" for j in range(rng.randint(10, 60)))
        path.write_text("".join(body))
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "initial")
    changed = repo / "pkg00" / "module_0.py"
    changed.write_text(changed.read_text() + 'DB_PASSWORD = "Kd8#mPq2!zLw"\n')
    _git(repo, "add", str(changed.relative_to(repo)))
    return changed


def run(argv: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    t0 = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - t0, proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aiscan-staged-") as tmp:
        repo = Path(tmp) / "repo"
        changed = build(repo, args.files)
        print(f"repository of {args.files} Python files, one staged change with a password\n")
        rows = []
        for label, argv in (
            ("aiscan secrets --staged", [str(BIN / "aiscan"), "secrets", "--staged", ".", "-f", "json"]),
            ("aiscan secrets (whole tree)", [str(BIN / "aiscan"), "secrets", ".", "-f", "json"]),
        ):
            walls, owns = [], []
            for _ in range(args.runs):
                wall, proc = run(argv, repo)
                if proc.returncode != 1:
                    raise SystemExit(f"{label}: expected exit 1, got {proc.returncode}: {proc.stderr[-300:]}")
                report = json.loads(proc.stdout)
                walls.append(wall)
                owns.append(report["scan"]["duration_s"])
            rows.append((label, statistics.median(owns), statistics.median(walls)))
        hook = BIN / "detect-secrets-hook"
        if hook.exists():
            walls = [run([str(hook), str(changed.relative_to(repo))], repo)[0] for _ in range(args.runs)]
            rows.append(("detect-secrets-hook (one file)", float("nan"), statistics.median(walls)))
        print(f"  {'command':<32} {'aiscan time s':>14} {'wall s':>8}   (medians of {args.runs} runs)")
        for label, own, wall in rows:
            own_text = "-" if own != own else f"{own:.3f}"
            print(f"  {label:<32} {own_text:>14} {wall:>8.2f}")


if __name__ == "__main__":
    main()
