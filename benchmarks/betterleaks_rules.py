"""A labelled source for measuring secrets detection from outside, read as data (never built or
run): the samples betterleaks' rule generators are validated against.

**betterleaks** (github.com/betterleaks/betterleaks) writes, beside each rule in
`cmd/generate/config/rules/*.go`, the samples the rule must find and those it must not, passed to
`utils.Validate(r, tps, fps)`: as `tps := ...` / `fps := ...` lists or as list literals in the
call itself. A sample is a string literal, a `+` concatenation, a variable of the function
(`key := secrets.NewSecretWithEntropy(...)`), `utils.GenerateSampleSecret(identifier, secret)` or
`utils.GenerateSampleSecrets(identifier, secret)` (one secret in some twenty-five syntaxes, from
the templates of `cmd/generate/config/utils/generate.go`, `{i}`, `{I}` and `{s}` replaced); a
list may be grown after it is made (`tps = append(tps, ...)`, another list spread into it as
`append(tps, other...)`).
`secrets.NewSecret(regex)` and `secrets.NewSecretWithEntropy(regex, min)` give a random string of
the regex's shape (seeded by the file's name; drawn again, up to ten times, until its Shannon
entropy reaches `min`, as betterleaks does); `utils.Hex("n")`, `utils.AlphaNumeric("n")` and the
other class helpers give their regex (`[a-f0-9]{n}`, `[a-z0-9]{n}`...). A function of the rule
file whose body is a single `return` is evaluated with its parameters bound to the arguments
(`polarTokenFalsePositives("polar_oat_")`); a sample built by other code (a helper of several
statements) is not evaluated: it is left out and counted.

Labels, from the lists alone:

- each sample the rule must find is a secret sample, each sample it must not find a false
  sample; a sample is found (or a false alarm) when a finding falls anywhere in its file;
- rules with `SkipReport: true` find components of a composite rule (a client id, a domain, a
  user name, a cloud name), not secrets: all their samples are reported apart, not counted;
- a false sample that shares a run of eight or more letters and digits, a digit among them, with
  a secret sample of the same rule is the rule's secret under another name, shortened,
  lengthened or re-prefixed (`API_KEY=<the same key>`, `token = <the key less one digit>`): not
  this vendor's key, but a secret all the same. It is reported apart, not counted.

The set is a draw: the first 30 rule files, in the order of the file listing, of betterleaks'
rules whose file name is not among gitleaks' rule files (gitleaks' own samples are an earlier
source), listed with the commits of the versions read in `benchmarks/betterleaks/files.csv`
together with `generate.go`; the second part, the next 30 such files (cloudsmith … greptile), in
`benchmarks/betterleaks/files_2.csv` (`--betterleaks-files`); the third part, the next 30
(gumroad … nvidia), in `benchmarks/betterleaks/files_3.csv`; the fourth part, the next 30
(nylas … stabilityai), in `benchmarks/betterleaks/files_4.csv`; the fifth part, the 25 left
after those in the listing (tableau … zuplo), in `benchmarks/betterleaks/files_5.csv`. Fetch
them into `DIR/<path>` (the rule's `RuleID`/`ID`, its `SkipReport`, the sample statements and
the `Validate` call are what is read; the patterns, filters and validation expressions may be
left out).
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from go_literals import string_value, tokens

FILES = Path(__file__).resolve().parent / "betterleaks" / "files.csv"
FILES_2 = Path(__file__).resolve().parent / "betterleaks" / "files_2.csv"

# The class helpers of betterleaks' `cmd/generate/config/utils` (each takes the repeat count).
_HELPERS = {
    "Numeric": "[0-9]{%s}",
    "Hex": "[a-f0-9]{%s}",
    "AlphaNumeric": "[a-z0-9]{%s}",
    "AlphaNumericExtendedShort": "[a-z0-9_-]{%s}",
    "AlphaNumericExtended": "[a-z0-9=_\\-]{%s}",
    "AlphaNumericExtendedLong": "[a-z0-9\\/=_\\+\\-]{%s}",
}
# ... and those that take no argument.
_FIXED_HELPERS = {"Hex8_4_4_4_12": "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"}

_SHARED_RUN = re.compile(r"[A-Za-z0-9]{8,}")

Tok = tuple[str, str]
Value = str | list[tuple[str, str]]  # one text, or (syntax, text) pairs


@dataclass(frozen=True)
class RuleSample:
    rule: str
    positive: bool
    text: str
    syntax: str  # the template's name when GenerateSampleSecrets made it


@dataclass
class BetterleaksSet:
    scored: list[RuleSample] = field(default_factory=list)
    components: list[RuleSample] = field(default_factory=list)  # samples of SkipReport rules
    renamed: list[RuleSample] = field(default_factory=list)  # false samples reusing a secret's value
    unevaluated: int = 0  # samples built by code the reader does not evaluate


def entropy(text: str) -> float:
    if not text:
        return 0.0
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def read_templates(generate_go: Path) -> tuple[dict[str, str], str]:
    """The `GenerateSampleSecrets` templates (syntax: text) and `GenerateSampleSecret`'s format."""
    toks = tokens(generate_go.read_text(encoding="utf-8"))
    templates: dict[str, str] = {}
    single = '%s_api_token = "%s"'
    for n in range(len(toks) - 2):
        if toks[n][0] in ("str", "raw") and toks[n + 1][1] == ":" and toks[n + 2][0] in ("str", "raw"):
            templates[string_value(toks[n][1])] = string_value(toks[n + 2][1])
        if toks[n][1].endswith("Sprintf") and toks[n + 2][0] == "str":
            single = string_value(toks[n + 2][1])
    return templates, single


