"""pip-audit as an online check of the Python components, only when the user asks (`--online`).

aiscan hands pip-audit a requirements file it writes itself with the exact pins it found
(`name==version`, one per line) and runs it with `--no-deps --disable-pip`: pip-audit then
neither resolves, builds nor installs anything, and never touches the scanned project.
A dependency pip-audit could not look up is reported by it as skipped while it exits 0: aiscan
treats that as incomplete (a gap), never as clean.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiscan.deps.ecosystems import PYPI, normalize_name
from aiscan.deps.model import Dependency
from aiscan.errors import ToolError
from aiscan.tooling import ToolResult, run_tool

TOOL = "pip-audit"
REQUEST_TIMEOUT_S = 15


@dataclass(frozen=True)
class PipAuditVuln:
    package: str  # normalised (PEP 503)
    version: str
    id: str
    aliases: tuple[str, ...]
    fix_versions: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class PipAuditResult:
    vulns: tuple[PipAuditVuln, ...]
    skipped: tuple[tuple[str, str], ...]  # (package, pip-audit's reason)
    audited: int


class PipAuditOutputError(ValueError):
    pass


def parse_pip_audit(data: Mapping[str, Any]) -> PipAuditResult:
    """pip-audit's JSON (`--format json`): {"dependencies": [{"name", "version", "vulns": [...]}
    or {"name", "skip_reason"}], "fixes": [...]}. Pure."""
    deps = data.get("dependencies")
    if not isinstance(deps, list):
        raise PipAuditOutputError("no 'dependencies' list in pip-audit's output")
    vulns = []
    skipped = []
    audited = 0
    for d in deps:
        if not isinstance(d, dict) or not isinstance(d.get("name"), str):
            raise PipAuditOutputError("a dependency entry without a name")
        name = normalize_name(PYPI, d["name"])
        if "skip_reason" in d:
            skipped.append((name, str(d["skip_reason"])))
            continue
        audited += 1
        version = str(d.get("version", ""))
        for v in d.get("vulns") or ():
            if not isinstance(v, dict) or not isinstance(v.get("id"), str):
                raise PipAuditOutputError(f"a vulnerability of {name} without an id")
            vulns.append(
                PipAuditVuln(
                    name,
                    version,
                    v["id"],
                    tuple(str(a) for a in v.get("aliases") or ()),
                    tuple(str(f) for f in v.get("fix_versions") or ()),
                    str(v.get("description") or ""),
                )
            )
    return PipAuditResult(tuple(vulns), tuple(skipped), audited)


def pinned_requirements(deps: Iterable[Dependency]) -> list[str]:
    """The requirements file aiscan gives pip-audit: exact pins only, deduplicated."""
    pins = {
        (normalize_name(PYPI, d.name), d.version)
        for d in deps
        if d.ecosystem == PYPI and d.version and not d.note
    }
    return [f"{name}=={version}" for name, version in sorted(pins)]


def pip_audit_argv(executable: str, requirements: Path) -> list[str]:
    return [
        executable,
        "--requirement",
        str(requirements),
        "--no-deps",
        "--disable-pip",
        "--format",
        "json",
        "--progress-spinner",
        "off",
        "--desc",
        "off",
        "--aliases",
        "on",
        "--timeout",
        str(REQUEST_TIMEOUT_S),
    ]


def run_pip_audit(
    executable: str, lines: list[str], *, timeout_s: float, env: dict[str, str] | None = None
) -> tuple[PipAuditResult, ToolResult]:
    """Run pip-audit on the given pins. Raises ToolError when it fails or its output is unusable
    (no network, a service error): the caller records that as a gap, not as a clean result."""
    with tempfile.TemporaryDirectory(prefix="aiscan-pip-audit-") as tmp:
        req = Path(tmp) / "requirements.txt"
        req.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = run_tool(pip_audit_argv(executable, req), timeout_s=timeout_s, cwd=Path(tmp), env=env)
    if result.returncode not in (0, 1):
        raise ToolError(f"pip-audit exited with {result.returncode}: {_last_line(result.stderr)}")
    try:
        data = json.loads(result.stdout)
        parsed = parse_pip_audit(data)
    except (json.JSONDecodeError, PipAuditOutputError) as exc:
        raise ToolError(f"pip-audit gave no usable report ({exc}): {_last_line(result.stderr)}") from exc
    return parsed, result


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "no output")[:300]
