"""Flows across functions and files, on top of semgrep's taint, which follows one function only.

Two passes over the files of a language, both semgrep runs with rules derived from the shipped
single-file taint rule of each weakness class (its sinks, sanitizers and sources unchanged):

1. summaries: for each class, a rule whose sources are a function's parameters (one source per
   position) reports the functions whose parameter reaches one of the class's sinks, and (PHP, JavaScript) a
   rule whose sink is `return` reports the functions that return request data; search rules list
   the functions, the methods with their classes and (Java) each class's supertypes;
2. calls: a rule with the class's request sources (plus calls to the functions that return request
   data) whose sinks are the argument, at the summarised position, of a call to a summarised
   function. A finding is reported at the sink inside the function, naming the calls.

The passes are written once; what a definition, a parameter, a call and a class look like in
each language is in aiscan.sast.interfile.php, .java, .kotlin, .python, .javascript, .ruby and .go
(aiscan.sast.interfile.shapes).
A call is matched to a function by name and argument position, narrowed by the class a static
call names and, in Java, by the declared type of the receiver where semgrep knows it.

The scanned tree is hostile: the only things it contributes to a generated rule are function
names, and a name that is not a plain ASCII identifier is dropped (class and type names are only
read back from semgrep's messages, as identifiers). One level of call is followed
(a function that passes its parameter to another summarised function is not summarised itself).
Everything here is pure; the runs are the semgrep analyzer's."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from aiscan.sast.interfile import go, java, javascript, kotlin, php, python, ruby
from aiscan.sast.interfile.shapes import (
    ALIAS,
    ANNOTATION,
    ARGUMENT,
    CALLEE,
    ENUM,
    FUNCTION,
    KLASS,
    MAX_POSITION,
    OBJECT,
    OWNER,
    PARAM,
    PARAMETER,
    RECEIVER_TYPE,
    RETURNED,
    RETURNED_KLASS,
    RETURNED_OBJECT,
    RETURNS,
    SKIP,
    SUPER,
    VALIDATED,
    Rule,
    Shapes,
    Validated,
    is_identifier,
)

# The languages whose flows are followed across functions.
LANGUAGES: Mapping[str, Shapes] = {
    "go": go.SHAPES,
    "java": java.SHAPES,
    "javascript": javascript.SHAPES,
    "kotlin": kotlin.SHAPES,
    "php": php.SHAPES,
    "python": python.SHAPES,
    "ruby": ruby.SHAPES,
}

# The inventory's languages followed under another's name (TypeScript with JavaScript).
_FOLLOWED_AS: Mapping[str, str] = {other: k for k, v in LANGUAGES.items() for other in v.also}


def followed_as(file_language: str) -> str | None:
    """The language whose passes follow a file of the inventory's `file_language`, if any."""
    if file_language in LANGUAGES:
        return file_language
    return _FOLLOWED_AS.get(file_language)


# The single-file taint rules whose flows are followed across functions, per language.
SUMMARISED: Mapping[str, Mapping[str, tuple[str, ...]]] = {k: v.summarised for k, v in LANGUAGES.items()}

# Appended to the single-file rule's ID for the findings of the second pass.
RULE_SUFFIX = "-across-functions"

# The second-pass rule whose sources are calls to functions returning the class's source data.
RETURNED_TAG = "--returned"

_SUMMARY_TAG = {PARAMETER: "--parameter", RETURNS: "--returns"}
_FUNCTIONS_RULE = "interfile--functions"
_METHODS_RULE = "interfile--methods"
_INHERITS_RULE = "interfile--inherits"
_OWNERS_RULE = "interfile--owners"
_VALIDATED_RULE = "interfile--validated-"
_ALIASES_RULE = "interfile--aliases"

# A variable of the tree as semgrep prints it: PHP's `$name`, or a plain identifier.
_VARIABLE = re.compile(r"\$?[A-Za-z_][A-Za-z0-9_]{0,127}")


def shapes(language: str) -> Shapes:
    found = LANGUAGES.get(language)
    if found is None:
        raise ValueError(f"flows across functions are not followed for {language}")
    return found


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class Summary:
    """A function of the tree: its parameter at `position` reaches a sink of `rule`'s class
    (PARAMETER), or it returns request data (RETURNS, position None). `line` is the sink's or
    the return's line."""

    rule: str
    kind: str
    function: str
    position: int | None
    path: str
    line: int
    column: int | None = None
    owner: str | None = None  # the class whose method it is
    defined: int | None = None  # the line of its definition
    alias_of: str | None = None  # the function's own name, where `function` is a name it is imported as

    @property
    def name(self) -> str:
        """The function's own name (not the one it is imported as)."""
        return self.alias_of or self.function


