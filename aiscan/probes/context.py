"""What the live analyzers share during one probe: the targets, the options, one resolver, one
request budget per target and the pages already fetched (each page is fetched once)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property

from aiscan.models import Gap, Location, RunStatus
from aiscan.probes.http import Budget, Client, Fetched, ProbeError
from aiscan.probes.targets import ProbeOptions, ProbeTarget


@dataclass
class ProbeContext:
    targets: tuple[ProbeTarget, ...]
    options: ProbeOptions = field(default_factory=ProbeOptions)
    _budgets: dict[str, Budget] = field(default_factory=dict)
    _pages: dict[str, Fetched | ProbeError] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @cached_property
    def client(self) -> Client:
        return Client(self.options.limits, self.options.user_agent)

    def budget(self, target: ProbeTarget) -> Budget:
        with self._lock:
            return self._budgets.setdefault(target.url, Budget(self.options.limits.max_requests))

    def page(self, target: ProbeTarget) -> Fetched:
        """The target's page, following same-origin redirects; fetched once per probe."""
        with self._lock:
            known = self._pages.get(target.url)
        if known is None:
            try:
                known = self.client.get(target.url, self.budget(target))
            except ProbeError as exc:
                known = exc
            with self._lock:
                self._pages[target.url] = known
        if isinstance(known, ProbeError):
            raise known
        return known

    def requests_used(self) -> dict[str, int]:
        """HTTP requests made per target URL (aiscan's own; sslyze's are documented apart)."""
        with self._lock:
            return {t.url: self._budgets[t.url].used if t.url in self._budgets else 0 for t in self.targets}


def location(url: str, snippet: str = "") -> Location:
    return Location(path=url, snippet=snippet[:400])


def run_status(assessed: int, gaps: list[Gap]) -> tuple[RunStatus, str]:
    """OK when every target was assessed; PARTIAL when some were; ERROR when none could be."""
    if not gaps:
        return RunStatus.OK, ""
    if not assessed:
        return RunStatus.ERROR, "; ".join(g.reason for g in gaps[:3]) + (" ..." if len(gaps) > 3 else "")
    return RunStatus.PARTIAL, f"{len(gaps)} target(s) not assessed"
