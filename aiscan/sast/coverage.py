"""The SAST coverage matrix: for each language, how many rules look for each weakness class of
point 19, and the finding that makes p19 fail when the tree holds a language no rule reads.

Pure functions over rule descriptions and the inventory; loading the rules is the caller's job.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from aiscan.inventory import EMBEDDED_SCRIPT, MARKUP_LANGUAGES, Inventory, LanguageStats
from aiscan.models import (
    Confidence,
    Finding,
    LanguageCoverage,
    Location,
    Severity,
    SkippedFile,
    fingerprint,
)

# The weakness classes of point 19 that source-code rules look for. p19.6 (secrets in clear text)
# is found by the secret scanning in every file, whatever its language.
SAST_CLASSES = ("p19.1", "p19.2", "p19.3", "p19.4", "p19.5", "p19.7")

# A rule's `metadata.category` names its main class.
CATEGORY_CLASS: Mapping[str, str] = {
    "injection": "p19.1",
    "dangerous-function": "p19.2",
    "weak-crypto": "p19.3",
    "dos": "p19.4",
    "protection-bypass": "p19.5",
    "secure-coding": "p19.7",
}

NOT_COVERED_RULE = "aiscan-language-not-covered"

# semgrep "languages" that are not programming languages: such rules read configuration files
# (with `paths.include`) and count for the language of the folder they are kept in.
NON_LANGUAGES = frozenset({"generic", "regex", "none", "yaml", "json", "xml", "dockerfile", "hcl"})


class RuleLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def languages(self) -> tuple[str, ...]: ...

    @property
    def requirements(self) -> tuple[str, ...]: ...

    @property
    def folder(self) -> str: ...

    @property
    def analyzer(self) -> str: ...


def analysed_languages(rules: Iterable[RuleLike]) -> frozenset[str]:
    """The languages whose source files at least one rule reads. A component language (Vue,
    Svelte) is read when the language of its script blocks is."""
    langs = {lang for r in rules for lang in r.languages if lang not in NON_LANGUAGES}
    return frozenset(langs | {host for host, script in EMBEDDED_SCRIPT.items() if script in langs})


def counted_languages(rule: RuleLike) -> tuple[str, ...]:
    """The languages a rule counts for in the matrix."""
    langs = tuple(lang for lang in rule.languages if lang not in NON_LANGUAGES)
    if langs:
        return langs
    return (rule.folder,) if rule.folder else ()


def ruleset_matrix(rules: Iterable[RuleLike]) -> dict[str, dict[str, int]]:
    """language -> p19 class -> number of rules. A rule counts once under every class its
    requirements name, so one rule can count for two classes."""
    matrix: dict[str, dict[str, int]] = {}
    for rule in rules:
        classes = [c for c in SAST_CLASSES if c in rule.requirements]
        for lang in counted_languages(rule):
            row = matrix.setdefault(lang, dict.fromkeys(SAST_CLASSES, 0))
            for c in classes:
                row[c] += 1
    # the rules of the embedded language read a component's script blocks too
    for host, script in EMBEDDED_SCRIPT.items():
        if script in matrix:
            row = matrix.setdefault(host, dict.fromkeys(SAST_CLASSES, 0))
            for c in SAST_CLASSES:
                row[c] += matrix[script][c]
    return dict(sorted(matrix.items()))


def language_analyzers(rules: Iterable[RuleLike]) -> dict[str, tuple[str, ...]]:
    """language -> the analyzers whose rules read it."""
    out: dict[str, set[str]] = {}
    for rule in rules:
        for lang in rule.languages:
            if lang not in NON_LANGUAGES:
                out.setdefault(lang, set()).add(rule.analyzer)
    for host, script in EMBEDDED_SCRIPT.items():
        if script in out:
            out.setdefault(host, set()).update(out[script])
    return {lang: tuple(sorted(names)) for lang, names in out.items()}


def ruleset_coverage(rules: Sequence[RuleLike]) -> tuple[LanguageCoverage, ...]:
    """The matrix of the ruleset alone (no tree): one row per language the rules read."""
    matrix = ruleset_matrix(rules)
    by = language_analyzers(rules)
    return tuple(
        LanguageCoverage(lang, 0, 0, row, analyzers=by[lang]) for lang, row in matrix.items() if lang in by
    )


def tree_coverage(
    languages: Mapping[str, LanguageStats], rules: Sequence[RuleLike]
) -> tuple[LanguageCoverage, ...]:
    """The matrix for the languages of a tree. A language no rule reads has an empty row, even
    if a configuration-file rule is filed under its name."""
    matrix = ruleset_matrix(rules)
    by = language_analyzers(rules)
    rows = []
    for lang, stats in sorted(languages.items()):
        counts = matrix.get(lang) if lang in by else None
        rows.append(
            LanguageCoverage(
                lang,
                stats.files,
                stats.lines,
                counts or dict.fromkeys(SAST_CLASSES, 0),
                subject=lang not in MARKUP_LANGUAGES,
                analyzers=by.get(lang, ()),
            )
        )
    return tuple(rows)


def uncovered(coverage: Iterable[LanguageCoverage]) -> tuple[LanguageCoverage, ...]:
    """Languages p19 asks to be analysed that no rule reads."""
    return tuple(c for c in coverage if c.subject and not c.covered)


def incomplete(coverage: Iterable[LanguageCoverage]) -> tuple[LanguageCoverage, ...]:
    """Covered languages whose rules leave out some p19 class."""
    return tuple(c for c in coverage if c.subject and c.covered and c.missing(SAST_CLASSES))


def not_covered_findings(inventory: Inventory, rules: Sequence[RuleLike]) -> tuple[Finding, ...]:
    """One p19 finding per programming language of the tree that no rule reads, located at the
    language's first file. Its fingerprint depends on the language only, so it stays the same
    while files come and go."""
    coverage = tree_coverage(inventory.languages(), rules)
    out = []
    for row in uncovered(coverage):
        first = inventory.paths(row.language)[0]
        files = f"{row.files} file{'s' if row.files != 1 else ''}"
        lines = f"{row.lines} line{'s' if row.lines != 1 else ''}"
        out.append(
            Finding(
                rule_id=NOT_COVERED_RULE,
                analyzer="semgrep",
                title=f"Language not covered by static analysis: {row.language}",
                message=(
                    f"The tree holds {row.language} code ({files}, {lines}; first: {first}) but no "
                    f"static-analysis rule reads {row.language}, so none of the weaknesses of "
                    "p19.1-p19.7 is looked for in it. Point 19 requires a scanner that supports "
                    "every programming language used."
                ),
                severity=Severity.HIGH,
                confidence=Confidence.HIGH,
                location=Location(first),
                requirements=("p19",),
                remediation=(
                    f"Add rules for {row.language} (semgrep rules under "
                    f"rulesets/semgrep/{row.language}/, or an analyzer for it; see docs/sast.md), "
                    "or, if this code is not part of the AIS, exclude it in aiscan.toml; "
                    "exclusions are listed in every report."
                ),
                fingerprint=fingerprint(NOT_COVERED_RULE, "", row.language),
                properties={
                    "category": "coverage",
                    "language": row.language,
                    "files": row.files,
                    "lines": row.lines,
                },
            )
        )
    return tuple(out)


def coverage_dict(row: LanguageCoverage) -> dict[str, Any]:
    return {
        "language": row.language,
        "files": row.files,
        "lines": row.lines,
        "subject": row.subject,
        "rules": {c: int(row.rules.get(c, 0)) for c in SAST_CLASSES},
        "status": coverage_status(row),
        "analyzers": list(row.analyzers),
        "missing_classes": list(row.missing(SAST_CLASSES)) if row.subject else [],
    }


def coverage_status(row: LanguageCoverage) -> str:
    """covered (every class), incomplete (some classes), not covered, or markup."""
    if not row.subject:
        return "markup"
    if not row.covered:
        return "not covered"
    return "incomplete" if row.missing(SAST_CLASSES) else "covered"


def render_matrix(rows: Sequence[LanguageCoverage], *, with_counts: bool) -> str:
    """A plain-text table: one line per language, one column per p19 class."""
    head = f"{'language':<12}"
    if with_counts:
        head += f" {'files':>6} {'lines':>8}"
    head += "".join(f" {c:>5}" for c in SAST_CLASSES) + f"  {'analyzers':<20}  status"
    lines = [head]
    for row in rows:
        line = f"{row.language:<12}"
        if with_counts:
            line += f" {row.files:>6} {row.lines:>8}"
        if row.subject:
            line += "".join(f" {row.rules.get(c, 0) or '-':>5}" for c in SAST_CLASSES)
        else:
            line += "".join(f" {'':>5}" for _ in SAST_CLASSES)
        status = coverage_status(row)
        missing = row.missing(SAST_CLASSES)
        if status == "incomplete":
            status += f" (no rules for {', '.join(missing)})"
        elif status == "markup":
            status = "markup, not subject to p19"
        lines.append(line + f"  {', '.join(row.analyzers) or '-':<20}  " + status)
    return "\n".join(lines) + "\n"


def render_json(
    rows: Sequence[LanguageCoverage],
    rules_dir: str,
    rule_count: int,
    build_tooling: Sequence[SkippedFile] = (),
) -> str:
    return json.dumps(
        {
            "classes": list(SAST_CLASSES),
            "rules_dir": rules_dir,
            "rules": rule_count,
            "languages": [coverage_dict(r) for r in rows],
            "build_tooling": [{"path": t.path, "reason": t.reason} for t in build_tooling],
        },
        indent=2,
    )
