"""bandit's B701 where the Jinja environment renders configuration files, not pages, or where
autoescape is turned on through a dictionary of options.

B701 reports every `jinja2.Environment(...)` without autoescape. Escaping protects a page a
browser reads; an environment that writes a configuration file (`config.cfg.template`,
`nginx.conf`, `settings.py.j2`) for a command-line tool has no browser to run a script in. Such a
finding is reported at medium, its message saying why, when the environment's statement (from the
reported line until its parentheses close) gives its loader a folder named for configuration
(`configs`, `conf-templates`, ...), or when every template the next lines ask it for
(`get_template("...")`) is a configuration or source file by its name, and none is a page
(`.html`, `.htm`, `.xml`, `.svg`). Anything else (a folder and templates that say nothing, an
unreadable file) keeps the finding's weight.

bandit reads only the call's keywords: `Environment(loader=loader, **options)`, where the lines
before set `options = dict(autoescape=True, ...)` or `{"autoescape": True, ...}`, has escaping on
(the operator's own options may still turn it off); reported at medium too, saying so.

Pure: findings in, findings out, given a reader of a file's lines. The text is read, never run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding, Severity

Lines = Callable[[str], Sequence[str]]

# how far the statement and the templates asked for are looked for after the reported line
_STATEMENT_LINES = 12
_FOLLOWING_LINES = 20

_LOADER_ARGS = re.compile(r"Loader\s*\((?P<args>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_STRING = re.compile(r"""["']([^"']+)["']""")
_CONFIG_FOLDER = re.compile(
    r"(?i)^(conf|confs|config|configs|configuration|configurations|settings|"
    r"(conf|config)[-_]?(templates|files))$"
)
_TEMPLATE_NAME = re.compile(r"""get_template\(\s*["']([^"']+)["']""")
_PAGE = re.compile(r"(?i)\.(html?|xhtml|xml|svg)(\.(j2|jinja2?|tmpl|template|tpl))?$")
_CONFIG_FILE = re.compile(
    r"(?i)\.(cfg|conf|ini|toml|ya?ml|env|py|sh|service|properties|json)(\.(j2|jinja2?|tmpl|template|tpl|in))?$"
)


# how far before the environment its dictionary of options is looked for
_OPTIONS_LINES = 30
_SPREAD = re.compile(r"\*\*\s*(\w+)")


def autoescape_in_options(lines: Sequence[str], line: int) -> bool:
    """Whether the environment created at `line` is given `**name` where one of the lines before
    set `name` to a dictionary with autoescape on."""
    if not 0 < line <= len(lines):
        return False
    before = lines[max(0, line - 1 - _OPTIONS_LINES) : line - 1]
    for name in _SPREAD.findall(_statement(lines, line)):
        on = re.compile(
            rf"^\s*{re.escape(name)}\s*=\s*"
            r"""(dict\(.*\bautoescape\s*=\s*True\b|\{.*["']autoescape["']\s*:\s*True\b)"""
        )
        if any(on.search(text) for text in before):
            return True
    return False


def _statement(lines: Sequence[str], start: int) -> str:
    """The text from line `start` (1-based) until its parentheses balance, at most a few lines."""
    text, depth = [], 0
    for line in lines[start - 1 : start - 1 + _STATEMENT_LINES]:
        text.append(line)
        depth += line.count("(") - line.count(")")
        if depth <= 0 and "(" in "".join(text):
            break
    return "\n".join(text)


def _config_loader(statement: str) -> bool:
    for loader in _LOADER_ARGS.finditer(statement):
        folders = [s.rstrip("/").rsplit("/", 1)[-1] for s in _STRING.findall(loader.group("args"))]
        if any(_CONFIG_FOLDER.match(f) for f in folders):
            return True
    return False


def renders_configuration(lines: Sequence[str], line: int) -> bool:
    """Whether the Jinja environment created at `line` renders configuration files, not pages."""
    if not 0 < line <= len(lines):
        return False
    names = _TEMPLATE_NAME.findall("\n".join(lines[line - 1 : line - 1 + _FOLLOWING_LINES]))
    if any(_PAGE.search(n) for n in names):
        return False
    if _config_loader(_statement(lines, line)):
        return True
    return bool(names) and all(_CONFIG_FILE.search(n) for n in names)


def config_file_environments(findings: Iterable[Finding], read_lines: Lines) -> tuple[Finding, ...]:
    """Each B701 finding at high whose environment renders configuration files, or has autoescape
    on through its options, at medium with the reason; every other finding as it was."""
    out: list[Finding] = []
    for f in findings:
        if f.rule_id != "B701" or f.severity is not Severity.HIGH:
            out.append(f)
            continue
        line = f.location.start_line
        lines = read_lines(f.location.path) if line is not None else ()
        if line is not None and renders_configuration(lines, line):
            why = (
                "Reported at medium: this environment renders configuration files (its loader's "
                "folder or the templates it is asked for say so), not pages a browser runs scripts in."
            )
            renders = "configuration files"
        elif line is not None and autoescape_in_options(lines, line):
            why = (
                "Reported at medium: autoescape is turned on through the dictionary of options the "
                "environment is given (`**options`), which bandit does not read."
            )
            renders = "pages, autoescaped"
        else:
            out.append(f)
            continue
        out.append(
            replace(
                f,
                severity=Severity.MEDIUM,
                message=f"{f.message} {why}",
                properties={**f.properties, "renders": renders},
            )
        )
    return tuple(out)
