"""The `mobile-config` analyzer: the Android and iOS configuration checks and the presence
checks of point 25, for every mobile app found in the tree."""

from __future__ import annotations

import time
from functools import lru_cache
from typing import TYPE_CHECKING

from aiscan.checkrules import CheckRule, load_check_rules
from aiscan.config import ScanConfig
from aiscan.errors import CatalogueError
from aiscan.mobile.android import AndroidChecks, preference_secrets
from aiscan.mobile.capacitor import capacitor_flags
from aiscan.mobile.ios import IosChecks
from aiscan.mobile.presence import CODE, build_scope, presence_findings
from aiscan.mobile.projects import android_apps, display_dir, ios_apps, shared_project
from aiscan.mobile.reader import TreeReader
from aiscan.mobile.signatures import ANDROID, IOS
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Component, Finding, Location, RunStatus

if TYPE_CHECKING:  # the analyzer registry imports this module
    from aiscan.analyzers.base import ScanContext

RULE_FILES = ("android", "ios", "mobile-presence")


@lru_cache(maxsize=1)
def load_rules() -> dict[str, CheckRule]:
    """Every mobile rule by id, read once per process (callers do not change it)."""
    rules: dict[str, CheckRule] = {}
    for name in RULE_FILES:
        rules.update(load_check_rules(name))
    return rules


class MobileConfigAnalyzer:
    name = "mobile-config"
    tool = "aiscan"

    def run(self, ctx: ScanContext) -> AnalyzerOutcome:
        started = time.monotonic()
        try:
            rules = load_rules()
        except CatalogueError as exc:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.ERROR, self.tool, None, exc.message))
        inv = ctx.inventory
        if Component.MOBILE not in inv.components:
            reason = "no mobile component in scope"
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.OK, self.tool, None, reason))
        # A diff or pre-commit scan sees a few files only: what is absent from them is not absent
        # from the app, so the presence checks are left to the full scan.
        scoped = ctx.config.only_paths is not None or ctx.config.diff_base is not None
        findings, reader, summary = scan_tree(ctx, rules, self.name, presence=not scoped)
        gaps = tuple(sorted(reader.gaps.values(), key=lambda g: g.path))
        status = RunStatus.PARTIAL if gaps else RunStatus.OK
        run = AnalyzerRun(
            self.name, status, self.tool, None, summary, time.monotonic() - started, reader.files_read, gaps
        )
        return AnalyzerOutcome(run, tuple(findings))

    def version(self, config: ScanConfig) -> str | None:
        return None

    def rule_ids(self) -> frozenset[str]:
        return frozenset(load_rules())


def scan_tree(
    ctx: ScanContext, rules: dict[str, CheckRule], analyzer: str, *, presence: bool = True
) -> tuple[list[Finding], TreeReader, str]:
    inv = ctx.inventory
    reader = TreeReader(inv.root, analyzer)
    # A binary property list is "binary" to the inventory, but plistlib reads it; a binary
    # (compiled) manifest is reported as a file that could not be read.
    binary = {
        s.path
        for s in inv.skipped
        if s.path.endswith((".plist", "AndroidManifest.xml")) and s.reason.startswith("binary")
    }
    paths = set(inv.all_paths()) | binary
    droids = android_apps(paths, reader.text)
    iphones = ios_apps(paths, reader.text)
    findings: list[Finding] = []
    if not droids and not iphones:
        if not presence:
            return findings, reader, "no app manifest among the files in scope"
        reader.gap(
            ".",
            "a mobile component is in scope but no AndroidManifest.xml, Info.plist or Xcode project was "
            "found: its configuration and protections were not checked",
        )
        return findings, reader, "no Android or iOS app project found"
    roots = [a.root for a in droids] + [a.root for a in iphones]
    android = AndroidChecks(rules, analyzer, reader, paths)
    for app in droids:
        shared = shared_project(app.root, paths, reader.text)
        android.run(app)
        scope = build_scope("android", app.root, shared[0] if shared else None, paths, roots)
        preference_secrets(
            android, [p for p in scope.files[CODE] if p.endswith((".kt", ".java"))], reader.code
        )
        if presence:
            findings += presence_findings(scope, rules, ANDROID, reader, analyzer)
    findings += android.findings
    ios = IosChecks(rules, analyzer, reader)
    for iapp in iphones:
        shared = shared_project(iapp.root, paths, reader.text)
        ios.run(iapp)
        scope = build_scope("ios", iapp.root, shared[0] if shared else None, paths, roots)
        for p in scope.files[CODE]:
            if p.endswith((".swift", ".m", ".mm")):
                text = reader.code(p)
                if text:
                    ios.code(p, text)
        if presence:
            findings += presence_findings(scope, rules, IOS, reader, analyzer)
    findings += ios.findings
    findings += _capacitor(paths, reader, rules, analyzer)
    apps = [f"Android {display_dir(a.module)}" for a in droids] + [
        f"iOS {display_dir(a.root)}" for a in iphones
    ]
    note = "" if presence else "; presence checks left to the full scan (scoped scan)"
    return _dedupe(findings), reader, "apps: " + ", ".join(apps) + note


def _capacitor(
    paths: set[str], reader: TreeReader, rules: dict[str, CheckRule], analyzer: str
) -> list[Finding]:
    out = []
    for p in sorted(paths):
        if p.rsplit("/", 1)[-1] not in (
            "capacitor.config.json",
            "capacitor.config.ts",
            "capacitor.config.js",
        ):
            continue
        text = reader.code(p)
        for flag in capacitor_flags(text or ""):
            out.append(rules[flag.rule_id].finding(analyzer, Location(p, flag.line, flag.line), flag.message))
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, int | None, str]] = set()
    out = []
    for f in findings:
        key = (f.rule_id, f.location.path, f.location.start_line, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
