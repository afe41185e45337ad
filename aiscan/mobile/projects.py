"""Where the mobile apps of a tree are: Android application modules with the manifests that make
their release build, iOS apps with their property lists and Xcode projects, and the React Native,
Flutter or Capacitor project around them. Pure functions of the tree's path list."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from aiscan.mobile.gradle import parse_gradle

_MANIFEST = re.compile(r"^(?:(?P<module>.*)/)?src/(?P<set>[^/]+)/AndroidManifest\.xml$")
# A manifest kept as a template that the build copies to AndroidManifest.xml, filling in
# placeholders (AndroidManifestBase.xml, AndroidManifest.template.xml): read when its source set
# has no AndroidManifest.xml of its own.
_MANIFEST_TEMPLATE = re.compile(r"^(?:(?P<module>.*)/)?src/(?P<set>[^/]+)/AndroidManifest[\w.-]+\.xml$")
# Source sets that do not go into a release build.
_NOT_RELEASE = re.compile(
    r"(?i)^(?:debug|test|androidtest|testfixtures|benchmark|staging|dev|profile)$|debug$|test$"
)
# Kotlin Multiplatform names the Android main source set androidMain.
_MAIN_SETS = frozenset({"main", "androidMain"})
_TEST_PART = re.compile(
    r"^(?:[Tt]ests?|[Uu][Ii][Tt]ests?|androidTest|testFixtures|__tests__|__mocks__|specs?)$|[a-z0-9](?:UI)?Tests$"
)
_PLIST = re.compile(r"(?:^|/)(?:[\w.+-]*-)?Info\.plist$")
# An app property list kept as a template that the build copies to Info.plist (InfoBase.plist,
# Info.template.plist): read when no Info.plist stands beside it.
_PLIST_TEMPLATE = re.compile(r"(?:^|/)Info(?:[A-Z_][\w-]*|\.template)\.plist$")
_PBXPROJ = re.compile(r"(?:^|/)([^/]+)\.xcodeproj/project\.pbxproj$")
# A pubspec kept as a template (pubspec_base.yaml) that the build turns into pubspec.yaml.
_PUBSPEC_TEMPLATE = re.compile(r"pubspec[_.-][\w.-]+\.yaml")


def parent(path: str) -> str:
    p = str(PurePosixPath(path).parent)
    return "" if p == "." else p


def under(path: str, folder: str) -> bool:
    return not folder or path == folder or path.startswith(folder + "/")


def display_dir(folder: str) -> str:
    return f"{folder}/" if folder else "./"


def is_test_path(path: str) -> bool:
    return any(_TEST_PART.search(part) for part in PurePosixPath(path).parts[:-1])


@dataclass
class AndroidApp:
    module: str  # the app module's folder ("android/app")
    root: str  # the Gradle project's folder ("android"), where an absent protection is reported
    manifests: list[str]  # lowest priority first: src/main, flavours, src/release
    gradle: str | None  # the module's build.gradle(.kts)
    shared: str | None = None  # the React Native / Flutter / Capacitor project folder around it
    framework: str = "native"


@dataclass
class IosApp:
    root: str  # the folder of the Xcode project (or of the app's sources)
    plists: list[str] = field(default_factory=list)
    pbxprojs: list[str] = field(default_factory=list)
    shared: str | None = None
    framework: str = "native"


def android_apps(paths: Iterable[str], read: Callable[[str], str | None]) -> list[AndroidApp]:
    """Every Android application module and the manifests of its release build. A module whose
    build file applies the library plugin is merged into an app, not checked on its own."""
    all_paths = set(paths)
    modules: dict[str, dict[str, str]] = {}
    for p in sorted(all_paths):
        if not p.endswith("AndroidManifest.xml") or is_test_path(p):
            continue
        m = _MANIFEST.match(p)
        if m:
            module, source_set = m.group("module") or "", m.group("set")
            source_set = "main" if source_set in _MAIN_SETS else source_set
        elif p.count("/") == 0 or PurePosixPath(p).parent.name not in {"build", "intermediates"}:
            module, source_set = parent(p), "main"
        else:
            continue
        if source_set != "main" and _NOT_RELEASE.search(source_set):
            continue
        modules.setdefault(module, {})[source_set] = p
    for p in sorted(all_paths):
        t = _MANIFEST_TEMPLATE.match(p)
        if t is None or is_test_path(p):
            continue
        module, source_set = t.group("module") or "", t.group("set")
        source_set = "main" if source_set in _MAIN_SETS else source_set
        if source_set != "main" and _NOT_RELEASE.search(source_set):
            continue
        modules.setdefault(module, {}).setdefault(source_set, p)
    apps = []
    for module, sets in sorted(modules.items()):
        if "main" not in sets:
            continue
        gradle = next(
            (
                g
                for g in (f"{module}/build.gradle", f"{module}/build.gradle.kts")
                if g.lstrip("/") in all_paths
            ),
            None,
        )
        gradle = gradle.lstrip("/") if gradle else None
        if gradle is not None:
            text = read(gradle)
            kind = parse_gradle(text).application if text is not None else None
            if kind is False:
                continue
            # A plugin aiscan cannot tell (a convention plugin): an app has a launcher activity.
            if kind is None and "category.LAUNCHER" not in (read(sets["main"]) or ""):
                continue
        flavours = sorted(s for s in sets if s not in {"main", "release"} and not s.endswith("Release"))
        release = sorted(s for s in sets if s == "release" or s.endswith("Release"))
        ordered = [sets["main"], *(sets[s] for s in flavours), *(sets[s] for s in release)]
        root = _gradle_root(module, all_paths)
        apps.append(AndroidApp(module, root, ordered, gradle))
    return apps


def _gradle_root(module: str, paths: set[str]) -> str:
    folder = module
    while True:
        for name in ("settings.gradle", "settings.gradle.kts"):
            if (f"{folder}/{name}" if folder else name) in paths:
                return folder
        if not folder:
            break
        folder = parent(folder)
    return parent(module) if PurePosixPath(module).name == "app" else module


def ios_apps(paths: Iterable[str], read: Callable[[str], str | None]) -> list[IosApp]:
    """Every iOS app: an Xcode project that builds an application, or app property lists found
    without one. Projects of frameworks and tools only are not apps."""
    all_paths = sorted(set(paths))
    project_dirs = set()
    pbxprojs: dict[str, list[str]] = {}
    for p in all_paths:
        m = _PBXPROJ.search(p)
        if m and not is_test_path(p) and "/Pods/" not in f"/{p}":
            folder = parent(parent(p))
            project_dirs.add(folder)
            pbxprojs.setdefault(folder, []).append(p)
    apps: dict[str, IosApp] = {d: IosApp(d, pbxprojs=pbxprojs[d]) for d in project_dirs}
    plists = set(p for p in all_paths if _PLIST.search(p))
    for p in all_paths:
        if _PLIST_TEMPLATE.search(p) and f"{parent(p)}/Info.plist".lstrip("/") not in plists:
            pass  # a template with no Info.plist made from it in the tree: it is the app's
        elif p not in plists:
            continue
        if is_test_path(p) or _in_bundle(p) or _desktop(p):
            continue
        if _installer_package(read(p)):
            continue
        root = _ios_root(p, project_dirs)
        apps.setdefault(root, IosApp(root)).plists.append(p)
    return [
        apps[k]
        for k in sorted(apps)
        if apps[k].plists
        or any("com.apple.product-type.application" in (read(p) or "") for p in apps[k].pbxprojs)
    ]


def _desktop(path: str) -> bool:
    """A Flutter or Catalyst desktop target's plist (macos/Runner/Info.plist) is not a mobile app's."""
    return any(part.lower() in ("macos", "osx") for part in PurePosixPath(path).parts[:-1])


def _installer_package(text: str | None) -> bool:
    """A macOS Installer package's Info.plist (`IFPkgFlag...` keys: a server's or a desktop
    tool's installer) describes no mobile app."""
    return text is not None and "IFPkgFlag" in text


