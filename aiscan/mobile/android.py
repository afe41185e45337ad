"""The Android configuration checks of one application module's release build."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from aiscan.checkrules import CheckRule
from aiscan.mobile.gradle import GradleFacts, parse_gradle, resolve_sdk
from aiscan.mobile.projects import AndroidApp, parent
from aiscan.mobile.reader import TreeReader
from aiscan.mobile.xmltree import XmlDoc, XmlError, android_attr, parse_xml, tools_attr
from aiscan.models import Finding, Location

_COMPONENTS = ("activity", "activity-alias", "service", "receiver", "provider")
_LOCAL_HOSTS = re.compile(r"^(?:localhost|127\.0\.0\.1|10\.0\.2\.2|10\.0\.3\.2|0\.0\.0\.0|\[?::1\]?)$", re.I)
# Onion services (RFC 7686) are reached only through Tor, which encrypts the connection end to end
# and authenticates the service by its address: plain HTTP to one is not cleartext on the network.
_ONION_HOST = re.compile(r"^(?:[\w-]+\.)*onion\.?$", re.I)
_SECRET_WORDS = frozenset(
    {
        "token",
        "password",
        "passwd",
        "pwd",
        "pin",
        "pincode",
        "secret",
        "session",
        "sessionid",
        "credential",
        "credentials",
        "auth",
        "otp",
        "cvv",
        "cvc",
        "iin",
        "jwt",
        "passcode",
    }
)
_PREFS_FILE = re.compile(
    r"getSharedPreferences|getDefaultSharedPreferences|getPreferences\(|SharedPreferences"
)
_PREFS_PUT = re.compile(r"\.put(?:String|StringSet)\s*\(\s*(?:\"([^\"]+)\"|([A-Za-z_][\w.]*))\s*,")


@dataclass
class Attr:
    value: str
    path: str
    line: int


@dataclass
class Component:
    tag: str
    name: str
    attrs: dict[str, Attr] = field(default_factory=dict)
    has_filter: bool = False
    launcher: bool = False
    # every intent filter names only the app's own actions and no URI: a call meant for the app
    private_actions: bool = True
    path: str = ""
    line: int = 0


# Actions other apps (the system, Google Play services, AndroidX) send by design: a component that
# listens for one of them is meant to be reached from outside.
_PLATFORM_ACTION_PREFIXES = ("android.", "com.android.", "com.google.", "androidx.")


def _platform_action(action: str | None) -> bool:
    return action is None or action.startswith(_PLATFORM_ACTION_PREFIXES)


@dataclass
class MergedManifest:
    app_attrs: dict[str, Attr] = field(default_factory=dict)
    app_where: tuple[str, int] | None = None
    components: dict[str, Component] = field(default_factory=dict)
    target_sdk: int | None = None
    docs: dict[str, XmlDoc] = field(default_factory=dict)
    package: str = ""
    # the app's own <permission> declarations: name -> protectionLevel ("" when not set)
    permission_levels: dict[str, str] = field(default_factory=dict)


def merge_manifests(app: AndroidApp, reader: TreeReader) -> MergedManifest:
    """The release build's view of the manifests: a later (higher-priority) manifest's attribute
    wins; `tools:node="remove"` drops a component."""
    merged = MergedManifest()
    for path in app.manifests:
        text = reader.text(path)
        if text is None:
            continue
        try:
            doc = parse_xml(text)
        except XmlError as exc:
            reader.gap(path, f"AndroidManifest.xml not read: {exc}")
            continue
        merged.docs[path] = doc
        merged.package = (doc.root.get("package") or merged.package).strip()
        for perm in doc.root.findall("permission"):
            perm_name = android_attr(perm, "name")
            if perm_name:
                merged.permission_levels[perm_name] = (android_attr(perm, "protectionLevel") or "").strip()
        uses_sdk = doc.root.find("uses-sdk")
        if uses_sdk is not None:
            sdk = android_attr(uses_sdk, "targetSdkVersion")
            if sdk and sdk.isdigit():
                merged.target_sdk = int(sdk)
        application = doc.root.find("application")
        if application is None:
            continue
        if merged.app_where is None or path == app.manifests[0]:
            merged.app_where = (path, doc.line(application))
        for key, value in application.attrib.items():
            local = key.split("}")[-1]
            if key.startswith("{http://schemas.android.com/apk/res/android}"):
                merged.app_attrs[local] = Attr(value, path, doc.attr_line(application, local))
        for el in application:
            if el.tag not in _COMPONENTS:
                continue
            name = android_attr(el, "name") or ""
            if tools_attr(el, "node") in ("remove", "removeAll"):
                merged.components.pop(name, None)
                continue
            comp = merged.components.setdefault(name, Component(el.tag, name, path=path, line=doc.line(el)))
            for key, value in el.attrib.items():
                if key.startswith("{http://schemas.android.com/apk/res/android}"):
                    local = key.split("}")[-1]
                    comp.attrs[local] = Attr(value, path, doc.attr_line(el, local))
            for f in el.findall("intent-filter"):
                comp.has_filter = True
                actions = {android_attr(a, "name") for a in f.findall("action")}
                if f.find("data") is not None or not actions or any(_platform_action(a) for a in actions):
                    comp.private_actions = False
                cats = {android_attr(c, "name") for c in f.findall("category")}
                if "android.intent.action.MAIN" in actions and (
                    "android.intent.category.LAUNCHER" in cats
                    or "android.intent.category.LEANBACK_LAUNCHER" in cats
                ):
                    comp.launcher = True
    _mark_alias_targets(merged)
    return merged


def _mark_alias_targets(merged: MergedManifest) -> None:
    """The activity a launcher <activity-alias> points to is the launcher activity: the app's
    front door, public by design."""
    by_class = {
        _class_name(c.name, merged.package): c for c in merged.components.values() if c.tag == "activity"
    }
    for alias in merged.components.values():
        target = alias.attrs.get("targetActivity")
        if alias.tag == "activity-alias" and alias.launcher and target is not None:
            activity = by_class.get(_class_name(target.value, merged.package))
            if activity is not None:
                activity.launcher = True


def _class_name(name: str, package: str) -> str:
    """A component's class as the manifest names it, completed with the package when relative."""
    name = name.strip()
    if package and name.startswith("."):
        return package + name
    if package and "." not in name:
        return f"{package}.{name}"
    return name


