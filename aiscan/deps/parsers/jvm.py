"""Maven (pom.xml) and Gradle (gradle.lockfile, version catalogs, literal coordinates in
build.gradle / build.gradle.kts). Gradle build scripts are read as text, never evaluated."""

from __future__ import annotations

import re
from typing import Any

from aiscan.deps.ecosystems import MAVEN
from aiscan.deps.model import Dependency, Manifest, ManifestError
from aiscan.deps.parsers.common import LineIndex, Reader, as_dict, load_toml, parse_xml, resolve_relative

# --- pom.xml -------------------------------------------------------------------------------------

_PROPERTY = re.compile(r"\$\{([^}]+)\}")
MAX_PARENT_DEPTH = 5


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(elem: Any, name: str) -> Any:
    for c in list(elem):
        if isinstance(c.tag, str) and _local(c.tag) == name:
            return c
    return None


def _children(elem: Any, name: str) -> list[Any]:
    return [c for c in list(elem) if isinstance(c.tag, str) and _local(c.tag) == name]


def _text(elem: Any, name: str) -> str:
    c = _child(elem, name)
    return (c.text or "").strip() if c is not None and c.text else ""


class _Pom:
    def __init__(self, path: str, text: str) -> None:
        self.root = parse_xml(text, "pom.xml")
        if _local(self.root.tag) != "project":
            raise ManifestError("the root element is not <project>: not a Maven POM")
        self.path = path
        parent = _child(self.root, "parent")
        self.parent_coords = (
            (_text(parent, "groupId"), _text(parent, "artifactId"), _text(parent, "version"))
            if parent is not None
            else None
        )
        self.parent_path = (_text(parent, "relativePath") or "../pom.xml") if parent is not None else None
        props = _child(self.root, "properties")
        self.properties: dict[str, str] = {}
        if props is not None:
            for p in list(props):
                if isinstance(p.tag, str):
                    self.properties[_local(p.tag)] = (p.text or "").strip()
        group = _text(self.root, "groupId") or (self.parent_coords[0] if self.parent_coords else "")
        version = _text(self.root, "version") or (self.parent_coords[2] if self.parent_coords else "")
        for key, value in (
            ("project.groupId", group),
            ("project.artifactId", _text(self.root, "artifactId")),
            ("project.version", version),
            ("pom.version", version),
        ):
            self.properties.setdefault(key, value)
        if self.parent_coords:
            self.properties.setdefault("project.parent.version", self.parent_coords[2])
            self.properties.setdefault("project.parent.groupId", self.parent_coords[0])
        self.managed: dict[str, str] = {}
        dm = _child(self.root, "dependencyManagement")
        deps = _child(dm, "dependencies") if dm is not None else None
        for d in _children(deps, "dependency") if deps is not None else ():
            if _text(d, "scope") == "import":
                continue  # an imported BOM: its versions are not in this tree
            key = f"{_text(d, 'groupId')}:{_text(d, 'artifactId')}"
            self.managed[key] = _text(d, "version")


def _resolve(value: str, props: dict[str, str]) -> str:
    for _ in range(10):
        new = _PROPERTY.sub(lambda m: props.get(m.group(1), m.group(0)), value)
        if new == value:
            break
        value = new
    return value


