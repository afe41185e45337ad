"""The web checks as pure functions: a fetched page (and its redirects) in, facts out.

Each function returns (rule id, message, snippet) triples; the analyzers turn them into findings
with the rules of rulesets/config/probes.yaml.
"""

from __future__ import annotations

import re
from http.cookies import SimpleCookie

from aiscan.probes.html_page import Field, Form, Page
from aiscan.redaction import mask

Fact = tuple[str, str, str]

SECRET_NAME = re.compile(
    r"pass(word|wd)?|pwd|pin\b|pincode|secret|otp|one.?time|sms.?code|cvv|cvc|cvv2|cid\b|csc", re.I
)
CVV_NAME = re.compile(r"cvv|cvc|cvv2|csc|security.?code", re.I)
USER_NAME = re.compile(r"user|login|email|phone|iin|иин|account", re.I)
CSRF_NAME = re.compile(r"csrf|xsrf|authenticity_token|_token|requestverificationtoken|nonce", re.I)
SESSION_COOKIE = re.compile(r"sess|sid|auth|token|jwt|login|remember", re.I)
VERSION_BANNER = re.compile(r"\d+\.\d+")
HYGIENE = re.compile(
    r"кибергигиен|киберқауіпсіз|мошенни|никому не (сообщайте|передавайте|говорите)|не сообщайте|фишинг|"
    r"cyber.?hygiene|never share|do not share|don't share|phishing|fraudster",
    re.I,
)
CARD_NUMBER = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def credential_forms(page: Page) -> list[Form]:
    return [
        f for f in page.forms if any(x.type == "password" or SECRET_NAME.search(x.name) for x in f.fields)
    ]


def _autocomplete_off(value: str | None) -> bool:
    return (value or "").strip().lower() in ("off", "new-password", "one-time-code")


def login_facts(page: Page) -> list[Fact]:
    """Credential forms that let the browser keep what was typed, and secrets typed in clear."""
    facts: list[Fact] = []
    for form in credential_forms(page):
        form_off = _autocomplete_off(form.attrs.get("autocomplete"))
        for f in form.fields:
            if f.tag != "input" or f.type in ("hidden", "submit", "button", "checkbox", "radio"):
                continue
            credential = f.type == "password" or SECRET_NAME.search(f.name) or USER_NAME.search(f.name)
            if not credential:
                continue
            own = f.attrs.get("autocomplete")
            if not (_autocomplete_off(own) or (own is None and form_off)):
                facts.append(
                    (
                        "web-password-autocomplete",
                        f"field '{f.name or f.type}' allows autocomplete ({own or 'not set'}; form: "
                        f"{form.attrs.get('autocomplete') or 'not set'})",
                        f.html(),
                    )
                )
    for f in page.all_fields():
        if f.tag == "input" and f.type not in ("password", "hidden") and SECRET_NAME.search(f.name):
            if f.type in ("submit", "button", "checkbox", "radio"):
                continue
            facts.append(
                (
                    "web-secret-unmasked",
                    f"secret field '{f.name}' is type=\"{f.type}\", shown as typed",
                    f.html(),
                )
            )
    return facts


def card_facts(page: Page) -> list[Fact]:
    """Full card numbers (13-19 digits passing the Luhn check) in the page's text."""
    facts: list[Fact] = []
    for m in CARD_NUMBER.finditer(page.text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits) and len(set(digits)) > 2:
            facts.append(
                ("web-card-number-shown", f"a {len(digits)}-digit card number is shown in full", mask(digits))
            )
            break
    return facts


def hygiene_notice(page: Page) -> str | None:
    """The cyber-hygiene wording found on a login page, or None."""
    m = HYGIENE.search(page.text)
    if not m:
        return None
    start = max(0, m.start() - 60)
    return page.text[start : m.end() + 80]


def cookie_facts(set_cookies: list[tuple[str, str]], https: bool) -> list[Fact]:
    """Every Set-Cookie header (url, raw value), also those on redirects; values are never shown."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for url, raw in set_cookies:
        name, attrs = parse_set_cookie(raw)
        shown = f"Set-Cookie: {name}=…; " + "; ".join(a for a in attrs.get("_raw_attrs", "").split(";") if a)
        on = f"cookie '{name}' set by {url}"
        if https and "secure" not in attrs and ("web-cookie-not-secure", name) not in seen:
            seen.add(("web-cookie-not-secure", name))
            facts.append(("web-cookie-not-secure", f"{on} without Secure", shown))
        if (
            SESSION_COOKIE.search(name)
            and "httponly" not in attrs
            and ("web-cookie-not-httponly", name) not in seen
        ):
            seen.add(("web-cookie-not-httponly", name))
            facts.append(("web-cookie-not-httponly", f"{on} without HttpOnly", shown))
        samesite = attrs.get("samesite", "").lower()
        if samesite in ("", "none") and ("web-cookie-no-samesite", name) not in seen:
            seen.add(("web-cookie-no-samesite", name))
            facts.append(("web-cookie-no-samesite", f"{on} with SameSite={samesite or 'not set'}", shown))
    return facts


def parse_set_cookie(raw: str) -> tuple[str, dict[str, str]]:
    """The cookie's name and its attributes (lower-case keys); the value is dropped."""
    head, _, rest = raw.partition(";")
    name = head.split("=", 1)[0].strip()
    attrs: dict[str, str] = {}
    for part in rest.split(";"):
        key, _, value = part.strip().partition("=")
        if key:
            attrs[key.lower()] = value.strip()
    attrs["_raw_attrs"] = "; ".join(
        p.strip()
        for p in rest.split(";")
        if p.strip() and p.strip().split("=")[0].lower() not in ("expires",)
    )
    if not name:  # a malformed header: fall back to the standard library's reading
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(raw)
            name = next(iter(jar), "(unnamed)")
        except Exception:
            name = "(unnamed)"
    return name, attrs


