"""Python: requirements files, poetry.lock, Pipfile.lock, uv.lock and pyproject.toml.

`setup.py` is never run: a project that only declares its dependencies in code has nothing here to
audit, and says so.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import replace
from typing import Any

from aiscan.deps.ecosystems import PYPI, normalize_name
from aiscan.deps.model import Dependency, Manifest, ManifestError
from aiscan.deps.parsers.common import (
    LineIndex,
    Reader,
    as_dict,
    as_list,
    load_json,
    load_toml,
    redact_url,
    resolve_relative,
    sibling,
)

_COMMENT = re.compile(r"(^|\s+)#.*$")
_OPTION_WITH_VALUE = {
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--trusted-host",
    "--no-binary",
    "--only-binary",
    "--use-feature",
    "--config-settings",
    "--global-option",
    "--hash",
}
_INCLUDE = {
    "-r": "requirement",
    "--requirement": "requirement",
    "-c": "constraint",
    "--constraint": "constraint",
}
MAX_INCLUDE_DEPTH = 10


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with backslash continuations joined and comments removed, with their first line."""
    out: list[tuple[int, str]] = []
    buf = ""
    start = 0
    for number, raw in enumerate(text.splitlines(), 1):
        if not buf:
            start = number
        if raw.endswith("\\"):
            buf += raw[:-1] + " "
            continue
        buf += raw
        line = _COMMENT.sub("", buf).strip()
        buf = ""
        if line:
            out.append((start, line))
    if buf.strip():
        out.append((start, _COMMENT.sub("", buf).strip()))
    return out


def pin_of(specifier: Any) -> str | None:
    """The exact version a specifier set allows, or None: '==1.2.3' and '===1.2.3' pin, a
    wildcard ('==1.2.*') or any other operator does not."""
    specs = list(specifier)
    if len(specs) != 1:
        return None
    spec = specs[0]
    if spec.operator in ("==", "===") and not spec.version.endswith(".*"):
        return str(spec.version)
    return None


def _requirement(line: str, path: str, number: int) -> tuple[Dependency | None, str | None]:
    """One requirement line as a dependency, or a problem."""
    from packaging.requirements import InvalidRequirement, Requirement

    # Per-requirement options (--hash=..., --config-settings) follow the requirement itself.
    text = re.split(r"\s+--?[a-zA-Z]", " " + line, maxsplit=1)[0].strip()
    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        why = str(exc).splitlines()[0] if str(exc) else "invalid"
        return None, f"line {number}: cannot read requirement {redact_url(text)[:80]!r}: {why}"
    marker = str(req.marker) if req.marker else ""
    if req.url:
        return (
            Dependency(
                PYPI,
                req.name,
                None,
                path,
                number,
                True,
                spec=redact_url(req.url),
                marker=marker,
                note="installed from a URL, not from the index",
            ),
            None,
        )
    version = pin_of(req.specifier)
    return (
        Dependency(PYPI, req.name, version, path, number, True, spec=str(req.specifier), marker=marker),
        None,
    )


def parse_requirements(path: str, text: str, read: Reader) -> Manifest:
    """A pip requirements file with its `-r` includes and `-c` constraints (within the root)."""
    deps: list[Dependency] = []
    problems: list[str] = []
    includes: list[str] = []
    constraints: dict[str, str] = {}
    seen: set[str] = {path}

    def walk(file_path: str, file_text: str, kind: str, depth: int) -> None:
        for number, line in _logical_lines(file_text):
            try:
                tokens = shlex.split(line, comments=False)
            except ValueError:
                tokens = line.split()
            head = tokens[0] if tokens else ""
            option, _, inline = head.partition("=")
            if option in _INCLUDE:
                target = inline or (tokens[1] if len(tokens) > 1 else "")
                _include(file_path, number, target, _INCLUDE[option], depth)
                continue
            if head in ("-e", "--editable") or option == "--editable":
                target = inline or (tokens[1] if len(tokens) > 1 else "")
                if kind == "requirement" and not target.startswith((".", "/", "file:")):
                    problems.append(
                        f"{file_path}:{number}: editable requirement {redact_url(target)[:80]!r} "
                        "has no version to audit"
                    )
                continue
            if head.startswith("-"):
                continue  # an index, find-links or resolver option
            if line.startswith((".", "/")) or line.startswith("file:"):
                continue  # a local project (the project itself or a sibling package)
            dep, problem = _requirement(line, file_path, number)
            if problem:
                problems.append(f"{file_path}:{problem}")
            if dep is None:
                continue
            if kind == "constraint":
                if dep.version:
                    constraints[normalize_name(PYPI, dep.name)] = dep.version
            else:
                deps.append(dep)

    def _include(from_path: str, number: int, target: str, kind: str, depth: int) -> None:
        if not target:
            problems.append(f"{from_path}:{number}: -r/-c without a file name")
            return
        resolved = resolve_relative(from_path, target)
        if resolved is None or "://" in target:
            problems.append(f"{from_path}:{number}: included file {target!r} is outside the scanned tree")
            return
        if resolved in seen:
            return
        if depth >= MAX_INCLUDE_DEPTH:
            problems.append(f"{from_path}:{number}: includes nested deeper than {MAX_INCLUDE_DEPTH}")
            return
        included = read(resolved)
        if included is None:
            problems.append(f"{from_path}:{number}: included file {target!r} not found")
            return
        seen.add(resolved)
        includes.append(resolved)
        walk(resolved, included, kind, depth + 1)

    walk(path, text, "requirement", 0)
    resolved_deps = []
    for dep in deps:
        pinned = constraints.get(normalize_name(PYPI, dep.name))
        if dep.version is None and pinned and not dep.note:
            dep = replace(dep, version=pinned, spec=f"{dep.spec} (pinned by a constraints file)".strip())
        resolved_deps.append(dep)
    return Manifest(path, "requirements", tuple(resolved_deps), tuple(problems), tuple(includes))


