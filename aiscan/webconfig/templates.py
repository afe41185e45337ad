"""Checks of login and card forms in templates (p24.2, p24.3, p24.4, p23, p19.1)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.models import Severity
from aiscan.webconfig.fields import CARD, CVV, OTP, PASSWORD, PIN, kind_of, masking, words
from aiscan.webconfig.form_rendering import renders_a_django_form
from aiscan.webconfig.literal_context import literal_context_keys
from aiscan.webconfig.markup import DYNAMIC, Markup, Tag, parse_markup
from aiscan.webconfig.notice import notice_line
from aiscan.webconfig.rendered_html import marks_own_rendering, rendering_functions
from aiscan.webconfig.request_values import names_for, reads_request, request_context_keys
from aiscan.webconfig.sanitising_tags import sanitising_tags
from aiscan.webconfig.source import Hit, Tree, in_test_tree, line_of

# Files a template engine or a UI framework renders into HTML.
TEMPLATE_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".jinja",
    ".jinja2",
    ".j2",
    ".djhtml",
    ".twig",
    ".jsp",
    ".ftl",
    ".cshtml",
    ".razor",
    ".vue",
    ".svelte",
    ".hbs",
    ".handlebars",
    ".mustache",
    ".ejs",
    ".erb",
    ".blade.php",
    ".gohtml",
    ".tmpl",
    ".jsx",
    ".tsx",
)
# Script files that may hold JSX: read only when they contain a form or an input.
SCRIPT_SUFFIXES = (".js", ".ts")
# Files whose scripts the SAST rules (semgrep, javascript/typescript) read already.
_SAST_SCRIPT_SUFFIXES = (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs")

_SAVE_ALLOWED = frozenset({"off", "new-password"})
_LOCAL = re.compile(r"^https?://(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?:[:/]|$)", re.I)
_STORAGE = re.compile(
    r"(?:local|session)Storage\s*(?:"
    r"\.setItem\(\s*(?P<q>['\"`])(?P<k1>[^'\"`]{1,80})(?P=q)\s*,\s*(?P<v1>[\w$.]{1,80})?"
    r"|\[\s*(?P<q2>['\"`])(?P<k2>[^'\"`]{1,80})(?P=q2)\s*\]\s*=(?!=)"
    r"|\.(?P<k3>[A-Za-z_$][\w$]{0,80})\s*=(?!=))"
)
_AUTOESCAPE_OFF = re.compile(r"\{%-?\s*autoescape\s+(false|off)\b")
_SAFE_FILTER = re.compile(r"\{\{[^}\n]{0,200}?\|\s*(safe|raw)\b")
_UNESCAPED = (
    (_SAFE_FILTER, "a value marked |safe (escaping off)"),
    (_AUTOESCAPE_OFF, "an autoescape-off block"),
    (re.compile(r"\bth:utext\s*="), "th:utext (unescaped Thymeleaf text)"),
    (re.compile(r"@Html\.Raw\("), "@Html.Raw (unescaped Razor output)"),
    (re.compile(r"\{!!.{0,200}?!!\}"), "{!! !!} (unescaped Blade output)"),
    (re.compile(r"\{\{\{[^}]"), "{{{ }}} (unescaped Handlebars output)"),
    (re.compile(r"\bv-html\s*="), "v-html (raw HTML in Vue)"),
    (re.compile(r"\[innerHTML\]\s*="), "[innerHTML] binding (Angular)"),
    (re.compile(r"\{@html\s"), "{@html} (raw HTML in Svelte)"),
)
_EJS_UNESCAPED = (re.compile(r"<%-(?!\s*include\b)"), "<%- (unescaped EJS output)")


def _left_to_component_rule(path: str, what: str) -> bool:
    """Raw HTML in a Vue or Svelte component is left to the semgrep rules `vue-raw-html` and
    `svelte-raw-html`, which read those files and pass over a value sanitized in the component
    (DOMPurify, a computed property returning sanitized markup); reporting it here too would report
    the sanitized value again."""
    if path.endswith(".vue"):
        return what.startswith(("v-html", "[innerHTML]"))
    return path.endswith(".svelte") and what.startswith("{@html}")


# Values made safe for HTML before |safe (JSON for a script, escaped text) and the text Django
# documents as HTML the developer writes: a form field's help_text, an admin fieldset's description.
_SAFE_BEFORE = re.compile(
    r"\|\s*(tojson|json_script|escapejs|escape|force_escape|e|striptags|urlencode)\b|help_text\s*\|"
    r"|\bfieldset\.description\s*\|"
    # a translated literal: _("...<a>...")|safe (not a request's lookup: request.args.get("q"))
    r"|\{\{\s*(?!(?:app\.)?request\.)[\w.]+\(\s*['\"]"
    # a layout's rendered page, and the head tags a server renderer returns beside it
    r"|\{\{\{\s*(body|head)\s*\}\}\}|<%-\s*(body|head)\s*%>"
    r"|\(\*\*kwargs\)\s*\|"  # a WTForms field rendering itself (escaped by WTForms)
    # the same with arguments: `field(class=c)|safe`, `form.amount(class_='x')|safe`
    r"|\{\{\s*(field|(\w+\.)*form\.\w+)\((\s*\w+\s*=\s*[\w.'\"-]+\s*,?)*\)\s*\|"
    # a value sanitized by a filter named for it (clean_string, sanitize_html, bleach) just before
    r"|\|\s*\w*(clean|saniti[sz]e|bleach|purif)\w*\s*\|\s*safe\b"
    # a value the application escaped and named so (`user.json_escaped_name|safe`), not `unescaped_`
    r"|\{\{\s*([\w.]*\.)?(?!un)(\w*_)?(escaped|saniti[sz]ed)(_\w*)?\s*\|\s*safe\b"
)
# E-mail bodies are not pages of the web application.
# A folder of them: emails/, email-templates/, mail_templates/, mailers/, loan_mailer/ (Rails).
_EMAIL = re.compile(r"(^|/)((e-?mails?|mail)([-_]templates?)?|mailers?|\w+_mailer)/|_email\.|email_", re.I)
# Templates that render something other than HTML (app.js.ejs, config.yml.j2).
_NON_HTML = re.compile(r"\.(js|ts|json|ya?ml|css|txt|sh|py|xml|sql|conf|ini|toml|md)\.[a-z0-9]+$", re.I)
_INCLUDES = re.compile(r"""\{%-?\s*(?:extends|include)\s+['"]([^'"]{1,200})['"]""")
_RAZOR_LAYOUT = re.compile(r"""\bLayout\s*=\s*"([^"]{1,200})\"""")


def template_paths(tree: Tree) -> list[str]:
    paths = [p for p in tree.with_suffix(*TEMPLATE_SUFFIXES) if not in_test_tree(p)]
    scripts = [
        p for p in tree.with_suffix(*SCRIPT_SUFFIXES) if not in_test_tree(p) and not p.endswith(".min.js")
    ]
    return paths + scripts


def check_templates(tree: Tree) -> tuple[list[Hit], int]:
    """Hits for every template, and how many secret inputs were judged."""
    hits: list[Hit] = []
    judged = 0
    safe_tags: frozenset[str] | None = None  # read once, when a template switches escaping off
    literal: dict[str, frozenset[str]] | None = None  # read once, when a template marks a name |safe
    rendering: frozenset[str] | None = None  # read once, when a template marks a call |safe
    # read once, when a template switches escaping off: the values views give from the request
    requested: dict[str, frozenset[str]] | None = None
    for path in template_paths(tree):
        lower_path = path.lower()
        # A .js/.ts file is read only to see whether it holds JSX forms: one that cannot be read
        # (a bundle, another encoding) is not a gap in what this analyzer assesses.
        text = tree.text(path, quiet=lower_path.endswith(SCRIPT_SUFFIXES))
        if text is None:
            continue
        if lower_path.endswith(SCRIPT_SUFFIXES) and "<input" not in text and "<form" not in text:
            continue
        if not lower_path.endswith(_SAST_SCRIPT_SUFFIXES):
            hits.extend(_storage(path, text))
            if safe_tags is None and _AUTOESCAPE_OFF.search(text):
                safe_tags = sanitising_tags(tree)
            if literal is None and _BARE_SAFE.search(text):
                literal = literal_context_keys(tree, _template_texts(tree))
            if rendering is None and _CALL_SAFE.search(text):
                rendering = rendering_functions(tree)
            if requested is None and any(p.search(text) for p, _ in _UNESCAPED):
                requested = request_context_keys(tree)
            hits.extend(
                _unescaped(
                    path,
                    text,
                    safe_tags or frozenset(),
                    _literal_names(path, literal or {}),
                    rendering or frozenset(),
                    names_for(path, requested or {}),
                )
            )
            hits.extend(_value_as_url(path, text))
        if "<input" not in text.lower() and "<form" not in text.lower() and "<textarea" not in text.lower():
            continue
        try:
            markup = parse_markup(text)
        except ValueError as exc:
            tree.gap(path, str(exc))
            continue
        form_hits, n = _forms(path, markup)
        judged += n
        hits.extend(form_hits)
        if _is_login_page(markup):
            hits.append(_notice(tree, path, text, markup))
    return hits, judged


def _forms(path: str, markup: Markup) -> tuple[list[Hit], int]:
    hits: list[Hit] = []
    judged = 0
    saved_forms: set[int] = set()
    for form in markup.forms:
        action = form.attr("action") or ""
        if action.lower().startswith("http://") and not _LOCAL.match(action):
            hits.append(
                Hit("web-form-http-action", path, form.line, f"form posts to {_host(action)} over plain HTTP")
            )
    for tag in markup.inputs:
        target = tag.attr("formaction") or ""
        if target.lower().startswith("http://") and not _LOCAL.match(target):
            hits.append(
                Hit(
                    "web-form-http-action",
                    path,
                    tag.line,
                    f"button posts the form to {_host(target)} over plain HTTP",
                )
            )
        kind = kind_of(tag)
        if kind is None or not _entry(tag):
            continue
        judged += 1
        label = _label(tag)
        masked = masking(tag)
        if kind in (PASSWORD, PIN, CVV) and masked is False:
            hits.append(
                Hit(
                    "web-secret-input-unmasked",
                    path,
                    tag.line,
                    f"{kind} input {label} shows what is typed (type={_type(tag)})",
                )
            )
        elif kind == OTP and masked is False:
            hits.append(
                Hit(
                    "web-otp-input-unmasked",
                    path,
                    tag.line,
                    f"{kind} input {label} shows what is typed (type={_type(tag)})",
                )
            )
        elif kind != CARD and masked is True:
            hits.append(
                Hit(
                    "web-secret-inputs-masked",
                    path,
                    tag.line,
                    f"{kind} input {label} is masked",
                    present=True,
                )
            )
        if kind == OTP:
            continue
        hits.extend(_autocomplete(path, markup, tag, kind, label, saved_forms))
    return hits, judged


def _autocomplete(
    path: str, markup: Markup, tag: Tag, kind: str, label: str, saved_forms: set[int]
) -> list[Hit]:
    """p24.2 for one credential input: its own autocomplete, else its form's, else the default
    (on). A form without the attribute is reported once, on the form's line."""
    own = tag.attr("autocomplete")
    owner = markup.forms[tag.form] if tag.form is not None else None
    effective = own if own is not None else (owner.attr("autocomplete") if owner is not None else None)
    if effective == DYNAMIC:
        return []
    tokens = (effective or "").lower().split()
    if tokens and tokens[-1] in _SAVE_ALLOWED:
        said = f"autocomplete={tokens[-1]}"
        return [
            Hit(
                "web-credential-autocomplete-off",
                path,
                tag.line,
                f"{kind} input {label} is not saved by the browser ({said})",
                present=True,
            )
        ]
    said = (
        f"autocomplete={effective}"
        if effective is not None
        else "no autocomplete attribute (the default is on)"
    )
    if own is not None or owner is None or tag.form is None:
        return [Hit("web-credential-autocomplete", path, tag.line, f"{kind} input {label}: {said}")]
    if tag.form in saved_forms:
        return []
    saved_forms.add(tag.form)
    return [
        Hit(
            "web-credential-autocomplete",
            path,
            owner.line,
            f"form {_label(owner)} with a {kind} input: {said}",
        )
    ]


