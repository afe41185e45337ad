"""A scanned tree cannot change the verdict's inputs: advisory data, its age limit and the release
and merge gates are the operator's. A tree that tries is reported (a warning and a note in every
report naming the key and the file) and its value is ignored."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.config import Overrides, resolve_scan_config
from aiscan.deps import osvdb
from aiscan.errors import ConfigError
from aiscan.models import Severity, Status
from tests.conftest import FIXTURES

DEMO_ADVISORIES = FIXTURES / "mfo-demo" / "advisories"
VULNERABLE = "reportlab==3.5.13\n"  # a critical advisory in the demo snapshot (PYSEC-2026-522)


def _harmless_export(path: Path) -> Path:
    """A fresh, complete-looking export that knows nothing about reportlab."""
    today = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    record = {
        "id": "PYSEC-9999-1",
        "modified": today,
        "published": today,
        "affected": [{"package": {"ecosystem": "PyPI", "name": "nothing"}, "versions": ["1.0"]}],
    }
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("PYSEC-9999-1.json", json.dumps(record))
    return path


@pytest.fixture
def operator_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The operator's imported database: the demo snapshot (months old)."""
    db = tmp_path / "operator" / "advisories.sqlite"
    conn = osvdb.connect(db)
    assert osvdb.import_source(conn, DEMO_ADVISORIES).records > 100
    conn.close()
    monkeypatch.setenv("AISCAN_ADVISORY_DB", str(db))
    return db


