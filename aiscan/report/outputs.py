"""Several reports from one scan: `--report FORMAT=PATH`, repeatable, beside `--format/--output`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from aiscan.compliance.catalogue import Catalogue
from aiscan.errors import AiscanError, UsageError
from aiscan.models import ScanResult
from aiscan.report import FORMATS, Renderer


@dataclass(frozen=True)
class ReportSpec:
    fmt: str
    path: Path


def parse_report_specs(
    specs: Iterable[str], formats: Mapping[str, Renderer] = FORMATS
) -> tuple[ReportSpec, ...]:
    out = []
    for spec in specs:
        fmt, sep, path = spec.partition("=")
        fmt = fmt.strip()
        if not sep or not path.strip():
            raise UsageError(f"--report {spec!r}: expected FORMAT=PATH, for example sarif=aiscan.sarif")
        if fmt not in formats:
            raise UsageError(
                f"--report {spec!r}: unknown format {fmt!r} (one of: {', '.join(sorted(formats))})"
            )
        out.append(ReportSpec(fmt, Path(path.strip())))
    paths = [s.path for s in out]
    dupes = sorted({str(p) for p in paths if paths.count(p) > 1})
    if dupes:
        raise UsageError(f"--report names the same file twice: {', '.join(dupes)}")
    return tuple(out)


def write_reports(result: ScanResult, catalogue: Catalogue, specs: Sequence[ReportSpec]) -> None:
    for spec in specs:
        write_text(spec.path, FORMATS[spec.fmt](result, catalogue))


def write_text(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise AiscanError(f"{path}: cannot write: {exc.strerror}") from exc