@dataclass(frozen=True)
class Definition:
    """A function or method of the tree, from the first pass."""

    path: str
    function: str
    start: int
    end: int
    owner: str | None


# --- pass 1: summaries -----------------------------------------------------------------------


def _parameter_sources(shape: Shapes) -> list[Rule]:
    sources = []
    for k in range(MAX_POSITION + 1):
        for params, conditions in shape.parameter(k):
            for form in shape.definitions(params):
                sources.append(
                    {
                        "patterns": [
                            {"pattern-inside": form},
                            *copy.deepcopy(conditions),  # no object shared: no YAML alias
                            {"focus-metavariable": PARAM.format(k)},
                        ]
                    }
                )
    return sources


def _taint_rule(rule: Mapping[str, Any], rule_id: str, message: str, **parts: Any) -> dict[str, Any]:
    out = {
        "id": rule_id,
        "languages": list(rule.get("languages") or ()),
        "severity": "INFO",
        "message": message,
        "mode": "taint",
        "pattern-sources": copy.deepcopy(rule.get("pattern-sources") or []),
        "pattern-sinks": copy.deepcopy(rule.get("pattern-sinks") or []),
    }
    for key in ("pattern-sanitizers", "pattern-propagators", "options"):
        if rule.get(key):
            out[key] = copy.deepcopy(rule[key])
    out.update({k.replace("_", "-"): v for k, v in parts.items()})
    return out


def _with_validation(rule: dict[str, Any], shape: Shapes, validated: Validated) -> dict[str, Any]:
    """The rule with the application's own validation added to its sanitizers."""
    if shape.sanitizers is None:
        return rule
    extra = copy.deepcopy(shape.sanitizers(validated))  # no object shared: no YAML alias
    if extra:
        rule["pattern-sanitizers"] = [*(rule.get("pattern-sanitizers") or []), *extra]
    return rule


def summary_message(kind: str) -> str:
    if kind == RETURNS:
        return f"f={FUNCTION}"
    return "|".join([f"f={FUNCTION}", *(f"p{k}={PARAM.format(k)}" for k in range(MAX_POSITION + 1))])


def _definition_rules(shape: Shapes) -> list[dict[str, Any]]:
    """Every function of the tree, every method with its class (where a summary is defined, and
    which class a static call must name) and, where calls are resolved by the receiver's type,
    each class's superclass and interfaces."""
    forms = shape.definitions("...")
    function: Rule = (
        {"pattern": forms[0]} if len(forms) == 1 else {"pattern-either": [{"pattern": f} for f in forms]}
    )
    languages = [shape.language, *shape.also]
    rules: list[dict[str, Any]] = [
        {
            "id": _FUNCTIONS_RULE,
            "languages": list(languages),
            "severity": "INFO",
            "message": f"f={FUNCTION}",
            **copy.deepcopy(function),
        },
        {
            "id": _METHODS_RULE,
            "languages": list(languages),
            "severity": "INFO",
            "message": f"k={OWNER}|f={FUNCTION}",
            "patterns": [{"pattern-inside": shape.klass}, copy.deepcopy(function)],
        },
    ]
    for kind, body in shape.validators:
        rules.append(
            {
                "id": _VALIDATED_RULE + kind,
                "languages": list(languages),
                "severity": "INFO",
                "message": f"n={VALIDATED}",
                **copy.deepcopy(body),
            }
        )
    if shape.aliases:
        rules.append(
            {
                "id": _ALIASES_RULE,
                "languages": list(languages),
                "severity": "INFO",
                "message": f"f={FUNCTION}|a={ALIAS}",
                "pattern-either": [{"pattern": p} for p in shape.aliases],
            }
        )
    if shape.owners:
        rules.append(
            {
                "id": _OWNERS_RULE,
                "languages": list(languages),
                "severity": "INFO",
                "message": f"k={OWNER}",
                "pattern-either": [
                    copy.deepcopy(p) if isinstance(p, dict) else {"pattern": p} for p in shape.owners
                ],
            }
        )
    if shape.inherits:
        rules.append(
            {
                "id": _INHERITS_RULE,
                "languages": list(languages),
                "severity": "INFO",
                "message": f"k={OWNER}|s={SUPER}",
                "pattern-either": [{"pattern": p} for p in shape.inherits],
            }
        )
    return rules


