"""The conventions every rule of aiscan's semgrep ruleset follows, as checks that return the
problems found (empty when the rule is fine). The test suite runs them over rulesets/semgrep;
they serve anyone adding rules too.

Layout: rulesets/semgrep/<language>/<rule-id>.yaml, with a test file of the same base name
beside it (`<rule-id>.py`, `.js`, ...) annotated in semgrep's convention: a comment
`ruleid: <id>` above each line the rule must report, `ok: <id>` above each it must not.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import yaml

from aiscan.analyzers.semgrep import YAML_SAFE_LOADER, safe_yaml
from aiscan.sast.coverage import CATEGORY_CLASS, NON_LANGUAGES

SEVERITIES = ("critical", "high", "medium", "low", "info")
CONFIDENCES = ("high", "medium", "low")
REQUIRED_METADATA = ("category", "requirements", "cwe", "severity", "confidence", "title", "remediation")
RULE_SUFFIXES = (".yaml", ".yml")

_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CWE = re.compile(r"^CWE-[1-9][0-9]*$")
# `ruleid: a, b` and `ok: a` in any comment syntax; `todoruleid:`/`todook:` do not count.
_ANNOTATION = re.compile(r"(?<![\w-])(ruleid|ok)\s*:\s*([A-Za-z0-9_.\-]+(?:\s*,\s*[A-Za-z0-9_.\-]+)*)")
# Folder names of the ruleset -> the languages a rule kept there may name.
FOLDER_LANGUAGES: Mapping[str, frozenset[str]] = {
    "javascript": frozenset({"javascript", "js", "typescript", "ts"}),
    "csharp": frozenset({"csharp", "c#"}),
    "kotlin": frozenset({"kotlin", "kt"}),
    "python": frozenset({"python", "py", "python3"}),
    "go": frozenset({"go", "golang"}),
}


def check_rule(rule: Any, folder: str, known_requirements: Collection[str]) -> list[str]:
    """Problems with one rule (a mapping from a rule file's `rules` list)."""
    if not isinstance(rule, dict):
        return ["a rule must be a mapping"]
    rid = rule.get("id")
    where = f"rule {rid}"
    problems = []
    if not isinstance(rid, str) or not _RULE_ID.match(rid):
        problems.append(f"{where}: id must be lower-case words joined by '-' (no dots)")
    langs = [str(lang).lower() for lang in rule.get("languages") or ()]
    if not langs:
        problems.append(f"{where}: no languages")
    elif folder and not set(langs) & (FOLDER_LANGUAGES.get(folder, frozenset({folder})) | NON_LANGUAGES):
        problems.append(f"{where}: kept in {folder}/ but its languages are {langs}")
    if set(langs) & NON_LANGUAGES and not (rule.get("paths") or {}).get("include"):
        problems.append(f"{where}: a rule for configuration files needs paths.include")
    if not str(rule.get("message") or "").strip():
        problems.append(f"{where}: empty message")
    meta = rule.get("metadata")
    if not isinstance(meta, dict):
        return [*problems, f"{where}: no metadata"]
    problems += [f"{where}: metadata.{key} is missing" for key in REQUIRED_METADATA if key not in meta]
    category = meta.get("category")
    reqs = meta.get("requirements")
    if "category" in meta and category not in CATEGORY_CLASS:
        problems.append(f"{where}: category {category!r} is not one of {', '.join(CATEGORY_CLASS)}")
    if "requirements" in meta:
        if not isinstance(reqs, list) or not reqs or not all(isinstance(r, str) for r in reqs):
            problems.append(f"{where}: requirements must be a non-empty list of IDs")
        else:
            unknown = [r for r in reqs if r not in known_requirements]
            if unknown:
                problems.append(f"{where}: unknown requirements {unknown}")
            needed = CATEGORY_CLASS.get(str(category))
            if needed and needed not in reqs:
                problems.append(f"{where}: category {category} needs {needed} in requirements")
    if "cwe" in meta:
        cwe = meta.get("cwe")
        if not isinstance(cwe, list) or not cwe or not all(isinstance(c, str) and _CWE.match(c) for c in cwe):
            problems.append(f'{where}: cwe must be a non-empty list like ["CWE-89"]')
    if "severity" in meta and meta.get("severity") not in SEVERITIES:
        problems.append(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if "confidence" in meta and meta.get("confidence") not in CONFIDENCES:
        problems.append(f"{where}: confidence must be one of {', '.join(CONFIDENCES)}")
    for key in ("title", "remediation"):
        if key in meta and not (isinstance(meta.get(key), str) and meta[key].strip()):
            problems.append(f"{where}: metadata.{key} must be non-empty text")
    problems += [
        f"{where}: metavariable-regex for {var} must start with ^, \\A or .* "
        "(semgrep matches it from the start of the value only)"
        for var, regex in metavariable_regexes(rule)
        if not _SAYS_WHERE_IT_STARTS.match(regex)
    ]
    return problems


# Inline flags, then `^`, `\A` or `.*`: where the match may start is written down.
_SAYS_WHERE_IT_STARTS = re.compile(r"^(?:\(\?[a-zA-Z]+\))?\s*(?:\^|\\A|\.\*)")


def metavariable_regexes(node: Any) -> list[tuple[str, str]]:
    """(metavariable, regex) of every `metavariable-regex` anywhere in a rule."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        spec = node.get("metavariable-regex")
        if isinstance(spec, dict):
            found.append((str(spec.get("metavariable")), str(spec.get("regex", ""))))
        for value in node.values():
            found += metavariable_regexes(value)
    elif isinstance(node, list):
        for item in node:
            found += metavariable_regexes(item)
    return found


def read_annotations(text: str) -> dict[str, set[str]]:
    """rule ID -> the annotation kinds (`ruleid`, `ok`) a test file has for it."""
    found: dict[str, set[str]] = {}
    for kind, ids in _ANNOTATION.findall(text):
        for rid in ids.split(","):
            found.setdefault(rid.strip(), set()).add(kind)
    return found


def paired_test_files(rule_file: Path) -> list[Path]:
    """The files semgrep --test pairs with a rule file: same folder, same base name."""
    return sorted(
        p
        for p in rule_file.parent.iterdir()
        if p.is_file() and p.stem == rule_file.stem and p.suffix not in RULE_SUFFIXES
    )


def check_rule_file(path: Path, root: Path, known_requirements: Collection[str]) -> list[str]:
    """Problems with one rule file and its test file(s)."""
    problems, _ = _check_rule_file(path, root, known_requirements)
    return problems


def _check_rule_file(
    path: Path, root: Path, known_requirements: Collection[str]
) -> tuple[list[str], list[str]]:
    """The problems and the rule IDs of one rule file."""
    rel = path.relative_to(root).as_posix()
    try:
        doc = safe_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return [f"{rel}: cannot be read: {exc}"], []
    rules = doc.get("rules") if isinstance(doc, dict) else None
    if not isinstance(rules, list) or not rules:
        return [f"{rel}: no 'rules' list"], []
    if uses_aliases(path.read_text(encoding="utf-8")):
        return [f"{rel}: YAML anchors and aliases are not read by semgrep --experimental"], []
    ids = [str(r.get("id")) for r in rules if isinstance(r, dict)]
    parts = path.relative_to(root).parts
    folder = parts[0] if len(parts) > 1 else ""
    problems = [f"{rel}: {p}" for rule in rules for p in check_rule(rule, folder, known_requirements)]
    tests = paired_test_files(path)
    if not tests:
        return [*problems, f"{rel}: no test file beside it ({path.stem}.<ext>)"], ids
    found: dict[str, set[str]] = {}
    for t in tests:
        for rid, kinds in read_annotations(t.read_text(encoding="utf-8", errors="replace")).items():
            found.setdefault(rid, set()).update(kinds)
    for rule_id in ids:
        for kind in ("ruleid", "ok"):
            if kind not in found.get(rule_id, set()):
                problems.append(f"{rel}: the test file has no '{kind}: {rule_id}' annotation")
    return problems, ids


def uses_aliases(text: str) -> bool:
    return any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=YAML_SAFE_LOADER))


def rule_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in RULE_SUFFIXES)


def check_ruleset(root: Path, known_requirements: Collection[str]) -> list[str]:
    """Every problem in a ruleset folder, plus rule IDs used twice."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in rule_files(root):
        found, ids = _check_rule_file(path, root, known_requirements)
        problems += found
        rel = path.relative_to(root).as_posix()
        for rid in ids:
            if rid in seen:
                problems.append(f"{rel}: rule ID {rid} is also used in {seen[rid]}")
            seen.setdefault(rid, rel)
    return problems
