"""History scan: aiscan's blob-once scan of every ref against scanning commit by commit.

No repository with thousands of commits is at hand offline, so this script builds one with
`git fast-import` (default 3000 commits on two branches and tags, a few hundred files that
change a little at each commit, secrets added and later removed), then times

  * `aiscan secrets --history REPO` end to end (every blob reachable from any ref, once), and
  * the obvious alternative, scanning every file of every commit (as a checkout-per-commit
    loop would), measured on a sample of commits with the same detectors and extrapolated.

    python benchmarks/bench_history.py [--commits 3000] [--repo PATH] [--keep]

With --repo, an existing repository is scanned instead of a synthetic one.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
WORDS = ["loan", "client", "score", "offer", "payment", "schedule", "bureau", "limit", "overdue", "agent"]
SECRETS = [
    ("config/prod.py", 'AWS_SECRET_ACCESS_KEY = "{}"', "AKIA", 40),
    ("deploy/ci.env", "GITHUB_TOKEN=ghp_{}", "", 36),
    ("services/notify/bot.py", 'TELEGRAM_TOKEN = "6120453379:AA{}"', "", 33),
    ("config/db.yml", "password: Qz{}!9", "", 10),
    ("web/src/keys.ts", 'export const STRIPE = "sk_live_{}";', "", 24),
]


def _token(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _source(rng: random.Random, path: str, n: int) -> str:
    if path.endswith(".py"):
        return "".join(
            f"def {rng.choice(WORDS)}_{i}(x):\n    return x * {rng.randint(1, 99)}  # {rng.choice(WORDS)}\n\n"
            for i in range(n)
        )
    if path.endswith((".yml", ".env")):
        return "".join(f"{rng.choice(WORDS)}_{i}: {rng.randint(1, 9999)}\n" for i in range(n))
    return "".join(f"export const {rng.choice(WORDS)}{i} = {rng.randint(1, 999)};\n" for i in range(n))


def build_repo(root: Path, commits: int, seed: int = 7) -> None:
    """A repository of `commits` commits on main and a release branch, via git fast-import."""
    rng = random.Random(seed)
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    dirs = ["api/loans", "api/scoring", "web/src", "web/static", "services/notify", "config", "mobile/app"]
    exts = [".py", ".ts", ".yml"]
    files = {f"{rng.choice(dirs)}/{rng.choice(WORDS)}_{i}{rng.choice(exts)}": "" for i in range(400)}
    for path in files:
        files[path] = _source(rng, path, rng.randint(5, 40))
    planted = {rng.randint(commits // 10, commits // 2): s for s in SECRETS}
    removal = {c + rng.randint(50, 400): s for c, s in planted.items() if s[0] != "web/src/keys.ts"}
    stream: list[bytes] = []

    def blob(path: str, content: str) -> None:
        data = content.encode()
        stream.append(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")

    t0 = 1_700_000_000
    for n in range(1, commits + 1):
        branch = "release" if n > commits * 3 // 4 and n % 5 == 0 else "main"
        who = rng.choice(["Aigerim Bekova", "Daulet Nurlanov", "Olga Kim", "Timur Saparov"])
        msg = f"{rng.choice(WORDS)}: change {n}".encode()
        stream.append(
            f"commit refs/heads/{branch}\nmark :{n}\n"
            f"author {who} <dev@qarz.kz> {t0 + n * 3600} +0500\n"
            f"committer {who} <dev@qarz.kz> {t0 + n * 3600} +0500\n"
            f"data {len(msg)}\n".encode()
            + msg
            + b"\n"
        )
        if n > 1:
            stream.append(f"from :{n - 1}\n".encode())
        if n == 1:
            for path, content in files.items():
                blob(path, content)
        for path in rng.sample(sorted(files), rng.randint(1, 4)):
            lines = files[path].splitlines(keepends=True)
            at = rng.randint(0, len(lines))
            files[path] = "".join([*lines[:at], _source(rng, path, 1), *lines[at:]])
            blob(path, files[path])
        if n in planted:
            path, template, _, size = planted[n]
            files[path] = files.get(path, "") + template.format(_token(rng, size)) + "\n"
            blob(path, files[path])
        if n in removal:
            path = removal[n][0]
            files[path] = _source(rng, path, 3)  # the secret is gone, the file stays
            blob(path, files[path])
        stream.append(b"\n")
        if n % 500 == 0:
            stream.append(f"reset refs/tags/v{n // 500}.0\nfrom :{n}\n".encode())
    subprocess.run(["git", "-C", str(root), "fast-import", "--quiet"], input=b"".join(stream), check=True)
    subprocess.run(["git", "-C", str(root), "checkout", "-q", "main"], check=True)


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout


def naive_per_commit(root: Path, sample: int) -> tuple[float, int, int]:
    """Scan every file of `sample` commits, as a checkout-per-commit loop would."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from aiscan.secrets.detectors import load_ruleset
    from aiscan.secrets.engine import Engine
    from aiscan.secrets.gitobjects import read_blobs, repository

    engine = Engine(load_ruleset())
    commits = git(root, "rev-list", "--all").split()
    chosen = random.Random(1).sample(commits, min(sample, len(commits)))
    files = 0
    t0 = time.perf_counter()
    for sha in chosen:
        entries = [line.split(None, 3) for line in git(root, "ls-tree", "-r", sha).splitlines()]
        paths = {e[2]: e[3] for e in entries if e[1] == "blob"}
        for blob_sha, data in read_blobs(repository(root), list(paths)):
            engine.scan(paths[blob_sha], data.decode("utf-8", "replace"))
            files += 1
    return time.perf_counter() - t0, len(chosen), len(commits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=3000)
    parser.add_argument("--repo", type=Path, help="scan this repository instead of building one")
    parser.add_argument("--sample", type=int, default=30, help="commits timed for the per-commit estimate")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic repository")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="aiscan-history-"))
    try:
        if args.repo:
            repo = args.repo.resolve()
        else:
            repo = tmp / "repo"
            t0 = time.perf_counter()
            build_repo(repo, args.commits)
            built = time.perf_counter() - t0
            print(f"built a synthetic repository of {args.commits} commits in {built:.1f} s")
        n_commits = int(git(repo, "rev-list", "--all", "--count"))
        n_blobs = sum(1 for line in git(repo, "rev-list", "--objects", "--all").splitlines() if " " in line)
        size = sum(f.stat().st_size for f in (repo / ".git").rglob("*") if f.is_file())
        print(f"repository: {n_commits} commits, {n_blobs} trees and blobs, .git {size / 1e6:.1f} MB")

        out = tmp / "history.json"
        t0 = time.perf_counter()
        proc = subprocess.run(
            [str(BIN / "aiscan"), "secrets", "--history", str(repo), "-f", "json", "-o", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - t0
        if proc.returncode not in (0, 1):
            raise SystemExit(f"aiscan failed: {proc.stderr.strip()[-400:]}")
        report = json.loads(out.read_text())
        run = report["analyzer_runs"][0]
        findings = [f for f in report["findings"] if f["analyzer"] == "secrets"]
        gone = sum(1 for f in findings if not f["properties"].get("present_at_head", True))
        print(f"\naiscan secrets --history: {wall:.1f} s wall ({run['duration_s']:.1f} s in the analyzer)")
        print(f"  {run['reason']}")
        print(f"  {len(findings)} findings, {gone} of them no longer at HEAD (still in the history)")

        spent, sampled, total = naive_per_commit(repo, args.sample)
        estimate = spent / sampled * total
        print(f"\nscanning every file of every commit: {spent:.1f} s for {sampled} commits,")
        print(f"  about {estimate:.0f} s for all {total} commits ({estimate / wall:.0f}x the blob-once scan)")
    finally:
        if args.keep and not args.repo:
            print(f"\nrepository kept at {tmp / 'repo'}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