def first_pass_rules(language: str, class_rules: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The summary rules of `language`, derived from its single-file taint rules (id -> rule)."""
    shape = shapes(language)
    rules = _definition_rules(shape)
    for rule_id, kinds in shape.summarised.items():
        rule = class_rules.get(rule_id)
        if rule is None or rule.get("mode") != "taint":
            continue
        if PARAMETER in kinds:
            sinks = [*copy.deepcopy(rule.get("pattern-sinks") or []), *shape.parameter_sinks.get(rule_id, ())]
            parameter = _taint_rule(
                rule,
                rule_id + _SUMMARY_TAG[PARAMETER],
                summary_message(PARAMETER),
                pattern_sources=_parameter_sources(shape),
                pattern_sinks=copy.deepcopy(sinks),
            )
            rules.append(_with_validation(parameter, shape, Validated()))
        if RETURNS not in kinds or shape.return_sinks is None:
            continue
        returns = _taint_rule(
            rule,
            rule_id + _SUMMARY_TAG[RETURNS],
            summary_message(RETURNS),
            pattern_sinks=shape.return_sinks(),
        )
        rules.append(_with_validation(returns, shape, Validated()))
    return {"rules": rules}


def split_summary_id(check_id: str) -> tuple[str, str] | None:
    """(single-file rule, kind) of a first-pass rule's ID, None for any other."""
    short = check_id.rsplit(".", 1)[-1]
    for kind, tag in _SUMMARY_TAG.items():
        if short.endswith(tag):
            return short.removesuffix(tag), kind
    return None


def read_summary_message(rule: str, kind: str, message: str) -> tuple[str, int | None] | None:
    """(function, position) from a first-pass message; None unless every part has the expected
    shape. An unbound metavariable stays as its own name, which is how an unmatched position
    shows; the tree's text is accepted only as an identifier (the function) or a variable."""
    fields = dict(part.partition("=")[::2] for part in message.strip().split("|"))
    function = fields.get("f", "")
    if not is_identifier(function):
        return None
    if kind == RETURNS:
        return (function, None) if set(fields) == {"f"} else None
    bound = [
        k
        for k in range(MAX_POSITION + 1)
        if fields.get(f"p{k}", "") != PARAM.format(k) and _VARIABLE.fullmatch(fields.get(f"p{k}", ""))
    ]
    if len(bound) != 1:
        return None
    return function, bound[0]


def _last_name(text: str) -> str:
    """A qualified name's last part (`::Reports::Export`, `loans.Archive`)."""
    return re.split(r"::|\.", text.strip())[-1]


def _innermost(scopes: Sequence[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The name of the innermost class or module whose lines hold a definition's."""
    around = [s for s in scopes if s[0] <= start and end <= s[1]]
    return min(around, key=lambda s: (s[1] - s[0], -s[0]))[2] if around else None


def read_definitions(results: Iterable[Mapping[str, Any]], rel: Any) -> list[Definition]:
    """The functions and methods in the first pass's results. A method's class is the innermost
    class or module around it where the first pass lists them with their lines (`Shapes.owners`),
    else the class the methods rule matched around it."""
    owners: dict[tuple[str, int, int], str] = {}
    scopes: dict[str, list[tuple[int, int, str]]] = {}
    functions: list[tuple[str, str, int, int]] = []
    for res in results:
        short = str(res.get("check_id") or "").rsplit(".", 1)[-1]
        start, end = _mapping(res.get("start")).get("line"), _mapping(res.get("end")).get("line")
        listed = short in (_FUNCTIONS_RULE, _METHODS_RULE, _OWNERS_RULE)
        if not listed or not isinstance(res.get("path"), str):
            continue
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        fields = dict(
            part.partition("=")[::2] for part in str(_mapping(res.get("extra")).get("message")).split("|")
        )
        path = rel(res["path"])
        if short == _OWNERS_RULE:
            name = _last_name(fields.get("k", ""))
            if is_identifier(name):
                scopes.setdefault(path, []).append((start, end, name))
            continue
        if not is_identifier(fields.get("f", "")):
            continue
        if short == _METHODS_RULE:
            if is_identifier(fields.get("k", "")):
                owners[(path, start, end)] = fields["k"]
        else:
            functions.append((path, fields["f"], start, end))
    return [
        Definition(p, f, a, b, _innermost(scopes.get(p, ()), a, b) or owners.get((p, a, b)))
        for p, f, a, b in functions
    ]


def read_validated(results: Iterable[Mapping[str, Any]], language: str) -> Validated:
    """The names the tree declares that restrict a value (from the first pass's results): the
    constraint annotations whose validator checks membership in an allow-list, and the enums.
    Only identifiers are kept (a qualified name is read as its last part)."""
    shape = shapes(language)
    named = shape.type_named or (lambda text: text if is_identifier(text) else None)
    found: dict[str, set[str]] = {ANNOTATION: set(), ENUM: set()}
    for res in results:
        short = str(res.get("check_id") or "").rsplit(".", 1)[-1]
        kind = short.removeprefix(_VALIDATED_RULE)
        if not short.startswith(_VALIDATED_RULE) or kind not in found:
            continue
        fields = dict(
            part.partition("=")[::2] for part in str(_mapping(res.get("extra")).get("message")).split("|")
        )
        name = named(fields.get("n", ""))
        if name is not None and is_identifier(name):
            found[kind].add(name)
    return Validated(frozenset(found[ANNOTATION]), frozenset(found[ENUM]))


def read_ancestors(results: Iterable[Mapping[str, Any]], language: str) -> dict[str, frozenset[str]]:
    """Each class of the tree and every class or interface it extends or implements, directly
    or through other classes of the tree (from the first pass's results)."""
    shape = shapes(language)
    named = shape.type_named or (lambda text: text if is_identifier(text) else None)
    direct: dict[str, set[str]] = {}
    for res in results:
        if str(res.get("check_id") or "").rsplit(".", 1)[-1] != _INHERITS_RULE:
            continue
        fields = dict(
            part.partition("=")[::2] for part in str(_mapping(res.get("extra")).get("message")).split("|")
        )
        owner, parent = fields.get("k", ""), named(fields.get("s", ""))
        if is_identifier(owner) and parent is not None:
            direct.setdefault(owner, set()).add(parent)
    ancestors: dict[str, frozenset[str]] = {}
    for owner in direct:
        seen: set[str] = set()
        todo = list(direct[owner])
        while todo:
            parent = todo.pop()
            if parent not in seen and parent != owner:
                seen.add(parent)
                todo.extend(direct.get(parent, ()))
        ancestors[owner] = frozenset(seen)
    return ancestors


def read_aliases(results: Iterable[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    """Each name a function is imported under elsewhere in the tree (`from m import f as g`:
    f -> {g}), from the first pass's results; identifiers only, a name imported as itself left
    out."""
    aliases: dict[str, set[str]] = {}
    for res in results:
        if str(res.get("check_id") or "").rsplit(".", 1)[-1] != _ALIASES_RULE:
            continue
        fields = dict(
            part.partition("=")[::2] for part in str(_mapping(res.get("extra")).get("message")).split("|")
        )
        function, alias = fields.get("f", ""), fields.get("a", "")
        if is_identifier(function) and is_identifier(alias) and function != alias:
            aliases.setdefault(function, set()).add(alias)
    return {f: frozenset(a) for f, a in aliases.items()}


def with_aliases(summaries: Sequence[Summary], aliases: Mapping[str, frozenset[str]]) -> list[Summary]:
    """The summaries, and for a function (not a method) imported under another name, the same
    summary under that name: a call `g(x)` after `from m import f as g` reaches `f`. Calls are
    matched by name, so an alias reaches every function of the name it stands for."""
    out = list(summaries)
    for s in summaries:
        if s.owner is None and s.alias_of is None:
            out += [replace(s, function=a, alias_of=s.function) for a in sorted(aliases.get(s.function, ()))]
    return out


def _definition_of(summary: Summary, definitions: Sequence[Definition]) -> Definition | None:
    """The innermost definition of the summary's function that holds its line."""
    around = [
        d
        for d in definitions
        if d.path == summary.path and d.function == summary.function and d.start <= summary.line <= d.end
    ]
    return min(around, key=lambda d: d.end - d.start) if around else None


def _nested_return(summary: Summary, definitions: Sequence[Definition]) -> bool:
    """Whether a returned value belongs to a function nested in the summary's function (a view
    an application factory registers): the innermost definition around the return is another."""
    around = [d for d in definitions if d.path == summary.path and d.start <= summary.line <= d.end]
    if not around:
        return False
    return min(around, key=lambda d: d.end - d.start).function != summary.function


def read_summaries(results: Iterable[Mapping[str, Any]], rel: Any) -> list[Summary]:
    """The summaries in the first pass's results; `rel` maps semgrep's path to the tree's."""
    results = list(results)
    definitions = read_definitions(results, rel)
    out: set[Summary] = set()
    for res in results:
        split = split_summary_id(str(res.get("check_id") or ""))
        extra = _mapping(res.get("extra"))
        start = _mapping(res.get("start"))
        if split is None or not isinstance(res.get("path"), str) or not isinstance(start.get("line"), int):
            continue
        rule, kind = split
        read = read_summary_message(rule, kind, str(extra.get("message") or ""))
        if read is None:
            continue
        column = start.get("col") if isinstance(start.get("col"), int) else None
        found = Summary(rule, kind, read[0], read[1], rel(res["path"]), start["line"], column)
        where = _definition_of(found, definitions)
        if kind == RETURNS and _nested_return(found, definitions):
            continue
        if where is not None:
            found = replace(found, owner=where.owner, defined=where.start)
        out.add(found)
    return sorted(out, key=lambda s: (s.rule, s.kind, s.path, s.line, s.function, s.position or 0))


# --- pass 2: calls ---------------------------------------------------------------------------


def _name_regex(names: Iterable[str], shape: Shapes) -> str:
    valid = sorted({n for n in names if is_identifier(n)})
    flags = "(?i)" if shape.ignore_case else ""
    return f"{flags}^({'|'.join(valid)})$"


def call_message() -> str:
    calls = [f"c{k}={CALLEE.format(k)}" for k in range(MAX_POSITION + 1)]
    return "|".join([*calls, f"k={KLASS}", f"t={RECEIVER_TYPE}"])


def _returning_source(shape: Shapes, names: Iterable[str]) -> dict[str, Any]:
    """A call to one of the functions that return the class's source data; one named like a
    built-in method (`get`, `find`: `Shapes.built_in_names`) only when called without a receiver,
    since `this.get(key)`, `item.get(key)` or `config.get(key)` is rarely that function."""
    names = sorted(set(names))
    common = [n for n in names if n in shape.built_in_names]
    own = [n for n in names if n not in shape.built_in_names]
    forms: list[dict[str, Any]] = []
    if own:
        calls = shape.calls(RETURNED, "...", RETURNED_KLASS, RETURNED_OBJECT)
        forms.append(
            {
                "patterns": [
                    {"pattern-either": calls},
                    {"metavariable-regex": {"metavariable": RETURNED, "regex": _name_regex(own, shape)}},
                ]
            }
        )
    if common:
        forms.append(
            {
                "patterns": [
                    {"pattern": f"{RETURNED}(...)"},
                    {"metavariable-regex": {"metavariable": RETURNED, "regex": _name_regex(common, shape)}},
                ]
            }
        )
    return forms[0] if len(forms) == 1 else {"pattern-either": forms}


def _argument_sinks(shape: Shapes, params: Sequence[Summary]) -> list[dict[str, Any]]:
    """The argument, at a summarised position, of a call to a summarised function."""
    sinks = []
    for k in range(MAX_POSITION + 1):
        names = {s.function for s in params if s.position == k}
        if not names:
            continue
        callee = CALLEE.format(k)
        args = ", ".join([*(SKIP.format(i) for i in range(k)), ARGUMENT, "..."])
        sinks.append(
            {
                "patterns": [
                    {"pattern-either": shape.calls(callee, args, KLASS, OBJECT)},
                    {"metavariable-regex": {"metavariable": callee, "regex": _name_regex(names, shape)}},
                    {"focus-metavariable": ARGUMENT},
                ]
            }
        )
    return sinks


def second_pass_rules(
    language: str,
    summaries: Sequence[Summary],
    class_rules: Mapping[str, Any] | None = None,
    validated: Validated | None = None,
) -> dict[str, Any]:
    """Up to two rules per class with summaries. Calls: the class's sources (and calls to the
    functions that return its source data), its sanitizers, and as sinks the summarised argument
    of each call to a function whose parameter reaches the class's sink. Returned: calls to the
    functions that return the class's source data as the only sources, and the class's own
    sinks (what the single-file rule does not see). The application's own validation is a
    sanitizer of both (`validated`: what the first pass found the tree declares). Only
    identifiers reach the rules."""
    shape = shapes(language)
    validated = validated or Validated()
    rules = []
    valid = [s for s in summaries if is_identifier(s.function)]
    for rule_id in shape.summarised:
        params = [s for s in valid if s.rule == rule_id and s.kind == PARAMETER and s.position is not None]
        returning = {s.function for s in valid if s.rule == rule_id and s.kind == RETURNS}
        rule = (class_rules or {}).get(rule_id) or {
            "languages": [language, *shape.also],
            "pattern-sources": [],
        }
        if params:
            sources = copy.deepcopy(rule.get("pattern-sources") or [])
            if returning:
                sources.append(_returning_source(shape, returning))
            sinks = _argument_sinks(shape, params)
            calls = _taint_rule(
                rule, rule_id + RULE_SUFFIX, call_message(), pattern_sources=sources, pattern_sinks=sinks
            )
            rules.append(_with_validation(calls, shape, validated))
        if returning:
            message = f"r={RETURNED}|k={RETURNED_KLASS}"
            sources = [_returning_source(shape, returning)]
            returned = _taint_rule(
                rule, rule_id + RULE_SUFFIX + RETURNED_TAG, message, pattern_sources=sources
            )
            rules.append(_with_validation(returned, shape, validated))
    return {"rules": rules}


def read_call_message(message: str, language: str = "php") -> tuple[str, int, str | None] | None:
    """(callee, position, class of a static call) from a second-pass message; None unless
    exactly one position is bound to an identifier."""
    fields = dict(part.partition("=")[::2] for part in message.strip().split("|"))
    named = shapes(language).class_named(fields.get("k", ""))
    bound = [
        (fields[f"c{k}"], k)
        for k in range(MAX_POSITION + 1)
        if fields.get(f"c{k}", CALLEE.format(k)) != CALLEE.format(k)
        and is_identifier(fields.get(f"c{k}", ""))
    ]
    return (*bound[0], named) if len(bound) == 1 else None


def _calls_into(summary: Summary, klass: str | None, shape: Shapes) -> bool:
    """Whether a call naming `klass` (a static call; None for any other) can reach the function:
    a static call reaches a method of the class it names only."""
    if klass is None:
        return True
    return summary.owner is not None and shape.fold(summary.owner) == shape.fold(klass)


@dataclass(frozen=True)
class Flow:
    """A summarised function and the calls that give it request data. `guessed`: every call
    was matched to it by name alone, through a receiver whose class is not known, where the tree
    defines more than one function of that name (which of them runs is not known)."""

    summary: Summary
    calls: tuple[str, ...]  # `path:line` of each call
    positions: tuple[int, ...] = ()  # the arguments (0-based) that reach the sink
    guessed: bool = False


def _receiver_type(message: str, shape: Shapes) -> str | None:
    """The declared type of the call's receiver in a second-pass message, if semgrep bound it."""
    if shape.type_named is None:
        return None
    fields = dict(part.partition("=")[::2] for part in message.strip().split("|"))
    text = fields.get("t", RECEIVER_TYPE)
    return None if text == RECEIVER_TYPE else shape.type_named(text)


def _receiver_text(fields: Mapping[str, str], unbound: str) -> str | None:
    """The receiver's text a second-pass message bound, None for a plain call."""
    text = fields.get("k", unbound).strip()
    return None if text in ("", unbound) else text


# Receivers that name the object or module a call is written in: `this.f(x)` / `self.f(x)` reach a
# class's method or a function of the same file, `exports.f(x)` a function of the same file.
_OWN_OBJECT = frozenset({"this", "self", "cls"})
_OWN_MODULE = frozenset({"exports", "module.exports"})


def _own_receiver_into(summary: Summary, bound: set[str], call_path: str | None) -> bool:
    """Whether a call through `this`/`self` or `exports` can reach the function (Python and
    JavaScript): not a module-level function of another file."""
    if call_path is None or summary.path == call_path:
        return True
    if bound <= _OWN_MODULE:
        return False
    return not (bound <= _OWN_OBJECT and summary.owner is None)


def _receiver_into(
    summary: Summary, callee: str, receivers: set[str | None], shape: Shapes, call_path: str | None = None
) -> bool:
    """Whether one of the receivers a call was matched with can reach the function by name; a
    call also matched without its receiver counts by the receiver it has. A call without any
    reaches a method only where the language lets a method call its class's by name alone.
    semgrep resolves a name imported from a module (`from flask import send_file`) and matches a
    call of it with a receiver too, bound to the name itself: that is a call without one."""
    bound = {r for r in receivers if r is not None and r != callee}
    if not bound and shape.methods_need_receiver and summary.owner is not None:
        return False
    if bound and shape.methods_need_receiver and not _own_receiver_into(summary, bound, call_path):
        return False
    if shape.receiver_reaches is None:
        return True
    if not bound:
        return True
    return any(shape.receiver_reaches(callee, r, summary.path) for r in bound)


def _typed_into(summary: Summary, receiver: str | None, ancestors: Mapping[str, frozenset[str]]) -> bool:
    """Whether a call on a receiver of the declared type can reach the method: the method's class
    is that type, or extends or implements it. A method whose class is not known is taken."""
    if receiver is None or summary.owner is None:
        return True
    return summary.owner == receiver or receiver in ancestors.get(summary.owner, frozenset())


def _guessed(
    callee: str,
    named: set[str | None],
    typed: set[str | None],
    receivers: set[str | None],
    defined: Mapping[str, int],
    shape: Shapes,
) -> bool:
    """Whether a call is matched to a function by its name alone (`Shapes.unknown_receivers_guess`):
    it has a receiver that is not the object or module it is written in, names no class and has no
    declared type, and the tree defines more than one function or method of that name."""
    if not shape.unknown_receivers_guess or named != {None} or typed != {None}:
        return False
    bound = {r for r in receivers if r is not None and r != callee}
    if not bound or bound <= _OWN_OBJECT | _OWN_MODULE:
        return False
    return defined.get(callee, 0) > 1


def flows(
    results: Iterable[Mapping[str, Any]],
    summaries: Sequence[Summary],
    rel: Any,
    language: str,
    ancestors: Mapping[str, frozenset[str]] | None = None,
    definitions: Sequence[Definition] = (),
) -> list[Flow]:
    """The second pass's results joined to the summaries they call (by name and position; the
    call's target is resolved by name, and by the receiver's declared type where the language
    and semgrep give one: `ancestors` maps each class to the types it extends or implements).
    `definitions` (the first pass's) tell a name the tree defines once from one it defines more
    than once, for `Flow.guessed`."""
    shape = shapes(language)
    fold = shape.fold
    ancestors = ancestors or {}
    defined: dict[str, int] = {}
    for d in {(d.path, d.owner, d.function) for d in definitions}:
        defined[fold(d[2])] = defined.get(fold(d[2]), 0) + 1
    by_key: dict[tuple[str, str, int], list[Summary]] = {}
    for s in summaries:
        if s.kind == PARAMETER and s.position is not None:
            by_key.setdefault((s.rule, fold(s.function), s.position), []).append(s)
    # semgrep matches a plain call's pattern on `Klass::f(...)` too, without the class, and a
    # call on a receiver with and without its type: where one call was matched both ways, the
    # answer that names the class or the type is kept
    matched: dict[tuple[str, str, int, int, str, int], set[tuple[str | None, str | None, str | None]]] = {}
    for res in results:
        short = str(res.get("check_id") or "").rsplit(".", 1)[-1]
        start = _mapping(res.get("start"))
        if not short.endswith(RULE_SUFFIX) or not isinstance(res.get("path"), str):
            continue
        if not isinstance(start.get("line"), int):
            continue
        message = str(_mapping(res.get("extra")).get("message") or "")
        read = read_call_message(message, language)
        if read is None:
            continue
        col: int = start["col"] if isinstance(start.get("col"), int) else 0
        key: tuple[str, str, int, int, str, int] = (
            short.removesuffix(RULE_SUFFIX),
            rel(res["path"]),
            start["line"],
            col,
            fold(read[0]),
            read[1],
        )
        fields = dict(part.partition("=")[::2] for part in message.strip().split("|"))
        receiver = _receiver_text(fields, KLASS)
        matched.setdefault(key, set()).add((read[2], _receiver_type(message, shape), receiver))
    calls: dict[Summary, set[tuple[str, int]]] = {}
    sure: set[Summary] = set()  # reached by at least one call that is not a guess
    for (rule, path, line, _col, callee, position), answers in matched.items():
        named: set[str | None] = {k for k, _, _ in answers if k is not None} or {None}
        typed: set[str | None] = {t for _, t, _ in answers if t is not None} or {None}
        receivers = {r for _, _, r in answers}
        for s in by_key.get((rule, callee, position), ()):
            if (
                any(_calls_into(s, k, shape) for k in named)
                and any(_typed_into(s, t, ancestors) for t in typed)
                and _receiver_into(s, callee, receivers, shape, path)
            ):
                calls.setdefault(s, set()).add((path, line))
                if not _guessed(fold(s.name), named, typed, receivers, defined, shape):
                    sure.add(s)
    # one flow per sink: a function whose several parameters reach the same line is one finding
    by_sink: dict[tuple[str, str, int], tuple[Summary, set[tuple[str, int]]]] = {}
    positions: dict[tuple[str, str, int], set[int]] = {}
    guessed: dict[tuple[str, str, int], bool] = {}
    for s in sorted(calls, key=lambda s: (s.rule, s.path, s.line, s.position or 0, s.function)):
        sink = (s.rule, s.path, s.line)
        _, seen = by_sink.setdefault(sink, (s, set()))
        positions.setdefault(sink, set()).add(s.position or 0)
        guessed[sink] = guessed.get(sink, True) and s not in sure
        seen.update(calls[s])
    return [
        Flow(s, tuple(f"{p}:{n}" for p, n in sorted(seen)), tuple(sorted(positions[sink])), guessed[sink])
        for sink, (s, seen) in by_sink.items()
    ]


@dataclass(frozen=True)
class Returned:
    """A sink of `rule` reached by what a summarised function returns."""

    rule: str
    path: str
    line: int
    end_line: int
    column: int | None
    functions: tuple[Summary, ...]


def returned_flows(
    results: Iterable[Mapping[str, Any]], summaries: Sequence[Summary], rel: Any, language: str
) -> list[Returned]:
    """The second pass's findings at a class's own sink whose source is a call to a function
    that returns the class's source data, with the functions of that name (a static call: of the
    class it names)."""
    shape = shapes(language)
    fold = shape.fold
    returning: dict[tuple[str, str], list[Summary]] = {}
    for s in summaries:
        if s.kind == RETURNS:
            returning.setdefault((s.rule, fold(s.function)), []).append(s)
    found: dict[tuple[str, str, int, int, int | None], dict[str, set[tuple[str | None, str | None]]]] = {}
    for res in results:
        short = str(res.get("check_id") or "").rsplit(".", 1)[-1]
        start, end = _mapping(res.get("start")), _mapping(res.get("end"))
        if not short.endswith(RULE_SUFFIX + RETURNED_TAG) or not isinstance(res.get("path"), str):
            continue
        if not isinstance(start.get("line"), int):
            continue
        fields = dict(
            part.partition("=")[::2] for part in str(_mapping(res.get("extra")).get("message")).split("|")
        )
        name, klass = fields.get("r", ""), fields.get("k", "")
        if not is_identifier(name):
            continue
        named = shape.class_named(klass)
        receiver = _receiver_text(fields, RETURNED_KLASS)
        column = start["col"] if isinstance(start.get("col"), int) else None
        end_line = end["line"] if isinstance(end.get("line"), int) else start["line"]
        key = (
            short.removesuffix(RULE_SUFFIX + RETURNED_TAG),
            rel(res["path"]),
            start["line"],
            end_line,
            column,
        )
        found.setdefault(key, {}).setdefault(fold(name), set()).add((named, receiver))
    # one finding per sink line: several returned values on one line (or one matched twice, with
    # and without its class) are one flaw to read
    by_line: dict[tuple[str, str, int], tuple[int, int | None, dict[tuple[str, str, int], Summary]]] = {}
    for (rule, path, line, end_line, column), names in sorted(found.items(), key=lambda kv: str(kv[0])):
        _, _, unique = by_line.setdefault((rule, path, line), (end_line, column, {}))
        for name, answers in sorted(names.items(), key=lambda kv: kv[0]):
            classes: set[str | None] = {k for k, _ in answers if k is not None} or {None}
            receivers = {r for _, r in answers}
            for s in returning.get((rule, name), ()):
                # one entry per definition (a function with several returns has several summaries)
                if any(_calls_into(s, k, shape) for k in classes) and _receiver_into(
                    s, name, receivers, shape, path
                ):
                    unique.setdefault((s.path, s.name, s.defined or s.line), s)
    return [
        Returned(rule, path, line, end_line, column, tuple(unique[k] for k in sorted(unique)))
        for (rule, path, line), (end_line, column, unique) in sorted(by_line.items())
        if unique
    ]


def returned_message(flow: Returned, class_message: str) -> str:
    where = ", ".join(f"{s.name} ({s.path}:{s.defined or s.line})" for s in flow.functions[:3])
    return (
        f"The value returned by the function {where} reaches this line. {class_message.strip()} "
        f"(Followed across functions: the call is matched to the function by name.)"
    )


def _arguments(positions: Sequence[int]) -> str:
    numbers = [str(k + 1) for k in positions]
    if len(numbers) == 1:
        return f"argument {numbers[0]}"
    return f"arguments {', '.join(numbers[:-1])} and {numbers[-1]}"


def flow_message(flow: Flow, class_message: str, shown: int = 3, language: str = "php") -> str:
    shape = shapes(language)
    s = flow.summary
    where = f":{s.defined}" if s.defined else ""
    name = f"{s.owner}.{s.name}" if shape.qualified and s.owner else s.name
    calls = ", ".join(flow.calls[:shown]) + (
        f" and {len(flow.calls) - shown} more" if len(flow.calls) > shown else ""
    )
    if shape.type_named is not None:
        matched = "by name and argument position, and by the receiver's declared type where it is known"
    elif shape.qualified:
        matched = "by name and argument position"
    else:
        matched = "by name"
    guess = (
        f" The receiver's class is not known and the tree defines more than one {shape.noun} named "
        f"{s.name}: the call may run another, so this is reported below the class's severity."
        if flow.guessed
        else ""
    )
    return (
        f"Request data passed to the {shape.noun} {name} (defined in {s.path}{where}) "
        f"as {_arguments(flow.positions or (s.position or 0,))} "
        f"at {calls} reaches this line inside it. {class_message.strip()} (Followed across functions: "
        f"the call is matched to the {shape.noun} {matched}.){guess}"
    )
