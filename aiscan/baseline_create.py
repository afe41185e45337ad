"""`aiscan baseline create`: scan the whole tree and record its findings as the baseline."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from aiscan.baseline import DEFAULT_BASELINE, baseline_entries, render_baseline
from aiscan.compliance.catalogue import Catalogue
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.pipeline import Progress, scan
from aiscan.report.outputs import check_writable, write_text


@dataclass(frozen=True)
class BaselineCreated:
    path: Path
    entries: int
    waived: int


def create_baseline(
    config: ScanConfig,
    output: Path | None,
    *,
    catalogue: Catalogue | None = None,
    parallel: bool = True,
    progress: Progress | None = None,
) -> BaselineCreated:
    """A full scan in which no earlier baseline counts (the release semantics), then its active
    findings written out. A scan that could not complete writes nothing: a baseline made from a
    failed analyzer would be missing that analyzer's findings."""
    config = replace(config, scan_kind="release", only_paths=None, diff_base=None)
    path = output or config.baseline or (config.root / DEFAULT_BASELINE)
    # A file name aiscan chose (the default, or one the configuration names) stays inside the
    # scanned folder; only a name given on the command line may point elsewhere.
    inside = None if output is not None else config.root
    check_writable(path, inside=inside)
    result = scan(config, catalogue=catalogue, parallel=parallel, progress=progress)
    if result.decision.verdict == "incomplete":
        failed = "; ".join(r for r in result.decision.reasons if r.startswith("analyzer "))
        raise ToolError(f"the scan did not complete ({failed}); no baseline written")
    entries = baseline_entries(result.findings)
    write_text(path, render_baseline(entries), inside=inside)
    waived = sum(1 for f in result.findings if f.suppression is not None and f.suppression.kind != "baseline")
    return BaselineCreated(path, len(entries), waived)
