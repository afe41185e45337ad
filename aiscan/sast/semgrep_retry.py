"""A second chance for files on which a semgrep rule timed out or semgrep crashed. Pure.

A rule that times out on a busy machine leaves a gap, and a gap blocks the release. After the main
run, the files with such an error are given to semgrep once more, alone (one call over just those
files), with a longer rule timeout. When every error on them names its rule and no file reached
semgrep's timeout threshold (after which it runs no further rules on the file), only those rules
are run again; otherwise the whole ruleset is. The second answer replaces the first for those
files: what still fails stays a gap, what now completes is analysed (and cached like any file
analysed at the first attempt).

Errors that say the file itself cannot be read as code (a syntax error, a partly parsed file) are
not retried: they would recur.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiscan.sast.semgrep_errors import RETRY_ERRORS, error_kind

# The longest rule timeout a retry uses when the configuration does not set one.
MAX_RETRY_TIMEOUT_S = 600
RETRY_FACTOR = 4


def retry_timeout(rule_timeout_s: int, configured: int | None) -> int:
    """The rule timeout of a retry: the configured one, else 4 x the main run's up to 600 s (600 s
    when the main run has none). 0 turns retries off."""
    if configured is not None:
        return configured
    if rule_timeout_s <= 0:
        return MAX_RETRY_TIMEOUT_S
    return min(RETRY_FACTOR * rule_timeout_s, MAX_RETRY_TIMEOUT_S)


@dataclass(frozen=True)
class RetryPlan:
    files: tuple[str, ...]  # the targets to retry, as semgrep was given them
    rules: frozenset[str] | None  # the rule IDs to run again; None: every rule


def _short(rule_id: Any) -> str | None:
    return rule_id.rsplit(".", 1)[-1] if isinstance(rule_id, str) and rule_id else None


def plan_retry(data: Mapping[str, Any], targets: Iterable[str], timeout_threshold: int) -> RetryPlan:
    """Which targets of a merged semgrep output to retry, and with which rules."""
    wanted = set(targets)
    files: dict[str, list[str | None]] = {}
    for err in data.get("errors") or ():
        path = err.get("path") if isinstance(err, dict) else None
        if isinstance(path, str) and path in wanted and error_kind(err) in RETRY_ERRORS:
            files.setdefault(path, []).append(_short(err.get("rule_id")))
    if not files:
        return RetryPlan((), frozenset())
    rules: set[str] = set()
    every_rule = False
    for per_file in files.values():
        if None in per_file or (timeout_threshold and len(per_file) >= timeout_threshold):
            every_rule = True
        rules.update(r for r in per_file if r)
    return RetryPlan(tuple(sorted(files)), None if every_rule else frozenset(rules))


def _position(value: Any) -> tuple[str, str]:
    where = value if isinstance(value, dict) else {}
    return repr(where.get("line")), repr(where.get("col"))


def _result_key(res: Mapping[str, Any]) -> tuple[str, ...]:
    return (
        repr(_short(res.get("check_id"))),
        repr(res.get("path")),
        *_position(res.get("start")),
        *_position(res.get("end")),
    )


def _error_key(err: Mapping[str, Any]) -> tuple[str, ...]:
    rule = _short(err.get("rule_id"))
    return (error_kind(err), repr(err.get("path")), repr(rule), repr(err.get("message")))


def _in(item: Any, paths: set[str]) -> bool:
    return isinstance(item, dict) and isinstance(item.get("path"), str) and item["path"] in paths


def _of(items: Iterable[Any], paths: set[str]) -> list[dict[str, Any]]:
    return [i for i in items if _in(i, paths)]


def _not_of(items: Iterable[Any], paths: set[str]) -> list[Any]:
    return [i for i in items if not _in(i, paths)]


def retried_output(
    first: Mapping[str, Any], retry: Mapping[str, Any], files: Sequence[str]
) -> dict[str, Any]:
    """The output of both attempts for the retried files alone: the results of either (once
    each), the retry's errors and the first run's errors that were not retried (a file that
    parsed only in part, say). Its errors are the files' whole story."""
    paths = set(files)
    results: dict[tuple[str, ...], dict[str, Any]] = {}
    for res in [*_of(first.get("results") or (), paths), *_of(retry.get("results") or (), paths)]:
        results.setdefault(_result_key(res), res)
    errors: dict[tuple[str, ...], dict[str, Any]] = {}
    for err in _of(retry.get("errors") or (), paths):
        errors.setdefault(_error_key(err), err)
    for err in _of(first.get("errors") or (), paths):
        if error_kind(err) not in RETRY_ERRORS:
            errors.setdefault(_error_key(err), err)
    retry_paths = retry.get("paths")
    listed = retry_paths.get("scanned") if isinstance(retry_paths, dict) else None
    scanned = [p for p in listed or () if isinstance(p, str) and p in paths]
    return {"results": list(results.values()), "errors": list(errors.values()), "paths": {"scanned": scanned}}


def with_retry(first: Mapping[str, Any], retried: Mapping[str, Any], files: Sequence[str]) -> dict[str, Any]:
    """The first run's output with the retried files' part replaced by `retried_output`'s."""
    paths = set(files)
    given = first.get("paths")
    first_paths: dict[str, Any] = given if isinstance(given, dict) else {}
    scanned = [p for p in first_paths.get("scanned") or () if not (isinstance(p, str) and p in paths)]
    return {
        **first,
        "results": [*_not_of(first.get("results") or (), paths), *retried["results"]],
        "errors": [*_not_of(first.get("errors") or (), paths), *retried["errors"]],
        "paths": {**first_paths, "scanned": [*scanned, *retried["paths"]["scanned"]]},
    }


def still_failing(retried: Mapping[str, Any], files: Sequence[str]) -> frozenset[str]:
    """The retried files that timed out or crashed again, or that the retry did not scan."""
    scanned = set(retried["paths"]["scanned"])
    again = {e["path"] for e in retried["errors"] if error_kind(e) in RETRY_ERRORS}
    return frozenset(p for p in files if p in again or p not in scanned)


def for_cache(retried: Mapping[str, Any], *attempts: Mapping[str, Any]) -> dict[str, Any]:
    """`retried_output` with the problems of either attempt that name no file (a skipped rule, a
    run-level error), so that the cache stores the files only when a whole run would have."""
    run_level = [e for a in attempts for e in a.get("errors") or () if not _named(e)]
    skipped = [r for a in attempts for r in a.get("skipped_rules") or ()]
    return {**retried, "errors": [*retried["errors"], *run_level], "skipped_rules": skipped}


def _named(err: Any) -> bool:
    return isinstance(err, dict) and isinstance(err.get("path"), str) and bool(err["path"])
