"""npm: package-lock.json (lockfileVersion 1, 2 and 3), yarn.lock (v1 and Berry) and
pnpm-lock.yaml (lockfileVersion 5, 6 and 9)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from aiscan.deps.ecosystems import NPM
from aiscan.deps.model import Dependency, Manifest, ManifestError
from aiscan.deps.parsers.common import (
    LineIndex,
    Reader,
    as_dict,
    load_json,
    load_yaml,
    redact_url,
    sibling,
)

_DEP_KEYS = ("dependencies", "optionalDependencies", "devDependencies", "peerDependencies")
_SEMVERISH = re.compile(r"^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$")


def _registry_version(version: Any) -> tuple[str | None, str]:
    """(version, note): a lockfile 'version' that is a git URL, a tarball or a local path is not a
    registry version and cannot be audited by version."""
    if not isinstance(version, str):
        return None, "no version in the lockfile"
    if _SEMVERISH.match(version):
        return version, ""
    return None, "installed from a URL, git or a local path, not from the registry"


def _package_json(path: str, read: Reader) -> dict[str, Any] | None:
    text = read(sibling(path, "package.json"))
    if text is None:
        return None
    try:
        return as_dict(load_json(text, "package.json"))
    except ManifestError:
        return None


def _licence(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, dict) and isinstance(value.get("type"), str):
        return (value["type"],)
    if isinstance(value, list):
        return tuple(str(v.get("type")) for v in value if isinstance(v, dict) and v.get("type"))
    return ()


def parse_package_lock(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_json(text, "package-lock.json"))
    if "packages" in data:
        return _package_lock_v2(path, data, LineIndex(text))
    if "dependencies" in data:
        return _package_lock_v1(path, data, LineIndex(text), _package_json(path, read))
    raise ManifestError("neither 'packages' nor 'dependencies': not an npm lockfile")


def _name_from_key(key: str) -> str:
    return key.rsplit("node_modules/", 1)[-1]


def _package_lock_v2(path: str, data: dict[str, Any], lines: LineIndex) -> Manifest:
    packages = as_dict(data.get("packages"))
    root = as_dict(packages.get(""))
    direct_names = {n for k in _DEP_KEYS for n in as_dict(root.get(k))}
    deps: dict[str, Dependency] = {}
    wanted: dict[str, list[str]] = {}
    for key, entry in packages.items():
        entry = as_dict(entry)
        if not key or "node_modules/" not in key or entry.get("link"):
            continue  # the root project, a workspace member or a link to one
        name = str(entry.get("name") or _name_from_key(key))
        version, note = _registry_version(entry.get("version"))
        scope = "dev" if entry.get("dev") else ("optional" if entry.get("optional") else "")
        top_level = key.count("node_modules/") == 1 and not key.startswith("node_modules/.")
        deps[key] = Dependency(
            NPM,
            name,
            version,
            path,
            lines.find(f'"{key}"'),
            top_level and name in direct_names,
            spec=redact_url(str(entry.get("version", ""))) if version is None else "",
            scope=scope,
            licenses=_licence(entry.get("license")),
            note=note,
        )
        wanted[key] = [
            n
            for k in ("dependencies", "optionalDependencies", "peerDependencies")
            for n in as_dict(entry.get(k))
        ]
    out = []
    for key, dep in deps.items():
        refs = []
        for child in wanted.get(key, []):
            found = _node_resolve(key, child, deps)
            if found is not None:
                refs.append(found.ref)
        out.append(replace(dep, requires_refs=tuple(dict.fromkeys(refs))))
    return Manifest(path, "package-lock.json", tuple(out), has_graph=True)


def _node_resolve(from_key: str, name: str, deps: dict[str, Dependency]) -> Dependency | None:
    """Node's module resolution: the nearest node_modules folder up the tree that holds `name`."""
    base = from_key
    while True:
        candidate = f"{base}/node_modules/{name}" if base else f"node_modules/{name}"
        if candidate in deps:
            return deps[candidate]
        if not base:
            return None
        cut = base.rfind("/node_modules/")
        base = base[:cut] if cut >= 0 else ""


def _package_lock_v1(
    path: str, data: dict[str, Any], lines: LineIndex, package_json: dict[str, Any] | None
) -> Manifest:
    direct = {n for k in _DEP_KEYS for n in as_dict((package_json or {}).get(k))} if package_json else None
    out: list[Dependency] = []

    def walk(scope_chain: list[dict[str, Any]], table: dict[str, Any], depth: int, start: int) -> None:
        for name, entry in table.items():
            entry = as_dict(entry)
            version, note = _registry_version(entry.get("version"))
            requires = list(as_dict(entry.get("requires")))
            nested = as_dict(entry.get("dependencies"))
            chain = [nested, *scope_chain]
            line = lines.find(f'"{name}": {{', start=start)
            refs = []
            for child in requires:
                for scope_table in chain:
                    if child in scope_table:
                        cver, _ = _registry_version(as_dict(scope_table[child]).get("version"))
                        refs.append(Dependency(NPM, child, cver).ref)
                        break
            out.append(
                Dependency(
                    NPM,
                    name,
                    version,
                    path,
                    line,
                    (name in direct if direct is not None else None) if depth == 0 else False,
                    spec=redact_url(str(entry.get("version", ""))) if version is None else "",
                    scope="dev" if entry.get("dev") else ("optional" if entry.get("optional") else ""),
                    requires_refs=tuple(refs),
                    note=note,
                )
            )
            if nested:
                walk(chain, nested, depth + 1, line or start)

    top = as_dict(data.get("dependencies"))
    walk([top], top, 0, 0)
    return Manifest(path, "package-lock.json", tuple(out), has_graph=True)


