"""The SAST steps of a scan that sit outside any one analyzer: merging, and the coverage matrix."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from aiscan.analyzers.base import Analyzer
from aiscan.analyzers.semgrep import SemgrepAnalyzer, load_rules, semgrep_rules_dir
from aiscan.config import Overrides, resolve_scan_config
from aiscan.errors import CatalogueError, UsageError
from aiscan.inventory import Inventory, build_inventory
from aiscan.models import Finding, LanguageCoverage, SkippedFile
from aiscan.sast.check_map import companion_rules
from aiscan.sast.coverage import (
    SAST_CLASSES,
    RuleLike,
    incomplete,
    render_json,
    render_matrix,
    ruleset_coverage,
    tree_coverage,
    uncovered,
)
from aiscan.sast.merge import fold_repeated_matches, merge_findings


def merge_sast_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Each rule's repeated matches on one line folded into one, then the same weakness reported
    by several analyzers on the same lines merged into one."""
    return merge_findings(fold_repeated_matches(findings))


def scan_coverage(
    analyzers: Sequence[Analyzer], inventory: Inventory, disabled: Iterable[str] = ()
) -> tuple[LanguageCoverage, ...]:
    """The coverage matrix for the tree's languages, with the rules the scan's semgrep used and
    the checks of the companion analyzers that are not disabled."""
    semgrep = next((a for a in analyzers if isinstance(a, SemgrepAnalyzer)), SemgrepAnalyzer())
    try:
        rules = load_rules(semgrep.rules_dir)
    except CatalogueError:
        return ()  # the semgrep run reports the broken ruleset
    companions = companion_rules(disabled)
    return tree_coverage(inventory.languages(), (*rules, *companions))


def coverage_report(root: Path | None, exclude: tuple[str, ...], fmt: str) -> tuple[str, int]:
    """`aiscan coverage`: the matrix of the ruleset alone, or for the languages of the tree at
    `root` (with the exclusions of its configuration). Exit code 1 when the tree holds a
    programming language no rule reads (p19 would fail), else 0."""
    rules_dir = semgrep_rules_dir()
    semgrep_rules = load_rules(rules_dir)
    companions = companion_rules()
    rules: tuple[RuleLike, ...] = (*semgrep_rules, *companions)
    tools = f"{len(semgrep_rules)} semgrep rules, {len(companions)} mapped shellcheck and flawfinder checks"
    tooling: tuple[SkippedFile, ...] = ()
    if root is None:
        rows = ruleset_coverage(rules)
        head = f"{tools} ({rules_dir}), {len(rows)} languages\n"
    else:
        if not root.is_dir():
            raise UsageError(f"{root}: no such directory")
        config = resolve_scan_config(root, Overrides(exclude=exclude))
        inventory = build_inventory(config.root, exclude=config.exclude, components=())
        rows = tree_coverage(inventory.languages(), rules)
        head = f"{config.root}: {len(inventory.files)} source files; {tools}\n"
        tooling = inventory.build_tooling
    missing = uncovered(rows)
    if fmt == "json":
        doc = render_json(rows, str(rules_dir), len(rules), tooling) + "\n"
        return doc, 1 if missing else 0
    text = head + render_matrix(rows, with_counts=root is not None)
    if tooling:
        text += "Build tooling and third-party code, not AIS code (not subject to p19):\n"
        text += "".join(f"  {t.path}: {t.reason}\n" for t in tooling)
    if missing:
        names = ", ".join(r.language for r in missing)
        text += f"Not covered: {names}. A scan fails p19 (aiscan-language-not-covered).\n"
    for row in incomplete(rows):
        text += f"{row.language}: no rules for {', '.join(row.missing(SAST_CLASSES))}\n"
    return text, 1 if missing else 0