def _in_bundle(path: str) -> bool:
    return any(
        part.endswith((".framework", ".bundle", ".xcframework", ".appex", ".app"))
        for part in PurePosixPath(path).parts[:-1]
    )


def _ios_root(plist: str, project_dirs: set[str]) -> str:
    folder = parent(plist)
    while True:
        if folder in project_dirs:
            return folder
        if PurePosixPath(folder).name == "ios":
            return folder
        if not folder:
            break
        folder = parent(folder)
    return parent(parent(plist))


def shared_project(folder: str, paths: set[str], read: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The React Native, Flutter or Capacitor project holding `folder`: (its folder, framework)."""
    current = folder
    while True:
        prefix = f"{current}/" if current else ""
        if f"{prefix}pubspec.yaml" in paths or _pubspec_template(prefix, paths):
            return current, "flutter"
        if any(f"{prefix}capacitor.config.{ext}" in paths for ext in ("json", "ts", "js")):
            return current, "capacitor"
        if f"{prefix}package.json" in paths:
            text = read(f"{prefix}package.json") or ""
            if '"react-native"' in text or '"expo"' in text:
                return current, "react-native"
            if "@capacitor/" in text or "cordova" in text:
                return current, "capacitor"
        if not current:
            return None
        current = parent(current)


def _pubspec_template(prefix: str, paths: set[str]) -> bool:
    return any(
        p.startswith(prefix) and _PUBSPEC_TEMPLATE.fullmatch(p[len(prefix) :]) is not None for p in paths
    )