def parse_pom(path: str, text: str, read: Reader) -> Manifest:
    """Direct dependencies of a POM with its properties and dependencyManagement, and those of
    its parents found in the tree (relativePath). A version the tree does not define (a remote
    parent or an imported BOM) is recorded as unresolved, not guessed."""
    pom = _Pom(path, text)
    props: dict[str, str] = {}
    managed: dict[str, str] = {}
    chain = [pom]
    current = pom
    for _ in range(MAX_PARENT_DEPTH):
        if current.parent_path is None:
            break
        parent_path = resolve_relative(current.path, current.parent_path)
        if parent_path is not None and not parent_path.endswith(".xml"):
            parent_path = f"{parent_path}/pom.xml"
        parent_text = read(parent_path) if parent_path else None
        if parent_text is None:
            break
        try:
            current = _Pom(parent_path or "", parent_text)
        except ManifestError:
            break
        chain.append(current)
    for p in reversed(chain):  # the nearest POM wins
        props.update(p.properties)
        managed.update(p.managed)
    lines = LineIndex(text)
    out: list[Dependency] = []
    problems: list[str] = []
    deps = _child(pom.root, "dependencies")
    for d in _children(deps, "dependency") if deps is not None else ():
        group = _resolve(_text(d, "groupId"), props)
        artifact = _resolve(_text(d, "artifactId"), props)
        name = f"{group}:{artifact}"
        raw = _text(d, "version") or managed.get(name, "")
        version = _resolve(raw, props) if raw else ""
        scope = _text(d, "scope")
        line = lines.find("<artifactId>", artifact)
        pinned: str | None = version
        spec, note = "", ""
        if not version:
            pinned, note = None, "version managed outside the tree (a remote parent POM or BOM)"
        elif "${" in version:
            pinned, spec, note = None, version, "version property not defined in the tree"
        elif version[:1] in "[(" or "," in version:
            pinned, spec = None, version
        out.append(
            Dependency(
                MAVEN,
                name,
                pinned,
                path,
                line,
                True,
                spec=spec,
                scope="" if scope in ("", "compile", "runtime") else scope,
                note=note,
            )
        )
    return Manifest(path, "pom.xml", tuple(out), tuple(problems))


# --- Gradle --------------------------------------------------------------------------------------

_DYNAMIC = re.compile(r"[+\[\](),]|^latest\.")


def _gradle_dep(
    name: str, version: str, path: str, line: int | None, scope: str, direct: bool | None
) -> Dependency:
    if not version:
        return Dependency(
            MAVEN, name, None, path, line, direct, scope=scope, note="version from a platform/BOM"
        )
    if _DYNAMIC.search(version) or "$" in version:
        return Dependency(MAVEN, name, None, path, line, direct, spec=version, scope=scope)
    return Dependency(MAVEN, name, version, path, line, direct, scope=scope)


def _scope_of(configurations: str) -> str:
    confs = [c.strip() for c in configurations.split(",") if c.strip()]
    if confs and all("test" in c.lower() for c in confs):
        return "test"
    return ""


def parse_gradle_lockfile(path: str, text: str, read: Reader) -> Manifest:
    out = []
    problems = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("empty="):
            continue
        coords, _, confs = line.partition("=")
        parts = coords.split(":")
        if len(parts) != 3:
            problems.append(f"{path}:{number}: cannot read {line[:80]!r}")
            continue
        out.append(_gradle_dep(f"{parts[0]}:{parts[1]}", parts[2], path, number, _scope_of(confs), None))
    return Manifest(path, "gradle.lockfile", tuple(out), tuple(problems))


def parse_version_catalog(path: str, text: str, read: Reader) -> Manifest:
    data = load_toml(text, "version catalog")
    lines = LineIndex(text)
    versions: dict[str, str] = {}
    for alias, value in as_dict(data.get("versions")).items():
        if isinstance(value, str):
            versions[alias] = value
        elif isinstance(value, dict):
            exact = value.get("strictly") or value.get("require") or value.get("prefer")
            if isinstance(exact, str):
                versions[alias] = exact
    out = []
    for alias, value in as_dict(data.get("libraries")).items():
        line = lines.find(alias, "=")
        if isinstance(value, str):
            parts = value.split(":")
            if len(parts) >= 2:
                out.append(_gradle_dep(f"{parts[0]}:{parts[1]}", ":".join(parts[2:]), path, line, "", True))
            continue
        value = as_dict(value)
        module = value.get("module")
        if not isinstance(module, str):
            module = f"{value.get('group', '')}:{value.get('name', '')}"
        ver: Any = value.get("version", "")
        if isinstance(ver, dict):
            ref = ver.get("ref")
            ver = (
                versions.get(str(ref), f"${ref}")
                if ref
                else (ver.get("strictly") or ver.get("require") or "")
            )
        out.append(_gradle_dep(module, str(ver or ""), path, line, "", True))
    return Manifest(path, "libs.versions.toml", tuple(out))