# --- pyproject.toml ------------------------------------------------------------------------------

_POETRY_EXACT = re.compile(r"^\s*=?=?\s*(\d[\w.!+-]*)\s*$")


def _poetry_spec(value: Any) -> tuple[str | None, str, str]:
    """(pinned version, spec as written, note) of a Poetry dependency value."""
    if isinstance(value, str):
        m = _POETRY_EXACT.match(value)
        return (m.group(1) if m else None), value, ""
    if isinstance(value, dict):
        if "version" in value:
            return _poetry_spec(value["version"])[0], str(value["version"]), ""
        for key in ("git", "path", "url"):
            if key in value:
                return None, redact_url(str(value[key])), f"installed from {key}, not from the index"
    if isinstance(value, list):
        return None, "several constraints by environment", ""
    return None, str(value), ""


def direct_names_from_pyproject(text: str | None) -> dict[str, str] | None:
    """The normalised names a pyproject.toml declares (PEP 621, PEP 735, Poetry) with their
    scope ('' for runtime, 'dev', 'optional'), or None without a readable pyproject.toml."""
    if text is None:
        return None
    try:
        deps = _pyproject_declarations("pyproject.toml", text)
    except ManifestError:
        return None
    out: dict[str, str] = {}
    for d in deps:
        key = normalize_name(PYPI, d.name)
        out[key] = "" if "" in (out.get(key, d.scope), d.scope) else d.scope
    return out


def _pyproject_declarations(path: str, text: str) -> list[Dependency]:
    from packaging.requirements import InvalidRequirement, Requirement

    data = load_toml(text, "pyproject.toml")
    lines = LineIndex(text)
    out: list[Dependency] = []

    def pep508(items: Any, scope: str) -> None:
        for item in as_list(items):
            if not isinstance(item, str):
                continue  # a PEP 735 include-group table
            try:
                req = Requirement(item)
            except InvalidRequirement:
                out.append(Dependency(PYPI, item, None, path, lines.find(item), True, spec=item, scope=scope))
                continue
            out.append(
                Dependency(
                    PYPI,
                    req.name,
                    None if req.url else pin_of(req.specifier),
                    path,
                    lines.find(f'"{item}') or lines.find(req.name),
                    True,
                    spec=redact_url(req.url) if req.url else str(req.specifier),
                    scope=scope,
                    marker=str(req.marker) if req.marker else "",
                    note="installed from a URL, not from the index" if req.url else "",
                )
            )

    project = as_dict(data.get("project"))
    pep508(project.get("dependencies"), "")
    for group in as_dict(project.get("optional-dependencies")).values():
        pep508(group, "optional")
    for group in as_dict(data.get("dependency-groups")).values():
        pep508(group, "dev")
    poetry = as_dict(as_dict(data.get("tool")).get("poetry"))
    tables: list[tuple[Any, str]] = [
        (poetry.get("dependencies"), ""),
        (poetry.get("dev-dependencies"), "dev"),
    ]
    tables += [(as_dict(g).get("dependencies"), "dev") for g in as_dict(poetry.get("group")).values()]
    for table, scope in tables:
        for name, value in as_dict(table).items():
            if name.lower() == "python":
                continue
            version, spec, note = _poetry_spec(value)
            out.append(
                Dependency(
                    PYPI, name, version, path, lines.find(name, "="), True, spec=spec, scope=scope, note=note
                )
            )
    return out


