"""What each class of semgrep error means for the coverage of a scan. Pure.

semgrep lists its problems in the `errors` of its JSON output. Their `type` is one of the
variants of `ErrorType` in semgrep's output schema (semgrep_output_v1): a string, or
`[name, details]` for PartialParsing, PatternParseError, IncompatibleRule and
DependencyResolutionError. Each error is one of:

- FILE: a target was not analysed, or not completely (it could not be lexed or parsed, a rule
  timed out or ran out of memory on it): a gap naming the file, and the rule when known.
- CONFIG: aiscan's ruleset could not be used (a rule that does not parse, an invalid pattern, a
  rule for a newer semgrep): the run is an error, whatever the level.
- RUN: a problem semgrep reports without naming a file: the whole run is partial (an error of
  level `error` ends it).
- HARMLESS: documented below; listed with the run, leaving it complete.

An error whose type aiscan does not know is treated by its path: a gap for a target, the whole
run partial otherwise. Nothing semgrep reports is taken as complete by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any


class Effect(StrEnum):
    FILE = "file"
    CONFIG = "config"
    RUN = "run"
    HARMLESS = "harmless"


# The target could not be read as code, or analysis of it stopped early.
FILE_ERRORS = frozenset(
    {
        "Lexical error",
        "Syntax error",
        "Other syntax error",
        "AST builder error",
        "PartialParsing",
        "Timeout",
        "Fixpoint timeout",
        "Out of memory",
        "Stack overflow",
        "Internal matching error",
        "Too many matches",
        "Fatal error",
        "Timeout during interfile analysis",
        "OOM during interfile analysis",
        "Missing plugin",
    }
)

# Errors that may not recur when the file is analysed again, alone and with more time: a rule that
# ran out of time or memory, or semgrep's analysis of the file crashing (aiscan.sast.semgrep_retry).
RETRY_ERRORS = frozenset(
    {
        "Timeout",
        "Fixpoint timeout",
        "Out of memory",
        "Stack overflow",
        "Fatal error",
        "Timeout during interfile analysis",
        "OOM during interfile analysis",
    }
)

# A rule of the configuration could not be used: some weakness would go unlooked-for everywhere.
CONFIG_ERRORS = frozenset(
    {
        "Rule parse error",
        "InvalidRuleSchemaError",
        "UnknownLanguageError",
        "Invalid YAML",
        "Pattern parse error",
        "PatternParseError",
        "Incompatible rule",
        "IncompatibleRule",
    }
)

# semgrep's generic types: what they mean depends on whether they name a target.
GENERIC_ERRORS = frozenset({"SemgrepWarning", "SemgrepError"})

# Error types that say nothing about what aiscan's scan read, and why.
HARMLESS_ERRORS: Mapping[str, str] = {
    "DependencyResolutionError": (
        "semgrep's own dependency resolution (supply chain), which aiscan does not use; "
        "dependencies are audited by the deps analyzer"
    ),
    "Semgrep match found": (
        "the exit status semgrep's --error option gives for findings; aiscan reads the findings"
    ),
}


def error_kind(err: Mapping[str, Any]) -> str:
    """The name of the error's type: `Syntax error`, `PartialParsing`, `Timeout`, ..."""
    kind = err.get("type")
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    return str(kind) if isinstance(kind, str) and kind else "unknown error type"


def effect(kind: str, *, is_target: bool, has_path: bool) -> Effect:
    """What an error of type `kind` means: FILE_ERRORS, GENERIC_ERRORS and unknown types are
    gaps for the target they name, or leave the whole run partial when they name no file."""
    if kind in CONFIG_ERRORS:
        return Effect.CONFIG
    if kind in HARMLESS_ERRORS:
        return Effect.HARMLESS
    if is_target:
        return Effect.FILE
    # A file semgrep was not given is one of the rule files: an error about the configuration.
    return Effect.CONFIG if has_path else Effect.RUN
