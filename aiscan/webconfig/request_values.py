"""Whether a template value written unescaped can be tied to the request.

`web-template-unescaped-output` is high only then: the template reads the request itself (a query
parameter, a posted or cookie value, the path, a bound form's value: `request.GET.q`,
`request.args.get("q")`, `form.memo.value`, Blade's `request('q')`, EJS's `req.query.q`, Razor's
`Request.Query["q"]`, Thymeleaf's `${param.q}`), or a view passes a value read from the request
under the name the template marks (`render(request, "find.html", {"term": request.GET["term"]})`,
Flask's `render_template("find.html", term=request.args["term"])`, or a value the URL captured:
`def card(request, code)`). Any other value (an editor's rich text, a setting, a model field) is
stored or written by someone the template does not show, and the rule reports it at medium.

A view's value counts as the request's when a request read reaches it through assignments,
string building (`%`, `+`, f-strings, `.format`), a method called on it (`.strip()`), indexing,
`or`/`if` choices: not when it is only an argument of another call (`Branch.objects.filter(
city=term)` selects stored rows; `escape(term)` cleans it).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from aiscan.webconfig.render_calls import render_calls
from aiscan.webconfig.source import Tree

# What a template engine's expression reads from the request.
_IN_TEMPLATE = re.compile(
    # Django, Jinja with Flask/Starlette, DRF (`request.user` is the signed-in user's stored record)
    r"\brequest\.(?:GET|POST|COOKIES|META|FILES|body|headers|path|path_info|get_full_path|args|form"
    r"|values|cookies|query_string|query_params|data|url|full_path|query|params|environ)\b"
    # Twig (Symfony)
    r"|\bapp\.request\.(?:query|request|cookies|headers|get|attributes|uri|pathInfo)\b"
    # EJS (Express)
    r"|(?<![\w.$])req\.(?:query|body|params|cookies|headers|url|originalUrl|path)\b"
    # PHP, Blade (Laravel): superglobals, the request helper and facade, old input
    r"|\$_(?:GET|POST|REQUEST|COOKIE|SERVER)\b|(?<![\w>$])request\(\s*['\"]"
    r"|\$request->(?:input|get|query|post|cookie|header|all|path|url)\b|\bRequest::(?:input|get|query|all)\b"
    r"|(?<![\w>$])old\(\s*['\"]"
    # Razor (ASP.NET)
    r"|\bRequest\.(?:Query|Form|QueryString|Cookies|Headers|Params|Path)\b|\bRequest\["
    # Thymeleaf, JSP EL
    r"|\$\{\s*(?:param|paramValues|header|cookie)\.|#(?:request|httpServletRequest)\.getParameter"
    # Vue's router: the page's address
    r"|\$route\.(?:query|params|hash)\b"
    # a bound form's values: what the client posted, shown back
    r"|\b(?:\w*form|field)\.(?:\w+\.)?value\b|\b\w*form\.(?:cleaned_data|data)\b"
)

_REQUEST_ATTRS = frozenset(
    {
        "GET",
        "POST",
        "COOKIES",
        "META",
        "FILES",
        "body",
        "headers",
        "path",
        "path_info",
        "get_full_path",
        "args",
        "form",
        "values",
        "cookies",
        "query_string",
        "query_params",
        "data",
        "url",
        "full_path",
        "json",
        "get_json",
    }
)
# Django views: the template is the second argument (after the request), or the first
_RENDER = {
    "render": 1,
    "TemplateResponse": 1,
    "render_to_response": 0,
    "render_to_string": 0,
    "render_template": 0,
}


def reads_request(expression: str) -> bool:
    """Whether a template expression (or a block of them) reads a request value itself."""
    return _IN_TEMPLATE.search(expression) is not None


class _Flow:
    """Which names of one view function hold a value read from the request."""

    def __init__(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.params = _url_params(function)
        self.assigned: dict[str, list[ast.expr]] = {}
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)
            elif (
                isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr))
                and isinstance(node.target, ast.Name)
                and node.value is not None
            ):
                self.assigned.setdefault(node.target.id, []).append(node.value)

    def tied(self, node: ast.expr | None, seen: frozenset[str] = frozenset()) -> bool:
        if node is None:
            return False
        if isinstance(node, ast.Name):
            if node.id in self.params:
                return True
            if node.id in seen:
                return False
            return any(self.tied(v, seen | {node.id}) for v in self.assigned.get(node.id, ()))
        if isinstance(node, ast.Attribute):
            if node.attr in _REQUEST_ATTRS and _is_request(node.value):
                return True
            return self.tied(node.value, seen)
        if isinstance(node, ast.Subscript):
            return self.tied(node.value, seen)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                # `request.GET.get("q")`, `term.strip()`, `"<b>{}</b>".format(term)`
                if self.tied(func.value, seen):
                    return True
                if func.attr in ("format", "join") and isinstance(func.value, ast.Constant):
                    return any(self.tied(a, seen) for a in node.args) or any(
                        self.tied(k.value, seen) for k in node.keywords
                    )
                return False
            return (
                isinstance(func, ast.Name) and func.id == "str" and any(self.tied(a, seen) for a in node.args)
            )
        if isinstance(node, ast.BinOp):
            return self.tied(node.left, seen) or self.tied(node.right, seen)
        if isinstance(node, ast.BoolOp):
            return any(self.tied(v, seen) for v in node.values)
        if isinstance(node, ast.IfExp):
            return self.tied(node.body, seen) or self.tied(node.orelse, seen)
        if isinstance(node, ast.JoinedStr):
            return any(isinstance(v, ast.FormattedValue) and self.tied(v.value, seen) for v in node.values)
        return False


def _is_request(node: ast.expr) -> bool:
    """`request` or `self.request`."""
    if isinstance(node, ast.Name):
        return node.id in ("request", "req")
    return isinstance(node, ast.Attribute) and node.attr == "request" and isinstance(node.value, ast.Name)


def _url_params(function: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """The values a Django view's URL captured: the parameters after its first, `request`."""
    args = [a.arg for a in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)]
    if not args or args[0] != "request":
        return frozenset()
    return frozenset(args[1:])


