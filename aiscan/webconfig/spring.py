"""Spring Boot `application*.properties|yml` resolved to what applies in production.

The default file (`application.properties`/`.yml`) always applies; so do the profiles it
activates (`spring.profiles.active`) and profiles named for production (`prod`, `production`,
`live`, `release`). Profiles named for development or tests (`dev`, `local`, `test`) do not.
A YAML document limited to a profile (`spring.config.activate.on-profile`, `spring.profiles`)
applies when that profile does. Later sources override earlier ones key by key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

import yaml

from aiscan.errors import ConfigError
from aiscan.safe_yaml import parse as parse_yaml
from aiscan.webconfig.source import Hit, Tree, in_test_tree, production_name
from aiscan.webconfig.spring_matchers import context_path_rules

_NAME = re.compile(r"^(application|bootstrap)(?:-([A-Za-z0-9_.-]+))?\.(properties|ya?ml)$")
_PROD_PROFILES = frozenset({"prod", "production", "live", "release", "prd"})
_DOC_SPLIT = re.compile(r"^---[ \t]*(?:#.*)?$|^#---[ \t]*$", re.M)
_DANGEROUS_ENDPOINTS = frozenset(
    {
        "*",
        "env",
        "heapdump",
        "threaddump",
        "configprops",
        "beans",
        "mappings",
        "loggers",
        "shutdown",
        "jolokia",
        "logfile",
        "httptrace",
        "httpexchanges",
        "sessions",
    }
)


@dataclass(frozen=True)
class Prop:
    value: str
    path: str
    line: int


@dataclass(frozen=True)
class Source:
    path: str
    profile: str | None  # from the file name
    on_profile: tuple[str, ...]  # from the document
    props: dict[str, Prop]


def check_spring(tree: Tree) -> list[Hit]:
    sources: list[Source] = []
    for path in tree.paths:
        m = _NAME.match(PurePosixPath(path).name)
        if not m or in_test_tree(path) or "/src/test/" in f"/{path}":
            continue
        text = tree.text(path)
        if text is None:
            continue
        try:
            if m.group(3) == "properties":
                sources.append(Source(path, m.group(2), (), parse_properties(text, path)))
            else:
                sources.extend(
                    Source(path, m.group(2), on, props) for on, props in parse_yaml_docs(text, path)
                )
        except ConfigError as exc:
            tree.gap(path, exc.message.split(": ", 1)[-1])
    hits = _devtools_in_build(tree)
    by_folder: dict[str, list[Source]] = {}
    for s in sources:
        by_folder.setdefault(str(PurePosixPath(s.path).parent), []).append(s)
    for group in by_folder.values():
        props = effective(group)
        hits.extend(spring_hits(props))
        context = props.get("server.servlet.context-path") or props.get("server.context-path")
        if context:
            hits.extend(context_path_rules(tree, context.path, context.value))
    return hits


_GRADLE_DEVTOOLS = re.compile(
    r"^\s*(implementation|api|compile|runtimeOnly|runtime|compileOnly)\b[^\n]*spring-boot-devtools", re.M
)
_MAVEN_KEEPS_DEVTOOLS = re.compile(r"<excludeDevtools>\s*false\s*</excludeDevtools>")


def _devtools_in_build(tree: Tree) -> list[Hit]:
    """DevTools packaged into the application: a Gradle configuration other than
    developmentOnly (bootJar then ships it), or Maven's repackage told to keep it."""
    hits: list[Hit] = []
    for path in tree.named("build.gradle", "build.gradle.kts", "pom.xml"):
        if in_test_tree(path):
            continue
        text = tree.text(path)
        if text is None or "devtools" not in text.lower():
            continue
        pattern = _MAVEN_KEEPS_DEVTOOLS if path.endswith("pom.xml") else _GRADLE_DEVTOOLS
        for m in pattern.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            hits.append(
                Hit(
                    "server-devtools-enabled",
                    path,
                    line,
                    "Spring Boot DevTools is packaged into the application",
                )
            )
    return hits


def effective(sources: list[Source]) -> dict[str, Prop]:
    """The properties that apply in production, later sources winning key by key."""
    defaults = [s for s in sources if s.profile is None and not s.on_profile]
    active: list[str] = []
    for s in defaults:
        p = s.props.get("spring.profiles.active")
        if p:
            active = [a.strip() for a in p.value.split(",") if a.strip()]
    applies = {a for a in active if production_name(a)} | _PROD_PROFILES

    def applicable(s: Source) -> bool:
        profiles = ([s.profile] if s.profile else []) + list(s.on_profile)
        return all(p.lstrip("!") in applies or (p.startswith("!") and p[1:] not in applies) for p in profiles)

    ordered = defaults + [s for s in sources if s not in defaults and applicable(s)]
    out: dict[str, Prop] = {}
    for s in ordered:
        out.update(s.props)
    return out


