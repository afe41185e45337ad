"""The script blocks of Vue and Svelte components, of PHP and HTML pages and of Node server
templates (EJS, Handlebars, Mustache, Nunjucks), and the Java of JSP pages, as programs the
JavaScript and Java rules can read.

A component is markup with `<script>` blocks. semgrep reads no component whole, so aiscan gives it,
besides the component itself (for the template rules), a copy in which everything outside the
script blocks is blanked: the same lines and columns, so findings point into the component."""

from __future__ import annotations

import re

_SCRIPT = re.compile(r"(<script\b([^>]*)>)(.*?)(</script\s*>)", re.IGNORECASE | re.DOTALL)
_TS = re.compile(r"""\blang\s*=\s*["']?(ts|typescript)\b""", re.IGNORECASE)


def _blank(text: str) -> str:
    """Every character but line breaks becomes a space."""
    return re.sub(r"[^\r\n]", " ", text)


def script_blocks(text: str) -> tuple[str, str] | None:
    """(program, language) of a component's script blocks, lines and columns kept; None when it
    has no script block. The language is typescript when a block says `lang="ts"`."""
    out: list[str] = []
    pos = 0
    typescript = False
    found = False
    for m in _SCRIPT.finditer(text):
        found = True
        typescript = typescript or bool(_TS.search(m.group(2)))
        out.append(_blank(text[pos : m.start(3)]))
        out.append(m.group(3))
        pos = m.end(3)
    if not found:
        return None
    out.append(_blank(text[pos:]))
    return "".join(out), "typescript" if typescript else "javascript"


# JSP: `<%-- comment --%>`, `<%@ directive %>`, `<%! declaration %>`, `<%= expression %>`,
# `<% scriptlet %>`. An element left open runs to the end of the page.
_JSP_ELEMENT = re.compile(r"<%(--.*?(?:--%>|\Z)|([@!=]?)(.*?)(?:%>|\Z))", re.DOTALL)
_JSP_IMPORT = re.compile(r"""\bimport\s*=\s*["']([^"']*)["']""")
_JAVA_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\.\*)?")

# The objects a JSP page may use without declaring them, as the container gives them to the
# page's `_jspService` method.
JSP_IMPLICIT_OBJECTS: tuple[tuple[str, str, str], ...] = (
    ("javax.servlet.http", "HttpServletRequest", "request"),
    ("javax.servlet.http", "HttpServletResponse", "response"),
    ("javax.servlet.http", "HttpSession", "session"),
    ("javax.servlet", "ServletContext", "application"),
    ("javax.servlet", "ServletConfig", "config"),
    ("javax.servlet.jsp", "JspWriter", "out"),
    ("javax.servlet.jsp", "PageContext", "pageContext"),
)
JSP_METHOD = "_jspService"


def jsp_java_program(text: str) -> str | None:
    """The Java of a JSP page as one class the Java rules can read; None when the page has no
    Java. Every line of the page keeps its number: the markup, directives and comments are
    blanked, scriptlets are kept in place, an expression `<%= e %>` becomes `out.print(e);` and
    a declaration `<%! ... %>` a local class in place (so a column after an expression or a
    declaration shifts). Line 1 opens with the page's imports and the method `_jspService`,
    whose parameters are the implicit objects; the closing braces follow the last line."""
    out: list[str] = []
    imports: list[str] = []
    pos = 0
    java = False
    for n, m in enumerate(_JSP_ELEMENT.finditer(text), 1):
        out.append(_blank(text[pos : m.start()]))
        pos = m.end()
        kind, body = m.group(2), m.group(3)
        if kind == "=" and body.strip():
            out.append(f"out.print({body});")
        elif kind == "!":
            out.append(f"class _JspDeclarations{n} {{{body}}}")
        elif kind == "":
            out.append(f"  {body}  ")
        else:  # a comment, a directive or an empty expression
            imports += _page_imports(body) if kind == "@" else []
            out.append(_blank(m.group(0)))
            continue
        java = True
    if not java:
        return None
    out.append(_blank(text[pos:]))
    head = "".join(f"import {name};" for name in (*_implicit_imports(), *imports))
    params = ", ".join(f"{cls} {name}" for _, cls, name in JSP_IMPLICIT_OBJECTS)
    return f"{head} class _JspPage {{ void {JSP_METHOD}({params}) throws Exception {{ {''.join(out)}\n}}}}\n"


