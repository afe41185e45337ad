"""Go's shapes for the passes over flows across functions (aiscan.sast.interfile): a handler
(net/http, Gin, Echo, Fiber) handing request data to a function of another package of the same
module (`utils.ReadFile(c.Query("f"))`, `store.OpenStatement(name)`), or to a method, which
opens the path, builds the SQL, runs the command or fetches the URL.

A function is `func f(a, b string) ...` or a method `func (s *Store) f(a string) ...`; its
parameter at position k is matched by position (a grouped `a, b string` is two parameters). Go
has no classes: a method belongs to no owner, and a call is matched by name and argument
position, `f(x)`, `pkg.f(x)` or `obj.f(x)`. A call through a package of Go's standard library
(`os.ReadFile(x)`, `filepath.Join(a, b)`) never reaches a function of the tree, and a call of a
name that is also a method of Go's own types (`Open`, `Get`, `Query`, `Write`) reaches a
function of the tree only without a receiver or through a receiver named like the folder (the
package, by Go's convention) of the file that defines it. A parameter whose declared type cannot
carry text (numbers, truth values, durations and times) is not summarised. Variadic parameters,
function values and interface methods are not followed.

Opt-in (`across_functions = ["go"]`): see docs/configuration.md."""

from __future__ import annotations

import re

from aiscan.sast.interfile.shapes import (
    FUNCTION,
    OWNER,
    PARAM,
    PARAMETER,
    SKIP,
    Rule,
    Shapes,
    dotted_calls,
    is_identifier,
)

# The classes whose sink opens, runs, queries or fetches the value.
SUMMARISED = {
    "go-path-traversal": (PARAMETER,),
    "go-sql-injection": (PARAMETER,),
    "go-command-injection": (PARAMETER,),
    "go-ssrf": (PARAMETER,),
}

# The declared types of the summarised parameter and of the ones before it, and a method's
# receiver. Not a prefix of any other metavariable name (aiscan.sast.interfile.shapes).
_TYPE = "$IFGOPTYPE"
_SKIPPED_TYPE = "$IFGOSTYPE{}"
_RECEIVER = "$IFGORECV"
_RECEIVER_TYPE = "$IFGORTYPE"

# Types whose values are numbers, truth values, durations or instants.
_NOT_A_VALUE_TYPE = (
    r"^(?!(?:u?int(?:8|16|32|64)?|uintptr|float(?:32|64)|complex(?:64|128)|bool|byte|rune|"
    r"time\.(?:Duration|Time)|\*time\.Time)$)"
)


def _functions(params: str) -> list[str]:
    """A function and a method (its receiver is not one of its parameters)."""
    return [
        f"func {FUNCTION}({params}) {{ ... }}",
        f"func ({_RECEIVER} {_RECEIVER_TYPE}) {FUNCTION}({params}) {{ ... }}",
    ]


def _function(params: str) -> str:
    return _functions(params)[0]


def _parameter(k: int) -> list[tuple[str, list[Rule]]]:
    skipped = [f"{SKIP.format(i)} {_SKIPPED_TYPE.format(i)}" for i in range(k)]
    params = ", ".join([*skipped, f"{PARAM.format(k)} {_TYPE}", "..."])
    return [(params, [{"metavariable-regex": {"metavariable": _TYPE, "regex": _NOT_A_VALUE_TYPE}}])]


def _class_named(text: str) -> str | None:
    """Go has no classes: a call's receiver names none."""
    return None


# Packages of Go's standard library a handler calls by name: a call through one of them is that
# package's function, never the tree's.
STANDARD_PACKAGES = frozenset(
    {
        "os", "io", "ioutil", "fs", "filepath", "path", "http", "exec", "sql", "fmt", "strings",
        "bytes", "json", "xml", "template", "url", "bufio", "zip", "tar", "gzip", "net", "log",
        "slog", "strconv", "errors", "context", "sync", "time", "sort", "regexp", "crypto",
        "base64", "hex", "csv", "mime", "multipart", "httputil", "embed", "syscall", "runtime",
    }
)  # fmt: skip

# Methods of Go's own types and of the common libraries' (files, readers, clients, databases,
# routers, contexts): a call of one of these names on a receiver of unknown type is far more often
# that method than a function of the tree.
BUILT_IN_METHODS = frozenset(
    {
        "Open", "OpenFile", "Create", "Read", "ReadFile", "ReadAll", "ReadDir", "Write",
        "WriteFile", "WriteString", "Close", "Remove", "RemoveAll", "Rename", "Stat", "Get",
        "Post", "Put", "Patch", "Delete", "Head", "Do", "Exec", "ExecContext", "Query",
        "QueryContext", "QueryRow", "QueryRowContext", "Prepare", "Raw", "Where", "Find",
        "First", "Save", "Run", "Start", "Output", "CombinedOutput", "Set", "Add", "Load",
        "Store", "String", "Join", "Send", "File", "ServeFile", "Param", "FormValue",
        "JSON", "Redirect", "Render", "Execute", "ExecuteTemplate", "Parse", "ParseFiles",
    }
)  # fmt: skip


def _package_of(path: str) -> str:
    """The package a file's functions are called through, by Go's convention its folder's name
    (`pkg/logging/logger.go` is `logging`); empty for a file at the root."""
    parts = [p for p in re.split(r"[\\/]", path) if p]
    return parts[-2] if len(parts) > 1 else ""


def _receiver_reaches(callee: str, receiver: str, path: str) -> bool:
    """A call through a standard package reaches none of the tree's functions; a call of a common
    method's name reaches one only through the package of the file that defines it."""
    names = receiver.split(".")
    if not all(is_identifier(n) for n in names):
        return False
    if receiver in STANDARD_PACKAGES:
        return False
    if callee not in BUILT_IN_METHODS:
        return True
    return receiver == _package_of(path)


SHAPES = Shapes(
    language="go",
    summarised=SUMMARISED,
    function=_function,
    functions=_functions,
    # Go has no classes: no function is inside a type's declaration, so none has an owner
    klass=f"type {OWNER} struct {{ ... }}",
    parameter=_parameter,
    calls=dotted_calls,
    class_named=_class_named,
    ignore_case=False,
    noun="function",
    qualified=False,
    receiver_reaches=_receiver_reaches,
)
