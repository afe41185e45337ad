"""The iOS configuration checks: App Transport Security and file sharing in every app property
list and in the Xcode project's INFOPLIST_KEY_* settings, secrets in UserDefaults, files and
Keychain items without protection in the app's code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aiscan.checkrules import CheckRule
from aiscan.mobile.android import secret_name, tor_only_host
from aiscan.mobile.plist import PNode, parse_plist
from aiscan.mobile.projects import IosApp
from aiscan.mobile.reader import TreeReader
from aiscan.mobile.xmltree import XmlError
from aiscan.models import Finding, Location

_INSECURE_HTTP = (
    "NSExceptionAllowsInsecureHTTPLoads",
    "NSTemporaryExceptionAllowsInsecureHTTPLoads",
    "NSThirdPartyExceptionAllowsInsecureHTTPLoads",
)
_MIN_TLS = (
    "NSExceptionMinimumTLSVersion",
    "NSTemporaryExceptionMinimumTLSVersion",
    "NSThirdPartyExceptionMinimumTLSVersion",
)
_WEAK_TLS = re.compile(r"^TLSv1\.[01]$|^TLSv1$|^SSL", re.I)
# With one of these present, iOS 10+ ignores NSAllowsArbitraryLoads.
_IOS10_OVERRIDES = (
    "NSAllowsArbitraryLoadsInWebContent",
    "NSAllowsArbitraryLoadsForMedia",
    "NSAllowsArbitraryLoadsInMedia",
    "NSAllowsLocalNetworking",
)
_LOCAL = re.compile(r"^(?:localhost|127\.0\.0\.1|::1|[\w-]+\.local)$", re.I)
_INFOPLIST_KEY = re.compile(r"^\s*INFOPLIST_KEY_(\w+)\s*=\s*\"?([^\";]*)\"?\s*;", re.M)

_DEFAULTS_WRITE = re.compile(
    r"(?i)(?:defaults|userdefaults)[\w.()!?\[\]\"]*\s*\.\s*(?:set|setValue)\s*\(\s*[^,]+,\s*forKey:\s*"
    r"(?:\"([^\"]+)\"|([A-Za-z_][\w.]*))"
    r"|@AppStorage\(\s*\"([^\"]+)\""
    r"|(?:NSUserDefaults|defaults)[^;\n]*set(?:Object|Value)?:[^;\n]*forKey:\s*@?\"([^\"]+)\""
)
_NO_PROTECTION = re.compile(r"\.noFileProtection\b|NSFileProtectionNone\b|FileProtectionType\.none\b")
_ACCESSIBLE_ALWAYS = re.compile(r"\bkSecAttrAccessibleAlways(?:ThisDeviceOnly)?\b")


@dataclass
class IosChecks:
    rules: dict[str, CheckRule]
    analyzer: str
    reader: TreeReader
    findings: list[Finding] = field(default_factory=list)
    infoplist: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def flaw(self, rule_id: str, path: str, line: int | None, message: str) -> None:
        text = self.reader.text(path) if line else None
        snippet = (
            text.splitlines()[line - 1].strip()[:400]
            if text and line and line <= text.count("\n") + 1
            else ""
        )
        self.findings.append(
            self.rules[rule_id].finding(self.analyzer, Location(path, line, line, snippet=snippet), message)
        )

    def run(self, app: IosApp) -> dict[str, PNode]:
        plists: dict[str, PNode] = {}
        for path in app.plists:
            data = self.reader.data(path)
            if data is None:
                continue
            try:
                node = parse_plist(data)
            except XmlError as exc:
                self.reader.gap(path, f"property list not read: {exc}")
                continue
            plists[path] = node
            self._ats(path, node)
            if node.truthy("UIFileSharingEnabled"):
                self.flaw(
                    "ios-file-sharing-enabled",
                    path,
                    node.line_of("UIFileSharingEnabled"),
                    "UIFileSharingEnabled is true: the app's Documents folder is visible in Files and Finder",
                )
        for path in app.pbxprojs:
            self._pbxproj(path)
        return plists

    def _ats(self, path: str, plist: PNode) -> None:
        ats = plist.get("NSAppTransportSecurity")
        if ats is None:
            return
        domains = ats.get("NSExceptionDomains")
        overridden = [k for k in _IOS10_OVERRIDES if k in ats.entries]
        if ats.truthy("NSAllowsArbitraryLoads") and not overridden:
            extra = (
                f"; the {len(domains.entries)} exception domain(s) do not restrict the other hosts"
                if domains is not None and domains.entries
                else ""
            )
            self.flaw(
                "ios-ats-arbitrary-loads",
                path,
                ats.line_of("NSAllowsArbitraryLoads"),
                f"NSAllowsArbitraryLoads is true: any host may be reached over plain HTTP or old TLS{extra}",
            )
        for key in _IOS10_OVERRIDES[:3]:
            if ats.truthy(key):
                self.flaw("ios-ats-web-content-loads", path, ats.line_of(key), f"{key} is true")
        if domains is None:
            return
        for host, cfg in domains.entries.items():
            if _LOCAL.match(host) or tor_only_host(host):
                continue
            for key in _INSECURE_HTTP:
                if cfg.truthy(key):
                    self.flaw(
                        "ios-ats-insecure-exception-domain",
                        path,
                        cfg.line_of(key),
                        f"{host}: {key} is true (plain HTTP allowed)",
                    )
            for key in _MIN_TLS:
                node = cfg.get(key)
                if node is not None and isinstance(node.value, str) and _WEAK_TLS.match(node.value.strip()):
                    self.flaw(
                        "ios-ats-insecure-exception-domain",
                        path,
                        cfg.line_of(key),
                        f"{host}: {key} is {node.value.strip()} (below TLS 1.2)",
                    )

    def _pbxproj(self, path: str) -> None:
        text = self.reader.text(path)
        if text is None:
            return
        for m in _INFOPLIST_KEY.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            self.infoplist.setdefault(m.group(1), []).append((path, line))
            if m.group(1) == "UIFileSharingEnabled" and m.group(2).strip().upper() in ("YES", "TRUE", "1"):
                self.flaw(
                    "ios-file-sharing-enabled",
                    path,
                    line,
                    "INFOPLIST_KEY_UIFileSharingEnabled = YES: the Documents folder is visible in Files",
                )

    def code(self, path: str, text: str) -> None:
        """Storage flaws in one Swift or Objective-C file (comments already blanked)."""
        lowered = text.lower()
        for m in _DEFAULTS_WRITE.finditer(text) if "defaults" in lowered or "appstorage" in lowered else ():
            key = next(g for g in m.groups() if g is not None)
            if secret_name(key.split(".")[-1]):
                self.flaw(
                    "ios-userdefaults-secret",
                    path,
                    _line(text, m.start()),
                    f"{key!r} written to UserDefaults (a plain, backed-up property list)",
                )
        for m in _NO_PROTECTION.finditer(text) if "protection" in lowered else ():
            self.flaw(
                "ios-file-protection-none",
                path,
                _line(text, m.start()),
                f"{m.group(0).strip()}: the file is readable while the device is locked",
            )
        for m in _ACCESSIBLE_ALWAYS.finditer(text) if "kSecAttrAccessibleAlways" in text else ():
            self.flaw(
                "ios-keychain-accessible-always",
                path,
                _line(text, m.start()),
                f"{m.group(0)}: the Keychain item is readable while the device is locked",
            )


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
