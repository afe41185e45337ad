"""Play's CORS filter put in the application's filters in code, read with the configuration.

`scala-cors-filter-defaults` reports a Scala file that puts Play's `CORSFilter` in the filters
(an injected `CORSFilter` in a `DefaultHttpFilters`/`HttpFilters` class, or `CORSComponents` mixed
in without its own `corsConfig`). The filter then takes its origins from
`play.filters.cors.allowedOrigins`, whose default (null) allows any origin with credentials. The
setting lives in `application.conf` (or a file it includes), which the single-file rule cannot
read. The finding is left out when a `.conf` file of the tree sets `allowedOrigins` in a line that
is not a comment (`play.filters.cors.allowedOrigins = [...]`, or inside a `play.filters.cors { }`
block, a `${?ENV}` substitution included). An explicit `allowedOrigins = null` is left to
`scala-cors-any-origin-config`, which reports it in the configuration file. Read as text, never
run. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from aiscan.models import Finding

RULE = "scala-cors-filter-defaults"

# Play's key (akka-http-cors's is allowed-origins), in a line that is not a HOCON comment
_ORIGINS = re.compile(r"(?m)^[ \t]*(?!#|//)[^\n#]*\ballowedOrigins\s*[=:{]")


def configures_origins(text: str) -> bool:
    """Whether a configuration file's text sets Play's CORS allowedOrigins."""
    return bool(_ORIGINS.search(text))


def drop_configured_cors_filters(
    findings: Iterable[Finding], conf_paths: Sequence[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """The findings less those of RULE when a configuration file of the tree (`conf_paths`) sets
    the origins; the files are read only when there is such a finding."""
    findings = tuple(findings)
    if not any(f.rule_id == RULE for f in findings):
        return findings
    if not any(configures_origins("\n".join(lines(p))) for p in conf_paths):
        return findings
    return tuple(f for f in findings if f.rule_id != RULE)