def _context(flow: _Flow, node: ast.expr | None, function: ast.AST) -> Iterator[str]:
    """The context keys a view sets to a request value: a dict literal, a name bound to one and
    its `ctx["key"] = value` stores."""
    if isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and flow.tied(value):
                yield key.value
    elif isinstance(node, ast.Name):
        for value in flow.assigned.get(node.id, ()):
            yield from _context(flow, value, function)
        for store in ast.walk(function):
            if not isinstance(store, ast.Assign):
                continue
            for target in store.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == node.id
                    and isinstance(target.slice, ast.Constant)
                    and isinstance(target.slice.value, str)
                    and flow.tied(store.value)
                ):
                    yield target.slice.value


def _renders(module: ast.Module) -> Iterator[tuple[str, str]]:
    """(template name, context key) for each key a view sets to a request value."""
    flows: dict[int, _Flow] = {}
    for render in render_calls(module, _RENDER):
        flow = flows.setdefault(id(render.function), _Flow(render.function))
        if render.name == "render_template":  # Flask: the context as keywords
            for kw in render.call.keywords:
                if kw.arg not in (None, "context") and flow.tied(kw.value):
                    yield render.template, kw.arg
        for key in _context(flow, render.context, render.function):
            yield render.template, key


def request_context_keys(tree: Tree) -> dict[str, frozenset[str]]:
    """The keys each template (by the name a view renders it with) is given a request value for
    by at least one view."""
    found: dict[str, set[str]] = {}
    for path in tree.with_suffix(".py"):
        text = tree.text(path, quiet=True)
        if text is None or "request" not in text or "render" not in text:
            continue
        try:
            module = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for template, key in _renders(module):
            found.setdefault(template, set()).add(key)
    return {template: frozenset(keys) for template, keys in found.items()}


def names_for(path: str, keys: dict[str, frozenset[str]]) -> frozenset[str]:
    """The request-valued keys of the template at `path` (matched by the name views use)."""
    names: frozenset[str] = frozenset()
    for template, found in keys.items():
        if path == template or path.endswith("/" + template):
            names |= found
    return names
