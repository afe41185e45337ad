"""Ruby's shapes for the passes over flows across functions (aiscan.sast.interfile): a Rails
controller (or a Sinatra or Grape handler) handing request data to a model's class method, a
service object, a helper or a module function of another file, which builds the SQL, runs the
command, fetches the URL, opens the path or marks the HTML safe.

A method is `def m(a, b)` (also without parentheses, with default values, inside `class << self`)
or `def self.m(a)`; it belongs to the innermost class or module around it (`module Reports; class
Export` makes `Export`'s methods, read from the first pass's list of classes and modules with
their lines). A call `m(x)`, `obj.m(x)`, `m x` is matched by name and argument position; a call
through a capitalised name (`Loan.m(x)`, `Reports::Export.m(x)`, `::Vulneruby::Trigger.m(x)`), or
on an object made from it on the spot (`LoanArchiver.new.call(x)`), reaches only the methods of
the class or module it names last. A call of a name that is also a
method of Ruby's own objects or of Rails' (`settings.fetch(key)`, `items.join(",")`,
`user.update(attrs)`) reaches a method of the tree only through `self`, a class name, or a
receiver named after the file that defines it (`cache.fetch(key)` for `cache.rb`). Method names
ending in `?`, `!` or `=` are not plain identifiers and are not followed, nor are keyword
arguments, splats, blocks and `scope :name, ->(x) { ... }`.

The application's own validation is a sanitizer of every generated rule: a value checked for
membership in a constant collection (`SORTABLE.include?(v)`, `%w[asc desc].include?(v)`) is taken
as validated afterwards, and numbers parsed from text (`to_i`, `to_f`, `Integer(...)`,
`Float(...)`) carry no text."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import (
    FUNCTION,
    OWNER,
    PARAMETER,
    Rule,
    Shapes,
    Validated,
    dotted_calls,
    is_identifier,
    positional_parameter,
)

# Not ruby-log-injection, ruby-trust-boundary-session, ruby-response-header-injection nor
# ruby-regex-from-request: as for the other languages, the classes followed are those whose sink
# runs, fetches, opens or prints the value.
SUMMARISED = {
    "ruby-sql-injection": (PARAMETER,),
    "ruby-command-injection": (PARAMETER,),
    "ruby-raw-html-output": (PARAMETER,),
    "ruby-ssrf": (PARAMETER,),
    "ruby-path-traversal": (PARAMETER,),
    "ruby-code-injection": (PARAMETER,),
    "ruby-dynamic-code-execution": (PARAMETER,),
    "ruby-ldap-xpath-injection": (PARAMETER,),
    "ruby-open-redirect": (PARAMETER,),
}


def _functions(params: str) -> list[str]:
    """A method, and a class or module method (`def self.m`)."""
    return [
        f"def {FUNCTION}({params})\n  ...\nend\n",
        f"def self.{FUNCTION}({params})\n  ...\nend\n",
    ]


def _function(params: str) -> str:
    return _functions(params)[0]


_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")


# An object made on the spot (`Klass.new`, `Klass.new(a, b)`): a receiver of that class.
_MADE = re.compile(r"\.new(?:\([\s\S]*\))?$")


def _class_named(text: str) -> str | None:
    """A capitalised name is a class or a module, also reached through its namespace
    (`Reports::Export` and `::Reports::Export` name `Export`), and so is an object made from it
    on the spot (`LoanArchiver.new`); `self`, another object, a method's result and a constant
    (`CLIENT`) name none."""
    names = _MADE.sub("", text.strip()).removeprefix("::").split("::")
    if not all(is_identifier(n) for n in names):
        return None
    name = names[-1]
    if not name[0].isupper() or _CONSTANT.fullmatch(name):
        return None
    return name


# Methods of Ruby's own objects (Object, Kernel, String, Array, Hash, Enumerable, IO) and of Rails'
# models, relations and controllers: a call of one of these names on a receiver of unknown type is
# far more often that method than a method of the tree.
BUILT_IN_METHODS = frozenset(
    {
        "fetch", "dig", "store", "delete", "merge", "update", "key", "keys", "values", "each",
        "map", "select", "reject", "find", "detect", "first", "last", "count", "size", "sum",
        "sort", "sort_by", "min", "max", "push", "pop", "shift", "unshift", "concat", "join",
        "split", "gsub", "sub", "replace", "include", "send", "public_send", "call", "to_s",
        "to_h", "to_a", "to_json", "format", "puts", "print", "write", "read", "open", "close",
        "new", "create", "save", "destroy", "where", "find_by", "order", "limit", "pluck", "get",
        "post", "put", "patch", "head", "render", "redirect_to", "log", "info", "warn", "error",
        "debug", "add", "set", "run", "execute", "perform", "perform_later", "deliver_later",
        "build", "assign_attributes", "permit", "require", "slice", "except", "tap", "then",
        "inject", "reduce", "group_by", "index_by", "partition", "flat_map", "compact", "uniq",
    }
)  # fmt: skip


def _folded(name: str) -> str:
    return re.sub(r"[_@]", "", name).lower()


def _module_names(path: str) -> set[str]:
    """The names an object of a file's class is commonly held as, folded: `services/cache.rb`
    is `cache`, `app/services/rate_client.rb` is `rate_client` (`@rate_client`)."""
    parts = [p for p in re.split(r"[\\/]", path) if p]
    if not parts:
        return set()
    stem = parts[-1].removesuffix(".rb")
    return {_folded(stem)} if stem else set()


def _receiver_reaches(callee: str, receiver: str, path: str) -> bool:
    """A call of a built-in method's name reaches a method of the tree only through `self`, a
    class or module name, or a receiver named after the file that defines it; any other name is
    taken."""
    if callee not in BUILT_IN_METHODS:
        return True
    if receiver == "self" or _class_named(receiver) is not None:
        return True
    names = receiver.split(".")
    if not all(is_identifier(n.removeprefix("@@").removeprefix("@")) for n in names):
        return False
    return _folded(names[-1]) in _module_names(path)


# A constant (`SORTABLE`, `Loan::COLUMNS`), `%w[...]` or a literal array: the collection of a
# membership check taken as an allow-list (the single-file rules' own shape of one).
_CONSTANT_COLLECTION = r"^(?:[A-Z][A-Za-z0-9_]*(?:::[A-Z][A-Za-z0-9_]*)*|%[wi][\[({][\s\S]*|\[[\s\S]*)$"


def _sanitizers(validated: Validated) -> list[Rule]:
    """The application's own validation, as sanitizers of a generated rule (Ruby's passes read
    no declarations for it: `validated` is not used)."""
    return [
        {
            "by-side-effect": True,
            "patterns": [
                {"pattern": "$IFWCOLL.include?($IFWX)"},
                {"metavariable-regex": {"metavariable": "$IFWCOLL", "regex": _CONSTANT_COLLECTION}},
                {"focus-metavariable": "$IFWX"},
            ],
        },
        {
            "pattern-either": [
                {"pattern": "$IFWX.to_i"},
                {"pattern": "$IFWX.to_f"},
                {"pattern": "Integer(...)"},
                {"pattern": "Float(...)"},
            ]
        },
    ]


SHAPES = Shapes(
    language="ruby",
    summarised=SUMMARISED,
    function=_function,
    functions=_functions,
    klass=f"class {OWNER}\n  ...\nend\n",
    owners=(f"class {OWNER}\n  ...\nend\n", f"module {OWNER}\n  ...\nend\n"),
    parameter=positional_parameter,
    calls=dotted_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="method",
    qualified=True,
    receiver_reaches=_receiver_reaches,
    sanitizers=_sanitizers,
)
