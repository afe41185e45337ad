"""The `web-probe` analyzer (passive: login and card pages, cookies, headers, banners, the
cyber-hygiene notice) and the `web-active` analyzer (only with --active: error pages and the
replay of a form without its anti-CSRF token from a foreign Origin)."""

from __future__ import annotations

import secrets
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urljoin, urlsplit

from aiscan import __version__
from aiscan.checkrules import CheckRule, load_check_rules
from aiscan.compliance.evaluate import NOT_PROBED
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Finding, Gap, RunStatus
from aiscan.probes import web_checks as checks
from aiscan.probes.browser import NoBrowser, browser_path, render
from aiscan.probes.context import ProbeContext, location, run_status
from aiscan.probes.html_page import Page, parse_page
from aiscan.probes.http import Fetched, HttpResponse, ProbeError
from aiscan.probes.targets import CARD, LOGIN, ProbeTarget

if TYPE_CHECKING:
    from aiscan.analyzers.base import ScanContext

FOREIGN_ORIGIN = "https://foreign-origin.invalid"
NEEDS_ACTIVE = "active checks were not run (they need --active)"
# Statuses that show a replayed form was refused; 2xx and 3xx show it was accepted.
REFUSED = frozenset({400, 403, 419, 422})


@cache
def rules() -> dict[str, CheckRule]:
    return {k: v for k, v in load_check_rules("probes").items() if k.startswith("web-")}


def _is_html(resp: HttpResponse) -> bool:
    kind = (resp.header("content-type") or "").lower()
    return "html" in kind or (not kind and resp.body.lstrip()[:1] == b"<")


def _findings(analyzer: str, url: str, facts: list[checks.Fact], target: ProbeTarget) -> list[Finding]:
    r = rules()
    return [
        replace(r[rule].finding(analyzer, location(url, snippet), message), component=target.component)
        for rule, message, snippet in facts
    ]


class _LiveAnalyzer:
    name = "web-probe"
    tool = "aiscan"

    def __init__(self, probe: ProbeContext | None = None) -> None:
        self.probe = probe

    def version(self, config: ScanConfig) -> str | None:
        return __version__

    def _skipped(self, reason: str) -> AnalyzerOutcome:
        return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.SKIPPED, self.tool, None, reason))

    def page(self, probe: ProbeContext, target: ProbeTarget) -> tuple[Fetched, Page | None, str | None]:
        """The fetched page, its parsed HTML (rendered by the browser when the page builds its
        form with JavaScript) and, when the page could not be read fully, why."""
        fetched = probe.page(target)
        if fetched.offsite:
            return fetched, None, f"redirects to another host ({fetched.offsite}); not followed"
        final = fetched.final
        if not _is_html(final):
            return fetched, None, None
        page = parse_page(final.text)
        needs_form = target.role in (LOGIN, CARD)
        if needs_form and not checks.credential_forms(page) and not page.all_fields() and page.scripts:
            try:
                address = probe.client.resolver.address(target.host)
                page = parse_page(render(target, address, probe.options, final.url))
                page.rendered = True
            except NoBrowser as exc:
                return fetched, page, f"the page builds its content with JavaScript and {exc}: not rendered"
            except (ToolError, ProbeError) as exc:
                return fetched, page, f"the page builds its content with JavaScript; rendering failed: {exc}"
        return fetched, page, None