def _entry(tag: Tag) -> bool:
    """An input a person types into (not a button, checkbox or hidden field)."""
    return masking(tag) is not None or tag.attr("type") == DYNAMIC


def _is_login_page(markup: Markup) -> bool:
    """A page with exactly one password input (a sign-up or change-password page has two)."""
    return sum(1 for t in markup.inputs if kind_of(t) == PASSWORD and _entry(t)) == 1


def _notice(tree: Tree, path: str, text: str, markup: Markup) -> Hit:
    form_line = next((t.line for t in markup.inputs if kind_of(t) == PASSWORD), None)
    for where, body in _with_layouts(tree, path, text):
        line = notice_line(body)
        if line is not None:
            return Hit(
                "web-login-cyber-hygiene-notice",
                where,
                line,
                "cyber-hygiene notice on the login page",
                present=True,
            )
    return Hit(
        "web-login-cyber-hygiene-notice",
        path,
        form_line,
        "the login page (and its layouts) carries no cyber-hygiene notice",
    )


def _with_layouts(tree: Tree, path: str, text: str, depth: int = 0) -> list[tuple[str, str]]:
    """The page and the layouts and partials it names (Jinja/Django/Twig extends and include,
    Razor Layout), found among the tree's templates by their path's ending."""
    out = [(path, text)]
    if depth >= 4:
        return out
    for name in _INCLUDES.findall(text) + _RAZOR_LAYOUT.findall(text):
        name = name.lstrip("~/")
        match = next((p for p in tree.paths if p == name or p.endswith("/" + name)), None)
        if match and match != path:
            body = tree.text(match)
            if body is not None:
                out.extend(_with_layouts(tree, match, body, depth + 1))
    return out