class _Unevaluable(Exception):
    pass


class RuleReader:
    """Evaluates the sample expressions of one rule function."""

    def __init__(
        self,
        templates: dict[str, str],
        single: str,
        sampler: Callable[[str], str],
        helpers: dict[str, tuple[list[str], list[Tok]]] | None = None,
    ) -> None:
        self.templates = templates
        self.single = single
        self.sampler = sampler
        self.helpers = helpers or {}
        self.variables: dict[str, Value | None] = {}
        self.unevaluated = 0

    def expr(self, toks: list[Tok], i: int) -> tuple[Value, int]:
        value, i = self.operand(toks, i)
        while i < len(toks) and toks[i][1] == "+":
            more, i = self.operand(toks, i + 1)
            value = _concat(value, more)
        return value, i

    def operand(self, toks: list[Tok], i: int) -> tuple[Value, int]:
        kind, text = toks[i]
        if kind in ("str", "raw"):
            return string_value(text), i + 1
        if text == "[" and toks[i + 1][1] == "]":
            return self.list_literal(toks, i + 4)  # past `[]string{`
        if kind != "ident":
            raise _Unevaluable(text)
        name = text.split(".")[-1]
        if i + 1 < len(toks) and toks[i + 1][1] == "(":
            args, i = self.args(toks, i + 2)
            return self.call(name, text, args), i
        found = self.variables.get(text)
        if found is None:
            raise _Unevaluable(text)
        return found, i + 1

    def args(self, toks: list[Tok], i: int) -> tuple[list[Value | float], int]:
        out: list[Value | float] = []
        while toks[i][1] != ")":
            if toks[i][0] == "num":
                number = ""
                while toks[i][1] not in (",", ")"):
                    number += toks[i][1]
                    i += 1
                out.append(float(number))
            else:
                value, i = self.expr(toks, i)
                out.append(value)
            if toks[i][1] == "...":  # `append(list, other...)`: other's elements
                i += 1
            if toks[i][1] == ",":
                i += 1
        return out, i + 1

    def call(self, name: str, full: str, args: list[Value | float]) -> Value:
        if name in _FIXED_HELPERS and full.startswith("utils.") and not args:
            return _FIXED_HELPERS[name]
        if name in _HELPERS and full.startswith("utils.") and args and isinstance(args[0], str):
            return _HELPERS[name] % args[0]
        if full == "secrets.NewSecret" and isinstance(args[0], str):
            return self.sampler(args[0])
        if full == "secrets.NewSecretWithEntropy" and isinstance(args[0], str) and isinstance(args[1], float):
            for _ in range(10):
                made = self.sampler(args[0])
                if entropy(made) >= args[1]:
                    return made
            return ""
        if full == "append" and args and all(isinstance(a, (str, list)) for a in args):
            grown: list[tuple[str, str]] = []
            for a in args:
                grown.extend(a if isinstance(a, list) else [("", a)])  # type: ignore[arg-type]
            return grown
        if full in self.helpers:
            return self.helper(full, args)
        if name in ("GenerateSampleSecret", "GenerateSampleSecrets"):
            ident, secret = args[0], args[1]
            if not isinstance(ident, str) or not isinstance(secret, str):
                raise _Unevaluable(full)
            if name == "GenerateSampleSecret":
                return self.single.replace("%s", ident, 1).replace("%s", secret, 1)
            return [
                (k, t.replace("{i}", ident).replace("{I}", ident.upper()).replace("{s}", secret))
                for k, t in self.templates.items()
            ]
        raise _Unevaluable(full)

    def helper(self, name: str, args: list[Value | float]) -> Value:
        """A function of the rule file whose body is one `return`, its parameters bound to the
        arguments (`polarTokenFalsePositives("polar_oat_")`)."""
        params, body = self.helpers[name]
        if len(params) != len(args) or not all(isinstance(a, (str, list)) for a in args):
            raise _Unevaluable(name)
        saved = dict(self.variables)
        self.variables.update(zip(params, args, strict=True))  # type: ignore[arg-type]
        try:
            value, _ = self.expr(body, 1)  # past `return`
        finally:
            self.variables = saved
        return value

    def list_literal(self, toks: list[Tok], i: int) -> tuple[Value, int]:
        """The elements of `[]string{...}` from `i` (after the brace); an element that cannot be
        evaluated is skipped and counted."""
        out: list[tuple[str, str]] = []
        while toks[i][1] != "}":
            try:
                value, i = self.expr(toks, i)
                out.extend(value if isinstance(value, list) else [("", value)])
            except _Unevaluable:
                self.unevaluated += 1
                i = _skip_item(toks, i)
            if toks[i][1] == ",":
                i += 1
        return out, i + 1


