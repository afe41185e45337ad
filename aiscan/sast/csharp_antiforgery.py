"""MVC POST actions without `[ValidateAntiForgeryToken]` that the tree protects elsewhere.

`csharp-post-without-antiforgery` reads one file: the action, its controller's attributes. An
application usually switches the check on once, in its start-up code, for every action:

    services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
    options.Filters.Add<AutoValidateAntiforgeryTokenAttribute>();
    GlobalFilters.Filters.Add(new ValidateAntiForgeryTokenAttribute());   // ASP.NET MVC 5

or marks a base controller of its own (`[AutoValidateAntiforgeryToken] public abstract class
BranchControllerBase : Controller`). Read as text (never run), without comments: a finding is
dropped when a C# file of the tree registers such a global filter, or when the class around the
action derives, through classes of the tree, from one marked `[AutoValidateAntiforgeryToken]` or
`[ValidateAntiForgeryToken]`.

CSRF needs a credential the browser sends by itself: a cookie (cookie authentication, Identity,
a session, OpenID Connect sign-in) or Windows sign-in. A finding is also dropped when the tree
authenticates only by a header the caller must set, a bearer token (`AddJwtBearer`,
`AddIdentityServerAuthentication`, ...) or a key its own action/authorization filter or
authentication handler reads from `Request.Headers`, and no C# file of the tree issues or reads a
cookie or session or signs in with Windows, and no `web.config` or launch profile sets up Forms or
Windows sign-in. Anything else keeps it (a partial tree whose start-up
code is missing shows no header authentication, so its findings stay). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from aiscan.models import Finding

RULES = frozenset({"csharp-post-without-antiforgery"})

Lines = Callable[[str], Sequence[str]]

_ATTRIBUTE = r"(?:[\w.]*\.)?(?:AutoValidateAntiforgeryToken|ValidateAntiForgeryToken)(?:Attribute)?"
_GLOBAL_FILTER = re.compile(
    rf"\.\s*Add\s*(?:<\s*{_ATTRIBUTE}\s*>\s*\(|\(\s*(?:new\s+{_ATTRIBUTE}\s*\(|typeof\s*\(\s*{_ATTRIBUTE}\s*\)))"
)
# a credential the browser adds to a cross-site request by itself
_AMBIENT = re.compile(
    r"\b(?:AddCookie|CookieAuthenticationDefaults|UseCookieAuthentication|AddIdentity|AddDefaultIdentity"
    r"|AddIdentityCookies|ConfigureApplicationCookie|SignInManager|SignInAsync|FormsAuthentication"
    r"|AddSession|UseSession|AddOpenIdConnect|AddMicrosoftIdentityWebApp|AddNegotiate|NegotiateDefaults"
    r"|IISDefaults|HttpSysDefaults|WindowsAuthentication|WindowsIdentity)\b"
    r"|\.Cookies\b|\.Session\b|\bSession\s*\["
)
# authentication by a header the caller sets
_HEADER_SCHEME = re.compile(
    r"\b(?:AddJwtBearer|JwtBearerDefaults|AddIdentityServerAuthentication|AddOAuth2Introspection"
    r"|AddMicrosoftIdentityWebApi)\b"
)
_HEADER_FILTER = re.compile(
    r":\s*(?:[\w.]*\.)?(?:IActionFilter|IAsyncActionFilter|IAuthorizationFilter|IAsyncAuthorizationFilter"
    r"|AuthenticationHandler\s*<)"
)
_HEADER_READ = re.compile(r"\bRequest\s*\.\s*Headers\b")
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_CLASS = re.compile(
    r"(?P<attrs>(?:\[[^\]]*\]\s*)*)(?:(?:public|internal|private|protected|abstract|sealed|partial|static)\s+)*"
    r"class\s+(?P<name>\w+)(?:<[^>{]*>)?(?:\s*\([^)]*\))?\s*(?::\s*(?P<base>[\w.]+))?"
)
_MARK = re.compile(rf"\[\s*(?:[^\]]*,\s*)?{_ATTRIBUTE}\s*[\],(]")


def _classes(texts: Iterable[str]) -> dict[str, tuple[bool, str | None]]:
    """Each class of the tree: whether it is marked to validate the token, and its base class."""
    found: dict[str, tuple[bool, str | None]] = {}
    for text in texts:
        for m in _CLASS.finditer(text):
            base = m.group("base").rsplit(".", 1)[-1] if m.group("base") else None
            marked = bool(_MARK.search(m.group("attrs")))
            old = found.get(m.group("name"))
            found[m.group("name")] = (marked or (old[0] if old else False), base or (old[1] if old else None))
    return found


def _covered_by_base(name: str | None, classes: dict[str, tuple[bool, str | None]]) -> bool:
    seen: set[str] = set()
    while name is not None and name in classes and name not in seen:
        seen.add(name)
        marked, base = classes[name]
        if marked:
            return True
        name = base
    return False


# Forms or Windows sign-in set up in configuration alone: `web.config`'s `<authentication mode>`,
# IIS's `<windowsAuthentication enabled="true">`, the launch profile's `"windowsAuthentication": true`
_AMBIENT_CONFIG = re.compile(
    r"""<authentication\s+mode\s*=\s*["'](?:Forms|Windows)["']"""
    r"""|<windowsAuthentication\s+enabled\s*=\s*["']true["']"""
    r'|"windowsAuthentication"\s*:\s*true',
    re.IGNORECASE,
)


def _configuration(path: str) -> bool:
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return name.endswith(".config") or name == "launchsettings.json"


def _header_authentication_only(texts: Iterable[str], configs: Iterable[str] = ()) -> bool:
    """Whether the tree authenticates by a header and never by a cookie, session or Windows
    (in its C# `texts` or its configuration files' `configs`)."""
    texts = tuple(texts)
    if any(_AMBIENT.search(t) for t in texts):
        return False
    if any(_AMBIENT_CONFIG.search(c) for c in configs):
        return False
    return any(
        _HEADER_SCHEME.search(t) or (_HEADER_FILTER.search(t) and _HEADER_READ.search(t)) for t in texts
    )


def drop_covered_posts(
    findings: Iterable[Finding], paths: Iterable[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings less the `csharp-post-without-antiforgery` ones the tree's global antiforgery
    filter or a marked base controller covers; `paths` are the tree's files, whose C# ones are
    read only when there is such a finding."""
    findings = tuple(findings)
    if not any(f.rule_id in RULES for f in findings):
        return findings
    paths = tuple(paths)
    texts = {p: _COMMENT.sub("", "\n".join(lines(p))) for p in paths if p.endswith(".cs")}
    if any(_GLOBAL_FILTER.search(t) for t in texts.values()):
        return tuple(f for f in findings if f.rule_id not in RULES)
    configs = ("\n".join(lines(p)) for p in paths if _configuration(p))
    if _header_authentication_only(texts.values(), configs):
        return tuple(f for f in findings if f.rule_id not in RULES)
    classes = _classes(texts.values())
    kept = []
    for f in findings:
        if f.rule_id in RULES and f.location.start_line is not None and f.location.path in texts:
            before = "\n".join(lines(f.location.path)[: f.location.start_line])
            around = list(_CLASS.finditer(_COMMENT.sub("", before)))
            if around:
                base = around[-1].group("base")
                if _covered_by_base(base.rsplit(".", 1)[-1] if base else None, classes):
                    continue
        kept.append(f)
    return tuple(kept)