def _storage(path: str, text: str) -> list[Hit]:
    hits = []
    for m in _STORAGE.finditer(text):
        key = m.group("k1") or m.group("k2") or m.group("k3") or ""
        value = (m.group("v1") or "").rsplit(".", 1)[-1]
        what = _secret_word(key) or _secret_word(value)
        if what:
            hits.append(
                Hit(
                    "web-credentials-in-storage",
                    path,
                    line_of(text, m.start()),
                    f"{what} written to browser storage (key {key!r})",
                )
            )
    return hits


def _secret_word(name: str) -> str | None:
    ws = words(name)
    joined = "".join(ws)
    if {
        "remember",
        "show",
        "hint",
        "strength",
        "policy",
        "length",
        "expires",
        "expiry",
        "changed",
        "reset",
    } & set(ws):
        return None
    if "password" in joined or {"passwd", "pwd", "pass", "passcode"} & set(ws):
        return "password"
    if {"pin", "otp", "cvv", "cvc"} & set(ws):
        return "PIN/OTP/CVV"
    if "card" in ws and {"number", "num", "no"} & set(ws):
        return "card number"
    return None


_TEMPLATE_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_TEMPLATE_TAG = re.compile(r"\{%-?\s*(\w+)[^%]*%\}")
_TEMPLATE_VALUE = re.compile(r"\{\{(?P<expr>[^}]*)\}\}")
_LAST_FILTER = re.compile(r"\|\s*(\w+)\s*$")


