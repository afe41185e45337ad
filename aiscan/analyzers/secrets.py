"""Secrets and client personal data (p19.6, p36) in the working tree, the git history or the
staged changes, with aiscan's own detectors (rulesets/secrets/)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig
from aiscan.errors import AiscanError
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Finding, RunStatus
from aiscan.secrets.allowlist import DEFAULT_ALLOWLIST, AllowEntry, load_allowlist
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from aiscan.secrets.findings import ALLOW_WITHOUT_REASON, DUMP_SUFFIX, apply_allowlist
from aiscan.secrets.history import BlobProgress, scan_history
from aiscan.secrets.staged import scan_staged
from aiscan.secrets.tree import ScanTally, scan_tree

SCOPES = ("tree", "history", "staged")


class SecretsAnalyzer:
    name = "secrets"
    tool = "aiscan"

    def __init__(
        self,
        scope: str = "tree",
        *,
        allowlist: Path | None = None,
        allow_entries: Sequence[AllowEntry] | None = None,
        progress: BlobProgress | None = None,
        rules_dir: Path | None = None,
        today: date | None = None,
    ) -> None:
        if scope not in SCOPES:
            raise ValueError(f"unknown scope {scope!r}")
        self.scope = scope
        self.allowlist = allowlist
        self.allow_entries = allow_entries
        self.progress = progress
        self.rules_dir = rules_dir
        self.today = today

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        engine = Engine(load_ruleset(self.rules_dir))
        findings: list[Finding]
        try:
            entries, source = self._entries(ctx.root)
            if self.scope == "history":
                findings, values, tally = scan_history(
                    ctx.root, engine, exclude=ctx.config.exclude, progress=self.progress
                )
            elif self.scope == "staged":
                findings, values, tally = scan_staged(ctx.root, engine)
            else:
                findings, values, tally = scan_tree(ctx.root, ctx.inventory, engine)
        except AiscanError as exc:
            run = AnalyzerRun(
                self.name, RunStatus.ERROR, self.tool, None, f"{self.scope} scope: {exc.message}"
            )
            return AnalyzerOutcome(run)
        findings, notes = apply_allowlist(findings, entries, self.today or date.today())
        status = RunStatus.PARTIAL if tally.gaps else RunStatus.OK
        run = AnalyzerRun(
            self.name,
            status,
            self.tool,
            None,
            _reason(self.scope, tally, source, len(entries), notes),
            files_scanned=tally.scanned,
            gaps=tuple(tally.gaps),
            skipped_files=tuple(tally.files) if self.scope != "tree" else (),
        )
        return AnalyzerOutcome(run, tuple(findings), frozenset(values))

    def _entries(self, root: Path) -> tuple[Sequence[AllowEntry], str | None]:
        if self.allow_entries is not None:
            return self.allow_entries, str(self.allowlist) if self.allowlist else "given"
        path = self.allowlist or root / DEFAULT_ALLOWLIST
        if self.allowlist is None and not path.is_file():
            return (), None
        return load_allowlist(path), path.name

    def version(self, config: ScanConfig) -> str | None:
        return None

    def rule_ids(self) -> frozenset[str]:
        ids = set()
        for d in load_ruleset(self.rules_dir).detectors:
            ids.add(d.id)
            if d.dump_threshold:
                ids.add(d.id + DUMP_SUFFIX)
        return frozenset(ids | {ALLOW_WITHOUT_REASON})


def _reason(scope: str, tally: ScanTally, source: str | None, n_entries: int, notes: list[str]) -> str:
    label = {"tree": "working tree", "history": "git history (all refs)", "staged": "staged changes"}[scope]
    parts = [f"{label}: {tally.summary()}"]
    if source:
        parts.append(f"allowlist {source}: {n_entries} entr{'y' if n_entries == 1 else 'ies'}")
    parts.extend(notes)
    return "; ".join(parts)