def _tree(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "delivery"
    root.mkdir()
    (root / "requirements.txt").write_text(VULNERABLE)
    (root / "aiscan.toml").write_text(config)
    # the tree ships its own "advisory database": fresh, complete, and blind to reportlab
    shipped = root / "vendor" / "advisories.sqlite"
    conn = osvdb.connect(shipped)
    osvdb.import_source(conn, _harmless_export(tmp_path / "harmless.zip"))
    conn.close()
    return root


HOSTILE = """
[advisories]
database = "vendor/advisories.sqlite"
sources = ["vendor/advisories.sqlite"]
max_age_days = 100000
accept_unaudited_ecosystems = ["PyPI", "npm"]
online = false
[policy]
fail_on = "critical"
max_waiver_days = 100000
[policy.release]
block = []
unknown_severity_as = "info"
"""
OPERATOR_ONLY = [
    "advisories.database",
    "advisories.sources",
    "advisories.max_age_days",
    "advisories.accept_unaudited_ecosystems",
    "advisories.online",
    "policy.fail_on",
    "policy.max_waiver_days",
    "policy.release.block",
    "policy.release.unknown_severity_as",
]


def _scan(root: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    out = root.parent / "report.json"
    result = CliRunner().invoke(
        cli, ["scan", str(root), *extra, "-f", "json", "-o", str(out), "--exclude", "vendor"]
    )
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(out.read_text()), result.output


def test_a_tree_cannot_point_at_its_own_database_or_lift_the_age_limit(
    tmp_path: Path, operator_db: Path
) -> None:
    """Reproduction: with the tree's settings applied the release passed (exit 0). The operator's
    database is months old and the operator's limit is the default 7 days: incomplete, exit 3."""
    root = _tree(tmp_path, HOSTILE)
    code, report, output = _scan(root)
    assert code == 3, output
    deps = next(r for r in report["analyzer_runs"] if r["analyzer"] == "deps")
    assert deps["status"] == "error" and "too old" in deps["reason"]
    notes = "\n".join(report["scan"]["notes"])
    for key in OPERATOR_ONLY:
        assert f"'{key}'" in notes and str(root / "aiscan.toml") in notes, key
        assert f"'{key}'" in output  # a warning on the terminal too


def test_the_operator_s_own_limit_applies_and_the_vulnerable_pin_blocks(
    tmp_path: Path, operator_db: Path
) -> None:
    """The operator allows the snapshot's age: the operator's database finds the critical
    advisory the tree's database hides, and the release is blocked (exit 1, not 0)."""
    root = _tree(tmp_path, HOSTILE)
    operator = tmp_path / "operator" / "config.toml"
    operator.write_text("[advisories]\nmax_age_days = 36500\n")
    code, report, output = _scan(root, "--config", str(operator))
    assert code == 1, output
    assert any(f["rule_id"] == "PYSEC-2026-522" for f in report["findings"])
    assert any("'advisories.database'" in n for n in report["scan"]["notes"])


def test_the_operator_file_may_come_from_the_environment_or_the_user_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "aiscan.toml").write_text("[advisories]\nmax_age_days = 100000\n")
    env_file = tmp_path / "ci.toml"
    env_file.write_text("[advisories]\nmax_age_days = 3\n")
    cfg = resolve_scan_config(root, Overrides(), env={"AISCAN_CONFIG": str(env_file)})
    assert cfg.advisories.max_age_days == 3 and cfg.config_file == env_file
    user = tmp_path / "xdg" / "aiscan" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text("[advisories]\nmax_age_days = 2\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    cfg = resolve_scan_config(root, Overrides(), env={})
    assert cfg.advisories.max_age_days == 2 and cfg.tree_config_file == root / "aiscan.toml"
    assert cfg.ignored_settings and "'advisories.max_age_days'" in cfg.ignored_settings[0]
    with pytest.raises(ConfigError, match="not found"):
        resolve_scan_config(root, Overrides(), env={"AISCAN_CONFIG": str(tmp_path / "missing.toml")})


def test_naming_the_tree_s_file_with_config_trusts_it(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "aiscan.toml").write_text("[advisories]\nmax_age_days = 100000\n[policy]\nfail_on = 'critical'\n")
    cfg = resolve_scan_config(root, Overrides(config_file=root / "aiscan.toml"))
    assert cfg.advisories.max_age_days == 100000 and cfg.policy.fail_on is Severity.CRITICAL
    assert cfg.ignored_settings == () and cfg.tree_config_file is None


def test_a_tree_may_tighten_the_gates_and_set_its_own_pre_commit_gate(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "aiscan.toml").write_text(
        """
exclude = ["docs"]
[policy]
fail_on = "medium"
max_waiver_days = 90
[policy.release]
block = ["FAIL", "NOT_ASSESSED", "MANUAL"]
[policy.merge]
block = []
[policy.pre-commit]
fail_on = "critical"
"""
    )
    release = resolve_scan_config(root, Overrides())
    assert release.policy.fail_on is Severity.MEDIUM and release.max_waiver_days == 90
    assert Status.MANUAL in release.policy.block_statuses and release.exclude == ("docs",)
    merge = resolve_scan_config(root, Overrides(scan_kind="merge", diff_base="HEAD"))
    assert merge.policy.block_statuses == frozenset({Status.FAIL})  # block = [] is ignored
    assert merge.ignored_settings == (
        f"{root / 'aiscan.toml'}: 'policy.merge.block' would loosen the merge gate the operator sets; "
        "the scanned tree's value is ignored",
    )
    precommit = resolve_scan_config(root, Overrides(scan_kind="pre-commit"))
    assert precommit.policy.fail_on is Severity.CRITICAL
    operator = tmp_path / "operator.toml"
    operator.write_text("[policy.pre-commit]\nfail_on = 'high'\n[policy]\nmax_waiver_days = 30\n")
    precommit = resolve_scan_config(root, Overrides(scan_kind="pre-commit", config_file=operator))
    assert precommit.policy.fail_on is Severity.HIGH and precommit.max_waiver_days == 30
    assert any("'policy.max_waiver_days' would allow longer waivers" in x for x in precommit.ignored_settings)
    (root / "aiscan.toml").write_text("exclude = ['docs']\n")  # says nothing of waivers: nothing to report
    assert resolve_scan_config(root, Overrides(config_file=operator)).ignored_settings == ()


@pytest.mark.parametrize("key", ["waivers", "baseline", "attestations"])
@pytest.mark.parametrize("value", ["../outside.yaml", "/etc/passwd", "link/x.yaml"])
def test_files_a_tree_names_must_lie_inside_it(tmp_path: Path, key: str, value: str) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "link").symlink_to(tmp_path)
    (root / "aiscan.toml").write_text(f"{key} = {value!r}\n")
    with pytest.raises(ConfigError, match=f"'{key}' must name a file inside the scanned tree"):
        resolve_scan_config(root, Overrides())


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("[tool]\naiscan = 5\n", "'tool.aiscan' must be a table"),
        ("[tool]\naiscan = [1, 2]\n", "'tool.aiscan' must be a table"),
        ('[tool]\naiscan = "x"\n', "'tool.aiscan' must be a table"),
        ("[tool.aiscan]\npolicy = 3\n", "'policy' must be a table"),
        ("[tool.aiscan]\nexclude = [1]\n", "'exclude' must be a list of strings"),
        ('[tool.aiscan]\nwaivers = "a\\u0000b"\n', "'waivers' must be a string"),
        ("[tool.aiscan.advisories]\nsources = {a = 1}\n", "'advisories.sources' must be a list"),
        ("tool = 5\n", None),  # not aiscan's table: the project's pyproject, ignored
        ("[tool]\nother = 1\n", None),
        ("\xff\xfe not toml", None),
    ],
)
def test_wrong_shapes_in_pyproject_are_one_line_errors_or_ignored(
    tmp_path: Path, text: str, outcome: str | None
) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "pyproject.toml").write_bytes(text.encode("utf-8", "surrogateescape"))
    result = CliRunner().invoke(cli, ["sbom", str(root), "--no-vulnerabilities"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if outcome is None:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 2, result.output
        (line,) = [x for x in result.output.splitlines() if x.startswith("aiscan: error:")]
        assert outcome in line and str(root / "pyproject.toml") in line


def test_the_demo_scanned_without_its_operator_file_says_what_it_ignored(tmp_path: Path) -> None:
    cfg = resolve_scan_config(FIXTURES / "mfo-clean", Overrides())
    keys = {line.split("'")[1] for line in cfg.ignored_settings}
    assert keys == {"advisories.sources", "advisories.max_age_days", "advisories.accept_unaudited_ecosystems"}
    assert cfg.advisories.sources == () and cfg.advisories.max_age_days == 7
    trusted = resolve_scan_config(
        FIXTURES / "mfo-clean", Overrides(config_file=FIXTURES / "mfo-clean" / "aiscan.toml")
    )
    assert trusted.advisories.accept_unaudited_ecosystems == frozenset({"Maven"})
