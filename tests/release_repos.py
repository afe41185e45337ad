"""Real git repositories for the release tests: created with the real `git`, one per component."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from aiscan.analyzers import Analyzer
from aiscan.analyzers.inventory import InventoryAnalyzer
from aiscan.analyzers.secrets import SecretsAnalyzer

# A database URL with a password: the secrets analyzer reports it as critical (p19.6, p21).
LEAKY_PY = 'import os\n\nDATABASE_URL = "postgresql://qarz:Vb7rT2kLq9ZpX4mW@db.internal:5432/loans"\n'
CLEAN_PY = 'import os\n\nDATABASE_URL = os.environ["DATABASE_URL"]\n'
MANIFEST = '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="kz.qarz"/>\n'
ACTIVITY_KT = 'package kz.qarz\n\nclass MainActivity {\n    fun title() = "Qarz"\n}\n'


def git(root: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root.parent)}
    return subprocess.run(
        ["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env
    ).stdout.strip()


def make_repo(root: Path, files: dict[str, str], message: str = "first") -> str:
    """A repository at `root` holding `files`, committed; returns the commit."""
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "dev@example.kz")
    git(root, "config", "user.name", "Dev")
    return commit(root, files, message)


def commit(root: Path, files: dict[str, str], message: str) -> str:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    git(root, "add", ".")
    git(root, "commit", "-qm", message)
    return git(root, "rev-parse", "HEAD")


def backend_repo(root: Path, leaky: bool = False) -> str:
    return make_repo(root, {"app.py": LEAKY_PY if leaky else CLEAN_PY})


def android_repo(root: Path) -> str:
    return make_repo(
        root, {"app/src/main/AndroidManifest.xml": MANIFEST, "app/src/main/java/kz/qarz/Main.kt": ACTIVITY_KT}
    )


def light_analyzers() -> list[Analyzer]:
    """The analyzers aiscan runs itself (no external tool): fast, and enough to combine statuses."""
    return [InventoryAnalyzer(), SecretsAnalyzer()]


def description(folder: Path, body: str) -> Path:
    path = folder / "aiscan-ais.toml"
    path.write_text('organisation = "Qarz Online MFO LLP"\nais = "QarzOnline"\n' + body)
    return path
