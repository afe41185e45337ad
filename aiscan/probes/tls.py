"""The `tls` analyzer (p23): protocol versions, cipher suites, certificate, HSTS and the plain-HTTP
redirect of each named HTTPS endpoint. The facts come from sslyze (aiscan.probes.tls_scan); the
judgement is the pure function `tls_findings`."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from aiscan.checkrules import CheckRule, load_check_rules
from aiscan.compliance.evaluate import NOT_PROBED
from aiscan.config import ScanConfig
from aiscan.models import AnalyzerOutcome, AnalyzerRun, Finding, Gap, RunStatus
from aiscan.probes.context import ProbeContext, location, run_status
from aiscan.probes.http import ProbeError
from aiscan.probes.targets import ProbeTarget
from aiscan.probes.tls_scan import TlsFacts, TlsUnreachable, scan_tls, sslyze_version

if TYPE_CHECKING:
    from aiscan.analyzers.base import ScanContext

LEGACY = ("SSL 2.0", "SSL 3.0", "TLS 1.0", "TLS 1.1")
MODERN = ("TLS 1.2", "TLS 1.3")
_BROKEN = re.compile(r"NULL|_anon_|EXPORT|RC4|_DES_|3DES|DES_CBC|_DES40_")
HSTS_MIN_S = 180 * 24 * 3600
EXPIRY_WARNING_DAYS = 30
NO_SSLYZE = (
    "sslyze (with its native part nassl) is not installed on this platform (no wheel for Linux aarch64)"
)


@cache
def rules() -> dict[str, CheckRule]:
    return {k: v for k, v in load_check_rules("probes").items() if k.startswith("tls-")}


def tls_findings(target: ProbeTarget, facts: TlsFacts, now: dt.datetime) -> list[Finding]:
    r = rules()
    url = target.url
    out: list[Finding] = []

    def add(rule: str, message: str, snippet: str = "") -> None:
        out.append(r[rule].finding("tls", location(url, snippet), message))

    legacy = [p for p in LEGACY if facts.accepted.get(p)]
    if legacy:
        add(
            "tls-legacy-protocol",
            f"{', '.join(legacy)} accepted; p23 requires TLS 1.2 or higher",
            ", ".join(legacy),
        )
    if all(p in facts.accepted for p in MODERN) and not any(facts.accepted[p] for p in MODERN):
        add("tls-no-modern-protocol", "neither TLS 1.2 nor TLS 1.3 is accepted")
    suites = {s.name: s for p in facts.accepted.values() for s in p}
    broken = sorted(n for n, s in suites.items() if s.anonymous or _BROKEN.search(n))
    if broken:
        add("tls-weak-cipher-suite", f"accepted: {', '.join(broken[:8])}", "\n".join(broken[:8]))
    tls13 = {s.name for s in facts.accepted.get("TLS 1.3", ())}
    static = sorted(n for n, s in suites.items() if n not in tls13 and not s.ephemeral and n not in broken)
    if static:
        add(
            "tls-no-forward-secrecy",
            f"static key exchange accepted: {', '.join(static[:8])}",
            "\n".join(static[:8]),
        )
    cbc_sha1 = sorted(n for n in suites if n.endswith("_CBC_SHA") and n not in broken)
    if cbc_sha1:
        add(
            "tls-cbc-sha1-suite",
            f"CBC with SHA-1 accepted: {', '.join(cbc_sha1[:8])}",
            "\n".join(cbc_sha1[:8]),
        )
    cert = facts.certificate
    if cert is not None:
        days = (cert.not_after - now).total_seconds() / 86400
        if days < 0:
            add(
                "tls-certificate-expired",
                f"expired on {cert.not_after:%Y-%m-%d} ({-int(days)} days ago)",
                cert.subject,
            )
        elif days < EXPIRY_WARNING_DAYS:
            add(
                "tls-certificate-expires-soon",
                f"expires on {cert.not_after:%Y-%m-%d} (in {int(days)} days)",
                cert.subject,
            )
        if not cert.hostname_matches:
            add(
                "tls-certificate-wrong-host",
                f"the certificate ({cert.subject}) does not name {target.host}",
                cert.subject,
            )
        if not cert.trusted and days >= 0 and cert.hostname_matches:
            why = cert.validation_error or "validation failed"
            shape = (
                "a single self-signed certificate"
                if cert.chain_length == 1
                else f"a chain of {cert.chain_length}"
            )
            add(
                "tls-certificate-untrusted",
                f"the server sends {shape}, not verified against the {cert.trust_store} store: {why}",
                cert.subject,
            )
        if (cert.key_type == "RSA" and cert.key_bits < 2048) or (
            cert.key_type == "EC" and cert.key_bits < 256
        ):
            add("tls-weak-key", f"{cert.key_type} key of {cert.key_bits} bits", cert.subject)
        if cert.sha1_in_chain:
            add("tls-sha1-signature", "a certificate of the chain is signed with SHA-1", cert.subject)
        if not cert.ocsp_stapled:
            add("tls-no-ocsp-stapling", "no OCSP response was stapled to the handshake")
    if facts.hsts_checked:
        if facts.hsts_max_age is None:
            add("tls-hsts-missing", "the HTTPS response has no Strict-Transport-Security header")
        elif facts.hsts_max_age < HSTS_MIN_S:
            add("tls-hsts-short", f"max-age={facts.hsts_max_age} ({facts.hsts_max_age // 86400} days)")
    return out


class TlsAnalyzer:
    """Probes the named endpoints; built without a probe (as in a plain scan) it is skipped and
    the live requirements stay MANUAL."""

    name = "tls"
    tool = "sslyze"

    def __init__(self, probe: ProbeContext | None = None) -> None:
        self.probe = probe

    def version(self, config: ScanConfig) -> str | None:
        return sslyze_version()

    def rule_ids(self) -> frozenset[str]:
        return frozenset(rules())

    def run(self, ctx: ScanContext | None = None) -> AnalyzerOutcome:
        probe = self.probe
        if probe is None or not probe.targets:
            return AnalyzerOutcome(AnalyzerRun(self.name, RunStatus.SKIPPED, self.tool, None, NOT_PROBED))
        version = sslyze_version()
        findings: list[Finding] = []
        gaps: list[Gap] = []
        assessed = 0
        now = dt.datetime.now(dt.UTC)
        scanned: dict[tuple[str, int], int] = {}
        for target in probe.targets:
            if target.scheme == "http":
                findings.extend(self._plain_http(probe, target))
                assessed += 1
                continue
            if version is None:
                gaps.append(Gap(target.url, f"not assessed: {NO_SSLYZE}"))
                continue
            if (target.host, target.port) in scanned:
                assessed += scanned[(target.host, target.port)]
                continue  # one TLS scan per server: its findings are on the first target's URL
            scanned[(target.host, target.port)] = 0
            try:
                address = probe.client.resolver.address(target.host)
                facts = scan_tls(target, address, probe.options)
            except (ProbeError, TlsUnreachable) as exc:
                gaps.append(Gap(target.url, f"not assessed: {exc}"))
                continue
            findings.extend(tls_findings(target, facts, now))
            for err in facts.errors:
                gaps.append(Gap(target.url, f"not assessed: {err}"))
            findings.extend(self._redirect_check(probe, target))
            scanned[(target.host, target.port)] = 1
            assessed += 1
        findings = [f if f.component else _with_component(f, probe) for f in findings]
        status, reason = run_status(assessed, gaps)
        run = AnalyzerRun(
            self.name, status, self.tool, version, reason, files_scanned=assessed, gaps=tuple(gaps)
        )
        return AnalyzerOutcome(run, tuple(findings))

    def _plain_http(self, probe: ProbeContext, target: ProbeTarget) -> list[Finding]:
        """An http:// target: a finding unless it redirects to HTTPS."""
        r = rules()
        try:
            resp = probe.client.request(target.url, probe.budget(target))
        except ProbeError as exc:
            return [
                r["tls-plain-http"].finding(self.name, location(target.url), f"named as plain HTTP; {exc}")
            ]
        if resp.location and resp.location.startswith("https://"):
            return []
        return [
            r["tls-plain-http"].finding(
                self.name, location(target.url), f"answered over plain HTTP with {resp.status}"
            )
        ]

    def _redirect_check(self, probe: ProbeContext, target: ProbeTarget) -> list[Finding]:
        """For an HTTPS target on port 443, plain HTTP on port 80 must redirect to HTTPS."""
        if target.port != 443:
            return []
        plain = target.url.replace("https://", "http://", 1)
        try:
            resp = probe.client.request(plain, probe.budget(target))
        except ProbeError:
            return []  # nothing answers plain HTTP: nothing is served without TLS
        if resp.location and resp.location.startswith("https://"):
            return []
        return [
            rules()["tls-http-not-redirected"].finding(
                self.name, location(plain), f"plain HTTP answered {resp.status} without a redirect to HTTPS"
            )
        ]


def _with_component(f: Finding, probe: ProbeContext) -> Finding:
    from dataclasses import replace

    owner = next(
        (
            t.component
            for t in probe.targets
            if t.url == f.location.path or f.location.path.startswith(t.origin)
        ),
        None,
    )
    return replace(f, component=owner) if owner else f