def header_facts(headers: dict[str, str], credential_page: bool) -> list[Fact]:
    """Missing security headers, a cacheable credential page, version banners."""
    facts: list[Fact] = []
    h = {k.lower(): v for k, v in headers.items()}
    csp = h.get("content-security-policy", "")
    missing = []
    if not csp:
        missing.append("Content-Security-Policy")
    if "x-frame-options" not in h and "frame-ancestors" not in csp:
        missing.append("X-Frame-Options (or CSP frame-ancestors)")
    if h.get("x-content-type-options", "").lower() != "nosniff":
        missing.append("X-Content-Type-Options: nosniff")
    if missing:
        facts.append(("web-missing-security-headers", f"missing: {', '.join(missing)}", ", ".join(missing)))
    if credential_page and "no-store" not in h.get("cache-control", "").lower():
        facts.append(
            (
                "web-credentials-cacheable",
                f"Cache-Control is {h.get('cache-control') or 'absent'} on a page with a credential form",
                f"Cache-Control: {h.get('cache-control', '')}",
            )
        )
    for name in ("server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version", "x-generator"):
        value = h.get(name)
        if value and VERSION_BANNER.search(value):
            facts.append(("web-version-banner", f"{name}: {value[:120]}", f"{name}: {value[:120]}"))
    return facts


# Error pages: signatures of stack traces, framework debug pages and SQL errors. Generic words
# such as "Internal Server Error" are not signatures: a clean error page has them too.
STACK_SIGNATURES = (
    ("Python traceback", re.compile(r"Traceback \(most recent call last\)")),
    ("Werkzeug debugger", re.compile(r"Werkzeug Debugger|__debugger__|The debugger caught an exception")),
    (
        "Django debug page",
        re.compile(
            r"You're seeing this error because you have <code>DEBUG = True|DEBUG = True</code> in your"
        ),
    ),
    (
        "Java stack trace",
        re.compile(r"(?:Exception|Error)[^\n<]{0,200}(?:\n|<br\s*/?>)?\s*at [\w$.]+\([\w$]+\.java:\d+\)"),
    ),
    ("Spring Whitelabel error with trace", re.compile(r"Whitelabel Error Page[\s\S]{0,2000}\bat [\w$.]+\(")),
    (
        "ASP.NET error page",
        re.compile(r"Server Error in '[^']*' Application|\[\w+Exception: [^\]]+\][\s\S]{0,500}Stack Trace:"),
    ),
    (
        "PHP error",
        re.compile(
            r"(?:Fatal error|Parse error|Warning)</b>?:? .{0,300} on line <b>?\d+"
            r"|Stack trace:\s*(?:<br\s*/?>)?\s*#0 "
        ),
    ),
    ("Node.js stack trace", re.compile(r"at (?:Object\.<anonymous>|Module\._compile|Layer\.handle) \(")),
    (
        "Rails/Laravel debug page",
        re.compile(
            r"ActionController::\w+Error|Whoops, looks like something went wrong"
            r"|Ignition|vendor/laravel/framework"
        ),
    ),
    ("Go panic", re.compile(r"goroutine \d+ \[running\]:")),
)
SQL_SIGNATURES = (
    ("MySQL", re.compile(r"You have an error in your SQL syntax|mysql_fetch_|MySqlException")),
    (
        "PostgreSQL",
        re.compile(
            r"PG::SyntaxError|psycopg2\.errors|syntax error at or near \""
            r"|org\.postgresql\.util\.PSQLException"
        ),
    ),
    ("SQLite", re.compile(r"sqlite3\.OperationalError|SQLITE_ERROR|near \"[^\"]{0,40}\": syntax error")),
    ("Oracle", re.compile(r"\bORA-\d{5}\b")),
    (
        "SQL Server",
        re.compile(
            r"Unclosed quotation mark after the character string"
            r"|Microsoft OLE DB Provider for SQL Server|SqlException"
        ),
    ),
    ("generic SQL", re.compile(r"SQLSTATE\[\w+\]|JDBC(?:SQL)?Exception|sqlalchemy\.exc\.\w+Error")),
)


def error_page_facts(body: str) -> list[Fact]:
    facts: list[Fact] = []
    for label, pattern in STACK_SIGNATURES:
        m = pattern.search(body)
        if m:
            facts.append(("web-error-stack-trace", f"the error page shows a {label}", _around(body, m)))
            break
    for label, pattern in SQL_SIGNATURES:
        m = pattern.search(body)
        if m:
            facts.append(
                ("web-error-sql", f"the error page shows a {label} database error", _around(body, m))
            )
            break
    return facts


def _around(body: str, m: re.Match[str]) -> str:
    return body[max(0, m.start() - 40) : m.end() + 160]


def replay_fields(form: Form) -> tuple[dict[str, str], list[str]]:
    """The fields to send when replaying a form without its anti-CSRF token, and the token
    fields left out. Values are harmless placeholders."""
    sent: dict[str, str] = {}
    dropped: list[str] = []
    for f in form.fields:
        if not f.name or f.type in ("submit", "button", "file", "image", "reset"):
            continue
        if f.type == "hidden" and CSRF_NAME.search(f.name):
            dropped.append(f.name)
            continue
        sent[f.name] = _placeholder(f)
    return sent, dropped


def _placeholder(f: Field) -> str:
    if f.type == "hidden":
        return f.attrs.get("value", "")
    if f.type == "email":
        return "probe@example.invalid"
    if f.type in ("number", "tel"):
        return "0"
    return "aiscan-probe"
