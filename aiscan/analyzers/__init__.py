"""The analyzer registry: a plain mapping from name to factory. No registration by import."""

from __future__ import annotations

from collections.abc import Callable

from aiscan.analyzers.bandit import BanditAnalyzer
from aiscan.analyzers.base import Analyzer, ScanContext
from aiscan.analyzers.dependencies import DependencyAnalyzer
from aiscan.analyzers.flawfinder import FlawfinderAnalyzer
from aiscan.analyzers.inventory import InventoryAnalyzer
from aiscan.analyzers.secrets import SecretsAnalyzer
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.analyzers.shellcheck import ShellcheckAnalyzer
from aiscan.mobile.analyzer import MobileConfigAnalyzer
from aiscan.probes.tls import TlsAnalyzer
from aiscan.probes.web import WebActiveAnalyzer, WebProbeAnalyzer
from aiscan.webconfig.analyzer import WebConfigAnalyzer

REGISTRY: dict[str, Callable[[], Analyzer]] = {
    "inventory": InventoryAnalyzer,
    "semgrep": SemgrepAnalyzer,
    "bandit": BanditAnalyzer,
    "shellcheck": ShellcheckAnalyzer,
    "flawfinder": FlawfinderAnalyzer,
    "deps": DependencyAnalyzer,
    "secrets": SecretsAnalyzer,
    "web-config": WebConfigAnalyzer,
    # Live probes: skipped (and their requirements MANUAL) unless endpoints are probed.
    "tls": TlsAnalyzer,
    "web-probe": WebProbeAnalyzer,
    "web-active": WebActiveAnalyzer,
    "mobile-config": MobileConfigAnalyzer,
}


def all_analyzers() -> list[Analyzer]:
    return [factory() for factory in REGISTRY.values()]


__all__ = ["REGISTRY", "Analyzer", "ScanContext", "all_analyzers"]