def _concat(a: Value, b: Value) -> Value:
    left = a if isinstance(a, list) else [("", a)]
    right = b if isinstance(b, list) else [("", b)]
    joined = [(x[0] or y[0], x[1] + y[1]) for x in left for y in right]
    return joined if isinstance(a, list) or isinstance(b, list) else joined[0][1]


def _skip_item(toks: list[Tok], i: int) -> int:
    depth = 0
    while i < len(toks):
        t = toks[i][1]
        if t in "([{":
            depth += 1
        elif t in ")]}":
            if depth == 0:
                return i
            depth -= 1
        elif t == "," and depth == 0:
            return i
        i += 1
    return i


def _assigns(toks: list[Tok], i: int) -> bool:
    """`name :=` or `name =` (not `name ==`)."""
    if toks[i][0] != "ident" or i + 2 >= len(toks):
        return False
    return toks[i + 1][1] == ":=" or (toks[i + 1][1] == "=" and toks[i + 2][1] != "=")


def _next_statement(toks: list[Tok], i: int) -> int:
    """The first token after `i`, outside brackets, that starts an assignment (`name :=`), a
    `return` or a `utils.Validate` call."""
    depth = 0
    while i < len(toks):
        t = toks[i][1]
        if t in "([{":
            depth += 1
        elif t in ")]}":
            depth -= 1
        elif depth == 0 and (t in ("return", "utils.Validate") or _assigns(toks, i)):
            return i
        i += 1
    return i


def _functions(toks: list[Tok]) -> list[list[Tok]]:
    """The bodies of the file's functions, as token lists."""
    return [body for _, body in _declarations(toks)]


def _declarations(toks: list[Tok]) -> list[tuple[int, list[Tok]]]:
    """(index of `func`, body tokens) of each of the file's top-level functions."""
    out = []
    i = 0
    while i < len(toks):
        if toks[i] == ("ident", "func"):
            j = i
            while toks[j][1] != "{":
                j += 1
            depth, k = 0, j
            while k < len(toks):
                if toks[k][1] == "{":
                    depth += 1
                elif toks[k][1] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            out.append((i, toks[j + 1 : k]))
            i = k
        i += 1
    return out


