"""JavaScript's and TypeScript's shapes for the passes over flows across functions
(aiscan.sast.interfile): an Express, Koa or Nest handler handing request data to a function of
another module, or to a service's method, which builds the SQL, runs the command, fetches the URL,
opens the path or writes the HTML; and a helper that returns request data to the handler. The
TypeScript files of a tree are followed together with its JavaScript files (semgrep reads both
with the same rules), under the one switch `javascript`.

A function is any of the forms a module defines one in: `function f(a) {...}` (also `export
function`, `export default function`), a method of a class or of an object literal (`{ f(a) {...}
}`, `{ f: function (a) {...} }`, `{ f: (a) => ... }`), and a function or arrow function assigned to
a name or a property (`const f = (a) => ...`, `exports.f = function (a) {...}`, `module.exports.f =
async (a) => ...`). `module.exports = { f }` exports a function defined under its own name; a
function imported under another name (`import { f as g }`, `const { f: g } = require(...)`) is
reached through that name too. A call `f(x)`, `m.f(x)`, `this.service.f(x)` is matched by name and
argument position; a call through a capitalised name (`ProductsService.f(x)`, `models.User.f(x)`)
reaches only the methods of that class. A call of a name that is also a method of JavaScript's own
objects or of Express's response (`headers.get(key)`, `items.push(v)`, `res.send(v)`,
`rows.find(...)`) reaches a function of the tree only through `this`, a class name, or a receiver
named after the module that defines it (`cache.get(key)` for `cache.js`,
`this.usersService.findOne(id)` for `users.service.ts`). Destructured parameters, default values
and rest parameters are not followed, nor are TypeScript parameter types read (Nest converts a
parameter declared `number` only where a pipe says so). A function's return is its own: a `return`
inside a callback nested in it (a route handler registered by an app factory) is not.

The application's own validation is a sanitizer of every generated rule: a value checked for
membership in a constant collection (`SORTABLE.includes(v)`, `ALLOWED.has(v)`,
`['asc', 'desc'].indexOf(v)`) is taken as validated afterwards, and numbers parsed from text
(`parseInt`, `parseFloat`, `Number`) carry no text."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import (
    ALIAS,
    FUNCTION,
    OWNER,
    PARAMETER,
    RETURNED,
    RETURNS,
    Rule,
    Shapes,
    Validated,
    dotted_calls,
    is_identifier,
    positional_parameter,
)

SUMMARISED = {
    "javascript-sql-injection": (PARAMETER, RETURNS),
    "javascript-nosql-injection": (PARAMETER, RETURNS),
    "javascript-command-injection": (PARAMETER, RETURNS),
    "javascript-code-injection": (PARAMETER, RETURNS),
    "javascript-path-traversal": (PARAMETER, RETURNS),
    "javascript-ssrf": (PARAMETER, RETURNS),
    "javascript-xss": (PARAMETER, RETURNS),
    "javascript-open-redirect": (PARAMETER, RETURNS),
    "javascript-ldap-xpath-injection": (PARAMETER, RETURNS),
}

# The object a function is assigned to as a property (`exports`, `module.exports`, `this`); not a
# prefix of any other metavariable name (aiscan.sast.interfile.shapes).
_HOLDER = "$IFHOLDER"


def _functions(params: str) -> list[str]:
    """Every form a definition with the given parameter list takes. `function f(...) {...}` also
    matches class and object-literal methods; an assignment of `function (...) {...}` also
    matches one of an arrow function (semgrep reads both alike, and an arrow function's
    expression body as a block that returns it)."""
    return [
        f"function {FUNCTION}({params}) {{ ... }}",
        f"{FUNCTION} = function ({params}) {{ ... }}",
        f"{_HOLDER}.{FUNCTION} = function ({params}) {{ ... }}",
    ]


def _function(params: str) -> str:
    return _functions(params)[0]


_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")


def _class_named(text: str) -> str | None:
    """A capitalised identifier is a class, also reached through a module (`models.User` names
    `User`); `this`, an object, a module and a constant (`CLIENT`) name none."""
    names = text.split(".")
    if not all(is_identifier(n) for n in names) or names[0] == "this":
        return None
    name = names[-1]
    if not name[0].isupper() or _CONSTANT.fullmatch(name):
        return None
    return name


# Methods of JavaScript's own objects (Array, Map, Set, String, Promise, JSON, console), of
# Express's response and of the common database clients: a call of one of these names on a
# receiver of unknown type is far more often that method than a function of the tree.
BUILT_IN_METHODS = frozenset(
    {
        "get", "set", "has", "delete", "add", "clear", "push", "pop", "shift", "unshift", "splice",
        "slice", "concat", "join", "split", "replace", "replaceAll", "map", "filter", "reduce",
        "forEach", "find", "findIndex", "some", "every", "includes", "indexOf", "sort", "reverse",
        "keys", "values", "entries", "toString", "trim", "toLowerCase", "toUpperCase",
        "startsWith", "endsWith", "match", "test", "exec", "then", "catch", "finally", "parse",
        "stringify", "log", "error", "warn", "info", "debug", "call", "apply", "bind", "emit",
        "on", "send", "json", "render", "redirect", "write", "end", "status", "type", "cookie",
        "header", "sendFile", "download", "query", "execute", "run", "all", "each", "prepare",
        "findOne", "findAll", "findById", "findByPk", "create", "update", "updateOne", "deleteOne",
        "remove", "save", "insert", "count", "aggregate", "where", "select", "raw", "request",
        "fetch", "post", "put", "patch", "resolve", "normalize", "open", "close", "read",
    }
)  # fmt: skip


def _folded(name: str) -> str:
    return re.sub(r"[_\-]", "", name).lower()


def _module_names(path: str) -> set[str]:
    """The names a module is commonly imported as, folded: `services/cache.js` is `cache`,
    `users/users.service.ts` is `users` or `usersService`, a folder's `index.js` is the folder."""
    parts = [p for p in re.split(r"[\\/]", path) if p]
    if not parts:
        return set()
    stem = re.sub(r"\.(?:[cm]?js|jsx|[cm]?ts|tsx)$", "", parts[-1])
    if stem == "index":
        return {_folded(parts[-2])} if len(parts) > 1 else set()
    words = [w for w in stem.split(".") if w]
    return {_folded(words[0]), _folded("".join(words))} if words else set()