def _implicit_imports() -> tuple[str, ...]:
    return tuple(f"{package}.{cls}" for package, cls, _ in JSP_IMPLICIT_OBJECTS)


def _page_imports(directive: str) -> list[str]:
    """The class and package names a `page` directive imports (`import="java.sql.*, a.B"`)."""
    if not directive.lstrip().startswith("page"):
        return []
    names = (n.strip() for m in _JSP_IMPORT.finditer(directive) for n in m.group(1).split(","))
    return [n for n in names if _JAVA_NAME.fullmatch(n)]


# Pages whose `<script>` blocks the JavaScript rules read besides the page itself: PHP pages (their
# PHP islands neutralised) and static HTML pages. By suffix: `.jinja` and other server templates
# that the inventory also counts as html are not pages a browser receives as they are.
PAGE_SUFFIXES: dict[str, str] = {".php": "php", ".phtml": "php", ".html": "html", ".htm": "html"}
# Node server templates whose inline scripts the JavaScript rules read too, by their dialect of
# tags (Mustache is Handlebars' subset; Pug, which is not markup with tags, is not among them).
NODE_TEMPLATE_SUFFIXES: dict[str, str] = {
    ".ejs": "ejs",
    ".hbs": "handlebars",
    ".handlebars": "handlebars",
    ".mustache": "handlebars",
    ".njk": "nunjucks",
}