class WebProbeAnalyzer(_LiveAnalyzer):
    name = "web-probe"

    def rule_ids(self) -> frozenset[str]:
        active = {"web-error-stack-trace", "web-error-sql", "web-csrf-not-enforced"}
        return frozenset(k for k in rules() if k not in active)

    def run(self, ctx: ScanContext | None = None) -> AnalyzerOutcome:
        probe = self.probe
        if probe is None or not probe.targets:
            return self._skipped(NOT_PROBED)
        findings: list[Finding] = []
        gaps: list[Gap] = []
        assessed = 0
        for target in probe.targets:
            try:
                found, gap = self._target(probe, target)
            except ProbeError as exc:
                gaps.append(Gap(target.url, f"not assessed: {exc}"))
                continue
            findings.extend(found)
            if gap:
                gaps.append(Gap(target.url, f"not assessed: {gap}"))
            else:
                assessed += 1
        if not any(t.role in (LOGIN, CARD) for t in probe.targets):
            gaps.append(
                Gap(
                    "(targets)",
                    "no login or card page was named: the login-page checks (p24.2-p24.4) did not run",
                )
            )
        status, reason = run_status(assessed, gaps)
        browser = browser_path(probe.options)
        note = (
            f"browser: {browser}"
            if browser
            else "no headless browser available: JavaScript pages are not rendered"
        )
        reason = f"{reason}; {note}" if reason else note
        run = AnalyzerRun(
            self.name, status, self.tool, __version__, reason, files_scanned=assessed, gaps=tuple(gaps)
        )
        return AnalyzerOutcome(run, tuple(findings))

    def _target(self, probe: ProbeContext, target: ProbeTarget) -> tuple[list[Finding], str | None]:
        fetched, page, gap = self.page(probe, target)
        https = target.scheme == "https"
        cookies = [(r.url, raw) for r in fetched.responses for raw in r.all("set-cookie")]
        out = _findings(self.name, target.url, checks.cookie_facts(cookies, https), target)
        final = fetched.final
        credential = bool(page and checks.credential_forms(page))
        headers = dict(final.headers)
        out += _findings(self.name, target.url, checks.header_facts(headers, credential), target)
        if gap or page is None:
            if target.role in (LOGIN, CARD) and not gap:
                kind = final.header("content-type") or "no content type"
                gap = f"the {target.role} page is not HTML ({kind})"
            return out, gap
        out += _findings(self.name, target.url, checks.card_facts(page), target)
        if target.role in (LOGIN, CARD):
            if not page.all_fields():
                return out, f"no form or input field was found on the {target.role} page"
            out += _findings(self.name, target.url, checks.login_facts(page), target)
        if target.role == LOGIN:
            rule = rules()["web-cyber-hygiene-notice"]
            notice = checks.hygiene_notice(page)
            where = location(target.url, notice or "")
            if notice:
                out.append(
                    replace(
                        rule.present(self.name, where, "cyber-hygiene notice on the login page"),
                        component=target.component,
                    )
                )
            else:
                msg = f"no cyber-hygiene notice on the login page (looked for {rule.looks_for})"
                out.append(replace(rule.finding(self.name, where, msg), component=target.component))
        return out, None


class WebActiveAnalyzer(_LiveAnalyzer):
    name = "web-active"

    def rule_ids(self) -> frozenset[str]:
        return frozenset({"web-error-stack-trace", "web-error-sql", "web-csrf-not-enforced"})

    def run(self, ctx: ScanContext | None = None) -> AnalyzerOutcome:
        probe = self.probe
        if probe is None or not probe.targets:
            return self._skipped(NOT_PROBED)
        if not probe.options.active:
            return self._skipped(NEEDS_ACTIVE)
        findings: list[Finding] = []
        gaps: list[Gap] = []
        assessed = 0
        origins_done: set[str] = set()
        replayed = 0
        for target in probe.targets:
            try:
                found, did_replay = self._target(probe, target, origins_done)
            except ProbeError as exc:
                gaps.append(Gap(target.url, f"not assessed: {exc}"))
                continue
            findings.extend(found)
            replayed += did_replay
            assessed += 1
        status, reason = run_status(assessed, gaps)
        note = f"{replayed} form(s) replayed without their anti-CSRF token"
        run = AnalyzerRun(
            self.name,
            status,
            self.tool,
            __version__,
            f"{reason}; {note}" if reason else note,
            files_scanned=assessed,
            gaps=tuple(gaps),
        )
        return AnalyzerOutcome(run, tuple(findings))

    def _target(
        self, probe: ProbeContext, target: ProbeTarget, origins_done: set[str]
    ) -> tuple[list[Finding], int]:
        client, budget = probe.client, probe.budget(target)
        out: list[Finding] = []
        if target.origin not in origins_done:
            origins_done.add(target.origin)
            missing = urljoin(target.origin + "/", f"aiscan-probe-missing-{secrets.token_hex(4)}")
            resp = client.request(missing, budget)
            out += _findings(self.name, missing, checks.error_page_facts(resp.text), target)
        parts = urlsplit(target.url)
        malformed = parts._replace(query=urlencode({"id": "'\"<>", "page": "-1", "aiscan[]": "%"})).geturl()
        resp = client.request(malformed, budget)
        out += _findings(self.name, malformed, checks.error_page_facts(resp.text), target)
        fetched, page, _ = self.page(probe, target)
        if page is None or fetched.offsite:
            return out, 0
        form = next((f for f in page.forms if f.method == "post"), None)
        if form is None:
            return out, 0
        action = urljoin(fetched.final.url, form.attrs.get("action") or fetched.final.url)
        if urlsplit(action).netloc != urlsplit(target.url).netloc:
            return out, 0  # a form posting to another host is not replayed
        fields, dropped = checks.replay_fields(form)
        resp = client.request(
            action,
            budget,
            method="POST",
            body=urlencode(fields).encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": FOREIGN_ORIGIN,
                "Referer": FOREIGN_ORIGIN + "/",
            },
        )
        if 200 <= resp.status < 400:
            without = f"without {', '.join(dropped)}" if dropped else "(the form has no anti-CSRF token)"
            path = urlsplit(action).path or "/"
            msg = f"POST {path} {without} and with Origin {FOREIGN_ORIGIN} was answered {resp.status}"
            out += _findings(
                self.name,
                action,
                [("web-csrf-not-enforced", msg, f"<form method=post action={form.attrs.get('action', '')}>")],
                target,
            )
        return out, 1
