"""Go (go.mod), Rust (Cargo.lock), PHP (composer.lock), Ruby (Gemfile.lock), iOS (Podfile.lock)
and .NET (packages.lock.json)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from aiscan.deps.ecosystems import COCOAPODS, CRATES, GO, NUGET, PACKAGIST, RUBYGEMS, normalize_name
from aiscan.deps.model import Dependency, Manifest, ManifestError
from aiscan.deps.parsers.common import (
    LineIndex,
    Reader,
    as_dict,
    as_list,
    load_json,
    load_toml,
    load_yaml,
    parse_xml,
    redact_url,
    sibling,
)

# --- go.mod --------------------------------------------------------------------------------------

_GO_REQUIRE = re.compile(r"^(?P<mod>\S+)\s+(?P<ver>v\S+)\s*(?://\s*(?P<comment>.*))?$")
_GO_REPLACE = re.compile(r"^(?P<old>\S+)(?:\s+(?P<oldver>v\S+))?\s*=>\s*(?P<new>\S+)(?:\s+(?P<newver>v\S+))?")


def parse_go_mod(path: str, text: str, read: Reader) -> Manifest:
    """Required modules (direct, or `// indirect`), with `replace` directives applied. The `go`
    directive names the minimum language version, not the toolchain that builds the binary, so the
    standard library is not audited from it."""
    requires: list[tuple[int, str, str, bool]] = []
    replaces: dict[tuple[str, str | None], tuple[str, str | None]] = {}
    excludes: set[tuple[str, str]] = set()
    problems: list[str] = []
    block: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if block:
            if line == ")":
                block = None
                continue
            stmt = line
            verb = block
        else:
            verb, _, stmt = line.partition(" ")
            stmt = stmt.strip()
            if stmt == "(":
                block = verb
                continue
        if verb == "require":
            m = _GO_REQUIRE.match(stmt)
            if not m:
                problems.append(f"{path}:{number}: cannot read require {stmt[:80]!r}")
                continue
            indirect = "indirect" in (m.group("comment") or "")
            requires.append((number, m.group("mod"), m.group("ver"), indirect))
        elif verb == "replace":
            m = _GO_REPLACE.match(stmt)
            if m:
                replaces[(m.group("old"), m.group("oldver"))] = (m.group("new"), m.group("newver"))
        elif verb == "exclude":
            parts = stmt.split()
            if len(parts) == 2:
                excludes.add((parts[0], parts[1]))
    out = []
    for number, module, version, indirect in requires:
        if (module, version) in excludes:
            continue
        target = replaces.get((module, version)) or replaces.get((module, None))
        note = ""
        name, ver = module, version
        if target is not None:
            new, newver = target
            if newver is None:  # a local directory
                out.append(
                    Dependency(
                        GO, module, None, path, number, not indirect, spec=version, note=f"replaced by {new}"
                    )
                )
                continue
            name, ver, note = new, newver, f"replaces {module} {version}"
        out.append(Dependency(GO, name, ver, path, number, not indirect, note=note))
    return Manifest(path, "go.mod", tuple(out), tuple(problems))


# --- Cargo.lock ----------------------------------------------------------------------------------


def parse_cargo_lock(path: str, text: str, read: Reader) -> Manifest:
    data = load_toml(text, "Cargo.lock")
    packages = [as_dict(p) for p in as_list(data.get("package"))]
    if not packages and "package" not in data:
        raise ManifestError("no [[package]] entries: not a Cargo lockfile")
    lines = LineIndex(text)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for p in packages:
        by_name.setdefault(str(p.get("name")), []).append(p)

    def ref_of(spec: str) -> str | None:
        # "name", "name version" or "name version (source)"
        parts = spec.split()
        candidates = by_name.get(parts[0], [])
        if len(parts) > 1:
            candidates = [c for c in candidates if c.get("version") == parts[1]]
        if not candidates:
            return None
        c = candidates[0]
        return Dependency(CRATES, str(c.get("name")), str(c.get("version"))).ref

    roots = [p for p in packages if not p.get("source")]  # workspace members: the project itself
    direct = {ref_of(str(s)) for r in roots for s in as_list(r.get("dependencies"))}
    out = []
    for p in packages:
        name, version, source = str(p.get("name", "")), p.get("version"), p.get("source")
        if not source:
            continue
        dep = Dependency(
            CRATES,
            name,
            str(version) if version else None,
            path,
            lines.find_pair(f'name = "{name}"', f'version = "{version}"'),
            None,
            note="" if str(source).startswith(("registry+", "sparse+")) else "from git",
        )
        refs = tuple(r for r in (ref_of(str(s)) for s in as_list(p.get("dependencies"))) if r)
        out.append(replace(dep, direct=dep.ref in direct if roots else None, requires_refs=refs))
    return Manifest(path, "Cargo.lock", tuple(out), has_graph=True)


# --- composer.lock -------------------------------------------------------------------------------

_PLATFORM = re.compile(r"^(php|hhvm|composer(-plugin|-runtime)?-api|ext-.+|lib-.+)$", re.I)


def parse_composer_lock(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_json(text, "composer.lock"))
    if "packages" not in data:
        raise ManifestError("no 'packages': not a Composer lockfile")
    manifest_text = read(sibling(path, "composer.json"))
    direct: set[str] | None = None
    if manifest_text is not None:
        try:
            cj = as_dict(load_json(manifest_text, "composer.json"))
            direct = {n.lower() for k in ("require", "require-dev") for n in as_dict(cj.get(k))}
        except ManifestError:
            direct = None
    lines = LineIndex(text)
    entries: list[tuple[dict[str, Any], str]] = [(as_dict(p), "") for p in as_list(data.get("packages"))]
    entries += [(as_dict(p), "dev") for p in as_list(data.get("packages-dev"))]
    out = []
    for p, scope in entries:
        name = str(p.get("name", ""))
        raw = str(p.get("version", ""))
        version: str | None = raw.removeprefix("v") if raw and not raw.startswith("dev-") else None
        if version and version.endswith("-dev"):
            version = None
        refs = tuple(
            normalize_name(PACKAGIST, n) for n in as_dict(p.get("require")) if not _PLATFORM.match(n)
        )
        out.append(
            Dependency(
                PACKAGIST,
                name,
                version,
                path,
                lines.find(f'"name": "{name}"'),
                None if direct is None else name.lower() in direct,
                spec="" if version else raw,
                scope=scope,
                licenses=tuple(str(x) for x in as_list(p.get("license"))),
                requires_refs=refs,
                note="" if version else "a development branch, not a release",
            )
        )
    # Edges name packages; bind them to the locked versions.
    by_name = {normalize_name(PACKAGIST, d.name): d.ref for d in out}
    linked = [
        replace(d, requires_refs=tuple(by_name[r] for r in d.requires_refs if r in by_name)) for d in out
    ]
    return Manifest(path, "composer.lock", tuple(linked), has_graph=True)


# --- Gemfile.lock --------------------------------------------------------------------------------

_GEM_SPEC = re.compile(r"^    (?P<name>[^\s(]+) \((?P<ver>[^)]+)\)$")
_GEM_DEP = re.compile(r"^      (?P<name>[^\s(]+)(?: \((?P<req>[^)]*)\))?$")
_GEM_DIRECT = re.compile(r"^  (?P<name>[^\s(!]+)!?(?: \((?P<req>[^)]*)\))?$")


def parse_gemfile_lock(path: str, text: str, read: Reader) -> Manifest:
    section = ""
    remote_kind = ""
    gems: list[tuple[str, str, int, str]] = []  # name, version, line, section
    edges: dict[tuple[str, str], list[str]] = {}
    direct: set[str] = set()
    current: tuple[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        if not raw.startswith(" "):
            section = raw.strip()
            remote_kind = section
            current = None
            continue
        if section in ("GEM", "GIT", "PATH"):
            m = _GEM_SPEC.match(raw)
            if m:
                version = m.group("ver").split("-", 1)[0]  # drop a platform suffix
                current = (m.group("name"), version)
                gems.append((m.group("name"), version, number, remote_kind))
                continue
            d = _GEM_DEP.match(raw)
            if d and current:
                edges.setdefault(current, []).append(d.group("name"))
        elif section == "DEPENDENCIES":
            m = _GEM_DIRECT.match(raw)
            if m:
                direct.add(m.group("name"))
    if not gems and "GEM" not in text and "DEPENDENCIES" not in text:
        raise ManifestError("no GEM or DEPENDENCIES section: not a Bundler lockfile")
    versions = {name: version for name, version, _, _ in gems}
    out = []
    emitted: set[tuple[str, str]] = set()
    for name, version, number, kind in gems:
        if (name, version) in emitted:
            continue  # the same gem for another platform
        emitted.add((name, version))
        refs = tuple(
            dict.fromkeys(
                Dependency(RUBYGEMS, child, versions[child]).ref
                for child in edges.get((name, version), [])
                if child in versions
            )
        )
        out.append(
            Dependency(
                RUBYGEMS,
                name,
                version,
                path,
                number,
                name in direct if direct else None,
                requires_refs=refs,
                note="" if kind == "GEM" else f"from {kind.lower()}",
            )
        )
    return Manifest(path, "Gemfile.lock", tuple(out), has_graph=True)


# --- Podfile.lock --------------------------------------------------------------------------------

_POD = re.compile(r"^(?P<name>[^\s(]+)(?: \((?P<ver>[^)]*)\))?$")


def parse_podfile_lock(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_yaml(text, "Podfile.lock"))
    if "PODS" not in data:
        raise ManifestError("no PODS: not a CocoaPods lockfile")
    lines = LineIndex(text)
    direct = set()
    for item in as_list(data.get("DEPENDENCIES")):
        m = _POD.match(str(item))
        if m:
            direct.add(m.group("name").split("/", 1)[0])
    pods: dict[str, tuple[str, set[str]]] = {}
    for item in as_list(data.get("PODS")):
        if isinstance(item, dict):
            for key, children in item.items():
                m = _POD.match(str(key))
                if m:
                    name = m.group("name").split("/", 1)[0]
                    version, kids = pods.setdefault(name, (m.group("ver") or "", set()))
                    for c in as_list(children):
                        cm = _POD.match(str(c))
                        if cm and cm.group("name").split("/", 1)[0] != name:
                            kids.add(cm.group("name").split("/", 1)[0])
        else:
            m = _POD.match(str(item))
            if m:
                pods.setdefault(m.group("name").split("/", 1)[0], (m.group("ver") or "", set()))
    out = []
    for name, (version, kids) in pods.items():
        refs = tuple(Dependency(COCOAPODS, k, pods[k][0]).ref for k in sorted(kids) if k in pods)
        out.append(
            Dependency(
                COCOAPODS,
                name,
                version or None,
                path,
                lines.find(f"- {name}"),
                name in direct,
                requires_refs=refs,
            )
        )
    return Manifest(path, "Podfile.lock", tuple(out), has_graph=True)


# --- packages.lock.json (NuGet) ------------------------------------------------------------------


def parse_nuget_lock(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_json(text, "packages.lock.json"))
    targets = as_dict(data.get("dependencies"))
    if not targets:
        raise ManifestError("no 'dependencies': not a NuGet lockfile")
    lines = LineIndex(text)
    found: dict[str, Dependency] = {}
    for framework in targets.values():
        for name, entry in as_dict(framework).items():
            entry = as_dict(entry)
            if entry.get("type") == "Project":
                continue
            version = entry.get("resolved")
            if not isinstance(version, str):
                continue
            children = as_dict(entry.get("dependencies"))
            dep = Dependency(
                NUGET,
                name,
                version,
                path,
                lines.find(f'"{name}"'),
                entry.get("type") == "Direct",
                spec=str(entry.get("requested", "")),
            )
            key = dep.ref
            prior = found.get(key)
            refs = tuple(normalize_name(NUGET, n) for n in children)
            if prior is None:
                found[key] = replace(dep, requires_refs=refs)
            else:
                found[key] = replace(
                    prior,
                    direct=bool(prior.direct or dep.direct),
                    requires_refs=tuple(dict.fromkeys(prior.requires_refs + refs)),
                )
    by_name = {normalize_name(NUGET, d.name): d.ref for d in found.values()}
    linked = [
        replace(d, requires_refs=tuple(by_name[r] for r in d.requires_refs if r in by_name))
        for d in found.values()
    ]
    return Manifest(path, "packages.lock.json", tuple(linked), has_graph=True)


# --- manifests without their lockfile ------------------------------------------------------------
# Read only when their lockfile is not beside them. Only an exact version is audited; a range is
# recorded as unpinned (a gap), a local path is first-party code.

_EXACT_EQ = re.compile(r"^\s*=\s*v?(\d[\w.+-]*)\s*$")
_CARGO_TABLES = ("dependencies", "dev-dependencies", "build-dependencies")


def parse_cargo_toml(path: str, text: str, read: Reader) -> Manifest:
    """Cargo.toml: a bare version is a caret range in Cargo; only `=1.2.3` pins."""
    data = load_toml(text, "Cargo.toml")
    lines = LineIndex(text)
    tables: list[tuple[Any, str]] = [(data.get(t), t) for t in _CARGO_TABLES]
    tables.append((as_dict(data.get("workspace")).get("dependencies"), "dependencies"))
    for target in as_dict(data.get("target")).values():
        tables += [(as_dict(target).get(t), t) for t in _CARGO_TABLES]
    out = []
    for table, kind in tables:
        scope = {"dev-dependencies": "dev", "build-dependencies": "build"}.get(kind, "")
        for key, value in as_dict(table).items():
            spec_table = value if isinstance(value, dict) else {"version": value}
            name = str(spec_table.get("package") or key)
            line = lines.find(str(key))
            if spec_table.get("workspace") is True:
                continue  # declared, with its version, by the workspace's own Cargo.toml
            if "path" in spec_table:
                note = f"replaced by the local crate {spec_table['path']}"
                out.append(Dependency(CRATES, name, None, path, line, True, scope=scope, note=note))
                continue
            if "git" in spec_table:
                git = redact_url(str(spec_table["git"]))
                out.append(Dependency(CRATES, name, None, path, line, True, git, scope, note="from git"))
                continue
            spec = str(spec_table.get("version", ""))
            exact = _EXACT_EQ.match(spec)
            version = exact.group(1) if exact else None
            out.append(Dependency(CRATES, name, version, path, line, True, "" if exact else spec, scope))
    return Manifest(path, "Cargo.toml", tuple(out))


_COMPOSER_EXACT = re.compile(r"^\s*=?=?\s*v?(\d+(?:\.\d+){0,3}(?:-(?:alpha|beta|RC|rc|p|pl)\.?\d*)?)\s*$")


def parse_composer_json(path: str, text: str, read: Reader) -> Manifest:
    """composer.json: a version written in full is exact in Composer; anything else is a range."""
    data = load_json(text, "composer.json")
    if not isinstance(data, dict):
        raise ManifestError("not a JSON object: not a composer.json")
    lines = LineIndex(text)
    out = []
    for key, scope in (("require", ""), ("require-dev", "dev")):
        for name, raw in as_dict(data.get(key)).items():
            if _PLATFORM.match(name):
                continue
            spec = str(raw)
            exact = _COMPOSER_EXACT.match(spec)
            version = exact.group(1) if exact else None
            line = lines.find(f'"{name}"')
            out.append(Dependency(PACKAGIST, name, version, path, line, True, "" if exact else spec, scope))
    return Manifest(path, "composer.json", tuple(out))


# gem 'name', '1.2.3', require: false      pod 'Name', '~> 1.0', :path => '../x'
_RUBY_DECL = re.compile(r"""^\s*(?P<verb>gem|pod)\s*\(?\s*["'](?P<name>[^"']+)["'](?P<rest>.*)$""")
_RUBY_STRING = re.compile(r"""^\s*,\s*["'](?P<s>[^"']*)["']""")
_RUBY_OPTION = re.compile(
    r"""(?::|\b)(?P<key>path|git|github|gitlab|bitbucket|podspec|source)\b\s*(?:=>|:)"""
)
_RUBY_EXACT = re.compile(r"^\s*=?\s*(\d[\w.]*)\s*$")


def _ruby_declarations(path: str, text: str, verb: str, ecosystem: str, kind: str) -> Manifest:
    """Gemfile / Podfile declarations, read as text (the file is Ruby and is never run)."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        m = _RUBY_DECL.match(raw.split("#", 1)[0])
        if not m or m.group("verb") != verb:
            continue
        name = m.group("name").split("/", 1)[0] if verb == "pod" else m.group("name")
        rest = m.group("rest")
        specs = []
        while True:
            s = _RUBY_STRING.match(rest)
            if not s:
                break
            specs.append(s.group("s"))
            rest = rest[s.end() :]
        option = _RUBY_OPTION.search(rest)
        if option and option.group("key") in ("path", "podspec"):
            note = "replaced by a local path"
            out.append(Dependency(ecosystem, name, None, path, number, True, note=note))
            continue
        if option:
            note = f"installed from {option.group('key')}, not from the registry"
            out.append(Dependency(ecosystem, name, None, path, number, True, note=note))
            continue
        exact = _RUBY_EXACT.match(specs[0]) if len(specs) == 1 else None
        version = exact.group(1) if exact else None
        spec = "" if exact else (", ".join(specs) or "any version")
        out.append(Dependency(ecosystem, name, version, path, number, True, spec))
    return Manifest(path, kind, tuple(out))


def parse_gemfile(path: str, text: str, read: Reader) -> Manifest:
    return _ruby_declarations(path, text, "gem", RUBYGEMS, "Gemfile")


def parse_podfile(path: str, text: str, read: Reader) -> Manifest:
    return _ruby_declarations(path, text, "pod", COCOAPODS, "Podfile")


_NUGET_FLOATING = re.compile(r"[*\[\](),]")
_NUGET_EXACT = re.compile(r"^\s*\[\s*([^,\]\s]+)\s*\]\s*$")


def parse_msbuild_project(path: str, text: str, read: Reader) -> Manifest:
    """PackageReference items of a .csproj / .fsproj / .vbproj, read as XML (never built). NuGet
    installs the lowest version a bare `1.2.3` allows, which is 1.2.3; a floating version or a
    range is unpinned; a version set elsewhere (Directory.Packages.props) is not in this file."""
    root = parse_xml(text, "project file")
    lines = LineIndex(text)
    out = []
    for elem in root.iter():
        if not isinstance(elem.tag, str) or elem.tag.rsplit("}", 1)[-1] != "PackageReference":
            continue
        name = elem.get("Include") or elem.get("Update") or ""
        if not name:
            continue
        child = next((c for c in elem if isinstance(c.tag, str) and c.tag.endswith("Version")), None)
        spec = (elem.get("Version") or (child.text if child is not None else "") or "").strip()
        line = lines.find(f'"{name}"')
        exact = _NUGET_EXACT.match(spec)
        if not spec:
            note = "version managed elsewhere (Directory.Packages.props)"
            out.append(Dependency(NUGET, name, None, path, line, True, note=note))
        elif exact or (not _NUGET_FLOATING.search(spec) and "$" not in spec):
            out.append(Dependency(NUGET, name, exact.group(1) if exact else spec, path, line, True))
        else:
            out.append(Dependency(NUGET, name, None, path, line, True, spec))
    return Manifest(path, "project file", tuple(out))


def parse_packages_config(path: str, text: str, read: Reader) -> Manifest:
    """packages.config (NuGet before PackageReference): exact versions."""
    root = parse_xml(text, "packages.config")
    lines = LineIndex(text)
    out = []
    for elem in root.iter():
        if isinstance(elem.tag, str) and elem.tag == "package" and elem.get("id"):
            name, version = str(elem.get("id")), elem.get("version")
            scope = "dev" if elem.get("developmentDependency") == "true" else ""
            line = lines.find(f'"{name}"')
            out.append(Dependency(NUGET, name, version or None, path, line, True, scope=scope))
    return Manifest(path, "packages.config", tuple(out))
