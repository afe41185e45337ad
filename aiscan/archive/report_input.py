"""What `aiscan archive put` reads from a scan's JSON report: the release it describes, the tool
and ruleset versions, the verdict. Nothing else of the report is written in the clear."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiscan.errors import ConfigError
from aiscan.gitaccess import find_repository, resolve_commit, worktree_changes
from aiscan.models import ComponentVersion, ReleaseIdentity
from aiscan.userfiles import read_text

MAX_REPORT = 256 * 1024 * 1024


def load_report(path: Path) -> dict[str, Any]:
    text = read_text(path, "JSON report", limit=MAX_REPORT)
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: not a JSON report ({exc})") from None
    if not isinstance(doc, dict) or ("target" not in doc and "release" not in doc):
        raise ConfigError(f"{path}: not an aiscan JSON report (no target or release)")
    return doc


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def identity_from_report(
    report: dict[str, Any], where: Path, ais: str | None = None, organisation: str | None = None
) -> ReleaseIdentity:
    """The release block of the report (`report["release"]`), or for a report without one a
    single component made from `target.path` and `target.commit`."""
    block = report.get("release")
    if isinstance(block, dict) and isinstance(block.get("components"), list):
        components = []
        for c in block["components"]:
            if not isinstance(c, dict) or not _text(c.get("id")) or not _text(c.get("path")):
                raise ConfigError(f"{where}: release component without id or path")
            components.append(
                ComponentVersion(
                    id=str(c["id"]),
                    kinds=_strings(c.get("kinds")),
                    path=str(c["path"]),
                    repository=_text(c.get("repository")),
                    ref=_text(c.get("ref")),
                    commit=_text(c.get("commit")),
                    dirty=c.get("dirty") if isinstance(c.get("dirty"), bool) else None,
                    version=_text(c.get("version")),
                    subdir=_text(c.get("subdir")) or "",
                )
            )
        if not components:
            raise ConfigError(f"{where}: the release names no component")
        identity = ReleaseIdentity(
            ais or str(block.get("ais") or "ais"),
            organisation or str(block.get("organisation") or ""),
            tuple(components),
        )
        stated = block.get("id")
        if ais is None and isinstance(stated, str) and stated != identity.release_id:
            raise ConfigError(
                f"{where}: the release id {stated!r} does not match its components"
                f" (they make {identity.release_id!r}); the report was changed or is from another version"
            )
        return identity
    target = report.get("target")
    if not isinstance(target, dict) or not _text(target.get("path")):
        raise ConfigError(f"{where}: the report names no release and no target path")
    path = Path(str(target["path"]))
    if not path.is_absolute():
        path = (where.parent / path) if not path.exists() else path
    commit = _text(target.get("commit"))
    repo = find_repository(path)
    dirty: bool | None = None
    if repo is not None and commit is not None:
        # The report does not say whether uncommitted changes were scanned; when the commit is
        # still checked out, the working tree tells.
        dirty = resolve_commit(repo, "HEAD") == commit and bool(worktree_changes(repo))
    component = ComponentVersion(
        id="main",
        kinds=_strings(target.get("components")),
        path=str(path.resolve()),
        repository=str(repo.top) if repo else None,
        commit=commit,
        dirty=dirty,
    )
    name = ais or (repo.top.name if repo else path.resolve().name)
    return ReleaseIdentity(name, organisation or "", (component,))


def tools_from_report(report: dict[str, Any]) -> dict[str, Any]:
    tool = report.get("tool")
    tool = tool if isinstance(tool, dict) else {}
    runs = report.get("analyzer_runs")
    runs = runs if isinstance(runs, list) else []
    framework = report.get("framework")
    framework = framework if isinstance(framework, dict) else {}
    return {
        "aiscan": tool.get("version"),
        "report_schema": report.get("schema_version"),
        "analyzers": {
            str(r.get("analyzer")): r.get("tool_version")
            for r in runs
            if isinstance(r, dict) and r.get("analyzer")
        },
        "framework": {k: v for k, v in framework.items() if isinstance(v, str | int | float)},
    }


def verdict_from_report(report: dict[str, Any]) -> dict[str, Any]:
    v = report.get("verdict") if isinstance(report.get("verdict"), dict) else {}
    assert isinstance(v, dict)
    return {k: v.get(k) for k in ("decision", "release_allowed", "exit_code") if k in v}