# `|safe` / `|raw` inside one `{{ ... }}`, and a string literal just before one
_MARKED_SAFE = re.compile(r"\|\s*(safe|raw)\b")
_LITERAL_BEFORE = re.compile(r"""(?:'[^'\n]*'|"[^"\n]*")\s*$""")


def _only_literals_marked_safe(expression: str) -> bool:
    """Every `|safe` of the expression marks a string literal the developer wrote, as in Jinja's
    `x|replace('\\n', '<br>'|safe)` (the value itself is escaped by `replace`). A literal that is a
    Django filter's argument (`x|default:"<i>-</i>"|safe`) is not: there `|safe` is the chain's."""
    marks = list(_MARKED_SAFE.finditer(expression))
    for mark in marks:
        literal = _LITERAL_BEFORE.search(expression, 0, mark.start())
        if literal is None or expression[: literal.start()].rstrip().endswith(":"):
            return False
    return bool(marks)


# `{% for asset in form.media.render_css %}`: a loop over the tags of a Django form's media, each
# built by Media.render_css / render_js with format_html (escaped)
_MEDIA_LOOP = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+[\w.]*\bmedia\.render_(?:css|js)\s*-?%\}")
_END_FOR = re.compile(r"\{%-?\s*endfor\b")


def _media_tag(text: str, start: int, name: str) -> bool:
    """`name` is the variable of a loop over a Django form's media tags still open at `start`."""
    loops = [m for m in _MEDIA_LOOP.finditer(text, 0, start) if m.group(1) == name]
    return bool(loops) and not _END_FOR.search(text, loops[-1].end(), start)


