"""Fail-open cases: trees holding content that aiscan once left unread while the release passed.

Each case builds a tiny tree, runs `aiscan scan PATH` (a release scan) through the command line
against a fresh advisory database, and asserts a non-zero exit and that the report names the file
(as a finding, a gap or a skipped entry with its reason). The control case shows the same harness
allows a clean tree, so a non-zero exit here is the case's doing.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aiscan.cli import cli

AWS_KEY = "AKIAZ7QWERTYUIOPLKJH"  # an access key ID's shape; not a real key
AWS_SECRET = "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"


def _record(ident: str, ecosystem: str, name: str, fixed: str) -> dict[str, Any]:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "schema_version": "1.3.1",
        "id": ident,
        "modified": now,
        "published": now,
        "summary": f"test advisory for {name}",
        "affected": [
            {
                "package": {"ecosystem": ecosystem, "name": name},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": fixed}]}],
            }
        ],
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
    }


RECORDS = [
    _record("TEST-NPM-1", "npm", "lodash", "4.17.5"),
    _record("TEST-PYPI-1", "PyPI", "reportlab", "3.5.14"),
    _record("TEST-CRATES-1", "crates.io", "smallvec", "1.6.1"),
    _record("TEST-PACKAGIST-1", "Packagist", "guzzlehttp/guzzle", "7.4.5"),
    _record("TEST-GEMS-1", "RubyGems", "rack", "2.2.3"),
    _record("TEST-NUGET-1", "NuGet", "Newtonsoft.Json", "13.0.1"),
    _record("TEST-MAVEN-1", "Maven", "org.apache.logging.log4j:log4j-core", "2.17.1"),
]


@pytest.fixture(scope="module")
def advisory_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database imported from records dated now, so its age never decides the verdict."""
    folder = tmp_path_factory.mktemp("osv")
    for record in RECORDS:
        (folder / f"{record['id']}.json").write_text(json.dumps(record))
    db = folder / "advisories.sqlite"
    result = CliRunner().invoke(cli, ["db", "import", "--db", str(db), str(folder)])
    assert result.exit_code == 0, result.output
    return db


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, str | bytes] = field(default_factory=dict)
    named: str = ""  # a path the report must name (a finding, a gap or a skipped entry)
    says: str = ""  # and what it must say about it
    build: Callable[[Path], None] | None = None  # extra steps (symlinks, FIFOs)


CLEAN = {"app.py": "def add(a, b):\n    return a + b\n"}


def utf16(text: str) -> bytes:
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def _symlink_out(root: Path) -> None:
    outside = root.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "loans.py").write_text("import os\nos.system(input())\n")
    (root / "loans.py").symlink_to(outside / "loans.py")


def _symlinked_folder_out(root: Path) -> None:
    outside = root.parent / "outside-dir"
    outside.mkdir(exist_ok=True)
    (outside / "views.py").write_text("x = 1\n")
    (root / "portal").symlink_to(outside, target_is_directory=True)


def _symlink_to_excluded(root: Path) -> None:
    (root / "node_modules" / "x").mkdir(parents=True)
    (root / "node_modules" / "x" / "core.py").write_text("import os\nos.system(input())\n")
    (root / "core.py").symlink_to(root / "node_modules" / "x" / "core.py")


def _fifo_manifest(root: Path) -> None:
    os.mkfifo(root / "requirements.txt")


