"""How the semgrep analyzer splits its targets into runs, and what it records for the targets no
run finished within the analyzer's bound.

A large tree is run in batches of nearly equal size, each one semgrep call, so that work already
done survives the bound: a finished batch's results are kept (and cached per file, so the next
scan reuses them), and when the bound (`[analyzers] timeout_s`) runs out the batch in progress is
stopped and it and every later batch are recorded as targets semgrep skipped, with the reason.
Each of those files is then a gap naming it, as any file semgrep did not analyse is.

A large file costs far more than its share (semgrep's matching grows faster than a file's size,
and a rule that times out on it costs the rule timeout several times over), so the files of at
least `LARGE_FILE_BYTES` run after all the others, smallest first, in batches of their own: when
the bound runs out on them, the gaps are those large files, named as such, and every smaller file
has been analysed. Pure.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from typing import Any

# A batch's size: large enough that starting semgrep (a few seconds for every rule) is a small
# part of its run, small enough that a tree of thousands of files keeps most of its work when the
# bound runs out. Trees below it run in one call, as before batching.
MAX_BATCH_FILES = 500
# The targets of one semgrep command line, in bytes (Linux allows 2 MiB for arguments and
# environment together, macOS 1 MiB).
MAX_ARGV_BYTES = 512 * 1024
# A file at least this large runs after the smaller ones; large files are batched together up to
# `LARGE_BATCH_BYTES` of content (a larger file is a batch alone).
LARGE_FILE_BYTES = 128 * 1024
LARGE_BATCH_BYTES = 1024 * 1024


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


def ordered_batches(
    targets: Sequence[str],
    sizes: Mapping[str, int],
    max_bytes: int = MAX_ARGV_BYTES,
    max_files: int = MAX_BATCH_FILES,
) -> list[list[str]]:
    """The batches of `targets`: the files under `LARGE_FILE_BYTES` (or of unknown size) in
    order, as `batch_targets` cuts them, then the large files, smallest first, grouped up to
    `LARGE_BATCH_BYTES` of content."""
    small = [t for t in targets if sizes.get(t, 0) < LARGE_FILE_BYTES]
    large = sorted((t for t in targets if sizes.get(t, 0) >= LARGE_FILE_BYTES), key=lambda t: (sizes[t], t))
    batches = batch_targets(small, max_bytes, max_files)
    group: list[str] = []
    content = 0
    for t in large:
        if group and content + sizes[t] > LARGE_BATCH_BYTES:
            batches.append(group)
            group, content = [], 0
        group.append(t)
        content += sizes[t]
    return batches + ([group] if group else [])


def unreached_output(
    targets: Sequence[str], bound_s: float, sizes: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """A semgrep-shaped output that lists `targets` as skipped because the analyzer's bound ran
    out before their batch finished; a large file (`sizes`) says it ran after the smaller files.
    Never cached: the next scan runs them."""
    why = (
        f"the analyzer's bound of {bound_s:.0f} s ([analyzers] timeout_s) ran out before this file's "
        "batch finished; the files analysed before it are kept, and a new scan reuses their results"
    )

    def details(t: str) -> str:
        size = (sizes or {}).get(t, 0)
        if size < LARGE_FILE_BYTES:
            return why
        last = f"run after every file under {LARGE_FILE_BYTES // 1024} KiB"
        return f"{why} (a large file, {size // 1024} KiB: {last})"

    skipped = [{"path": t, "reason": "analyzer_bound", "details": details(t)} for t in targets]
    return {"results": [], "errors": [], "paths": {"scanned": [], "skipped": skipped}}
