"""Spring Security path rules written with the servlet context path.

Servlet request matchers (`requestMatchers`, `antMatchers`, `mvcMatchers`, `securityMatcher`)
compare the path within the application, which does not hold the servlet context path
(`server.servlet.context-path`). A rule written as "/api/admin/**" for an application served under
"/api" never matches: the request falls through to the rules after it (often
`anyRequest().authenticated()`), and the role or authority the rule asked for is never checked.
A dead `permitAll()` only closes a path, so it is not reported, and nothing is when the module
maps its own routes under the same prefix (`@RequestMapping("/api/...")` served at /api/api/...:
there the rule is right). The rule is reported at the rule's severity (medium): method security
(`@PreAuthorize`) may still guard the same routes.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.webconfig.source import Hit, Tree, in_test_tree

RULE = "server-security-matcher-context-path"
_CALL = re.compile(
    r"\b(requestMatchers|antMatchers|mvcMatchers|securityMatchers?)\s*\(([^()]*)\)(?:\s*\.\s*(\w+))?",
    re.S,
)
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_OPENS_ONLY = frozenset({"permitAll"})
_MAPPING = re.compile(r"@(?:Request|Get|Post|Put|Delete|Patch)Mapping\s*\(([^()]*)\)", re.S)


def module_root(config_path: str) -> str:
    """The folder of the module a configuration file belongs to ("" for the tree's root), with
    a trailing slash: what precedes src/main/resources/, else the file's folder (or the folder
    above a `config` folder)."""
    marked = "/" + config_path
    at = marked.find("/src/main/resources/")
    if at >= 0:
        return marked[1 : at + 1]
    folder = PurePosixPath(config_path).parent
    if folder.name == "config":
        folder = folder.parent
    return "" if str(folder) == "." else f"{folder}/"


def context_path_rules(tree: Tree, config_path: str, context_path: str) -> list[Hit]:
    """Security rules in the module's Java/Kotlin sources whose path starts with the context path."""
    base = "/" + context_path.strip().strip("/")
    if base == "/":
        return []
    root = module_root(config_path)
    sources: list[tuple[str, str]] = []
    for path in tree.with_suffix(".java", ".kt"):
        if not path.startswith(root) or in_test_tree(path) or "/src/test/" in f"/{path}":
            continue
        text = tree.text(path, quiet=True)
        if text:
            sources.append((path, text))
    if any(_under(value, base) for _, text in sources for value in _mapped_paths(text)):
        return []
    hits: list[Hit] = []
    for path, text in sources:
        if "atcher" not in text:
            continue
        for call in _CALL.finditer(text):
            then = call.group(3) or ""
            if then in _OPENS_ONLY:
                continue
            for literal in _LITERAL.finditer(call.group(2)):
                value = literal.group(1)
                if not _under(value, base):
                    continue
                line = text.count("\n", 0, call.start(2) + literal.start()) + 1
                applied = f"its {then}() " if then else "it "
                hits.append(
                    Hit(
                        RULE,
                        path,
                        line,
                        f'the Spring Security rule for "{value}" repeats the context path {base} '
                        f"(server.servlet.context-path): request matchers see the path within the "
                        f"application, so the rule never matches and {applied}is never applied",
                    )
                )
    return hits


def _under(value: str, base: str) -> bool:
    return value == base or value.startswith(base + "/")


def _mapped_paths(text: str) -> list[str]:
    """The path literals of the file's Spring MVC mapping annotations."""
    return [lit.group(1) for m in _MAPPING.finditer(text) for lit in _LITERAL.finditer(m.group(1))]