def spring_hits(props: dict[str, Prop]) -> list[Hit]:
    hits: list[Hit] = []

    def get(*keys: str) -> Prop | None:
        return next((props[k] for k in keys if k in props), None)

    for key in (
        "server.error.include-stacktrace",
        "server.error.include-exception",
        "server.error.include-message",
        "server.error.include-binding-errors",
    ):
        p = get(key, key.replace("-", ""))
        if p and p.value.strip().lower().replace("-", "_") in (
            "always",
            "true",
            "on_param",
            "on_trace_param",
        ):
            hits.append(
                Hit(
                    "server-detailed-errors",
                    p.path,
                    p.line,
                    f"{key}={p.value} applies in production: error responses carry internal details",
                )
            )
    p = get("debug")
    if p and p.value.strip().lower() == "true":
        hits.append(
            Hit(
                "server-debug-enabled",
                p.path,
                p.line,
                "debug=true applies in production (debug logging of the auto-configuration)",
            )
        )
    p = get("spring.h2.console.enabled")
    if p and p.value.strip().lower() == "true":
        hits.append(
            Hit("server-debug-enabled", p.path, p.line, "the H2 web console is enabled in production")
        )
    p = get("spring.devtools.remote.secret")
    if p and p.value.strip():
        hits.append(
            Hit(
                "server-devtools-enabled",
                p.path,
                p.line,
                "Spring Boot DevTools remote access is configured in production",
            )
        )
    # spring.devtools.restart/livereload.enabled=true are not read here: both default to true and
    # act only once DevTools runs, which a packaged application does only when DevTools is packaged
    # (_devtools_in_build) and a JVM system property asks for it, never from an application file.
    p = get("management.endpoints.web.exposure.include")
    if p:
        exposed = {e.strip().lower() for e in p.value.split(",")}
        risky = sorted(exposed & _DANGEROUS_ENDPOINTS)
        if risky:
            hits.append(
                Hit(
                    "server-actuator-exposed",
                    p.path,
                    p.line,
                    f"actuator endpoints exposed over HTTP in production: {', '.join(risky)}",
                )
            )
    for key in (
        "server.servlet.session.cookie.secure",
        "server.servlet.session.cookie.http-only",
        "server.reactive.session.cookie.secure",
        "server.reactive.session.cookie.http-only",
    ):
        p = get(key)
        if p and p.value.strip().lower() == "false":
            hits.append(Hit("server-cookie-flags", p.path, p.line, f"{key}=false applies in production"))
    p = get("server.servlet.session.cookie.same-site")
    if p and p.value.strip().lower() == "none":
        hits.append(
            Hit(
                "server-cookie-flags",
                p.path,
                p.line,
                "the session cookie is sent with cross-site requests (same-site=none)",
            )
        )
    p = get("management.endpoints.web.cors.allowed-origins")
    if p and p.value.strip() == "*":
        hits.append(Hit("server-cors-wildcard", p.path, p.line, "actuator CORS allows any origin"))
    return hits


def parse_properties(text: str, path: str) -> dict[str, Prop]:
    """Java properties: `key=value`, `key: value` or `key value`, `#`/`!` comments, a trailing
    backslash continues the line."""
    out: dict[str, Prop] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        start = i
        line = lines[i].lstrip()
        i += 1
        if not line or line[0] in "#!":
            continue
        while line.endswith("\\") and not line.endswith("\\\\") and i < len(lines):
            line = line[:-1] + lines[i].lstrip()
            i += 1
        m = re.match(r"((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$", line)
        if m:
            key = m.group(1).replace("\\", "")
            out[key] = Prop(m.group(2).strip(), path, start + 1)
    return out


def parse_yaml_docs(text: str, path: str) -> list[tuple[tuple[str, ...], dict[str, Prop]]]:
    """Each YAML document of the file flattened to dotted keys with their lines, and the
    profiles it is limited to."""
    docs = []
    offset = 0
    pieces: list[tuple[int, str]] = []
    last = 0
    for m in _DOC_SPLIT.finditer(text):
        pieces.append((offset, text[last : m.start()]))
        offset += text.count("\n", last, m.end())
        last = m.end()
    pieces.append((offset, text[last:]))
    for first_line, body in pieces:
        if not body.strip():
            continue
        doc = parse_yaml(body, path, "Spring configuration")
        props: dict[str, Prop] = {}
        if doc.node is not None:
            _flatten(doc.node, "", props, path, first_line, 0)
        on = props.get("spring.config.activate.on-profile") or props.get("spring.profiles")
        profiles = tuple(p.strip() for p in on.value.split(",")) if on else ()
        docs.append((profiles, props))
    return docs


def _flatten(node: yaml.Node, prefix: str, out: dict[str, Prop], path: str, offset: int, depth: int) -> None:
    if depth > 64:
        return
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            name = f"{prefix}.{key.value}" if prefix else str(key.value)
            if isinstance(value, yaml.ScalarNode):
                out[name] = Prop(str(value.value), path, offset + key.start_mark.line + 1)
            elif isinstance(value, yaml.SequenceNode) and all(
                isinstance(v, yaml.ScalarNode) for v in value.value
            ):
                out[name] = Prop(
                    ",".join(str(v.value) for v in value.value), path, offset + key.start_mark.line + 1
                )
            else:
                _flatten(value, name, out, path, offset, depth + 1)