def _marked_expression(construct: str) -> str:
    """The expression of `{{ expr|safe`: without the braces, Jinja's `-` and the filter."""
    return re.sub(r"\|\s*(safe|raw)$", "", construct[2:].lstrip("-")).strip()


# `{{ x.summary(a)|safe }}`: a call's result marked safe
_CALL_SAFE = re.compile(r"\{\{-?\s*[\w.]+\([^{}]*\)\s*\|\s*safe\b")
# `{{ notice|safe }}`: a bare name of the view's context marked safe
_BARE_SAFE = re.compile(r"\{\{\s*(\w+)\s*\|\s*safe\s*\}\}")


def _template_texts(tree: Tree) -> dict[str, str]:
    texts = {}
    for path in tree.with_suffix(*TEMPLATE_SUFFIXES):
        text = tree.text(path, quiet=True)
        if text is not None:
            texts[path] = text
    return texts


def _literal_names(path: str, literal: dict[str, frozenset[str]]) -> frozenset[str]:
    """The context keys the views set only to literal text for the template at `path`."""
    names: frozenset[str] = frozenset()
    for template, keys in literal.items():
        if path == template or path.endswith("/" + template):
            names |= keys
    return names


def _sanitised_block(text: str, start: int, safe_tags: frozenset[str]) -> bool:
    """Whether the `{% autoescape off %}` block opening at `start` writes nothing but the output
    of tags or filters that sanitise (sanitising_tags.py) and the template's own markup."""
    opened = text.find("%}", start)
    closed = re.compile(r"\{%-?\s*endautoescape\s*-?%\}").search(text, opened + 2) if opened >= 0 else None
    if not safe_tags or closed is None:
        return False
    block = _TEMPLATE_COMMENT.sub("", text[opened + 2 : closed.start()])
    tags = [m.group(1) for m in _TEMPLATE_TAG.finditer(block)]
    values = [_LAST_FILTER.search(m.group("expr")) for m in _TEMPLATE_VALUE.finditer(block)]
    if not tags and not values:
        return False
    return all(tag in safe_tags for tag in tags) and all(
        v is not None and v.group(1) in safe_tags for v in values
    )