def tor_only_host(host: str) -> bool:
    """Whether `host` is an onion service name, reachable only through Tor."""
    return bool(_ONION_HOST.match(host.strip()))


@dataclass
class AndroidChecks:
    rules: dict[str, CheckRule]
    analyzer: str
    reader: TreeReader
    paths: set[str]
    findings: list[Finding] = field(default_factory=list)

    def flaw(self, rule_id: str, path: str, line: int | None, message: str) -> None:
        rule = self.rules[rule_id]
        snippet = _line_text(self.reader.text(path), line)
        self.findings.append(
            rule.finding(self.analyzer, Location(path, line, line, snippet=snippet), message)
        )

    def run(self, app: AndroidApp) -> MergedManifest:
        merged = merge_manifests(app, self.reader)
        gradle = self._gradle(app)
        target = gradle.target_sdk if gradle.target_sdk is not None else merged.target_sdk
        merged.target_sdk = target
        if merged.app_where is not None:
            self._backup(app, merged)
            self._debuggable(merged)
            self._cleartext(app, merged)
            self._exported(merged)
        self._gradle_flaws(app, gradle)
        return merged

    def _gradle(self, app: AndroidApp) -> GradleFacts:
        if app.gradle is None:
            return GradleFacts()
        text = self.reader.text(app.gradle)
        facts = parse_gradle(text) if text is not None else GradleFacts()
        if facts.target_sdk is None and facts.target_sdk_expr is not None:
            shared = [
                t for p in _shared_build_files(app, self.paths) if (t := self.reader.text(p)) is not None
            ]
            facts.target_sdk = resolve_sdk(facts.target_sdk_expr.value, shared)
        return facts

    def _backup(self, app: AndroidApp, m: MergedManifest) -> None:
        assert m.app_where is not None
        allow = m.app_attrs.get("allowBackup")
        if allow is not None and allow.value.strip().lower() != "true":
            return  # "false", or a placeholder this check cannot resolve
        refs = [
            a for k in ("fullBackupContent", "dataExtractionRules") if (a := m.app_attrs.get(k)) is not None
        ]
        if any(a.value.strip().lower() == "false" or self._backup_rules_restrict(app, a.value) for a in refs):
            return
        if refs:
            named = ", ".join(a.value for a in refs)
            self.flaw(
                "android-allow-backup",
                refs[0].path,
                refs[0].line,
                f"backup is on and its rules ({named}) include or exclude nothing (or are not in the tree): "
                "the whole app's data goes into backups",
            )
            return
        if allow is not None:
            self.flaw(
                "android-allow-backup",
                allow.path,
                allow.line,
                'android:allowBackup="true" and no fullBackupContent or dataExtractionRules excluding '
                "sensitive files: the app's data is copied into device and cloud backups",
            )
        else:
            path, line = m.app_where
            self.flaw(
                "android-allow-backup",
                path,
                line,
                "android:allowBackup is not set (the default is true) and no fullBackupContent or "
                "dataExtractionRules exclude sensitive files",
            )

    def _backup_rules_restrict(self, app: AndroidApp, ref: str) -> bool:
        """Whether the backup rules file `ref` names what to include or exclude (Android Studio's
        template holds only comments)."""
        path = _resource(app, ref, self.paths)
        text = self.reader.text(path) if path is not None else None
        if text is None:
            return False
        try:
            doc = parse_xml(text)
        except XmlError as exc:
            assert path is not None
            self.reader.gap(path, f"backup rules not read: {exc}")
            return True  # reported as a gap, not as a flaw
        return any(el.tag in ("include", "exclude") for el in doc.root.iter())

    def _debuggable(self, m: MergedManifest) -> None:
        d = m.app_attrs.get("debuggable")
        if d is not None and d.value.strip().lower() == "true":
            self.flaw(
                "android-debuggable",
                d.path,
                d.line,
                'android:debuggable="true" in a manifest of the release build',
            )

    def _cleartext(self, app: AndroidApp, m: MergedManifest) -> None:
        assert m.app_where is not None
        target = m.target_sdk
        nsc_attr = m.app_attrs.get("networkSecurityConfig")
        nsc_path = _resource(app, nsc_attr.value, self.paths) if nsc_attr is not None else None
        if nsc_path is not None:
            self._network_security_config(nsc_path, target)
            return
        uses = m.app_attrs.get("usesCleartextTraffic")
        if uses is not None:
            if uses.value.strip().lower() == "true":
                self.flaw(
                    "android-cleartext-traffic",
                    uses.path,
                    uses.line,
                    'android:usesCleartextTraffic="true": the app may send data over plain HTTP',
                )
            return
        if target is not None and target < 28:
            path, line = m.app_where
            self.flaw(
                "android-cleartext-traffic",
                path,
                line,
                f"targetSdk {target} is below 28 and neither usesCleartextTraffic nor a network "
                "security config forbids cleartext, so plain HTTP is allowed by default",
            )

    def _network_security_config(self, path: str, target: int | None) -> None:
        text = self.reader.text(path)
        if text is None:
            return
        try:
            doc = parse_xml(text)
        except XmlError as exc:
            self.reader.gap(path, f"network security config not read: {exc}")
            return
        base = doc.root.find("base-config")
        if base is not None and base.get("cleartextTrafficPermitted", "").lower() == "true":
            self.flaw(
                "android-cleartext-traffic",
                path,
                doc.attr_line(base, "cleartextTrafficPermitted"),
                'base-config cleartextTrafficPermitted="true": every host may be reached over plain HTTP',
            )
        elif (
            (base is None or base.get("cleartextTrafficPermitted") is None)
            and target is not None
            and target < 28
        ):
            where = base if base is not None else doc.root
            self.flaw(
                "android-cleartext-traffic",
                path,
                doc.line(where),
                f"targetSdk {target} is below 28 and the base-config does not set "
                "cleartextTrafficPermitted, so plain HTTP is allowed by default",
            )
        for dc in doc.root.iter("domain-config"):
            if dc.get("cleartextTrafficPermitted", "").lower() != "true":
                continue
            hosts = [(d.text or "").strip() for d in dc.findall("domain")]
            remote = [h for h in hosts if h and not _LOCAL_HOSTS.match(h) and not tor_only_host(h)]
            if remote:
                self.flaw(
                    "android-cleartext-traffic",
                    path,
                    doc.attr_line(dc, "cleartextTrafficPermitted"),
                    f"cleartext HTTP permitted for {', '.join(remote[:5])}",
                )
        for section in [base, *doc.root.findall("domain-config")]:
            if section is None:
                continue
            for certs in section.iter("certificates"):
                if certs.get("src", "").strip().lower() == "user":
                    self.flaw(
                        "android-user-certificates-trusted",
                        path,
                        doc.line(certs),
                        '<certificates src="user"/> outside debug-overrides: user-installed CAs can '
                        "intercept the app's TLS traffic",
                    )

    def _exported(self, m: MergedManifest) -> None:
        target = m.target_sdk
        for comp in m.components.values():
            exported = comp.attrs.get("exported")
            guards = [
                comp.attrs[k] for k in ("permission", "readPermission", "writePermission") if k in comp.attrs
            ]
            if guards:
                self._weak_guard(m, comp, guards, exported)
                continue
            if exported is not None and exported.value.strip().lower() == "true":
                if not comp.has_filter and not comp.launcher:
                    self.flaw(
                        "android-exported-component",
                        exported.path,
                        exported.line,
                        f'<{comp.tag}> {comp.name} is exported="true" without a permission and '
                        "without an intent filter: any app on the device can start it",
                    )
                elif comp.private_actions and not comp.launcher:
                    self.flaw(
                        "android-exported-private-action",
                        exported.path,
                        exported.line,
                        f'<{comp.tag}> {comp.name} is exported="true" without a permission and '
                        "answers only the app's own actions: any app that sends that action starts it",
                    )
                continue
            if exported is None and comp.has_filter and not comp.launcher and (target is None or target < 31):
                why = f"targetSdk {target}" if target is not None else "targetSdk unknown"
                self.flaw(
                    "android-implicitly-exported-component",
                    comp.path,
                    comp.line,
                    f"<{comp.tag}> {comp.name} has an intent filter and no android:exported ({why}, "
                    "below 31 the filter exports it to every app)",
                )

    def _weak_guard(
        self, m: MergedManifest, comp: Component, guards: list[Attr], exported: Attr | None
    ) -> None:
        """An exported component whose permission is one the app declares at the normal level
        (protectionLevel missing or "normal"): any app that asks for it is granted it."""
        reachable = (exported is not None and exported.value.strip().lower() == "true") or (
            exported is None and comp.has_filter
        )
        if not reachable:
            return
        for guard in guards:
            level = m.permission_levels.get(guard.value.strip())
            if level is None or level not in ("", "normal"):
                continue
            shown = f'protectionLevel="{level}"' if level else "no protectionLevel (normal)"
            self.flaw(
                "android-weak-custom-permission",
                guard.path,
                guard.line,
                f"<{comp.tag}> {comp.name} is reachable by other apps and guarded by "
                f"{guard.value.strip()}, which the app declares with {shown}: any app that "
                "requests it is granted it at install",
            )

    def _gradle_flaws(self, app: AndroidApp, g: GradleFacts) -> None:
        if app.gradle is None:
            return
        if g.release_debuggable is not None and g.release_debuggable.value == "true":
            self.flaw(
                "android-debuggable",
                app.gradle,
                g.release_debuggable.line,
                "the release build type is debuggable",
            )
        if g.release_minify is not None and g.release_minify.value == "false":
            self.flaw(
                "android-release-not-minified",
                app.gradle,
                g.release_minify.line,
                "the release build type has minification (R8) off",
            )
        for url in g.http_urls:
            self.flaw(
                "android-http-endpoint-in-build",
                app.gradle,
                url.line,
                f"plain-HTTP address {url.value} given to the build",
            )


