"""How the semgrep analyzer splits its targets into runs, and what it records for the targets no
run finished within the analyzer's bound.

A large tree is run in batches of nearly equal size, each one semgrep call, so that work already
done survives the bound: a finished batch's results are kept (and cached per file, so the next
scan reuses them), and when the bound (`[analyzers] timeout_s`) runs out the batch in progress is
stopped and it and every later batch are recorded as targets semgrep skipped, with the reason.
Each of those files is then a gap naming it, as any file semgrep did not analyse is. Pure.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import Any

# A batch's size: large enough that starting semgrep (a few seconds for every rule) is a small
# part of its run, small enough that a tree of thousands of files keeps most of its work when the
# bound runs out. Trees below it run in one call, as before batching.
MAX_BATCH_FILES = 500
# The targets of one semgrep command line, in bytes (Linux allows 2 MiB for arguments and
# environment together, macOS 1 MiB).
MAX_ARGV_BYTES = 512 * 1024


def batch_targets(
    targets: Sequence[str], max_bytes: int = MAX_ARGV_BYTES, max_files: int = MAX_BATCH_FILES
) -> list[list[str]]:
    """The targets in order, cut where a command line would exceed `max_bytes`, and each such
    run split into nearly equal batches of at most `max_files` files; usually one batch."""
    runs: list[list[str]] = [[]]
    size = 0
    for t in targets:
        need = len(os.fsencode(t)) + 1
        if runs[-1] and size + need > max_bytes:
            runs.append([])
            size = 0
        runs[-1].append(t)
        size += need
    batches: list[list[str]] = []
    for run in runs:
        parts = max(1, math.ceil(len(run) / max(1, max_files)))
        step = len(run) / parts
        batches += [run[round(i * step) : round((i + 1) * step)] for i in range(parts)]
    return [b for b in batches if b]


def unreached_output(targets: Sequence[str], bound_s: float) -> dict[str, Any]:
    """A semgrep-shaped output that lists `targets` as skipped because the analyzer's bound ran
    out before their batch finished. Never cached: the next scan runs them."""
    why = (
        f"the analyzer's bound of {bound_s:.0f} s ([analyzers] timeout_s) ran out before this file's "
        "batch finished; the files analysed before it are kept, and a new scan reuses their results"
    )
    skipped = [{"path": t, "reason": "analyzer_bound", "details": why} for t in targets]
    return {"results": [], "errors": [], "paths": {"scanned": [], "skipped": skipped}}