# --- yarn.lock -----------------------------------------------------------------------------------


def _split_descriptor(descriptor: str) -> tuple[str, str]:
    """'@scope/name@^1.0.0' -> ('@scope/name', '^1.0.0'); 'alias@npm:real@^1' -> ('real', '^1')."""
    descriptor = descriptor.strip().strip('"')
    at = descriptor.find("@", 1)
    if at < 0:
        return descriptor, ""
    name, rng = descriptor[:at], descriptor[at + 1 :]
    if rng.startswith("npm:"):
        rest = rng[4:]
        if "@" in rest[1:]:
            return _split_descriptor(rest)
        rng = rest
    return name, rng


def parse_yarn_lock(path: str, text: str, read: Reader) -> Manifest:
    if "__metadata:" in text[:2000]:
        return _yarn_berry(path, text, read)
    entries: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    block: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if indent == 0:
            if not line.endswith(":"):
                raise ManifestError(f"line {number}: unexpected text in a yarn lockfile")
            descriptors = [d.strip() for d in line[:-1].split(",")]
            current = {"descriptors": descriptors, "line": number, "deps": {}}
            entries.append(current)
            block = None
        elif current is None:
            raise ManifestError(f"line {number}: indented text before the first entry")
        elif indent == 2:
            key, _, value = line.partition(" ")
            if line.endswith(":") and not value:
                block = line[:-1]
            else:
                block = None
                current[key.strip('"')] = value.strip().strip('"')
        elif indent >= 4 and block in ("dependencies", "optionalDependencies"):
            name, _, rng = line.partition(" ")
            current["deps"][name.strip('"')] = rng.strip().strip('"')
    index: dict[tuple[str, str], Dependency] = {}
    deps: list[tuple[Dependency, dict[str, str]]] = []
    for e in entries:
        name, _ = _split_descriptor(e["descriptors"][0])
        version, note = _registry_version(e.get("version"))
        dep = Dependency(NPM, name, version, path, e["line"], None, note=note)
        deps.append((dep, e["deps"]))
        for d in e["descriptors"]:
            index[_split_descriptor(d)] = dep
    return _finish_yarn(path, deps, index, read, "yarn.lock")


def _finish_yarn(
    path: str,
    deps: list[tuple[Dependency, dict[str, str]]],
    index: dict[tuple[str, str], Dependency],
    read: Reader,
    kind: str,
    workspace_wants: dict[str, str] | None = None,
) -> Manifest:
    package_json = _package_json(path, read)
    direct: set[str] | None = None
    if workspace_wants:
        direct = {index[(n, r)].ref for n, r in workspace_wants.items() if (n, r) in index}
    elif package_json is not None:
        direct = set()
        for k in _DEP_KEYS:
            for name, rng in as_dict(package_json.get(k)).items():
                found = index.get((name, str(rng))) or index.get(_split_descriptor(f"{name}@{rng}"))
                if found is not None:
                    direct.add(found.ref)
    out = []
    for dep, wanted in deps:
        refs = [index[(n, r)].ref for n, r in wanted.items() if (n, r) in index]
        out.append(
            replace(
                dep,
                direct=None if direct is None else dep.ref in direct,
                requires_refs=tuple(dict.fromkeys(refs)),
            )
        )
    return Manifest(path, kind, tuple(out), has_graph=True)


def _yarn_berry(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_yaml(text, "yarn.lock"))
    lines = LineIndex(text)
    index: dict[tuple[str, str], Dependency] = {}
    deps: list[tuple[Dependency, dict[str, str]]] = []
    workspace_wants: dict[str, str] = {}
    for key, entry in data.items():
        if key == "__metadata" or not isinstance(entry, dict):
            continue
        resolution = str(entry.get("resolution", ""))
        name, rng = _split_descriptor(resolution)
        if rng.startswith(("workspace:", "link:", "portal:")):
            # the project itself or one of its workspaces: what it requires is direct
            for n, r in as_dict(entry.get("dependencies")).items():
                workspace_wants[str(n)] = str(r).removeprefix("npm:")
            continue
        version, note = _registry_version(entry.get("version"))
        if not _SEMVERISH.match(rng):
            version, note = None, "installed from git, a URL or a local path, not from the registry"
        dep = Dependency(NPM, name, version, path, lines.find(f"{key}"), None, note=note)
        wanted = {str(n): str(r).removeprefix("npm:") for n, r in as_dict(entry.get("dependencies")).items()}
        deps.append((dep, wanted))
        for d in str(key).split(","):
            n, r = _split_descriptor(d)
            index[(n, r.removeprefix("npm:"))] = dep
    return _finish_yarn(path, deps, index, read, "yarn.lock", workspace_wants)