def parse_pyproject(path: str, text: str, read: Reader) -> Manifest:
    """Declared dependencies of pyproject.toml; only pins (`==`) are versions. Used when the
    project has no lockfile beside it."""
    return Manifest(path, "pyproject.toml", tuple(_pyproject_declarations(path, text)))


# --- lockfiles -----------------------------------------------------------------------------------


def _direct(path: str, read: Reader) -> dict[str, str] | None:
    return direct_names_from_pyproject(read(sibling(path, "pyproject.toml")))


def _link(deps: list[Dependency], requires: dict[str, list[str]]) -> list[Dependency]:
    """Resolve each dependency's required names to the exact locked components."""
    by_name: dict[str, list[Dependency]] = {}
    for d in deps:
        by_name.setdefault(normalize_name(PYPI, d.name), []).append(d)
    out = []
    for d in deps:
        refs: list[str] = []
        for child in requires.get(d.ref, []):
            refs.extend(c.ref for c in by_name.get(normalize_name(PYPI, child), [])[:1])
        out.append(replace(d, requires_refs=tuple(dict.fromkeys(refs))))
    return out


def parse_poetry_lock(path: str, text: str, read: Reader) -> Manifest:
    data = load_toml(text, "poetry.lock")
    if not isinstance(data.get("package", []), list) or ("package" not in data and "metadata" not in data):
        raise ManifestError("no [[package]] list: not a Poetry lockfile")
    direct = _direct(path, read)
    lines = LineIndex(text)
    deps: list[Dependency] = []
    requires: dict[str, list[str]] = {}
    for pkg in as_list(data.get("package")):
        pkg = as_dict(pkg)
        name, version = str(pkg.get("name", "")), pkg.get("version")
        if not name or not isinstance(version, str):
            continue
        category = str(pkg.get("category", ""))
        scope = "dev" if category == "dev" else ("optional" if pkg.get("optional") else "")
        if direct and not scope:
            scope = direct.get(normalize_name(PYPI, name), "")
        dep = Dependency(
            PYPI,
            name,
            version,
            path,
            lines.find(f'name = "{name}"'),
            None if direct is None else normalize_name(PYPI, name) in direct,
            scope=scope,
        )
        deps.append(dep)
        requires[dep.ref] = list(as_dict(pkg.get("dependencies")))
    return Manifest(path, "poetry.lock", tuple(_link(deps, requires)), has_graph=True)


def parse_pipfile_lock(path: str, text: str, read: Reader) -> Manifest:
    data = as_dict(load_json(text, "Pipfile.lock"))
    lines = LineIndex(text)
    deps: list[Dependency] = []
    for section, scope in (("default", ""), ("develop", "dev")):
        for name, spec in as_dict(data.get(section)).items():
            spec = as_dict(spec)
            raw = spec.get("version")
            version = raw[2:] if isinstance(raw, str) and raw.startswith("==") else None
            note = ""
            if version is None:
                for key in ("git", "path", "file", "editable"):
                    if key in spec:
                        note = f"installed from {key}, not from the index"
            deps.append(
                Dependency(
                    PYPI,
                    name,
                    version,
                    path,
                    lines.find(f'"{name}"'),
                    True,
                    spec=str(raw or ""),
                    scope=scope,
                    marker=str(spec.get("markers", "")),
                    note=note,
                )
            )
    return Manifest(path, "Pipfile.lock", tuple(deps))