CASES = [
    Case(
        "package.json without a lockfile: an exact vulnerable version",
        {"package.json": '{"dependencies": {"lodash": "4.17.4"}}'},
        "package.json",
        "TEST-NPM-1",
    ),
    Case(
        "package.json without a lockfile: a range",
        {"package.json": '{"dependencies": {"lodash": "^4.17.4"}}'},
        "package.json",
        "not pinned",
    ),
    Case(
        "Cargo.toml without Cargo.lock",
        {"Cargo.toml": '[package]\nname = "x"\n[dependencies]\nsmallvec = "1.6.0"\n'},
        "Cargo.toml",
        "not pinned",
    ),
    Case(
        "composer.json without composer.lock",
        {"composer.json": '{"require": {"php": ">=8.1", "guzzlehttp/guzzle": "7.4.4"}}'},
        "composer.json",
        "TEST-PACKAGIST-1",
    ),
    Case("Gemfile without Gemfile.lock", {"Gemfile": "gem 'rack', '~> 2.2'\n"}, "Gemfile", "not pinned"),
    Case(
        "Podfile without Podfile.lock",
        {"Podfile": "platform :ios, '15.0'\npod 'Alamofire', '~> 5.0'\n"},
        "Podfile",
        "not audited",
    ),
    Case(
        "Pipfile without Pipfile.lock", {"Pipfile": '[packages]\nreportlab = "*"\n'}, "Pipfile", "not pinned"
    ),
    Case(
        ".csproj without packages.lock.json",
        {
            "Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>'
            '<PackageReference Include="Newtonsoft.Json" Version="12.0.3" /></ItemGroup></Project>'
        },
        "Api/Api.csproj",
        "TEST-NUGET-1",
    ),
    Case(
        "setup.py declaring install_requires",
        {"setup.py": "from setuptools import setup\nsetup(name='x', install_requires=['reportlab'])\n"},
        "setup.py",
        "install_requires",
    ),
    Case(
        "requirements.txt in UTF-16 with a BOM",
        {"requirements.txt": utf16("reportlab==3.5.13\n")},
        "requirements.txt",
        "TEST-PYPI-1",
    ),
    Case(
        "requirements.txt in UTF-8 with a BOM",
        {"requirements.txt": codecs.BOM_UTF8 + b"reportlab==3.5.13\n"},
        "requirements.txt",
        "TEST-PYPI-1",
    ),
    Case(
        "requirements.txt that is binary",
        {"requirements.txt": b"\x00\x01\x02\x03reportlab==3.5.13\x00\x00\x00\x07\x08" * 20},
        "requirements.txt",
        "binary content",
    ),
    Case(
        "requirements.txt that is not UTF-8 is still read",
        {"requirements.txt": b"# caf\xe9\nreportlab==3.5.13\n"},
        "requirements.txt",
        "TEST-PYPI-1",
    ),
    Case(
        "requirements.txt with a UTF-16 BOM that is not UTF-16",
        {"requirements.txt": codecs.BOM_UTF16_LE + b"r\x00\x00\xd8e\x00"},
        "requirements.txt",
        "not valid utf-16-le",
    ),
    Case("requirements.txt that is a FIFO", {}, "requirements.txt", "not a regular file", _fifo_manifest),
    Case(
        "pom.xml with an unknown XML encoding does not hide the other manifests",
        {
            "pom.xml": '<?xml version="1.0" encoding="x-no-such-codec"?>\n<project>\xe9</project>\n'.encode(
                "latin-1"
            ),
            "requirements.txt": "reportlab==3.5.13\n",
        },
        "pom.xml",
        "unknown XML encoding",
    ),
    Case(
        "a secret in a minified bundle",
        {"web/static/app.min.js": "var a=1;" * 1000 + f'var k="{AWS_KEY}";' + "var b=2;" * 1000},
        "web/static/app.min.js",
        "aws-access-key-id",
    ),
    Case(
        "a secret in a UTF-16 file",
        {"deploy/prod.env": utf16(f"AWS_ACCESS_KEY_ID={AWS_KEY}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET}\n")},
        "deploy/prod.env",
        "aws-access-key-id",
    ),
    Case(
        "a secret in a text file with a stray NUL",
        {"settings.ini": f"[aws]\x00\naws_access_key_id = {AWS_KEY}\n" + "# padding line\n" * 200},
        "settings.ini",
        "aws-access-key-id",
    ),
    Case(
        "a file past the secrets scan's size cap",
        {"data/export.csv": "id,name\n" + ("1," + "x" * 125 + "\n") * (270 * 1024)},
        "data/export.csv",
        "only the first 32 MiB",
    ),
    Case(
        "generated code is still analysed",
        {"api/handlers_gen.py": "# @generated by gen.py. DO NOT EDIT.\nimport os\nos.system(input())\n"},
        "api/handlers_gen.py",
        "B605",
    ),
    Case(
        "a folder named build with no build file beside it is read",
        {"build/deploy.py": "import os\nos.system(input())\n"},
        "build/deploy.py",
        "B605",
    ),
    Case("a symlink to a source file outside the tree", {}, "loans.py", "symlink to outside", _symlink_out),
    Case("a symlink to a folder outside the tree", {}, "portal", "symlink to outside", _symlinked_folder_out),
    Case(
        "a symlink to a file the scan leaves out",
        {},
        "core.py",
        "symlink to a path of the tree that is not scanned",
        _symlink_to_excluded,
    ),
    Case(
        "a source file whose name is not valid UTF-8",
        {"bad\udcff.py": "import os\nos.system(input())\n"},
        "bad\\xff.py",
        "B605",
    ),
]