def _receiver_reaches(callee: str, receiver: str, path: str) -> bool:
    """A call of a built-in method's name reaches a function of the tree only through `this`, a
    class name or a receiver named after the module that defines it; any other name is taken."""
    if callee not in BUILT_IN_METHODS:
        return True
    if receiver == "this" or _class_named(receiver) is not None:
        return True
    names = receiver.split(".")
    if not all(is_identifier(n) for n in names):
        return False
    return _folded(names[-1]) in _module_names(path)


# A call given a function expression (a callback, a promise's executor); not a prefix of any other
# metavariable name.
_NESTED = "$IFNESTED"


def _return_sinks() -> list[Rule]:
    """What a function returns (an arrow function's expression body included), not what a
    callback nested in it returns: `app.get('/', (req, res) => ...)` or `names.map((n) =>
    req.query[n])` inside a function that returns `app` is not that function's return."""
    return [
        {
            "patterns": [
                {"pattern-inside": form},
                {"pattern": f"return {RETURNED};"},
                {"pattern-not-inside": f"{_NESTED}(..., function (...) {{ ... }}, ...)"},
                {"pattern-not-inside": f"new {_NESTED}(..., function (...) {{ ... }}, ...)"},
                {"focus-metavariable": RETURNED},
            ]
        }
        for form in _functions("...")
    ]


# A constant (`SORTABLE`, `config.ALLOWED_COLUMNS`) or a literal array: the collection of a
# membership check taken as an allow-list.
_CONSTANT_COLLECTION = r"^(?:(?:[A-Za-z_$][A-Za-z0-9_$]*\.)*_*[A-Z][A-Z0-9_]*|\[[\s\S]*)$"


def _sanitizers(validated: Validated) -> list[Rule]:
    """The application's own validation, as sanitizers of a generated rule (JavaScript's passes
    read no declarations for it: `validated` is not used)."""
    return [
        {
            "by-side-effect": True,
            "patterns": [
                {
                    "pattern-either": [
                        {"pattern": "$IFWCOLL.includes($IFWX)"},
                        {"pattern": "$IFWCOLL.has($IFWX)"},
                        {"pattern": "$IFWCOLL.indexOf($IFWX)"},
                    ]
                },
                {"metavariable-regex": {"metavariable": "$IFWCOLL", "regex": _CONSTANT_COLLECTION}},
                {"focus-metavariable": "$IFWX"},
            ],
        },
        {
            "pattern-either": [
                {"pattern": "parseInt(...)"},
                {"pattern": "parseFloat(...)"},
                {"pattern": "Number(...)"},
                {"pattern": "Number.parseInt(...)"},
                {"pattern": "Number.parseFloat(...)"},
            ]
        },
    ]


SHAPES = Shapes(
    language="javascript",
    summarised=SUMMARISED,
    function=_function,
    functions=_functions,
    klass=f"class {OWNER} {{ ... }}",
    parameter=positional_parameter,
    calls=dotted_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="function",
    qualified=True,
    return_sinks=_return_sinks,
    receiver_reaches=_receiver_reaches,
    sanitizers=_sanitizers,
    also=("typescript",),
    aliases=(
        f"import {{ {FUNCTION} as {ALIAS} }} from $IFMODULE;",
        f"const {{ {FUNCTION}: {ALIAS} }} = require($IFMODULE);",
    ),
    methods_need_receiver=True,
    unknown_receivers_guess=True,
    built_in_names=BUILT_IN_METHODS,
)
