"""Secret and personal-data detectors as validated data (rulesets/secrets/*.yaml).

A detector is a regular expression whose named group `value` is the secret, the keywords that
must appear in a file before the expression is tried at all, and the checks a value must pass
(entropy, length, a named validator, context on the line). Everything a finding needs to say
(severity, requirements, CWE, remediation) is in the file beside the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from aiscan.errors import CatalogueError
from aiscan.models import Confidence, Severity
from aiscan.resources import rulesets_dir

KINDS = ("secret", "pii", "file")
# The named checks a detector may ask for; implemented in aiscan.secrets.validate.
VALIDATORS = (
    "assignment",
    "url-credentials",
    "private-key",
    "der-private-key",
    "der-key-pieces",
    "base64-pem-key",
    "base64-github-token",
    "tink-keyset",
    "dash-groups",
    "jwt",
    "iin",
    "bin",
    "kz-iban",
    "card",
    "kz-mobile",
    "base64-key",
    "connection",
    "url-query",
    "token",
    "prefixed-body",  # a service's prefix, then a body judged as `token` judges a value
    "basic-auth",
    "pieces",
    "prose-password",
    "password-after-name",
    "pair-in-note",
    "sql-insert",
    "sql-seed",  # aiscan.secrets.sql_seed
    "sql-seed-client",  # aiscan.secrets.sql_seed
    "pgpass",
    "default-password",  # aiscan.secrets.defaults
    "weak-password",  # aiscan.secrets.weak
    "weak-url-password",  # aiscan.secrets.weak
    "weak-account",  # aiscan.secrets.weak
    "weak-prose-password",  # aiscan.secrets.weak
    "guessable-secret",  # aiscan.secrets.guessable
    "byte-list-key",  # aiscan.secrets.decoded
    "recurring",  # aiscan.secrets.defaults: tried after the others, on the values they reported
    "csv",  # rulesets/secrets/structure.yaml: a whole file's credential columns
    "jenkins-secret",  # rulesets/secrets/structure.yaml: Jenkins' encrypted-secret layout
)
# The checks of rulesets/secrets/structure.yaml that validate one match on its line;
# implemented in aiscan.secrets.structure.
STRUCTURE_VALIDATORS = (
    "element",
    "inner-name",
    "header-token",
    "user-key",
    "line-value",
    "spaced-value",
    "basic-decoded",
    "auth-decoded",
    "openshift-token",
    "braced-credentials",
    "redis-password",
    "serialized-member",
)
# The checks of rulesets/secrets/context.yaml, in aiscan.secrets.context_checks.
CONTEXT_VALIDATORS = (
    "env-flag",
    "env-name",
    "prompt-answer",
    "kube-secret",
    "secret-list",
    "nested-yaml",
    "decoded-key",
)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_REQ = re.compile(r"^p\d+(\.\d+)?$")

try:  # the C loader when PyYAML was built with libyaml; same semantics, faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Examples:
    match: tuple[str, ...]
    no_match: tuple[str, ...]


@dataclass(frozen=True)
class Detector:
    id: str
    title: str
    kind: str
    severity: Severity
    confidence: Confidence
    requirements: tuple[str, ...]
    cwe: tuple[str, ...]
    remediation: str
    pattern: re.Pattern[str] | None
    keywords: tuple[str, ...] = ()  # lower-case; the pattern runs only when one is in the file
    anchored: bool = False  # the pattern starts where a keyword starts: tried only there
    requires: tuple[str, ...] = ()  # lower-case strings that must all be in the file as well
    shapes: tuple[str, ...] = ()  # digit shapes (digits as 0) one of which the file must hold
    name: re.Pattern[str] | None = None  # for assignments: the name the value is assigned to
    validator: str | None = None
    min_entropy: float = 0.0
    min_length: int = 0
    context: re.Pattern[str] | None = None  # must match the line, the line above or the first line
    # With `context_lines: N`, the context is looked for up to N lines above and below the value's
    # line instead of only on the line above (and the first line).
    context_lines: int = 0
    priority: int = 50  # the higher wins when two detectors report the same value
    severity_in_tests: Severity | None = None  # in test, fixture and example paths
    # Personal data: this many distinct valid values in one file make a dump.
    dump_threshold: int = 0
    dump_severity: Severity | None = None
    file_names: re.Pattern[str] | None = None  # kind "file": names that are secrets by themselves
    # The value carries its own format (a provider's prefix, a key's armour): a match is a
    # secret wherever it is, so it is the only kind looked for in third-party bundles.
    known_format: bool = False
    examples: Examples = Examples((), ())
    source: str = ""


@dataclass(frozen=True)
class Placeholders:
    """Values that stand for a secret without being one (`changeme`, `${DB_PASSWORD}`, ...)."""

    exact: frozenset[str]
    patterns: re.Pattern[str]
    words: re.Pattern[str]


@dataclass(frozen=True)
class Ruleset:
    detectors: tuple[Detector, ...]
    placeholders: Placeholders
    test_paths: re.Pattern[str]

    def get(self, detector_id: str) -> Detector:
        for d in self.detectors:
            if d.id == detector_id:
                return d
        raise KeyError(detector_id)


def secrets_rules_dir() -> Path:
    return rulesets_dir() / "secrets"


_CACHE: dict[Path, Ruleset] = {}


def load_ruleset(folder: Path | None = None) -> Ruleset:
    """All detectors of the folder (each *.yaml with a `detectors` list) and its placeholders."""
    folder = (folder or secrets_rules_dir()).resolve()
    cached = _CACHE.get(folder)
    if cached is not None:
        return cached
    detectors: list[Detector] = []
    placeholders: Placeholders | None = None
    test_paths: re.Pattern[str] | None = None
    for path in sorted(folder.glob("*.yaml")):
        raw = _read(path)
        if "placeholders" in raw:
            placeholders = _parse_placeholders(raw["placeholders"], path)
        if "test_paths" in raw:
            test_paths = _compile(raw["test_paths"], f"{path}: test_paths", re.I)
        for item in raw.get("detectors") or ():
            detectors.append(parse_detector(item, path.name))
    if placeholders is None or test_paths is None:
        raise CatalogueError(f"{folder}: no file defines 'placeholders' and 'test_paths'")
    ids = [d.id for d in detectors]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise CatalogueError(f"{folder}: duplicate detector IDs: {', '.join(dupes)}")
    ruleset = Ruleset(tuple(detectors), placeholders, test_paths)
    _CACHE[folder] = ruleset
    return ruleset


def _read(path: Path) -> Mapping[str, Any]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe loader)
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read the detectors: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise CatalogueError(f"{path}: expected a mapping")
    return raw


def _compile(pattern: Any, where: str, flags: int = 0) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise CatalogueError(f"{where}: expected a regular expression")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise CatalogueError(f"{where}: bad regular expression: {exc}") from exc


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogueError(f"{where}: expected a list of strings")
    return tuple(value)


def _parse_placeholders(raw: Any, path: Path) -> Placeholders:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{path}: placeholders must be a mapping")
    exact = frozenset(v.lower() for v in _strings(raw.get("exact"), f"{path}: placeholders.exact"))
    patterns = _strings(raw.get("patterns"), f"{path}: placeholders.patterns")
    words = _strings(raw.get("words"), f"{path}: placeholders.words")
    return Placeholders(
        exact,
        _compile("|".join(f"(?:{p})" for p in patterns), f"{path}: placeholders.patterns", re.I),
        _compile("|".join(f"(?:{w})" for w in words), f"{path}: placeholders.words", re.I),
    )


def parse_detector(item: Any, source: str) -> Detector:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise CatalogueError(f"{source}: every detector needs an 'id'")
    did = item["id"]
    where = f"{source}: detector {did}"
    if not _ID.match(did):
        raise CatalogueError(f"{where}: IDs are lower-case words joined by '-'")
    for key in ("title", "severity", "remediation", "kind"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise CatalogueError(f"{where}: '{key}' is required")
    kind = item["kind"]
    if kind not in KINDS:
        raise CatalogueError(f"{where}: kind must be one of {', '.join(KINDS)}")
    requirements = _strings(item.get("requirements"), f"{where}: requirements")
    if not requirements or not all(_REQ.match(r) for r in requirements):
        raise CatalogueError(f"{where}: 'requirements' must list chapter-3 IDs such as p19.6")
    try:
        severity = Severity.parse(item["severity"])
        confidence = Confidence(item.get("confidence", "medium"))
        in_tests = Severity.parse(item["severity_in_tests"]) if "severity_in_tests" in item else None
        dump_sev = Severity.parse(item["dump_severity"]) if "dump_severity" in item else None
    except ValueError as exc:
        raise CatalogueError(f"{where}: {exc}") from None
    validator = item.get("validate")
    if validator is not None and validator not in VALIDATORS + STRUCTURE_VALIDATORS + CONTEXT_VALIDATORS:
        raise CatalogueError(f"{where}: unknown validator {validator!r}")
    pattern = None
    file_names = None
    if kind == "file":
        file_names = _compile(item.get("file_names"), f"{where}: file_names", re.I)
    else:
        pattern = _compile(item.get("pattern"), f"{where}: pattern")
        if "value" not in pattern.groupindex:
            raise CatalogueError(f"{where}: the pattern needs a named group 'value'")
    keywords = tuple(k.lower() for k in _strings(item.get("keywords"), f"{where}: keywords"))
    anchored = bool(item.get("anchored", False))
    known_format = item.get("known_format", False)
    if not isinstance(known_format, bool) or (known_format and kind != "secret"):
        raise CatalogueError(f"{where}: 'known_format' is true or false, and only for kind secret")
    requires = tuple(k.lower() for k in _strings(item.get("requires"), f"{where}: requires"))
    if anchored and not keywords:
        raise CatalogueError(f"{where}: an anchored detector needs keywords")
    name = item.get("name")
    context = item.get("context")
    ex = item.get("examples") or {}
    examples = Examples(
        _strings(ex.get("match"), f"{where}: examples.match"),
        _strings(ex.get("no_match"), f"{where}: examples.no_match"),
    )
    return Detector(
        id=did,
        title=item["title"],
        kind=kind,
        severity=severity,
        confidence=confidence,
        requirements=requirements,
        cwe=_strings(item.get("cwe"), f"{where}: cwe"),
        remediation=" ".join(item["remediation"].split()),
        pattern=pattern,
        keywords=keywords,
        anchored=anchored,
        requires=requires,
        shapes=_strings(item.get("shapes"), f"{where}: shapes"),
        name=_compile(name, f"{where}: name", re.I) if name else None,
        validator=validator,
        min_entropy=float(item.get("min_entropy", 0.0)),
        min_length=int(item.get("min_length", 0)),
        context=_compile(context, f"{where}: context", re.I) if context else None,
        context_lines=int(item.get("context_lines", 0)),
        priority=int(item.get("priority", 50)),
        severity_in_tests=in_tests,
        dump_threshold=int(item.get("dump_threshold", 0)),
        dump_severity=dump_sev,
        file_names=file_names,
        known_format=known_format,
        examples=examples,
        source=source,
    )