def _build(root: Path, case: Case) -> None:
    root.mkdir()
    for rel, content in case.files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, errors="surrogateescape")
    if case.build is not None:
        case.build(root)


def _scan(root: Path, db: Path, out: Path) -> tuple[int, dict[str, Any], str]:
    result = CliRunner().invoke(
        cli,
        [
            "scan",
            str(root),
            "--kind",
            "release",
            "--advisory-db",
            str(db),
            "--format",
            "json",
            "-o",
            str(out),
        ],
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(out.read_text()), out.read_text()


def _mentions(report: dict[str, Any], path: str, says: str) -> bool:
    """Whether the report names `path` together with `says` (in a finding, a gap or a skip)."""
    entries: list[str] = []
    for f in report["findings"]:
        entries.append(f"{f['location']['path']} {f['rule_id']} {f['message']}")
    for run in report["analyzer_runs"]:
        entries += [f"{g['path']} {g['reason']}" for g in run["gaps"]]
    entries += [f"{s['path']} {s['reason']}" for s in report["skipped_files"]]
    return any(e.startswith(path) and says in e for e in entries)


def test_the_harness_allows_a_clean_tree(tmp_path: Path, advisory_db: Path) -> None:
    root = tmp_path / "repo"
    _build(root, Case("clean", {**CLEAN, "requirements.txt": "reportlab==3.5.14\n"}))
    code, report, _ = _scan(root, advisory_db, tmp_path / "r.json")
    assert code == 0, report["verdict"]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_unread_input_blocks_the_release_and_is_named(tmp_path: Path, advisory_db: Path, case: Case) -> None:
    root = tmp_path / "repo"
    _build(root, case)
    code, report, raw = _scan(root, advisory_db, tmp_path / "r.json")
    assert code != 0, f"{case.id}: the release passed"
    assert _mentions(report, case.named, case.says), (
        case.id,
        report["analyzer_runs"],
        report["skipped_files"],
    )
    assert AWS_KEY not in raw and AWS_SECRET not in raw


def test_pruned_folders_are_named_with_their_reason(tmp_path: Path, advisory_db: Path) -> None:
    root = tmp_path / "repo"
    files: dict[str, str | bytes] = {
        "web/package.json": '{"name": "web"}',
        "web/dist/bundle.js": "x",
        "web/node_modules/left-pad/index.js": "x",
        "venv/pyvenv.cfg": "home = /usr\n",
    }
    _build(root, Case("pruned", files))
    _, report, _ = _scan(root, advisory_db, tmp_path / "r.json")
    skipped = {s["path"]: s["reason"] for s in report["skipped_files"]}
    assert skipped["web/dist/"] == "folder not scanned: build output (package.json beside it)"
    assert skipped["web/node_modules/"] == "folder not scanned: third-party packages (npm)"
    assert skipped["venv/"] == "folder not scanned: Python virtual environment (pyvenv.cfg)"
    assert set(report["coverage"]["excluded_dirs"]) == {"venv", "web/dist", "web/node_modules"}


def test_binary_files_are_named_not_gaps(tmp_path: Path, advisory_db: Path) -> None:
    root = tmp_path / "repo"
    _build(
        root, Case("binary", {**CLEAN, "web/static/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    )
    code, report, _ = _scan(root, advisory_db, tmp_path / "r.json")
    assert code == 0, report["verdict"]
    skipped = {s["path"]: s["reason"] for s in report["skipped_files"]}
    assert skipped["web/static/logo.png"] == "binary file (PNG image)"
