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
`[ValidateAntiForgeryToken]`. Anything else keeps it. Pure.
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


def drop_covered_posts(
    findings: Iterable[Finding], paths: Iterable[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings less the `csharp-post-without-antiforgery` ones the tree's global antiforgery
    filter or a marked base controller covers; `paths` are the tree's files, whose C# ones are
    read only when there is such a finding."""
    findings = tuple(findings)
    if not any(f.rule_id in RULES for f in findings):
        return findings
    texts = {p: _COMMENT.sub("", "\n".join(lines(p))) for p in paths if p.endswith(".cs")}
    if any(_GLOBAL_FILTER.search(t) for t in texts.values()):
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