def _unescaped(
    path: str,
    text: str,
    safe_tags: frozenset[str] = frozenset(),
    literal_names: frozenset[str] = frozenset(),
    rendering: frozenset[str] = frozenset(),
    requested: frozenset[str] = frozenset(),
) -> list[Hit]:
    if _NON_HTML.search(path) or _EMAIL.search(path):
        return []
    lower = path.lower()
    patterns = [(p, what, "}}") for p, what in _UNESCAPED if not _left_to_component_rule(lower, what)]
    if lower.endswith(".ejs"):
        patterns.append((*_EJS_UNESCAPED, "%>"))
    hits = []
    for pattern, what, close in patterns:
        for m in pattern.finditer(text):
            # the construct up to its closing delimiter (`}}}` for Handlebars, `%>` for EJS)
            end = text.find(close, m.end())
            if _SAFE_BEFORE.search(text[m.start() : (end + 3 if end >= 0 else m.end())][:300]):
                continue
            if pattern is _SAFE_FILTER and end >= 0 and _only_literals_marked_safe(text[m.start() : end]):
                continue  # the developer's own markup, e.g. a `<br>` given to a filter
            if pattern is _AUTOESCAPE_OFF and _sanitised_block(text, m.start(), safe_tags):
                continue  # every value written is a sanitiser's output
            bare = _BARE_SAFE.match(text, m.start())
            if bare and bare.group(1) in literal_names:
                continue  # the views give it only text the developer wrote (literal_context.py)
            if bare and _media_tag(text, m.start(), bare.group(1)):
                continue  # a tag of a form's media, built escaped by Django
            marked = _marked_expression(m.group(0)) if pattern is _SAFE_FILTER else None
            if marked is not None and renders_a_django_form(text, m.start(), marked):
                continue  # a form's own rendering, escaped by Django's widget templates
            if marked is not None and marks_own_rendering(marked, rendering):
                continue  # HTML the application rendered from its own template (rendered_html.py)
            written = _written(text, m, pattern, end, close)
            if m.group(0).startswith("{!!") and _laravel_builder(m.group(0)):
                continue  # markup of Laravel's form and HTML builders, which escape what they write
            if _from_request(written, requested):
                hits.append(
                    Hit(
                        "web-template-unescaped-output",
                        path,
                        line_of(text, m.start()),
                        f"{what} of a request value: script in it runs in the client's browser",
                    )
                )
                continue
            hits.append(
                Hit(
                    "web-template-unescaped-output",
                    path,
                    line_of(text, m.start()),
                    f"{what}: no request value reaches it in the template or its view (stored or"
                    " written HTML: an editor's rich text, a setting, a record); script in it runs in"
                    " the client's browser if a client can write it",
                    severity=Severity.MEDIUM,
                )
            )
    return hits


# The first name of each value written: `term` of `{{ term.title|safe }}`, `{{- term }}`.
_WRITTEN_VALUE = re.compile(r"\{\{-?\s*([A-Za-z_]\w*)")


# `{!! Form::text('memo', $value) !!}`: Laravel's form and HTML builders (laravelcollective/html,
# spatie's) escape the names, values and labels they write, and csrf_field()/method_field() write
# hidden inputs. Not: a button's label that is no literal (HTML by design), a label or link whose
# escaping the last argument switches off, Html::tag's content, or anything written after the call.
# PHP resolves class and method names without regard to case (`HTML::linkRoute`, `Html::Link`).
_BUILDER_CALL = re.compile(r"\{!!\s*(?:\\?((?i:form|html))::(\w+)|(csrf_field|method_field))\s*\(")
_HTML_SAFE_METHODS = frozenset(
    {"link", "linkroute", "linkaction", "linkasset", "linksecureasset", "image", "style", "script", "favicon"}
)


