"""CSRF in Java web applications: Spring MVC controllers, servlets and JSP pages. An application is
the files under the nearest folder with `pom.xml`, `build.gradle(.kts)` or `build.xml` (a module
also reads the build files of the projects above it). It is reported when it keeps a server
session (`HttpSession`, `getSession(`, `@SessionAttributes`, the JSP `session` object read or
written, spring-session), has state-changing routes (`@PostMapping`/`@PutMapping`/`@PatchMapping`/
`@DeleteMapping`, `RequestMethod.POST/PUT/PATCH/DELETE`, a servlet's `doPost`/`doPut`/`doDelete`, a
JSP running an UPDATE, INSERT or DELETE statement with request parameters; not a Spring handler
whose body is `@RequestBody`, JSON that a cross-site form cannot send) and no anti-forgery
check: not Spring Security (whose CSRF check is on by default), OWASP CSRFGuard, Tomcat's
CsrfPreventionFilter, a dependency or import naming CSRF, a check of the Origin or Referer header,
a method or a file named for CSRF, nor a SameSite=Lax/Strict session cookie.

Not judged (neither reported nor recorded): applications of a web framework with a token or view
state of its own (Struts, JSF, Wicket, Vaadin, Stripes, Tapestry, ZK, Play, Grails, GWT), and
Spring Security with its CSRF check switched off, which is the semgrep rule
`java-spring-csrf-disabled`'s finding."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.webconfig.csrf.evidence import (
    MISSING,
    PRESENT,
    Seen,
    app_root,
    code_only,
    first_match,
    listed,
    own_csrf_check,
    project_roots,
    server_files,
)
from aiscan.webconfig.source import Hit, Tree, line_of

BUILD_FILES = ("pom.xml", "build.gradle", "build.gradle.kts", "build.xml")
_SETTINGS_SUFFIXES = (".properties", ".yml", ".yaml", ".xml")
_OTHER_FRAMEWORKS = re.compile(
    r"org\.apache\.struts|struts2?-core|javax\.faces|jakarta\.faces|org\.apache\.wicket|com\.vaadin"
    r"|net\.sourceforge\.stripes|org\.apache\.tapestry|org\.zkoss|\bplay\.mvc\b|org\.grails"
    r"|com\.google\.gwt"
)
_OTHER_FRAMEWORK_FILES = ("struts.xml", "struts-config.xml", "faces-config.xml")
_SPRING_SECURITY = re.compile(
    r"spring-boot-starter-security|spring-security-(?:web|config)|org\.springframework\.security\.config"
    r"|@EnableWebSecurity\b|springframework\.org/schema/security\b"
)
_CSRF_OFF = re.compile(
    r"\.csrf\s*\(\s*\)\s*\.\s*disable\s*\(|\.csrf\s*\(\s*(?:AbstractHttpConfigurer|CsrfConfigurer)\s*::\s*disable"
    r"|\.csrf\s*\(\s*(\w+)\s*->\s*\1\s*\.\s*disable\s*\(\s*\)\s*\)"
)
_PROTECTIONS = (
    ("OWASP CSRFGuard", (), re.compile(r"org\.owasp\.csrfguard", re.I)),
    ("Tomcat's CsrfPreventionFilter", (), re.compile(r"\bCsrfPreventionFilter\b")),
    (
        "a dependency or import naming CSRF",
        (),
        re.compile(r"<artifactId>[^<]*csrf|^\s*import\s+[\w.]*csrf", re.I | re.M),
    ),
    (
        "a check of the request's Origin, Referer or X-Requested-With header",
        (),
        re.compile(r"""\bgetHeader\s*\(\s*"(?:Origin|Referer|Sec-Fetch-Site|X-Requested-With)"\s*\)""", re.I),
    ),
    ("a SameSite=Lax/Strict cookie setting", (), re.compile(r"same-?site\W{0,6}(?:strict|lax)\b", re.I)),
)
_SESSIONS = (
    ("HttpSession", (), re.compile(r"\bHttpSession\b")),
    ("getSession()", (), re.compile(r"\bgetSession\s*\(")),
    ("@SessionAttributes", (), re.compile(r"@SessionAttributes?\b")),
    (
        "session.getAttribute/setAttribute",
        (),
        re.compile(r"(?<![\w.])session\s*\.\s*(?:get|set)Attribute\s*\("),
    ),
    ("spring-session", (), re.compile(r"spring-session")),
)
_SPRING_ROUTE = re.compile(
    r"@(Post|Put|Patch|Delete)Mapping\b|@RequestMapping\s*\([^)]*RequestMethod\s*\.\s*(POST|PUT|PATCH|DELETE)\b"
)
# Spring's @RequestBody reads JSON (or XML) only when the request says that content type, which a
# cross-site HTML form cannot send
_JSON_BODY = re.compile(r"@RequestBody\b")
_SERVLET_ROUTE = re.compile(r"\bvoid\s+(doPost|doPut|doDelete)\s*\(")
_JSP_PARAMETER = re.compile(r"\bgetParameter\s*\(")
_JSP_WRITE = re.compile(r"""["']\s*(UPDATE\s+[`\w.]+\s+SET|INSERT\s+INTO|DELETE\s+FROM)\b""", re.I)
_OWN_CHECK = re.compile(
    r"^[ \t]*(?:(?:public|protected|private|static|final|synchronized|default)\s+)*"
    r"(?:<[^>\n]*>\s*)?[\w.<>\[\], ?]+\s+(\w+)\s*\([^;{)]*\)\s*(?:throws\s+[\w., ]+)?\{",
    re.M,
)
_XML_COMMENT = re.compile(r"<!--[\s\S]*?(?:-->|\Z)|<%--[\s\S]*?(?:--%>|\Z)")


