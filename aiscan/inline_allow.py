"""Inline allow comments, one parser for every analyzer. Pure.

`aiscan:allow <reason>` on a finding's line or the line above accepts it. The static analysers'
own markers (`# nosec`, `# nosemgrep`, `// nosemgrep`) are read with the same grammar: a marker,
the rules it names if any, then the reason. A comment without a reason of at least
MIN_REASON_CHARS characters and one word suppresses nothing; another tool's marker written after
this one (`# nosec # nosemgrep`) is not a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ALLOW_MARKER = "aiscan:allow"
MIN_REASON_CHARS = 3

# marker -> what follows it: the rules it names (optional), then the reason to the end of line.
_GRAMMARS = {
    ALLOW_MARKER: re.compile(r"aiscan:allow\b[ \t:]*(?P<reason>[^\r\n]*)"),
    # bandit: `nosec`, `nosec B602`, `nosec: B602, B607`, `nosec subprocess_popen_with_shell_equals_true`
    "nosec": re.compile(
        r"(?<![\w-])nosec\b:?[ \t]*"
        r"(?P<rules>(?:(?:B\d{3}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:[ \t]*,[ \t]*|[ \t]+|$))*)"
        r"(?P<reason>[^\r\n]*)"
    ),
    # semgrep: `nosemgrep`, `nosem`, `nosemgrep: rule-id, other.rule-id`
    "nosemgrep": re.compile(
        r"(?<![\w-])nosem(?:grep)?\b"
        r"(?::[ \t]*(?P<rules>[\w.\-]+(?:[ \t]*,[ \t]*[\w.\-]+)*))?"
        r"(?P<reason>[^\r\n]*)"
    ),
}
# The end of a comment that may follow the reason on the same line.
_COMMENT_END = re.compile(r"\s*(?:\*/|-->|#\}|%\}|\"\"\"|''')\s*$")
# What may separate the rules from the reason: `nosec B602 -- reason`, `nosemgrep: x: reason`.
_REASON_LEAD = re.compile(r"^[\s:\-\u2013\u2014]+")
# Another tool's marker after this one is not a reason: `# nosec # nosemgrep` gives none.
_OTHER_MARKER = re.compile(
    r"(?:#|//|/\*|--|;)?\s*(?:nosec|nosem(?:grep)?|aiscan:allow|noqa|NOSONAR|type:\s*ignore|pragma:)\S*", re.I
)
# A reason says something in words: at least one word of three letters.
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Allow:
    line: int
    reason: str  # empty when none was given
    marker: str = ALLOW_MARKER
    rules: frozenset[str] = frozenset()  # the rules it names; empty: any rule

    def covers(self, rule_ids: Iterable[str]) -> bool:
        """Whether it speaks for a rule with one of these names. A name in the comment may carry
        the folder prefix semgrep adds to rule IDs (`rulesets.semgrep.python.<id>`)."""
        named = {r.rsplit(".", 1)[-1] for r in self.rules}
        return not self.rules or bool(named & {r.rsplit(".", 1)[-1] for r in rule_ids})


def find_allows(lines: Sequence[str], markers: Iterable[str] = (ALLOW_MARKER,)) -> Iterable[Allow]:
    """Every allow comment with one of `markers`, in line order (line numbers from 1)."""
    grammars = [(m, _GRAMMARS[m]) for m in markers]
    for i, line in enumerate(lines, start=1):
        for marker, grammar in grammars:
            if marker.removesuffix("grep") not in line:
                continue
            m = grammar.search(line)
            if not m:
                continue
            reason = _REASON_LEAD.sub("", _COMMENT_END.sub("", m.group("reason")))
            reason = _REASON_LEAD.sub("", _OTHER_MARKER.sub(" ", reason)).strip(" \t#/")
            named = m.groupdict().get("rules") or ""
            rules = frozenset(r for r in re.split(r"[\s,]+", named) if r)
            said = len(reason) >= MIN_REASON_CHARS and _WORD.search(reason)
            yield Allow(i, reason if said else "", marker, rules)
