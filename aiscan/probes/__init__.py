"""Live probes of the AIS's named endpoints (p23, p24, p26): docs/probes.md.

`probe_endpoints(targets, options)` is the one entry point: it runs the `tls`, `web-probe` and
`web-active` analyzers over the targets and returns their outcomes, ready to be merged into a
scan (the release command) or judged alone (`aiscan probe`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from aiscan.compliance.evaluate import NOT_PROBED
from aiscan.models import AnalyzerOutcome
from aiscan.probes.context import ProbeContext
from aiscan.probes.targets import Limits, ProbeOptions, ProbeTarget, parse_target

if TYPE_CHECKING:
    from aiscan.probes.tls import TlsAnalyzer
    from aiscan.probes.web import WebActiveAnalyzer, WebProbeAnalyzer


def probe_endpoints(
    targets: Iterable[ProbeTarget], options: ProbeOptions | None = None
) -> list[AnalyzerOutcome]:
    """Probe each target (URL, page role, component id) within the limits of `options`.
    Never raises for a target that cannot be reached: its run says so (NOT_ASSESSED)."""
    outcomes, _ = probe_with_context(targets, options)
    return outcomes


def probe_with_context(
    targets: Iterable[ProbeTarget], options: ProbeOptions | None = None
) -> tuple[list[AnalyzerOutcome], ProbeContext]:
    from aiscan.probes.run import run_isolated

    probe = ProbeContext(tuple(targets), options or ProbeOptions())
    return [run_isolated(a) for a in _analyzers(probe)], probe


def live_analyzers(
    targets: Iterable[ProbeTarget], options: ProbeOptions | None = None
) -> tuple[TlsAnalyzer, WebProbeAnalyzer, WebActiveAnalyzer]:
    """The three live analyzers sharing one probe of `targets` (one address lookup per host, one
    request budget per target), to run beside the tree analyzers of a scan."""
    return _analyzers(ProbeContext(tuple(targets), options or ProbeOptions()))


def _analyzers(probe: ProbeContext) -> tuple[TlsAnalyzer, WebProbeAnalyzer, WebActiveAnalyzer]:
    from aiscan.probes.tls import TlsAnalyzer
    from aiscan.probes.web import WebActiveAnalyzer, WebProbeAnalyzer

    return (TlsAnalyzer(probe), WebProbeAnalyzer(probe), WebActiveAnalyzer(probe))


__all__ = [
    "NOT_PROBED",
    "Limits",
    "ProbeContext",
    "ProbeOptions",
    "ProbeTarget",
    "live_analyzers",
    "parse_target",
    "probe_endpoints",
    "probe_with_context",
]