def _laravel_builder(written: str) -> bool:
    call = _BUILDER_CALL.match(written)
    if call is None:
        return False
    builder, method = (call.group(1) or "").lower(), (call.group(2) or call.group(3)).lower()
    depth, quote, i = 0, "", call.end() - 1
    while i < len(written):  # the call's closing parenthesis, past quoted text
        c = written[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    if depth != 0 or written[i + 1 :].strip() != "!!}":
        return False
    args = written[call.end() : i].strip()
    if method == "button":
        return bool(re.match(r"""^('[^'\\]*'|"[^"\\$]*")\s*(,|$)""", args))
    if (method == "label" or method.startswith("link")) and re.search(r",\s*false\s*$", args):
        return False  # the last argument switches the builder's escaping off
    return builder != "html" or method in _HTML_SAFE_METHODS


def _written(text: str, m: re.Match[str], pattern: re.Pattern[str], end: int, close: str) -> str:
    """What the construct at `m` writes: the expression up to its closing delimiter, the whole
    block of an autoescape-off tag, or (attributes, Razor calls) the rest of its line."""
    if pattern is _AUTOESCAPE_OFF:
        closed = re.compile(r"\{%-?\s*endautoescape").search(text, m.end())
        return text[m.start() : closed.start() if closed else len(text)]
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[m.start() : m.start() + 2] in ("{{", "{!", "<%") and 0 <= end <= line_end + 300:
        return text[m.start() : end + len(close)]
    return text[m.start() : line_end][:300]


def _from_request(written: str, requested: frozenset[str]) -> bool:
    """Whether the written value reads the request, or starts with a name a view gives from it."""
    if reads_request(written):
        return True
    return bool(requested) and any(v in requested for v in _WRITTEN_VALUE.findall(written))


# `href="{{ game.info }}"`: the whole address is one value, so its scheme is too, and HTML escaping
# leaves `javascript:alert(1)` as it is. Only an unfiltered variable of a `{{ }}` engine (Django,
# Jinja, Twig, Handlebars) is judged; an Angular component sanitises bound URLs, and Go's
# html/template (`{{ .Field }}`) replaces unsafe schemes itself.
_VALUE_AS_URL = re.compile(
    r"""\b(href|src|action|formaction)\s*=\s*(["'])\s*\{\{\s*([A-Za-z_][\w.]*)\s*\}\}\s*\2"""
)
# Values named for an address the application builds (get_absolute_url, urls.public, next,
# static and media paths, pictures, form actions) are left out: most link addresses of a template are these.
_BUILT_ADDRESS = re.compile(
    r"\w*ur[li]s?|hrefs?|links?|\w*paths?|static|media|next|redirect|back|avatar\w*|images?|img|icons?"
    r"|logos?|thumb\w*|photos?|src|files?|downloads?|actions?"
)
_URL_VALUE_SUFFIXES = (
    ".html",
    ".htm",
    ".jinja",
    ".jinja2",
    ".j2",
    ".djhtml",
    ".twig",
    ".hbs",
    ".handlebars",
    ".mustache",
)


def _value_as_url(path: str, text: str) -> list[Hit]:
    lower = path.lower()
    if not lower.endswith(_URL_VALUE_SUFFIXES) or lower.endswith(".component.html"):
        return []
    if _NON_HTML.search(path) or _EMAIL.search(path):
        return []
    hits = []
    for m in _VALUE_AS_URL.finditer(text):
        if any(_BUILT_ADDRESS.fullmatch(word) for word in re.split(r"[._]", m.group(3).lower())):
            continue
        hits.append(
            Hit(
                "web-template-value-as-url",
                path,
                line_of(text, m.start()),
                f'{m.group(1)}="{{{{ {m.group(3)} }}}}": the whole address is the value, so a stored'
                " 'javascript:' address runs script when the link is followed; escaping does not stop it",
            )
        )
    return hits


def _label(tag: Tag) -> str:
    for key in ("id", "name", "asp-for", "th:field", "v-model", "formcontrolname"):
        value = tag.attrs.get(key)
        if value:
            return f"{key}={value[:40]!r}"
    return f"<{tag.name}>"


def _type(tag: Tag) -> str:
    kind = tag.attr("type")
    return kind if kind else ("textarea" if tag.name == "textarea" else "text (default)")


def _host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return "http://" + rest.split("/", 1)[0][:80]


def template_name(path: str) -> str:
    return PurePosixPath(path).name
