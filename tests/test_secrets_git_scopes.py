"""The history and staged scopes leave out what the working tree leaves out, for the same reasons:
build output only with a build file beside it, binary files by their content, not their name;
and every file or folder not read is named in the report. Real git repositories made by the test."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.secrets.gitprune import GitTree

TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"
PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256))


def _git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Berik Nurly",
        "GIT_AUTHOR_EMAIL": "berik@qarz.kz",
        "GIT_COMMITTER_NAME": "Berik Nurly",
        "GIT_COMMITTER_EMAIL": "berik@qarz.kz",
    }
    out = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _write(repo: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = repo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)


# A hand-written `build` folder of sources (no build file beside it), build output beside a
# Gradle build file, node_modules, a binary file under a text name, a text file under a binary
# name, and a key store.
FILES: dict[str, str | bytes] = {
    "tools/build/release.py": f'GITHUB_TOKEN = "{TOKEN}"\n',
    "app/build.gradle": "plugins { id 'com.android.application' }\n",
    "app/build/generated/Config.java": f'class Config {{ String TOKEN = "{TOKEN}"; }}\n',
    "web/node_modules/lib/index.js": f'const token = "{TOKEN}";\n',
    "assets/logo.txt": PNG,
    "docs/notes.png": f"the deploy token: GITHUB_TOKEN={TOKEN}\n",
    "keys/release.jks": b"\xfe\xed\xfe\xed\0\0\0\x02" + bytes(64),
}


def _paths(report: dict[str, object]) -> set[str]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return {f["location"]["path"] for f in findings}


def _skipped(report: dict[str, object]) -> dict[str, str]:
    skipped = report["skipped_files"]
    assert isinstance(skipped, list)
    return {s["path"]: s["reason"] for s in skipped}


@pytest.mark.parametrize("scope", ["--history", "--staged"])
def test_git_scopes_prune_build_output_by_evidence_and_judge_binary_by_content(
    tmp_path: Path, scope: str
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    _write(repo, FILES)
    _git(repo, "add", "-A")
    if scope == "--history":
        _git(repo, "commit", "-q", "-m", "release tools")
        for rel in FILES:  # gone from the working tree and the index: only the history has them
            _git(repo, "rm", "-q", "--cached", rel)
            (repo / rel).unlink()
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["secrets", scope, str(repo), "-f", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output
    report = json.loads(out.read_text())
    found = _paths(report)
    # Read: the source folder named build, and the text file whatever its suffix says.
    assert "tools/build/release.py" in found
    assert "docs/notes.png" in found
    assert "keys/release.jks" in found  # a key store, by its name
    # Not read: build output with its evidence, third-party code, a binary under a text name.
    assert "app/build/generated/Config.java" not in found
    assert "web/node_modules/lib/index.js" not in found
    skipped = _skipped(report)
    assert skipped["app/build/"] == "folder not scanned: build output (build.gradle beside it)"
    assert skipped["web/node_modules/"].startswith("folder not scanned: ")
    assert skipped["assets/logo.txt"] == "binary file (PNG image)"
    assert skipped["keys/release.jks"].startswith("binary file")
    assert "docs/notes.png" not in skipped and "tools/build/" not in skipped
    reason = report["analyzer_runs"][0]["reason"]
    assert "app/build/ (build output (build.gradle beside it))" in reason
    assert "assets/logo.txt" in reason
    assert TOKEN not in out.read_text() and TOKEN not in result.output


def test_a_git_tree_prunes_like_the_walk() -> None:
    tree = GitTree.of(
        [
            "build/a.py",
            "lib/build/b.py",
            "lib/package.json",
            "env/pyvenv.cfg",
            "env/lib/site.py",
            "src/vendor/c.go",
            "src/dist/d.js",
        ]
    )
    assert tree.pruned("build/a.py") is None  # no build file beside it
    assert tree.pruned("lib/build/b.py") == ("lib/build", "build output (package.json beside it)")
    assert tree.pruned("env/lib/site.py") == ("env", "Python virtual environment (pyvenv.cfg)")
    pruned = tree.pruned("src/vendor/c.go")
    assert pruned is not None and pruned[0] == "src/vendor"
    assert tree.pruned("src/dist/d.js") is None