# A PHP island: `<?php ... ?>`, `<?= ... ?>`, a short `<? ... ?>`; one left open runs to the end.
_PHP_ISLAND = re.compile(r"<\?.*?(?:\?>|\Z)", re.DOTALL)
_PHP_ECHO = re.compile(r"<\?(?:=|php\s+(?:echo|print)\b)", re.IGNORECASE)
_SCRIPT_TYPE = re.compile(r"""(?:^|\s)type\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
_SCRIPT_SRC = re.compile(r"(?:^|\s)src\s*=", re.IGNORECASE)
# The `type` values a browser runs as JavaScript (none at all is JavaScript too).
JAVASCRIPT_TYPES = frozenset(
    {
        "",
        "text/javascript",
        "application/javascript",
        "application/x-javascript",
        "text/ecmascript",
        "application/ecmascript",
        "module",
    }
)


# A server template's tags in an HTML page (Django, Jinja, Twig, Nunjucks): `{{ e }}` prints,
# `{% ... %}` and `{# ... #}` do not.
_TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)

# A printed value that comes from the request becomes, in the page's JavaScript, an identifier that
# starts with this name (then underscores, same length): the JavaScript rules take it as a source.
# The client's text reaches the script whatever escaping the server applied for HTML or for a
# JavaScript string (`htmlspecialchars`, `json_encode`, `|escapejs`): those keep it from ending the
# string, not from being markup or a URL once the script puts it into the page. Only a value made
# a number or URL-encoded is no longer the client's text.
REQUEST_VALUE = "_REQVAL"
# PHP: the superglobals the client writes, and the parts of `$_SERVER` that are the request's.
_PHP_REQUEST = re.compile(
    r"\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b"
    r"|\$_SERVER\s*\[\s*[\"'](?:PHP_SELF|REQUEST_URI|QUERY_STRING|PATH_INFO|HTTP_\w+)[\"']"
)
_PHP_VARIABLE = re.compile(r"\$([A-Za-z_]\w*)")
_PHP_ASSIGNMENT = re.compile(r"\$([A-Za-z_]\w*)\s*(?:\.=|\?\?=|=(?![=>]))\s*([^;]*);")
_PHP_NOT_TEXT = re.compile(
    r"^\s*(?:\(\s*(?:int|integer|float|double|bool|boolean)\s*\)"
    r"|(?:intval|floatval|boolval|abs|round|count|strlen|isset|empty|is_\w+|ctype_\w+|in_array"
    r"|array_key_exists|md5|sha1|hash|crc32|urlencode|rawurlencode|http_build_query|number_format)\s*\()",
    re.IGNORECASE,
)
# A template: the request object's data (Django `request.GET`, Flask `request.args`, ...), unless
# filtered into a number or URL-encoded.
_TEMPLATE_REQUEST = re.compile(
    r"\brequest\.(?:GET|POST|COOKIES|META|args|form|values|cookies|headers|query_params|"
    r"query_string|path|full_path|url|get_full_path)\b"
    # Express's request, as a Node template sees it when the route passes it (`{req}`)
    r"|\breq(?:uest)?\.(?:query|body|params|cookies|signedCookies|headers|url|originalUrl|path)\b"
)
_TEMPLATE_NOT_TEXT = re.compile(
    r"\|\s*(?:int|float|length|count|urlencode|wordcount)\b"
    r"|^\s*(?:parseInt|parseFloat|Number|encodeURIComponent|encodeURI|escape)\s*\("
)

# EJS: `<%= e %>` prints escaped for HTML, `<%- e %>` unescaped; `<% code %>`, `<%_ %>`, `<%# %>`
# print nothing. An open tag runs to the end of the page.
_EJS_TAG = re.compile(r"<%(.*?)(?:[-_]?%>|\Z)", re.DOTALL)
# Handlebars and Mustache: `{{e}}` prints escaped, `{{{e}}}` and `{{& e}}` unescaped; `{{#...}}`,
# `{{/...}}`, `{{^...}}`, `{{> partial}}`, `{{! comment }}`, `{{else}}` print nothing.
_HANDLEBARS_TAG = re.compile(r"\{\{!--.*?--\}\}|\{\{\{.*?\}\}\}|\{\{.*?\}\}", re.DOTALL)
_HANDLEBARS_SILENT = re.compile(r"\{\{~?\s*(?:[#/^>!]|else\b)")


def _placeholder(text: str, request: bool) -> str:
    """A printing tag as the page's JavaScript sees it: an identifier of the same length on its
    first line (REQUEST_VALUE then underscores for a request value), the other lines blank."""
    first, *rest = text.split("\n")
    name = re.sub(r"[^\r]", "_", first)
    if request and len(name) >= len(REQUEST_VALUE):
        name = REQUEST_VALUE + name[len(REQUEST_VALUE) :]
    return "\n".join([name, *map(_blank, rest)])


def _printed_placeholder(tag: str, expression: str) -> str:
    """A printing template tag as an identifier; a request one unless made a number or encoded."""
    request = bool(_TEMPLATE_REQUEST.search(expression)) and not _TEMPLATE_NOT_TEXT.search(expression)
    return _placeholder(tag, request)


def _template_placeholder(m: re.Match[str]) -> str:
    """A template tag as the page's JavaScript sees it: `{{ e }}` an identifier, others blank."""
    tag = m.group(0)
    if not tag.startswith("{{"):
        return _blank(tag)
    return _printed_placeholder(tag, tag[2:-2])


def _ejs_placeholder(m: re.Match[str]) -> str:
    """An EJS tag: `<%= e %>` and `<%- e %>` an identifier, `<% code %>` and comments blank."""
    body = m.group(1)
    if body[:1] not in ("=", "-") or not body[1:].strip():
        return _blank(m.group(0))
    return _printed_placeholder(m.group(0), body[1:])


def _handlebars_placeholder(m: re.Match[str]) -> str:
    """A Handlebars or Mustache tag: one that prints an identifier, blocks, partials, comments
    and `{{else}}` blank."""
    tag = m.group(0)
    if _HANDLEBARS_SILENT.match(tag):
        return _blank(tag)
    return _printed_placeholder(tag, tag.strip("{}~&"))


def _php_printed(island: str) -> str:
    """The expression a printing island prints: `<?= e ?>` or `<?php echo e; ?>` gives `e`."""
    body = _PHP_ECHO.sub("", island, count=1)
    return re.sub(r"\?>\Z", "", body).strip().rstrip(";").strip()


def _from_request(expression: str, request_variables: set[str]) -> bool:
    """Whether a PHP expression is the client's text: it reads the request or a page variable
    assigned from it, and is not made a number or URL-encoded as a whole."""
    if _PHP_NOT_TEXT.match(expression):
        return False
    return bool(_PHP_REQUEST.search(expression)) or any(
        v in request_variables for v in _PHP_VARIABLE.findall(expression)
    )


def php_request_variables(text: str) -> set[str]:
    """The variables a PHP page assigns from the request, directly or through each other
    (`$q = $_GET['q']; $reply = '...' . $q;`), in any island of the page and in any branch."""
    assignments = [(m.group(1), m.group(2)) for m in _PHP_ASSIGNMENT.finditer(text)]
    found: set[str] = set()
    while True:
        more = {name for name, value in assignments if name not in found and _from_request(value, found)}
        if not more:
            return found
        found |= more


def _php_placeholder(island: str, request_variables: set[str]) -> str:
    """A PHP island as the page's JavaScript sees it, same length and lines: an island that
    prints (`<?= $x ?>`, `<?php echo $x ?>`) becomes an identifier of underscores (a value where
    the script has `var a = <?= json_encode($a) ?>;` or `"<?= $x ?>"`) on its first line, named
    REQUEST_VALUE when it prints the client's text; any other island (`<?php if ($a): ?>`) is
    blanked, as a statement the script does not see."""
    if not _PHP_ECHO.match(island):
        return _blank(island)
    return _placeholder(island, _from_request(_php_printed(island), request_variables))


def _neutralised(text: str, dialect: str) -> str:
    """The page with its server code or template tags neutralised at the same length."""
    if dialect == "php":
        request_variables = php_request_variables(" ".join(_PHP_ISLAND.findall(text)))
        return _PHP_ISLAND.sub(lambda m: _php_placeholder(m.group(0), request_variables), text)
    if dialect == "ejs":
        return _EJS_TAG.sub(_ejs_placeholder, text)
    if dialect == "handlebars":
        return _HANDLEBARS_TAG.sub(_handlebars_placeholder, text)
    return _TEMPLATE_TAG.sub(_template_placeholder, text)  # html, nunjucks


def page_scripts(text: str, php: bool = False, *, dialect: str | None = None) -> str | None:
    """The JavaScript of a page's inline `<script>` blocks (no `src`, a JavaScript `type`), every
    other character blanked so lines and columns stay; None when it has none. In a PHP page the
    PHP islands are neutralised first (_php_placeholder), so a `<script>` that PHP code prints
    from a string is not taken for a block of the page; in an HTML page, which may be a server
    template, so are the template tags (_template_placeholder), and in a Node template (`dialect`
    ejs, handlebars or nunjucks: NODE_TEMPLATE_SUFFIXES) its own tags."""
    masked = _neutralised(text, dialect or ("php" if php else "html"))
    out: list[str] = []
    pos = 0
    for m in _SCRIPT.finditer(masked):
        attrs = m.group(2)
        kind = _SCRIPT_TYPE.search(attrs)
        if _SCRIPT_SRC.search(attrs) or (kind.group(1).lower() if kind else "") not in JAVASCRIPT_TYPES:
            continue
        if not m.group(3).strip():
            continue
        out.append(_blank(masked[pos : m.start(3)]))
        out.append(m.group(3))
        pos = m.end(3)
    if not out:
        return None
    out.append(_blank(masked[pos:]))
    return "".join(out)


def embedded_program(language: str, text: str) -> tuple[str, str] | None:
    """(program, language) of the code a template embeds, for the rules of that language; None
    when it has none. Vue and Svelte: the script blocks; JSP: the page's Java."""
    if language == "jsp":
        program = jsp_java_program(text)
        return None if program is None else (program, "java")
    return script_blocks(text)