def _helpers(toks: list[Tok]) -> dict[str, tuple[list[str], list[Tok]]]:
    """The file's functions whose body is a single `return` statement: name -> (parameter names,
    body tokens)."""
    out: dict[str, tuple[list[str], list[Tok]]] = {}
    for i, body in _declarations(toks):
        if toks[i + 1][0] != "ident" or toks[i + 2][1] != "(":
            continue
        params: list[str] = []
        j, first = i + 3, True
        while toks[j][1] != ")":
            if first and toks[j][0] == "ident":
                params.append(toks[j][1])
            first = toks[j][1] == ","
            j += 1
        if body and body[0] == ("ident", "return") and _next_statement(body, 1) == len(body):
            out[toks[i + 1][1]] = (params, body)
    return out


def _rule_id(body: list[Tok]) -> str | None:
    for n in range(len(body) - 2):
        if body[n][1] in ("RuleID", "ID") and body[n + 1][1] == ":" and body[n + 2][0] == "str":
            return string_value(body[n + 2][1])
    return None


def _skip_report(body: list[Tok]) -> bool:
    return any(
        body[n][1] == "SkipReport" and body[n + 1][1] == ":" and body[n + 2][1] == "true"
        for n in range(len(body) - 2)
    )


def read_rule(body: list[Tok], reader: RuleReader) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(true samples, false samples) of one rule function, each as (syntax, text)."""
    tps: list[tuple[str, str]] = []
    fps: list[tuple[str, str]] = []
    i = 0
    while i < len(body):
        text = body[i][1]
        if _assigns(body, i):
            try:
                value, end = reader.expr(body, i + 2)
            except _Unevaluable:
                reader.variables[text] = None
                i = _next_statement(body, i + 2)
                continue
            reader.variables[text] = value
            i = end
            continue
        if text == "utils.Validate" and body[i + 1][1] == "(":
            lists: list[list[tuple[str, str]]] = []
            j = _skip_item(body, i + 2) + 1  # past `r,`
            for _ in range(2):
                if body[j][1] == "nil":
                    value, j = [], j + 1
                else:
                    value, j = reader.expr(body, j)
                lists.append(value if isinstance(value, list) else [("", value)])
                if body[j][1] == ",":
                    j += 1
            tps, fps = lists
            break
        i += 1
    return tps, fps


def _runs(text: str) -> set[str]:
    return {m.group() for m in _SHARED_RUN.finditer(text) if any(c.isdigit() for c in m.group())}


def reuses_secret(negative: str, positives: list[str]) -> bool:
    """True when the false sample shares a run of eight or more letters and digits, a digit
    among them, with one of the rule's secret samples."""
    mine = _runs(negative)
    for pos in positives:
        for run in _runs(pos):
            for a in mine:
                if _common_run(a, run) >= 8:
                    return True
    return False


def _common_run(a: str, b: str) -> int:
    """The length of the longest common substring of a and b that holds a digit."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            if k > best and any(c.isdigit() for c in a[i : i + k]):
                best = k
    return best


def load(
    root: Path, sampler_for: Callable[[str], Callable[[str], str]], manifest: Path = FILES
) -> BetterleaksSet:
    with manifest.open(encoding="utf-8") as fh:
        paths = [row["path"] for row in csv.DictReader(fh)]
    generate = next(p for p in paths if p.endswith("utils/generate.go"))
    templates, single = read_templates(root / generate)
    out = BetterleaksSet()
    for path in paths:
        if "/rules/" not in path:
            continue
        toks = tokens((root / path).read_text(encoding="utf-8"))
        reader = RuleReader(templates, single, sampler_for(Path(path).name), _helpers(toks))
        for body in _functions(toks):
            rule = _rule_id(body)
            if rule is None:
                continue
            tps, fps = read_rule(body, reader)
            positives = [RuleSample(rule, True, t, s) for s, t in tps]
            negatives = [RuleSample(rule, False, t, s) for s, t in fps]
            if _skip_report(body):
                out.components.extend(positives + negatives)
                continue
            out.scored.extend(positives)
            for neg in negatives:
                if reuses_secret(neg.text, [p.text for p in positives]):
                    out.renamed.append(neg)
                else:
                    out.scored.append(neg)
        out.unevaluated += reader.unevaluated
    return out
