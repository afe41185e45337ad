"""How a language writes what the passes over flows across functions look for: a function's
definition with one parameter singled out, a call with one argument singled out, a returned
value. One `Shapes` per language (aiscan.sast.interfile.php, .java, .kotlin, .python, .javascript,
.ruby, .go); the passes themselves (aiscan.sast.interfile.passes) do not know any language's syntax.

The metavariable names of the generated rules are chosen so that none is a prefix of another,
since semgrep interpolates a message's metavariables by text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

FUNCTION = "$IFFUNC"
RETURNED = "$IFRETURNED"
ARGUMENT = "$IFARG"
OBJECT = "$IFOBJ"
KLASS = "$IFKLASS"
PARAM = "$IFPARAM{}"
SKIP = "$IFSKIP{}"
CALLEE = "$IFCALLEE{}"
OWNER = "$IFOWNER"
ARRAY = "$IFARRAY"
RETURNED_KLASS = "$IFRKLASS"
RETURNED_OBJECT = "$IFROBJ"
RECEIVER_TYPE = "$IFCTYPE"  # the declared type of a call's receiver, where the language has one
SUPER = "$IFSUPER"  # a class's superclass or an interface it implements
VALIDATED = "$IFVALIDATED"  # a name the tree declares that restricts a value (aiscan.sast.interfile)
ALIAS = "$IFALIAS"  # the name a module's function is imported under (`from m import f as g`)

# What a summary says about a function: its parameter reaches a sink, or it returns source data.
PARAMETER = "parameter"
RETURNS = "returns"

# Parameters up to this position (0-based) are summarised.
MAX_POSITION = 5

# A plain ASCII identifier, the only shape a name from the tree may have in a generated rule.
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")


def is_identifier(name: str) -> bool:
    return IDENTIFIER.fullmatch(name) is not None


Rule = dict[str, Any]


def positional_parameter(k: int) -> list[tuple[str, list[Rule]]]:
    """Parameter k of a definition whose parameters carry no type: k skipped ones before it, any
    after it (PHP, JavaScript, Ruby)."""
    return [(", ".join([*(SKIP.format(i) for i in range(k)), PARAM.format(k), "..."]), [])]


def dotted_calls(callee: str, args: str, klass: str, obj: str) -> list[Rule]:
    """A call by name, alone or on a receiver written with a dot (`$K.f(...)` binds the receiver:
    an object, a module, `self`/`this`, a class), for a language with one call syntax for all
    (JavaScript, Python, Ruby)."""
    return [{"pattern": f"{callee}({args})"}, {"pattern": f"{klass}.{callee}({args})"}]


# What a search rule of the first pass lists for `Validated` (a rule binding `VALIDATED`).
ANNOTATION = "annotation"
ENUM = "enum"


@dataclass(frozen=True)
class Validated:
    """What the tree declares that restricts a value to a fixed set: constraint annotations whose
    validator checks membership in an allow-list, and enums (their names, plain identifiers)."""

    annotations: frozenset[str] = frozenset()
    enums: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Shapes:
    """A language's syntax for the passes.

    `summarised`: the single-file taint rules followed across functions, with what is summarised
    for each (PARAMETER, RETURNS). `function(params)`: a definition whose parameter list is the
    given pattern text; `klass`: a class definition whose name is `OWNER`. `parameter(k)`: the
    parameter lists singling out the argument at position k of a call as `PARAM.format(k)` (more
    than one where a method's receiver is a parameter of its own), each with the conditions a
    parameter must meet to be summarised (a type that cannot carry text is left out).
    `calls(callee, args, klass, obj)`: the shapes of a call, the receiver or class bound to
    `klass` where the language writes one. `return_sinks()`: what a
    function returns, for the RETURNS summaries. `class_named(text)`: the class a call's
    receiver names, if it names one (a static call), else None. `noun`: what the language calls
    a function in a message; `qualified`: whether the message names it with its class.
    `inherits`: class definitions binding `OWNER` and one of its supertypes as `SUPER`, and
    `type_named(text)`: the class or interface a declared type names (`RECEIVER_TYPE`, `SUPER`),
    for a language whose calls are resolved by the receiver's declared type.
    `receiver_reaches(callee, receiver, path)`: whether a call `receiver.callee(...)` can reach
    a function of that name defined in the file `path`, for a language whose calls on receivers
    of unknown type are narrowed by name (None: every such call is taken).
    `validators`: search rules (what they list, ANNOTATION or ENUM; the rule's patterns binding
    `VALIDATED`) listing the names the tree declares that restrict a value, and
    `sanitizers(validated)`: the application's own validation as taint sanitizers, added to every
    generated rule (the names the tree declares, `Validated()` where they are not known yet).
    `functions(params)`: every form a definition takes, for a language that has several (None:
    `function` alone). `owners`: the forms of a class or module binding `OWNER` (a pattern, or a
    rule with conditions), listed with their lines, for a language whose classes nest in modules
    or objects: a method then belongs to the innermost one around it (without them, to a class
    `klass` matches around it). `also`: the inventory's
    other languages whose files are followed with this one (TypeScript with JavaScript), under
    this language's name. `parameter_sinks`: per summarised rule, sinks its PARAMETER summaries
    add to the rule's own, for a flaw whose sink shows only once the caller is known (Python: a
    function returning markup built from its parameter). `aliases`: the forms of an import that
    gives a module's function another name, binding `FUNCTION` (its own name) and `ALIAS` (the
    name the importing module calls it by). `methods_need_receiver`: a call written without a
    receiver (`f(x)`) reaches a module's function only, never a class's method, for a language
    without an implicit `this`/`self` (Python, JavaScript; not Java or Ruby, where a method calls
    its class's methods by name alone). `built_in_names`: the names of the language's own
    objects' methods (`get`, `join`, `find`), which a function returning request data is matched
    by only when called without a receiver. `unknown_receivers_guess`: a call through a receiver
    whose class is not known (not the object or module it is written in, no class named, no
    declared type), of a name the tree defines more than once, is a guess: its flow is reported
    below the gate (Python, JavaScript, which read no declared types)."""

    language: str
    summarised: Mapping[str, tuple[str, ...]]
    function: Callable[[str], str]
    klass: str
    parameter: Callable[[int], list[tuple[str, list[Rule]]]]
    calls: Callable[[str, str, str, str], list[Rule]]
    class_named: Callable[[str], str | None]
    ignore_case: bool
    noun: str
    qualified: bool
    return_sinks: Callable[[], list[Rule]] | None = None
    inherits: tuple[str, ...] = ()
    type_named: Callable[[str], str | None] | None = None
    receiver_reaches: Callable[[str, str, str], bool] | None = None
    validators: tuple[tuple[str, Rule], ...] = ()
    sanitizers: Callable[[Validated], list[Rule]] | None = None
    functions: Callable[[str], list[str]] | None = None
    owners: tuple[str | Rule, ...] = ()
    parameter_sinks: Mapping[str, tuple[Rule, ...]] = field(default_factory=dict)
    also: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    methods_need_receiver: bool = False
    built_in_names: frozenset[str] = frozenset()
    unknown_receivers_guess: bool = False

    def definitions(self, params: str) -> list[str]:
        """Every form of a definition whose parameter list is `params`."""
        return self.functions(params) if self.functions is not None else [self.function(params)]

    def fold(self, name: str) -> str:
        return name.lower() if self.ignore_case else name