# --- pnpm-lock.yaml ------------------------------------------------------------------------------

_PEER_SUFFIX = re.compile(r"[(_].*$")


def _pnpm_key(key: str) -> tuple[str, str] | None:
    """'/name/1.0.0' (v5), '/@s/name@1.0.0(peer@1)' (v6) or 'name@1.0.0' (v9) -> (name, version)."""
    key = key.removeprefix("/")
    if "@" in key[1:]:
        at = key.find("@", 1)
        name, version = key[:at], key[at + 1 :]
    else:
        name, _, version = key.rpartition("/")
    version = _PEER_SUFFIX.sub("", version)
    return (name, version) if name and version else None


def _pnpm_version(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("version", "")
    return _PEER_SUFFIX.sub("", str(value))


def parse_pnpm_lock(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_yaml(text, "pnpm-lock.yaml"))
    if "lockfileVersion" not in data:
        raise ManifestError("no lockfileVersion: not a pnpm lockfile")
    lines = LineIndex(text)
    importers = as_dict(data.get("importers")) or {".": data}
    direct: set[tuple[str, str]] = set()
    dev_only: set[tuple[str, str]] = set()
    prod: set[tuple[str, str]] = set()
    for importer in importers.values():
        for k in ("dependencies", "devDependencies", "optionalDependencies"):
            for name, value in as_dict(as_dict(importer).get(k)).items():
                pair = (str(name), _pnpm_version(value))
                direct.add(pair)
                (dev_only if k == "devDependencies" else prod).add(pair)
    dev_only -= prod
    packages = as_dict(data.get("packages"))
    snapshots = as_dict(data.get("snapshots"))
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for source in (packages, snapshots):
        for key, entry in source.items():
            parsed = _pnpm_key(str(key))
            if parsed is None:
                continue
            prior = merged.get(parsed, ({}, str(key)))[0]
            merged[parsed] = ({**prior, **as_dict(entry)}, merged.get(parsed, ({}, str(key)))[1])
    out = []
    for (name, version), (entry, key) in merged.items():
        pinned, note = _registry_version(version)
        wanted = {
            str(n): _pnpm_version(v)
            for k in ("dependencies", "optionalDependencies")
            for n, v in as_dict(entry.get(k)).items()
        }
        refs = tuple(Dependency(NPM, n, v).ref for n, v in wanted.items() if (n, v) in merged)
        out.append(
            Dependency(
                NPM,
                name,
                pinned,
                path,
                lines.find(key.split("(")[0]),
                (name, version) in direct,
                scope="dev" if entry.get("dev") is True or (name, version) in dev_only else "",
                requires_refs=refs,
                note=note,
                spec="" if pinned else version,
            )
        )
    return Manifest(path, "pnpm-lock.yaml", tuple(out), has_graph=True)


# --- package.json without a lockfile -------------------------------------------------------------

_NPM_EXACT = re.compile(r"^\s*=?\s*v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)\s*$")
_NPM_LOCAL = ("file:", "link:", "workspace:", "portal:")
_NPM_REMOTE = ("git+", "git:", "github:", "gitlab:", "bitbucket:", "http:", "https:", "npm:")
_DEP_SCOPES = {"dependencies": "", "optionalDependencies": "optional", "devDependencies": "dev"}


def parse_package_json(path: str, text: str, read: Reader) -> Manifest:
    """The declarations of a package.json that no lockfile pins (read only when none is beside
    it). An exact version is audited as such; a range, a tag, a URL or git is recorded as
    unpinned; a local path is first-party code. Peer dependencies are installed too (npm 7+)."""
    data = load_json(text, "package.json")
    if not isinstance(data, dict):
        raise ManifestError("not a JSON object: not a package.json")
    lines = LineIndex(text)
    out: list[Dependency] = []
    for key in (*_DEP_SCOPES, "peerDependencies"):
        for name, raw in as_dict(data.get(key)).items():
            spec = str(raw) if isinstance(raw, str | int | float) else ""
            line = lines.find(f'"{name}"')
            scope = _DEP_SCOPES.get(key, "peer")
            exact = _NPM_EXACT.match(spec)
            if spec.startswith(_NPM_LOCAL):
                note = f"replaced by the local package {spec}"
                out.append(Dependency(NPM, name, None, path, line, True, spec=spec, scope=scope, note=note))
            elif spec.startswith(_NPM_REMOTE) or "/" in spec:
                note = "installed from a URL, git or an alias, not from the registry"
                out.append(
                    Dependency(
                        NPM, name, None, path, line, True, spec=redact_url(spec), scope=scope, note=note
                    )
                )
            else:
                version = exact.group(1) if exact else None
                out.append(
                    Dependency(NPM, name, version, path, line, True, spec="" if exact else spec, scope=scope)
                )
    return Manifest(path, "package.json", tuple(out))