def preference_secrets(check: AndroidChecks, files: list[str], code: Callable[[str], str | None]) -> None:
    """Secrets written to plain SharedPreferences (a file that never uses EncryptedSharedPreferences)."""
    for path in files:
        text = code(path)
        if not text or "Preferences" not in text or not _PREFS_FILE.search(text):
            continue
        if "EncryptedSharedPreferences" in text:
            continue
        for m in _PREFS_PUT.finditer(text):
            key = m.group(1) or m.group(2) or ""
            if secret_name(key.split(".")[-1]):
                line = text.count("\n", 0, m.start()) + 1
                check.flaw(
                    "android-plain-preferences-secret",
                    path,
                    line,
                    f"{key!r} written to plain SharedPreferences",
                )


def secret_name(name: str) -> bool:
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name.replace("-", "_"))
    return any(w.lower() in _SECRET_WORDS for w in words)


def _resource(app: AndroidApp, ref: str, paths: set[str]) -> str | None:
    """The file of `@xml/name` in the app's release source sets (highest priority first)."""
    m = re.fullmatch(r"\s*@xml/([\w.]+)\s*", ref)
    if not m:
        return None
    for manifest in reversed(app.manifests):
        candidate = f"{parent(manifest)}/res/xml/{m.group(1)}.xml".lstrip("/")
        if candidate in paths:
            return candidate
    return None


def _shared_build_files(app: AndroidApp, paths: set[str]) -> list[str]:
    prefix = f"{app.root}/" if app.root else ""
    names = (
        "build.gradle",
        "build.gradle.kts",
        "gradle.properties",
        "gradle/libs.versions.toml",
        "versions.gradle",
        "dependencies.gradle",
        "buildSrc/src/main/kotlin/Versions.kt",
    )
    found = [f"{prefix}{n}" for n in names if f"{prefix}{n}" in paths]
    found += sorted(p for p in paths if p.startswith(f"{prefix}buildSrc/") and p.endswith(".kt"))
    return found


def _line_text(text: str | None, line: int | None) -> str:
    if not text or not line:
        return ""
    lines = text.splitlines()
    return lines[line - 1].strip()[:400] if 0 < line <= len(lines) else ""
