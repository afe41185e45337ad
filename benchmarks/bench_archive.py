"""Benchmark: the retention archive. Time and size to archive the demo AIS and a ~50 MB
repository (sources from the git object database, results, manifest, age encryption), beside the
obvious alternative `git archive --format=tar HEAD | gzip`; and the time to verify an archive of
100 releases (stored bytes, and deep: decrypted and every file re-hashed), beside `sha256sum`
over the same bundle files.

    python benchmarks/bench_archive.py [--releases 100] [--big-mb 50]

Everything is built in a temporary folder: git repositories made from fixtures/mfo-demo and from
the Python standard library's sources (real code, compressible like a real repository).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import pyrage  # noqa: E402

from aiscan.archive import Archive  # noqa: E402
from aiscan.archive.bundle import ResultFile  # noqa: E402
from aiscan.archive.verify import verify  # noqa: E402
from aiscan.models import ComponentVersion, ReleaseIdentity  # noqa: E402
from tests.archive_support import commit_files, git, make_repo, release_files  # noqa: E402

SOURCE_SUFFIXES = {
    ".py",
    ".txt",
    ".json",
    ".xml",
    ".html",
    ".c",
    ".h",
    ".rst",
    ".csv",
    ".cfg",
    ".md",
    ".kt",
    ".java",
    ".js",
    ".ts",
    ".toml",
    ".yaml",
    ".yml",
    ".sql",
    ".sh",
    ".swift",
    ".gradle",
}


def seconds(start: float) -> float:
    return time.perf_counter() - start


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and ".git" not in p.parts)


def repo_from(src: Path, dest: Path, limit: int | None = None) -> tuple[Path, str]:
    """A repository of the text files below `src`; with `limit`, copied again (under copy-N/)
    until it holds `limit` bytes."""
    make_repo(dest)
    sources = [
        p
        for p in sorted(src.rglob("*"))
        if p.suffix in SOURCE_SUFFIXES
        and p.is_file()
        and not p.is_symlink()
        and "site-packages" not in p.parts
    ]
    copied, round_ = 0, 0
    while sources and (round_ == 0 or (limit is not None and copied < limit)):
        for path in sources:
            target = dest / (f"copy-{round_}" if round_ else "") / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            copied += path.stat().st_size
            if limit is not None and copied >= limit:
                break
        round_ += 1
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "import")
    return dest, git(dest, "rev-parse", "HEAD")


def identity(repo: Path, commit: str, label: str) -> ReleaseIdentity:
    return ReleaseIdentity(
        "Bench", "MFO", (ComponentVersion("main", ("api",), str(repo), None, None, commit, False, label),)
    )


def results(work: Path, repo: Path, commit: str, label: str) -> list[ResultFile]:
    files = release_files(work, repo, commit, label, with_release=False)
    return [ResultFile(kind, path) for kind, path in files.items()]


def git_archive_gzip(repo: Path, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with open(out, "wb") as fh:
        tar = subprocess.Popen(
            ["git", "-C", str(repo), "archive", "--format=tar", "HEAD"], stdout=subprocess.PIPE
        )
        subprocess.run(["gzip", "-6"], stdin=tar.stdout, stdout=fh, check=True)
        tar.wait()
    return seconds(start), out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", type=int, default=100)
    parser.add_argument("--big-mb", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        identity_key = pyrage.x25519.Identity.generate()
        id_file = work / "id.agekey"
        id_file.write_text(str(identity_key) + "\n")
        key = work / "officer" / "signing.key"
        archive = Archive.create(str(work / "archive"), key, [str(identity_key.to_public())], checkpoint=None)

        print(f"{'what':<34}{'input':>10}{'aiscan s':>10}{'aiscan MB':>11}{'git|gzip s':>12}{'gzip MB':>9}")
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        cases = [
            ("demo (fixtures/mfo-demo)", REPO / "fixtures" / "mfo-demo", None),
            (f"{args.big_mb} MB repository (stdlib sources)", stdlib, args.big_mb * 1024 * 1024),
        ]
        for n, (label, src, limit) in enumerate(cases):
            repo, commit = repo_from(src, work / f"repo{n}", limit)
            res = results(work, repo, commit, f"case{n}")
            start = time.perf_counter()
            outcome = archive.put(identity(repo, commit, f"case{n}"), res, key, None)
            took = seconds(start)
            alt_s, alt_size = git_archive_gzip(repo, work / f"alt{n}.tar.gz")
            print(
                f"{label:<34}{tree_bytes(repo) / 1e6:>8.1f}MB{took:>10.2f}{outcome.stored_bytes / 1e6:>11.2f}"
                f"{alt_s:>12.2f}{alt_size / 1e6:>9.2f}   ratio time {took / alt_s:.1f}x, size "
                f"{outcome.stored_bytes / alt_size:.2f}x"
            )

        many = Archive.create(
            str(work / "many"), work / "officer" / "many.key", [str(identity_key.to_public())]
        )
        repo = make_repo(work / "many-repo")
        demo = REPO / "fixtures" / "mfo-demo"
        shutil.copytree(demo, repo, dirs_exist_ok=True)
        start = time.perf_counter()
        for i in range(args.releases):
            commit = commit_files(repo, {"VERSION": f"{i}\n".encode()}, f"release {i}")
            many.put(
                identity(repo, commit, f"r{i}"),
                results(work, repo, commit, f"m{i}"),
                work / "officer" / "many.key",
                None,
            )
        put_s = seconds(start)
        bundles = sorted((work / "many" / "bundles").iterdir())
        size = sum(p.stat().st_size for p in bundles)
        print(
            f"\n{args.releases} releases of the demo: put {put_s:.1f} s "
            f"({put_s / args.releases:.2f} s each), "
            f"{size / 1e6:.1f} MB stored"
        )
        start = time.perf_counter()
        shallow = verify(many)
        shallow_s = seconds(start)
        start = time.perf_counter()
        deep = verify(many, deep_identities=[id_file])
        deep_s = seconds(start)
        start = time.perf_counter()
        subprocess.run(["sha256sum", *map(str, bundles)], check=True, capture_output=True)
        sum_s = seconds(start)
        assert shallow.ok and deep.ok, (shallow.problems, deep.problems)
        print(
            f"verify (stored bytes, chain, signatures): {shallow_s:.2f} s   "
            f"sha256sum of the same bundles: {sum_s:.2f} s   ratio {shallow_s / sum_s:.1f}x"
        )
        print(f"verify --deep (decrypt, re-hash every file): {deep_s:.2f} s   ratio {deep_s / sum_s:.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        os.sync()


if __name__ == "__main__":
    main()