def parse_uv_lock(path: str, text: str, read: Reader) -> Manifest:
    data = load_toml(text, "uv.lock")
    if not isinstance(data.get("package", []), list) or "version" not in data:
        raise ManifestError("no version or [[package]] list: not a uv lockfile")
    lines = LineIndex(text)
    packages = [as_dict(p) for p in as_list(data.get("package"))]
    roots = {
        normalize_name(PYPI, str(p.get("name")))
        for p in packages
        if {"editable", "virtual"} & set(as_dict(p.get("source")))
        or as_dict(p.get("source")).get("directory") == "."
    }
    direct: set[str] = set()
    deps: list[Dependency] = []
    requires: dict[str, list[str]] = {}
    by_name_version: dict[tuple[str, str], str] = {}
    for p in packages:
        name = str(p.get("name", ""))
        children = [as_dict(d) for d in as_list(p.get("dependencies"))]
        for group in as_dict(p.get("optional-dependencies")).values():
            children += [as_dict(d) for d in as_list(group)]
        for group in as_dict(p.get("dev-dependencies")).values():
            children += [as_dict(d) for d in as_list(group)]
        if normalize_name(PYPI, name) in roots:
            direct |= {normalize_name(PYPI, str(c.get("name", ""))) for c in children}
            continue
        version = p.get("version")
        source = as_dict(p.get("source"))
        note = ""
        if "git" in source or "path" in source or "url" in source:
            note = "installed from a VCS, path or URL, not from the index"
        dep = Dependency(
            PYPI,
            name,
            version if isinstance(version, str) else None,
            path,
            lines.find(f'name = "{name}"'),
            None,
            note=note,
        )
        deps.append(dep)
        by_name_version[(normalize_name(PYPI, name), str(version))] = dep.ref
        requires[dep.ref] = [f"{c.get('name')}@{c.get('version', '')}" for c in children if c.get("name")]
    out = []
    first_by_name: dict[str, str] = {}
    for d in deps:
        first_by_name.setdefault(normalize_name(PYPI, d.name), d.ref)
    for d in deps:
        refs: list[str] = []
        for child in requires.get(d.ref, []):
            cname, _, cversion = child.rpartition("@")
            key = normalize_name(PYPI, cname)
            ref = by_name_version.get((key, cversion)) or first_by_name.get(key)
            if ref:
                refs.append(ref)
        out.append(
            replace(
                d,
                direct=normalize_name(PYPI, d.name) in direct if roots else None,
                requires_refs=tuple(dict.fromkeys(refs)),
            )
        )
    return Manifest(path, "uv.lock", tuple(out), has_graph=True)


def parse_pipfile(path: str, text: str, read: Reader) -> Manifest:
    """A Pipfile with no Pipfile.lock beside it: only `==` pins are versions."""
    data = load_toml(text, "Pipfile")
    lines = LineIndex(text)
    out = []
    for section, scope in (("packages", ""), ("dev-packages", "dev")):
        for name, value in as_dict(data.get(section)).items():
            spec_table = value if isinstance(value, dict) else {"version": value}
            spec = str(spec_table.get("version", ""))
            line = lines.find(name, "=")
            source = next((k for k in ("git", "path", "file", "editable") if k in spec_table), None)
            if source is not None:
                note = f"installed from {source}, not from the index"
                out.append(Dependency(PYPI, name, None, path, line, True, scope=scope, note=note))
                continue
            version = (
                spec[2:].strip() if spec.startswith("==") and "*" not in spec and "," not in spec else None
            )
            out.append(Dependency(PYPI, name, version, path, line, True, spec=spec or "*", scope=scope))
    return Manifest(path, "Pipfile", tuple(out))


_SETUP_REQUIRES = re.compile(r"\binstall_requires\s*=")


def parse_setup_py(path: str, text: str, read: Reader) -> Manifest:
    """setup.py is code and is never run: dependencies it declares cannot be read, and say so."""
    match = _SETUP_REQUIRES.search(text)
    if match is None:
        return Manifest(path, "setup.py")
    number = text.count("\n", 0, match.start()) + 1
    problem = (
        f"{path}:{number}: install_requires is Python code, which aiscan does not run; "
        "declare the dependencies in requirements.txt or pyproject.toml (or a lockfile)"
    )
    return Manifest(path, "setup.py", (), (problem,))


def parse_setup_cfg(path: str, text: str, read: Reader) -> Manifest:
    """setup.cfg's `[options] install_requires` and `extras_require` (declarative setuptools):
    only `==` pins are versions."""
    import configparser

    config = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        config.read_string(text)
    except configparser.Error as exc:
        raise ManifestError(f"not a valid setup.cfg: {str(exc).splitlines()[0]}") from exc
    lines = LineIndex(text)
    sections = [("options", "install_requires", "")]
    if config.has_section("options.extras_require"):
        sections += [("options.extras_require", key, "optional") for key in config["options.extras_require"]]
    deps: list[Dependency] = []
    problems: list[str] = []
    for section, key, scope in sections:
        for item in config.get(section, key, fallback="").splitlines():
            item = _COMMENT.sub("", item).strip()
            if not item:
                continue
            dep, problem = _requirement(item, path, lines.find(item) or 0)
            if problem:
                problems.append(f"{path}:{problem}")
            if dep is not None:
                deps.append(replace(dep, scope=scope))
    return Manifest(path, "setup.cfg", tuple(deps), tuple(problems))
