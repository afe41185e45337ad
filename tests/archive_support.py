"""Real git repositories, real scan reports (rendered by aiscan's own report code) and age keys
for the archive tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyrage

from aiscan.models import ComponentVersion, ReleaseIdentity
from aiscan.report.json_format import render_json
from aiscan.report.sarif import render_sarif
from tests.report_fixture import fixture_catalogue, fixture_result

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Dev",
    "GIT_AUTHOR_EMAIL": "dev@example.kz",
    "GIT_COMMITTER_NAME": "Dev",
    "GIT_COMMITTER_EMAIL": "dev@example.kz",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_SYSTEM": os.devnull,
}
SECRET = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"  # a value the scan found: must stay out of metadata
TOKEN_URL = "https://deploy:ghp_SeCrEtToKeN1234567890abcdef@git.example.kz/mfo/loans.git"


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    done = subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    return done.stdout.decode().strip()


def make_repo(path: Path) -> Path:
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main")
    return path


def commit_files(repo: Path, files: dict[str, bytes], message: str = "change") -> str:
    for name, data in files.items():
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        if name.endswith(".sh"):
            target.chmod(0o755)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def release_files(
    work: Path, repo: Path, commit: str, label: str, *, with_release: bool = True
) -> dict[str, Path]:
    """A JSON report, SARIF and SBOM for `commit`, rendered by aiscan's report code; with
    `with_release` the report carries the release block (schema 2.0), else only target.path and
    target.commit."""
    result = replace(fixture_result(), target=str(repo), commit=commit)
    catalogue = fixture_catalogue()
    report = json.loads(render_json(result, catalogue))
    report["findings"].append({"rule_id": "secret.stripe", "snippet": f"key = '{SECRET}'"})
    if with_release:
        identity = ReleaseIdentity(
            "Loans",
            "MFO Example",
            (ComponentVersion("backend", ("api",), str(repo), TOKEN_URL, "main", commit, False, label),),
        )
        report["release"] = {
            "id": identity.release_id,
            "ais": identity.ais,
            "organisation": identity.organisation,
            "components": [
                {
                    "id": c.id,
                    "kinds": list(c.kinds),
                    "path": c.path,
                    "repository": c.repository,
                    "ref": c.ref,
                    "commit": c.commit,
                    "dirty": c.dirty,
                    "version": c.version,
                }
                for c in identity.components
            ],
        }
    folder = work / f"results-{label}"
    folder.mkdir()
    out = {
        "report": folder / "report.json",
        "sarif": folder / "aiscan.sarif",
        "sbom": folder / "sbom.cdx.json",
        "pdf": folder / "audit.pdf",
    }
    out["report"].write_text(json.dumps(report, indent=2), encoding="utf-8")
    out["sarif"].write_text(render_sarif(result, catalogue), encoding="utf-8")
    out["sbom"].write_text(
        json.dumps(
            {
                "bomFormat": "CycloneDX",
                "specVersion": "1.6",
                "components": [{"name": "flask", "version": label}],
            }
        ),
        encoding="utf-8",
    )
    out["pdf"].write_bytes(b"%PDF-1.7\n" + os.urandom(2048) + b"\n%%EOF\n")
    return out


def age_keys(folder: Path) -> tuple[str, Path]:
    identity = pyrage.x25519.Identity.generate()
    path = folder / "officer.agekey"
    path.write_text(str(identity) + "\n", encoding="ascii")
    path.chmod(0o600)
    return str(identity.to_public()), path


def aiscan(
    *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "aiscan", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    if check and done.returncode != 0:
        raise AssertionError(
            f"aiscan {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        )
    return done


def put_args(files: dict[str, Path]) -> list[str]:
    return [
        "--report", str(files["report"]),
        "--file", f"sarif={files['sarif']}",
        "--file", f"sbom={files['sbom']}",
        "--file", f"pdf={files['pdf']}",
    ]  # fmt: skip
