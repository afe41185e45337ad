"""The live endpoints of an AIS description as probe targets (aiscan.probes).

Only what the description names is ever contacted, and only when the release is asked to probe
(`aiscan release --probe`). A page named like a probe role (login, card, health, api) is checked
as that role; any other name is an ordinary page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aiscan.analyzers import Analyzer
from aiscan.errors import UsageError
from aiscan.probes import ProbeOptions, ProbeTarget, live_analyzers, parse_target
from aiscan.probes.targets import ROLES
from aiscan.release.description import AisDescription


def probe_targets(description: AisDescription) -> dict[str, tuple[ProbeTarget, ...]]:
    """Each component's targets, by component id. A URL that cannot be probed is a usage error
    naming the component, before anything is scanned."""
    targets: dict[str, list[ProbeTarget]] = {}
    for component, url, page in description.endpoints():
        try:
            target = parse_target(url, role=page if page in ROLES else None, component=component)
        except UsageError as exc:
            raise UsageError(f"{description.path}: component {component}, page {page}: {exc}") from None
        targets.setdefault(component, []).append(target)
    return {cid: tuple(ts) for cid, ts in targets.items()}


def with_probes(
    analyzers: Sequence[Analyzer], targets: Sequence[ProbeTarget], options: ProbeOptions
) -> list[Analyzer]:
    """The scan's analyzers with the live ones probing `targets` in place of the skipped ones."""
    live: Mapping[str, Analyzer] = {a.name: a for a in live_analyzers(targets, options)}
    return [a for a in analyzers if a.name not in live] + list(live.values())
