"""The `web-config` analyzer: template checks and server configuration checks over the scanned
tree, each fact turned into a finding by its rule (rulesets/config/web-templates.yaml and
server.yaml)."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from aiscan.checkrules import PRESENCE, CheckRule, load_check_rules
from aiscan.config import ScanConfig
from aiscan.errors import CatalogueError
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Finding, Location, RunStatus
from aiscan.webconfig.aspnet import check_aspnet
from aiscan.webconfig.csrf.flask import check_flask_csrf
from aiscan.webconfig.csrf.go import check_go_csrf
from aiscan.webconfig.csrf.java import check_java_csrf
from aiscan.webconfig.csrf.node import check_node_csrf
from aiscan.webconfig.csrf.php import check_php_csrf
from aiscan.webconfig.csrf.rails import check_rails_csrf
from aiscan.webconfig.express import check_express
from aiscan.webconfig.flask_session import check_flask_session_cookie
from aiscan.webconfig.laravel import check_laravel
from aiscan.webconfig.python_settings import check_python_settings
from aiscan.webconfig.source import Hit, Tree
from aiscan.webconfig.spring import check_spring
from aiscan.webconfig.templates import check_templates

if TYPE_CHECKING:  # the analyzer package imports this module: no run-time import back
    from aiscan.analyzers.base import ScanContext

NAME = "web-config"
MAX_SNIPPET_CHARS = 400
RULE_FILES = ("web-templates", "server")
SERVER_CHECKS: tuple[Callable[[Tree], list[Hit]], ...] = (
    check_python_settings,
    check_spring,
    check_express,
    check_laravel,
    check_aspnet,
    check_flask_csrf,
    check_flask_session_cookie,
    check_node_csrf,
    check_rails_csrf,
    check_php_csrf,
    check_go_csrf,
    check_java_csrf,
)


@functools.cache
def load_rules() -> dict[str, CheckRule]:
    """The rules of both files, read once per process (they are package data)."""
    rules: dict[str, CheckRule] = {}
    for name in RULE_FILES:
        rules.update(load_check_rules(name))
    return rules


class WebConfigAnalyzer:
    name = NAME
    tool = "aiscan"

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        t0 = time.monotonic()
        try:
            rules = load_rules()
        except CatalogueError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, None, exc.message))
        tree = Tree(ctx.root, ctx.inventory.all_paths())
        hits, judged = check_templates(tree)
        for check in SERVER_CHECKS:
            hits.extend(check(tree))
        findings = tuple(to_finding(h, rules[h.rule], tree) for h in _unique(hits))
        reason = _reason(tree, findings, judged, rules)
        status = RunStatus.PARTIAL if tree.gaps else RunStatus.OK
        run = AnalyzerRun(
            self.name,
            status,
            self.tool,
            None,
            reason,
            duration_s=round(time.monotonic() - t0, 3),
            files_scanned=len(tree.read),
            gaps=tuple(tree.gaps),
        )
        return AnalyzerOutcome(run, findings)

    def version(self, config: ScanConfig) -> str | None:
        return None

    def rule_ids(self) -> frozenset[str]:
        return frozenset(load_rules())


def to_finding(hit: Hit, rule: CheckRule, tree: Tree) -> Finding:
    location = Location(hit.path, hit.line, hit.line, snippet=_snippet(tree, hit))
    if hit.present:
        return rule.present(NAME, location, hit.message)
    found = rule.finding(NAME, location, hit.message)
    return found if hit.severity is None else replace(found, severity=hit.severity)


def _snippet(tree: Tree, hit: Hit) -> str:
    if not hit.line:
        return ""
    text = tree.text(hit.path) or ""
    lines = text.splitlines()
    return lines[hit.line - 1].strip()[:MAX_SNIPPET_CHARS] if hit.line <= len(lines) else ""


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[tuple[str, str, int | None, bool, str]] = set()
    out = []
    for h in hits:
        key = (h.rule, h.path, h.line, h.present, h.message)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _reason(tree: Tree, findings: tuple[Finding, ...], judged: int, rules: dict[str, CheckRule]) -> str:
    parts = [f"{len(tree.read)} files read", f"{judged} secret or card inputs judged"]
    found = {f.rule_id for f in findings}
    for rule in rules.values():
        if rule.kind == PRESENCE and rule.id not in found:
            parts.append(f"{rule.id}: nothing found; looked for {rule.looks_for}")
    return "; ".join(parts)
