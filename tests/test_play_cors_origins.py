"""scala-cors-filter-defaults findings (Play's CORS filter put in the filters in code) kept only
when no configuration file of the tree sets play.filters.cors's allowedOrigins. Made-up code."""

from __future__ import annotations

from aiscan.models import Finding, Severity
from aiscan.sast.play_cors_origins import configures_origins, drop_configured_cors_filters
from tests.conftest import make_finding

FLAT = 'play.filters.cors.allowedOrigins = ["https://cabinet.example.kz"]\n'
NESTED = """play.filters {
  cors {
    pathPrefixes = ["/api"]
    allowedOrigins = ${?CABINET_ORIGINS}
  }
}
"""
COMMENTED = """play.filters.enabled += "play.filters.csrf.CSRFFilter"
# play.filters.cors.allowedOrigins = ["https://cabinet.example.kz"]
// allowedOrigins = ["https://cabinet.example.kz"]
play.filters.cors.supportsCredentials = true
akka-http-cors.allowed-origins = ["https://cabinet.example.kz"]
"""


def _finding(rule_id: str = "scala-cors-filter-defaults") -> Finding:
    return make_finding(rule_id, Severity.MEDIUM, path="app/Filters.scala", line=9)


def test_a_setting_not_a_comment_configures_the_origins() -> None:
    assert configures_origins(FLAT)
    assert configures_origins(NESTED)
    assert not configures_origins(COMMENTED)  # comments, and akka-http-cors's own key
    assert configures_origins("play.filters.cors { allowedOrigins = null }\n")  # reported by the .conf rule


def test_findings_dropped_only_when_a_conf_file_sets_the_origins() -> None:
    files = {"conf/application.conf": COMMENTED, "conf/cors.conf": NESTED}
    other = _finding("scala-cors-permissive-defaults")
    found = [_finding(), other]
    lines = lambda p: tuple(files[p].split("\n"))  # noqa: E731
    assert drop_configured_cors_filters(found, ["conf/application.conf"], lines) == tuple(found)
    assert drop_configured_cors_filters(found, list(files), lines) == (other,)
    assert drop_configured_cors_filters(found, [], lines) == tuple(found)  # no configuration in the tree


def test_no_finding_reads_no_file() -> None:
    read: list[str] = []

    def lines(path: str) -> tuple[str, ...]:
        read.append(path)
        return ()

    other = _finding("scala-cors-permissive-defaults")
    assert drop_configured_cors_filters([other], ["conf/application.conf"], lines) == (other,)
    assert read == []