def check_java_csrf(tree: Tree) -> list[Hit]:
    sources = server_files(tree, (".java", ".jsp", ".jspf"), "Java", browser_folders=False)
    if not sources:
        return []
    roots = project_roots(tree, *BUILD_FILES)
    apps: dict[str, dict[str, str]] = {}
    for p in sources:
        raw = tree.text(p, quiet=True)
        if raw is not None:
            apps.setdefault(app_root(p, roots), {})[p] = raw
    hits: list[Hit] = []
    for root, raws in apps.items():
        if not any("ession" in raw for raw in raws.values()):
            continue  # no session in any source (HttpSession, getSession, session.): not read further
        files = {p: code_only(_blank_markup_comments(raw), "slash") for p, raw in raws.items()}
        settings = _settings(tree, root, roots)
        hits.extend(_application(files, settings))
    return hits


def _blank_markup_comments(text: str) -> str:
    return _XML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _settings(tree: Tree, root: str, roots: set[str]) -> dict[str, str]:
    """The application's build files (and those of the projects above it) and its settings files
    (properties, YAML, XML such as web.xml), comments of XML blanked."""
    above = [r for r in roots if r == "" or root == r or root.startswith(r + "/")]
    prefix = f"{root}/" if root else ""
    chosen = [
        p
        for p in tree.paths
        if (
            PurePosixPath(p).name in BUILD_FILES
            and (str(PurePosixPath(p).parent) if "/" in p else "") in above
        )
        or (
            p.startswith(prefix)
            and p.endswith(_SETTINGS_SUFFIXES)
            and app_root(p, roots) == root
            and "/test/" not in f"/{p}"
        )
    ]
    out = {}
    for p in chosen:
        text = tree.text(p, quiet=True)
        if text is not None:
            out[p] = _blank_markup_comments(text) if p.endswith(".xml") else text
    return out


def _application(files: dict[str, str], settings: dict[str, str]) -> list[Hit]:
    everything = {**settings, **files}
    if any(PurePosixPath(p).name in _OTHER_FRAMEWORK_FILES for p in settings) or any(
        _OTHER_FRAMEWORKS.search(t) for t in everything.values()
    ):
        return []  # a framework with a token or view state of its own: not judged
    security = first_match(
        everything, (("Spring Security (its CSRF check is on by default)", (), _SPRING_SECURITY),)
    )
    if security is not None:
        if any(_CSRF_OFF.search(t) for t in files.values()):
            return []  # switched off: java-spring-csrf-disabled reports it
        return [_present(security)]
    protection = first_match(everything, _PROTECTIONS) or own_csrf_check(files, _OWN_CHECK)
    if protection is not None:
        return [_present(protection)]
    sessions = [s for pattern in _SESSIONS if (s := first_match(everything, (pattern,))) is not None]
    if not sessions:
        return []  # no server session: a forged request acts as no one
    routes = sorted(_routes(files), key=lambda s: (s.path, s.line))
    if not routes:
        return []
    first = routes[0]
    kind = (
        "JSP"
        if first.path.endswith((".jsp", ".jspf"))
        else "Java servlet"
        if first.what.startswith("do")
        else "Spring MVC"
    )
    return [
        Hit(
            MISSING,
            first.path,
            first.line,
            f"{kind} application: {len(routes)} state-changing route{'s' if len(routes) > 1 else ''}"
            f" (first: {first.what} at {first.path}:{first.line}), a server session ({listed(sessions)}),"
            " and no Spring Security, OWASP CSRFGuard, CsrfPreventionFilter, Origin/Referer check or"
            " check of its own, nor a SameSite Lax/Strict session cookie",
        )
    ]


def _present(seen: Seen) -> Hit:
    return Hit(PRESENT, seen.path, seen.line, f"{seen.what} in the Java application", present=True)


def _routes(files: dict[str, str]) -> list[Seen]:
    routes = []
    for p, t in files.items():
        if p.endswith((".jsp", ".jspf")):
            write = _JSP_WRITE.search(t)
            if write and _JSP_PARAMETER.search(t):
                statement = write.group(1).split()[0].upper()
                routes.append(
                    Seen(f"an {statement} statement on request parameters", p, line_of(t, write.start()))
                )
            continue
        for m in _SPRING_ROUTE.finditer(t):
            if _JSON_BODY.search(_signature(t, m.end())):
                continue  # a JSON body: a cross-site form cannot send that content type
            routes.append(
                Seen(m.group(0).split("(")[0] if m.group(1) else "@RequestMapping", p, line_of(t, m.start()))
            )
        for m in _SERVLET_ROUTE.finditer(t):
            routes.append(Seen(m.group(1), p, line_of(t, m.start(1))))
    return routes


def _signature(text: str, start: int) -> str:
    """The annotations and the declaration after a mapping annotation, up to the method body."""
    end = text.find("{", start)
    return text[start : end if end != -1 else start + 600][:600]
