"""Per-file semgrep results remembered between scans, so that re-scanning an unchanged tree does
not redo the work.

An entry holds semgrep's output for one file (its results, and whether semgrep scanned it) and is
keyed by the file's path and content, the ruleset's content (not where it lies), the semgrep
executable (path, size, modification time) and its version, and the options that change what it
reports: a change to any of them is a miss. Only files semgrep analysed without any error are
stored, so a timeout or a parse error is retried on the next scan, and an output with problems
that name no file (a skipped rule, a run-level error) stores nothing. A file analysed completely
at the second attempt after a timeout (aiscan.sast.semgrep_retry) is stored like any other.

The cache lives in the user's cache directory (or `AISCAN_CACHE_DIR`), never in the scanned tree.
Each entry carries a digest of its content; an entry that cannot be read, does not match its key
or digest, or has the wrong shape is ignored and the file is scanned again. The cache is an
optimisation only: a problem writing it just means the next scan does the work.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from aiscan.version_cache import CACHE_ENV

FORMAT = "1"
FOLDER = "semgrep-results"


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV]) / FOLDER
    import platformdirs

    return Path(platformdirs.user_cache_dir("aiscan")) / FOLDER


def ruleset_digest(rules_dir: Path) -> str:
    """The content of every rule file with its path inside the ruleset, in path order. Where the
    ruleset lies is not part of it: a copy elsewhere (an older revision checked out for comparison,
    another installation) has the same digest."""
    h = hashlib.sha256()
    for path in sorted([*rules_dir.rglob("*.yaml"), *rules_dir.rglob("*.yml")]):
        h.update(path.relative_to(rules_dir).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def run_key(ruleset: str, semgrep_version: str, options: Sequence[str]) -> str:
    basis = "\0".join([FORMAT, ruleset, semgrep_version, *options])
    return hashlib.sha256(basis.encode()).hexdigest()


def entry_key(run: str, path: str, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    # A path that is not UTF-8 keeps its surrogate escapes: its own bytes make the key.
    return hashlib.sha256(f"{run}\0{path}\0{digest}".encode("utf-8", "surrogateescape")).hexdigest()


def _entry_file(folder: Path, key: str) -> Path:
    return folder / key[:2] / f"{key}.json"


def _digest(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def files_digest(root: Path, paths: Iterable[str]) -> str | None:
    """One digest of several files of `root` (each path and content, in path order), for an
    output that depends on all of them together (the passes over flows across functions). None
    when a path is absolute (a copy made for semgrep) or a file cannot be read."""
    h = hashlib.sha256()
    for path in sorted(paths):
        if Path(path).is_absolute():
            return None
        try:
            content = (root / path).read_bytes()
        except OSError:
            return None
        h.update(path.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(content).digest())
    return h.hexdigest()


def whole_key(run: str, files: str) -> str:
    """The key of an output of a run over files whose `files_digest` is `files`."""
    return hashlib.sha256(f"{run}\0whole\0{files}".encode()).hexdigest()


def _payload(folder: Path, key: str) -> dict[str, Any] | None:
    """An entry's payload, or None when there is none or its key or digest does not match."""
    try:
        doc = json.loads(_entry_file(folder, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("key") != key:
        return None
    payload = doc.get("payload")
    if not isinstance(payload, dict) or doc.get("digest") != _digest(payload):
        return None
    return payload


def load_whole(folder: Path, key: str) -> dict[str, Any] | None:
    """A stored output of a whole run over several files, or None."""
    payload = _payload(folder, key)
    if payload is None or not whole_cacheable(payload):
        return None
    if not all(isinstance(r, dict) for r in payload["results"]):
        return None
    return payload


def whole_cacheable(data: Mapping[str, Any]) -> bool:
    """A whole run's output is kept only when semgrep reported no problem at all. Pure."""
    return (
        isinstance(data.get("results"), list)
        and not data.get("errors")
        and not data.get("skipped_rules")
        and isinstance(data.get("paths"), dict)
    )


def load(folder: Path, key: str, path: str) -> dict[str, Any] | None:
    """The stored output for one file, or None when there is none or it cannot be trusted."""
    payload = _payload(folder, key)
    if payload is None:
        return None
    results = payload.get("results")
    if payload.get("path") != path or not isinstance(results, list):
        return None
    if not all(isinstance(r, dict) and r.get("path") == path for r in results):
        return None
    return payload


def store(folder: Path, key: str, payload: Mapping[str, Any]) -> None:
    target = _entry_file(folder, key)
    doc = {"key": key, "digest": _digest(payload), "payload": payload}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".entry-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)
        os.replace(tmp, target)
    except OSError:
        return


def per_file(data: Mapping[str, Any], paths: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The cacheable part of semgrep's output for each of `paths`: the files it scanned without
    any error. Nothing when the output has problems that name no file. Pure."""
    errors = data.get("errors") or []
    if data.get("skipped_rules") or any(not isinstance(e, dict) or not e.get("path") for e in errors):
        return {}
    with_errors = {e["path"] for e in errors}
    scanned = set((data.get("paths") or {}).get("scanned") or ())
    results: dict[str, list[Any]] = {}
    for r in data.get("results") or []:
        if isinstance(r, dict) and isinstance(r.get("path"), str):
            results.setdefault(r["path"], []).append(r)
    return {
        p: {"path": p, "results": results.get(p, [])} for p in paths if p in scanned and p not in with_errors
    }


def assemble(payloads: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A semgrep output document for files answered from the cache."""
    items = list(payloads)
    return {
        "results": [r for p in items for r in p["results"]],
        "errors": [],
        "skipped_rules": [],
        "paths": {"scanned": [p["path"] for p in items], "skipped": []},
    }
