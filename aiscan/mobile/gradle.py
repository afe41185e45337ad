"""Gradle build files (Groovy and Kotlin DSL) read as text, never evaluated: the facts of the
release build that the Android checks need."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aiscan.mobile.sourcetext import blank_comments, line_of

_TARGET_SDK = re.compile(r"\btargetSdk(?:Version)?\b\s*(?:=\s*|\(\s*|\s+)(?P<value>[^\n)]+)", re.MULTILINE)
_SDK_NUMBER = re.compile(r"^\s*(?:\"|')?(\d{1,3})(?:\"|')?\s*$")
_SDK_DEFINITION = re.compile(
    r"\b(?:target[_-]?sdk(?:[_-]?version)?|compile[_-]?sdk(?:[_-]?version)?)\b[\"']?\s*[:=]\s*[\"']?(\d{2})",
    re.IGNORECASE,
)
_APPLICATION_PLUGIN = re.compile(
    r"com\.android\.application|android[-.]application|apply\s+plugin:\s*['\"]com\.android\.application"
)
_LIBRARY_PLUGIN = re.compile(r"com\.android\.library|android[-.]library")
_RELEASE_BLOCK = re.compile(
    r"(?:\brelease\b|getByName\(\s*\"release\"\s*\)|named\(\s*\"release\"\s*\)|create\(\s*\"release\"\s*\))\s*\{"
)
_BUILD_TYPES = re.compile(r"\bbuildTypes\s*\{")
# the value is a literal or a name the same file defines (`def enableProguardInReleaseBuilds = false`)
_DEBUGGABLE = re.compile(r"\b(?:isDebuggable|debuggable)\b\s*(?:=\s*|\(\s*|\s+)(true|false|[A-Za-z_]\w*)\b")
_MINIFY = re.compile(r"\b(?:isMinifyEnabled|minifyEnabled)\b\s*(?:=\s*|\(\s*|\s+)(true|false|[A-Za-z_]\w*)\b")
_BUILD_FIELD = re.compile(r"\b(?:buildConfigField|resValue|manifestPlaceholders)\b[^\n]*")
_HTTP_URL = re.compile(r"http://(?!localhost\b|127\.0\.0\.1\b|10\.0\.2\.2\b|0\.0\.0\.0\b)[^\s\"'\\)]+")
_DEPENDENCY = re.compile(r"[\"']([\w.-]+:[\w.-]+)(?::[^\"']*)?[\"']")


@dataclass(frozen=True)
class Located:
    value: str
    line: int


@dataclass
class GradleFacts:
    application: bool | None = None  # applies the Android application plugin (None: no plugin seen)
    target_sdk: int | None = None
    target_sdk_expr: Located | None = None  # when not a number: the expression, resolved later
    release_debuggable: Located | None = None
    release_minify: Located | None = None
    http_urls: list[Located] = field(default_factory=list)
    dependencies: list[Located] = field(default_factory=list)


def parse_gradle(text: str) -> GradleFacts:
    code = blank_comments(text)
    facts = GradleFacts()
    if _APPLICATION_PLUGIN.search(code):
        facts.application = True
    elif _LIBRARY_PLUGIN.search(code):
        facts.application = False
    m = _TARGET_SDK.search(code)
    if m:
        value = m.group("value").strip()
        number = _SDK_NUMBER.match(value)
        if number:
            facts.target_sdk = int(number.group(1))
        else:
            facts.target_sdk_expr = Located(value, line_of(code, m.start()))
    release = _release_block(code)
    if release is not None:
        start, body = release
        d = _DEBUGGABLE.search(body)
        value = _boolean(d.group(1), code) if d else None
        if d and value is not None:
            facts.release_debuggable = Located(value, line_of(code, start + d.start()))
        mi = _MINIFY.search(body)
        value = _boolean(mi.group(1), code) if mi else None
        if mi and value is not None:
            facts.release_minify = Located(value, line_of(code, start + mi.start()))
    for f in _BUILD_FIELD.finditer(code):
        for url in _HTTP_URL.finditer(f.group(0)):
            facts.http_urls.append(Located(url.group(0), line_of(code, f.start())))
    for dep in _DEPENDENCY.finditer(code):
        facts.dependencies.append(Located(dep.group(1), line_of(code, dep.start())))
    return facts


def _boolean(value: str, code: str) -> str | None:
    """ "true"/"false", or the literal a variable of the same build file is given; None when the
    build computes it."""
    if value in ("true", "false"):
        return value
    m = re.search(
        rf"\b(?:def|val|var|boolean|Boolean)\s+{re.escape(value)}\s*(?::\s*Boolean\s*)?=\s*(true|false)\b",
        code,
    )
    return m.group(1) if m else None


def resolve_sdk(expr: str, definitions: list[str]) -> int | None:
    """A targetSdk given as a variable (`rootProject.ext.targetSdkVersion`, a version catalog
    entry): the number that the project's shared build files define for a target SDK."""
    del expr
    for text in definitions:
        for m in _SDK_DEFINITION.finditer(text):
            if "target" in m.group(0).lower():
                return int(m.group(1))
    return None


def _release_block(code: str) -> tuple[int, str] | None:
    types = _BUILD_TYPES.search(code)
    if types is None:
        return None
    scope = _block(code, types.end() - 1)
    m = _RELEASE_BLOCK.search(code, types.end(), types.end() + len(scope))
    if m is None:
        return None
    body = _block(code, m.end() - 1)
    return m.end(), body


def _block(code: str, brace: int) -> str:
    """The text between the brace at `brace` and its match (to the end when unbalanced)."""
    depth = 0
    for i in range(brace, len(code)):
        c = code[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return code[brace + 1 : i]
    return code[brace + 1 :]
