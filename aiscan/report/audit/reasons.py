"""The reasons aiscan composes (the gate's verdict reasons, each requirement's status reason) in
the audit report's language. Pure, given a catalogue.

aiscan.gate and aiscan.compliance.evaluate write these reasons in English into every report. The
audit report recognises each form they take and says it again through the message catalogue;
what a reason quotes (an analyzer's own message, a finding's title, an attestation's evidence, a
path) is kept as it is. A reason of no known form is shown unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


def N_(message: str) -> str:
    """Marks a message for extraction (pybabel) without translating it here."""
    return message


class Catalogue(Protocol):
    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...


_STATUS = {
    "PASS": N_("pass"),
    "FAIL": N_("fail"),
    "NOT_ASSESSED": N_("not assessed"),
    "MANUAL": N_("manual evidence"),
    "NOT_APPLICABLE": N_("not applicable"),
}
_RUN = {"ok": N_("complete"), "partial": N_("partial"), "skipped": N_("skipped"), "error": N_("error")}
_REQ = r"p\d+(?:\.\d+)*"


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    say: Callable[[Catalogue, dict[str, str]], str]


def _plain(msgid: str) -> Callable[[Catalogue, dict[str, str]], str]:
    """A message whose fields are shown as they are, except `why`, itself a reason."""
    return lambda c, g: c.gettext(msgid) % g


def _counted(singular: str, plural: str) -> Callable[[Catalogue, dict[str, str]], str]:
    return lambda c, g: c.ngettext(singular, plural, int(g["n"])) % {**g, "n": int(g["n"])}


def _protection(c: Catalogue, g: dict[str, str]) -> str:
    if "n" in g:
        said = c.ngettext(
            N_("protection found: %(where)s and %(n)d more"),
            N_("protection found: %(where)s and %(n)d more"),
            int(g["n"]),
        ) % {**g, "n": int(g["n"])}
    else:
        said = c.gettext(N_("protection found: %(where)s")) % g
    return f"{said}; {translate_reason(g['rest'], c)}" if "rest" in g else said


_FORMS: tuple[_Form, ...] = tuple(
    _Form(re.compile(pattern + r"\Z", re.S), say)
    for pattern, say in (
        # aiscan.gate
        (
            r"no blocking findings or requirement statuses",
            _plain(N_("no blocking findings or requirement statuses")),
        ),
        (
            r"(?P<n>\d+) critical finding\(s\) must be fixed before release \(p21\)",
            _counted(
                N_("%(n)d critical finding must be fixed before release (p21)"),
                N_("%(n)d critical findings must be fixed before release (p21)"),
            ),
        ),
        (r"NOT_ASSESSED: (?P<why>.*)", lambda c, g: f"{c.gettext(_STATUS['NOT_ASSESSED'])}: {g['why']}"),
        (
            r"nothing was read: the analyzers found no file in scope",
            _plain(N_("nothing was read: the analyzers found no file in scope")),
        ),
        (
            r"nothing was read: the tree holds no file in scope \(empty, or everything excluded\)",
            _plain(N_("nothing was read: the tree holds no file in scope (empty, or everything excluded)")),
        ),
        (
            r"no source code was read: none of the (?P<n>\d+) file\(s\) in scope is a program's source",
            _counted(
                N_("no source code was read: none of the %(n)d file in scope is a program's source"),
                N_("no source code was read: none of the %(n)d files in scope is a program's source"),
            ),
        ),
        (
            r"analyzer (?P<analyzer>\S+) did not run: (?P<why>.*)",
            _plain(N_("analyzer %(analyzer)s did not run: %(why)s")),
        ),
        # aiscan.compliance.evaluate
        (
            r"no (?P<components>[\w, -]+) component in scope",
            _plain(N_("no %(components)s component in scope")),
        ),
        (
            r"(?P<n>\d+) findings? at or above the threshold",
            _counted(
                N_("%(n)d finding at or above the threshold"), N_("%(n)d findings at or above the threshold")
            ),
        ),
        (
            r"(?P<n>\d+) findings? below the threshold",
            _counted(N_("%(n)d finding below the threshold"), N_("%(n)d findings below the threshold")),
        ),
        (
            r"checked by (?P<analyzers>[\w, -]+) \((?P<n>\d+) below the threshold\)",
            _counted(
                N_("checked by %(analyzers)s (%(n)d finding below the threshold)"),
                N_("checked by %(analyzers)s (%(n)d findings below the threshold)"),
            ),
        ),
        (r"checked by (?P<analyzers>[\w, -]+)", _plain(N_("checked by %(analyzers)s"))),
        (
            r"attested by (?P<by>.+?) on (?P<on>\d{4}-\d\d-\d\d): (?P<evidence>.*)",
            _plain(N_("attested by %(by)s on %(on)s: %(evidence)s")),
        ),
        (
            r"attestation by (?P<by>.+) expired on (?P<on>\d{4}-\d\d-\d\d)",
            _plain(N_("attestation by %(by)s expired on %(on)s")),
        ),
        (
            r"automated checks \((?P<analyzers>[^)]*)\) found nothing; human confirmation needed",
            _plain(N_("automated checks (%(analyzers)s) found nothing; human confirmation needed")),
        ),
        (
            r"automated checks \((?P<analyzers>[^)]*)\) found (?P<n>\d+) findings? below the threshold; "
            r"human confirmation needed",
            _counted(
                N_(
                    "automated checks (%(analyzers)s) found %(n)d finding below the threshold; "
                    "human confirmation needed"
                ),
                N_(
                    "automated checks (%(analyzers)s) found %(n)d findings below the threshold; "
                    "human confirmation needed"
                ),
            ),
        ),
        (r"needs human evidence \(attestation\)", _plain(N_("needs human evidence (attestation)"))),
        (r"no sub-point applies", _plain(N_("no sub-point applies"))),
        (r"all sub-points pass", _plain(N_("all sub-points pass"))),
        (
            r"(?P<which>" + _REQ + r"(?:, " + _REQ + r")*): (?P<status>FAIL|NOT_ASSESSED|MANUAL)",
            lambda c, g: (
                c.gettext(N_("%(which)s: %(status)s")) % {**g, "status": c.gettext(_STATUS[g["status"]])}
            ),
        ),
        (
            # the finding titles are joined with "; " too: what follows them is a reason of its own
            r"protection found: (?P<where>.*?)(?: and (?P<n>\d+) more)?"
            r"(?:; (?P<rest>(?:\d+ findings? below the threshold|no live evidence: ).*))?",
            _protection,
        ),
        (r"no live evidence: (?P<why>.*)", _plain(N_("no live evidence: %(why)s"))),
        (r"no endpoint was probed", _plain(N_("no endpoint was probed"))),
        (r"(?P<status>ok|partial|skipped|error)", lambda c, g: c.gettext(_RUN[g["status"]])),
        (r"(?P<analyzer>[\w-]+): not run in this scan", _plain(N_("%(analyzer)s: not run in this scan"))),
        (
            r"(?P<analyzer>[\w-]+): incomplete coverage \((?P<n>\d+) gaps?\)",
            _counted(
                N_("%(analyzer)s: incomplete coverage (%(n)d gap)"),
                N_("%(analyzer)s: incomplete coverage (%(n)d gaps)"),
            ),
        ),
        (
            r"(?P<analyzer>[\w-]+): (?P<status>ok|partial|skipped|error)(?:: (?P<why>.*))?",
            lambda c, g: (
                (
                    c.gettext(N_("%(analyzer)s: %(status)s: %(why)s"))
                    if g.get("why")
                    else c.gettext(N_("%(analyzer)s: %(status)s"))
                )
                % {**g, "status": c.gettext(_RUN[g["status"]])}
            ),
        ),
    )
)


def translate_reason(reason: str, catalogue: Catalogue) -> str:
    """`reason` in the catalogue's language: the whole reason if it has a known form, else each
    of its `; `-separated parts; a requirement's status reason in the verdict (`p19.1 FAIL: ...`)
    keeps its id."""
    whole = _say(reason, catalogue)
    if whole is not None:
        return whole
    m = re.match(r"(?P<id>" + _REQ + r") (?P<status>FAIL|NOT_ASSESSED|MANUAL): (?P<why>.*)\Z", reason, re.S)
    if m:
        status = catalogue.gettext(_STATUS[m["status"]])
        return f"{m['id']} {status}: {translate_reason(m['why'], catalogue)}"
    parts = reason.split("; ")
    if len(parts) == 1:
        return reason
    return "; ".join(translate_reason(p, catalogue) for p in parts)


def _say(reason: str, catalogue: Catalogue) -> str | None:
    for form in _FORMS:
        m = form.pattern.match(reason)
        if m:
            fields = {k: v for k, v in m.groupdict().items() if v is not None}
            if "why" in fields:
                fields["why"] = translate_reason(fields["why"], catalogue)
            return form.say(catalogue, fields)
    return None