_CONFIGURATION = (
    r"(?P<conf>implementation|api|compileOnly|runtimeOnly|compile|runtime|testCompile|testRuntime|"
    r"annotationProcessor|kapt|ksp|classpath|coreLibraryDesugaring|lintChecks|"
    r"[a-z][A-Za-z0-9]*(?:Implementation|Api|CompileOnly|RuntimeOnly|AnnotationProcessor))"
)
# implementation 'g:a:v'   implementation("g:a:v")   implementation platform('g:a:v')
_STRING_NOTATION = re.compile(
    _CONFIGURATION
    + r"""\s*\(?\s*(?:(?:platform|enforcedPlatform)\s*\(\s*)?"""
    + r"""(?P<q>["'])(?P<coords>[^"'\s]+?:[^"'\s]+?(?::[^"'\s@]*)?)(?:@\w+)?(?P=q)"""
)
# implementation group: 'g', name: 'a', version: 'v'   (Groovy map notation)
_MAP_NOTATION = re.compile(
    _CONFIGURATION
    + r"""\s*\(?\s*group\s*[:=]\s*["'](?P<g>[^"']+)["']\s*,\s*name\s*[:=]\s*["'](?P<a>[^"']+)["']"""
    + r"""(?:\s*,\s*version\s*[:=]\s*["'](?P<v>[^"']*)["'])?"""
)
_ASSIGNMENT = re.compile(
    r"""^\s*(?:def|val|var|ext\.|extra\[?["']?)?\s*(?P<k>[A-Za-z_][\w.]*)["']?\]?\s*(?::\s*String\s*)?=\s*["'](?P<v>[^"'$]+)["']\s*$"""
)
_INTERPOLATION = re.compile(r"\$\{?([A-Za-z_][\w.]*)\}?")


def parse_build_gradle(path: str, text: str, read: Reader) -> Manifest:
    """Literal coordinates declared in a build script. A version held in a variable is resolved
    when the same file assigns it a literal; otherwise it is recorded as unresolved."""
    variables: dict[str, str] = {}
    for raw in text.splitlines():
        m = _ASSIGNMENT.match(raw)
        if m:
            variables[m.group("k").removeprefix("ext.")] = m.group("v")
    out = []
    in_block_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_block_comment:
            if "*/" not in line:
                continue
            line = line.split("*/", 1)[1]
            in_block_comment = False
        if "/*" in line and "*/" not in line.split("/*", 1)[1]:
            in_block_comment = True
            line = line.split("/*", 1)[0]
        code = re.sub(r"(^|\s)//.*$", "", line)
        for m in _STRING_NOTATION.finditer(code):
            coords = _INTERPOLATION.sub(lambda v: variables.get(v.group(1), v.group(0)), m.group("coords"))
            parts = coords.split(":")
            if len(parts) < 2 or not parts[0] or not parts[1]:
                continue
            version = parts[2] if len(parts) > 2 else ""
            scope = _gradle_scope(m.group("conf"))
            out.append(_gradle_dep(f"{parts[0]}:{parts[1]}", version, path, number, scope, True))
        for m in _MAP_NOTATION.finditer(code):
            version = _INTERPOLATION.sub(lambda v: variables.get(v.group(1), v.group(0)), m.group("v") or "")
            out.append(
                _gradle_dep(
                    f"{m.group('g')}:{m.group('a')}",
                    version,
                    path,
                    number,
                    _gradle_scope(m.group("conf")),
                    True,
                )
            )
    return Manifest(path, "build.gradle", tuple(out))


def _gradle_scope(conf: str) -> str:
    low = conf.lower()
    if low.startswith("test") or low.startswith("androidtest"):
        return "test"
    if conf == "classpath" or conf in ("annotationProcessor", "kapt", "ksp", "lintChecks"):
        return "build"
    if low.endswith("compileonly"):
        return "provided"
    return ""
