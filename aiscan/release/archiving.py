"""`aiscan release --archive`: keep the release just scanned in the retention archive (p22):
its components' sources at their commits and every result this run wrote."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from aiscan.archive import PutOutcome, ResultFile, put_release
from aiscan.archive.report_input import tools_from_report, verdict_from_report
from aiscan.compliance.catalogue import Catalogue
from aiscan.errors import UsageError
from aiscan.models import ScanResult
from aiscan.report import FORMATS
from aiscan.report.outputs import ReportSpec

# The archive's kind of each report format; the rest are kept as "other".
_KINDS = {"json": "report", "sarif": "sarif", "html": "html", "pdf": "pdf"}


def archive_release(
    result: ScanResult,
    catalogue: Catalogue,
    location: str,
    key: Path,
    checkpoint: Path,
    written: Sequence[ReportSpec],
    inputs: Sequence[tuple[str, Path | None]] = (),
) -> PutOutcome:
    """Put the release in the archive at `location`, signed with `key`. The JSON report is always
    kept (rendered here when the run wrote none); `inputs` are (kind, file) pairs such as the
    operator's policy and the attestations in force."""
    if result.release is None:
        raise UsageError("--archive: the release names no version to keep (no component is in git)")
    report_text = FORMATS["json"](result, catalogue)
    report = json.loads(report_text)
    with tempfile.TemporaryDirectory(prefix="aiscan-archive-") as tmp:
        report_path = Path(tmp) / "report.json"
        report_path.write_text(report_text, encoding="utf-8")
        files = [ResultFile("report", report_path)]
        files += [ResultFile(_KINDS.get(s.fmt, "other"), s.path) for s in written if s.fmt != "json"]
        files += [ResultFile(kind, path) for kind, path in inputs if path is not None and path.is_file()]
        return put_release(
            location,
            result.release,
            files,
            key,
            checkpoint,
            tools_from_report(report),
            verdict_from_report(report),
        )
