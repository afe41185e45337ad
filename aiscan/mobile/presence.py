"""The presence checks of point 25: for each Android and iOS app, search its code, package
manifests and strings for each protection's signatures (aiscan.mobile.signatures). One evidence
finding names where a protection was found; an absent one is a finding against the app's folder
that says what was looked for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from aiscan.checkrules import CheckRule
from aiscan.mobile.projects import display_dir, is_test_path, under
from aiscan.mobile.reader import TreeReader
from aiscan.mobile.signatures import BLOCKING, DETECTION_USE, SERVER_ATTESTATION, Signature
from aiscan.models import Finding, Location

CODE = "code"
BUILD = "build"
TEXT = "text"
_CODE_SUFFIXES = {
    "android": (".kt", ".java"),
    "ios": (".swift", ".m", ".mm", ".h"),
    "shared": (".js", ".jsx", ".ts", ".tsx", ".mjs", ".dart", ".vue"),
}
_BUILD_NAMES = {
    "android": re.compile(r"(?:^|/)(?:[\w.-]+\.gradle(?:\.kts)?|libs\.versions\.toml)$"),
    "ios": re.compile(
        r"(?:^|/)(?:Podfile(?:\.lock)?|Package\.(?:swift|resolved)|Cartfile(?:\.resolved)?|project\.pbxproj)$"
    ),
    "shared": re.compile(
        r"(?:^|/)(?:package\.json|pubspec\.yaml|capacitor\.config\.(?:json|ts|js)|app\.json)$"
    ),
}
_TEXT_NAMES = {
    "android": re.compile(r"(?:^|/)res/(?:values[\w-]*/[\w-]+\.xml|layout[\w-]*/[\w-]+\.xml)$"),
    "ios": re.compile(r"\.(?:strings|stringsdict|storyboard|xib)$"),
    "shared": re.compile(r"\.arb$|(?:^|/)(?:i18n|l10n|locales?|lang|langs|translations)/.*\.json$"),
}
_ROOT_RULES = ("android-root-detection", "ios-jailbreak-detection")


@dataclass
class Scope:
    """The files one platform's presence checks read, by kind."""

    platform: str  # "android" | "ios"
    root: str  # where an absent protection is reported
    files: dict[str, list[str]] = field(default_factory=lambda: {CODE: [], BUILD: [], TEXT: []})


def build_scope(
    platform: str, root: str, shared: str | None, paths: Iterable[str], others: Iterable[str]
) -> Scope:
    """The files of the app at `root` and of the cross-platform project `shared` around it (its
    JavaScript/TypeScript/Dart, package manifests and translations, not the other platform's
    folder). `others` are the other apps' folders, left to them."""
    scope = Scope(platform, root)
    skip = tuple(o for o in others if o and o != root and (shared is None or o != shared))
    for p in sorted(paths):
        if is_test_path(p) or "/Pods/" in f"/{p}" or any(under(p, o) for o in skip):
            continue
        in_app = under(p, root)
        in_shared = shared is not None and under(p, shared) and not in_app
        if in_shared and PurePosixPath(p).parts[len(PurePosixPath(shared).parts) if shared else 0] in (
            "android",
            "ios",
        ):
            continue
        if in_app:
            kinds = [platform] + (["shared"] if shared is not None else [])
        elif in_shared:
            kinds = ["shared"]
        else:
            continue
        for kind in kinds:
            if p.endswith(_CODE_SUFFIXES[kind]):
                scope.files[CODE].append(p)
                break
            if _BUILD_NAMES[kind].search(p):
                scope.files[BUILD].append(p)
                break
            if _TEXT_NAMES[kind].search(p):
                scope.files[TEXT].append(p)
                break
    return scope


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    what: str
    kind: str
    rank: int = 0  # the signature's place in its rule's table (earlier: stronger evidence)


def search(scope: Scope, signatures: tuple[Signature, ...], reader: TreeReader) -> list[Hit]:
    """Every file's first match of each signature; code first, then strings, then build files."""
    hits: list[Hit] = []
    for kind in (CODE, TEXT, BUILD):
        for path in scope.files[kind]:
            text = reader.code(path)
            if not text:
                continue
            lowered = reader.lowered(path)
            for rank, s in enumerate(signatures):
                if s.where != "any" and kind not in s.where.split("+"):
                    continue
                if not s.may_match(lowered):
                    continue
                m = s.pattern.search(text)
                if m is None or (s.also is not None and s.also.search(text) is None):
                    continue
                hits.append(Hit(path, text.count("\n", 0, m.start()) + 1, s.what, kind, rank))
    return hits


def presence_findings(
    scope: Scope,
    rules: dict[str, CheckRule],
    table: dict[str, tuple[Signature, ...]],
    reader: TreeReader,
    analyzer: str,
) -> list[Finding]:
    out: list[Finding] = []
    for rule_id, signatures in table.items():
        rule = rules[rule_id]
        hits = search(scope, signatures, reader)
        if hits:
            order = {CODE: 0, TEXT: 1, BUILD: 2}
            best = min(hits, key=lambda h: (order[h.kind], h.rank))
            note = "" if best.kind != BUILD else " (declared as a dependency; no call seen in the code)"
            snippet = _line_text(reader.text(best.path), best.line)
            where = Location(best.path, best.line, best.line, snippet=snippet)
            out.append(rule.present(analyzer, where, f"{best.what} found{note}"))
            if rule_id in _ROOT_RULES:
                out.extend(_enforcement(scope, hits, rules, reader, analyzer))
        else:
            where = Location(display_dir(scope.root))
            out.append(rule.finding(analyzer, where, f"nothing found; looked for: {rule.looks_for}"))
    return out


def _enforcement(
    scope: Scope, hits: list[Hit], rules: dict[str, CheckRule], reader: TreeReader, analyzer: str
) -> list[Finding]:
    """A detection whose result nothing is seen to act on."""
    rule = rules["integrity-check-not-enforced"]
    code_hits = [h for h in hits if h.kind == CODE]
    if not code_hits:
        h = hits[0]
        return [
            rule.finding(
                analyzer,
                Location(h.path, h.line, h.line),
                f"{h.what} is declared but no call of it was found in the code",
            )
        ]
    uses = 0
    for path in scope.files[CODE]:
        text = reader.code(path) or ""
        if SERVER_ATTESTATION.search(text):
            return []  # the verdict goes to the server, which decides
        lines = text.splitlines()
        for m in DETECTION_USE.finditer(text):
            uses += 1
            n = text.count("\n", 0, m.start())
            window = "\n".join(lines[max(0, n - 3) : n + 12])
            if BLOCKING.search(window):
                return []
    h = code_hits[0]
    detail = (
        "its result is never used"
        if uses == 0
        else "no blocking reaction (disable, finish, exit) near its uses"
    )
    return [
        rule.finding(
            analyzer,
            Location(h.path, h.line, h.line, snippet=_line_text(reader.text(h.path), h.line)),
            f"{h.what} found, but {detail}",
        )
    ]


def _line_text(text: str | None, line: int) -> str:
    if not text:
        return ""
    lines = text.splitlines()
    return lines[line - 1].strip()[:400] if 0 < line <= len(lines) else ""
