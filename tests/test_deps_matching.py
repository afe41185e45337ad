"""OSV range semantics per ecosystem, alias merging and CVSS severity."""

from __future__ import annotations

from typing import Any

import pytest

from aiscan.deps.ecosystems import normalize_name, purl
from aiscan.deps.matching import evaluate_range, merge, primary_id, vulnerabilities_for
from aiscan.deps.osvdb import AffectedRecord
from aiscan.deps.severity import best_score, severity_of
from aiscan.models import Severity


def rec(
    vid: str = "TEST-1",
    *,
    ranges: list[dict[str, Any]] | None = None,
    versions: tuple[str, ...] = (),
    aliases: tuple[str, ...] = (),
    severity: tuple[dict[str, str], ...] = (),
    summary: str = "",
    informational: str | None = None,
) -> AffectedRecord:
    return AffectedRecord(
        id=vid,
        aliases=aliases,
        summary=summary,
        modified="2026-01-01T00:00:00Z",
        published="2025-01-01T00:00:00Z",
        severity=severity,
        ranges=tuple(ranges or ()),
        versions=frozenset(versions),
        informational=informational,
    )


def eco(*events: tuple[str, str], kind: str = "ECOSYSTEM") -> dict[str, Any]:
    return {"type": kind, "events": [list(e) for e in events]}


def affected(ecosystem: str, version: str, *ranges: dict[str, Any], versions: tuple[str, ...] = ()) -> bool:
    vulns, _ = vulnerabilities_for(ecosystem, version, [rec(ranges=list(ranges), versions=versions)])
    return bool(vulns)


# --- ranges --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.9", False),
        ("1.0", True),
        ("1.0.1", True),
        ("1.0.2", False),  # fixed
        ("2.5", False),  # between the two ranges
        ("3.0", True),
        ("3.2.4", True),
        ("3.2.5", False),
        ("4.0", False),
    ],
)
def test_multiple_introduced_fixed_pairs_in_one_range(version: str, expected: bool) -> None:
    rng = eco(("introduced", "1.0"), ("fixed", "1.0.2"), ("introduced", "3.0"), ("fixed", "3.2.5"))
    assert affected("PyPI", version, rng) is expected


def test_events_out_of_order_are_sorted_first() -> None:
    rng = eco(("fixed", "3.2.5"), ("introduced", "3.0"), ("fixed", "1.0.2"), ("introduced", "1.0"))
    assert affected("PyPI", "1.0.1", rng)
    assert affected("PyPI", "3.1", rng)
    assert not affected("PyPI", "2.0", rng)


def test_several_ranges_any_one_affects() -> None:
    first = eco(("introduced", "0"), ("fixed", "1.5"))
    second = eco(("introduced", "2.0"), ("fixed", "2.3"))
    assert affected("PyPI", "1.4", first, second)
    assert affected("PyPI", "2.1", first, second)
    assert not affected("PyPI", "1.9", first, second)


@pytest.mark.parametrize(("version", "expected"), [("2.1.213", True), ("2.1.214", True), ("2.1.215", False)])
def test_last_affected_includes_the_version_itself(version: str, expected: bool) -> None:
    assert affected("Maven", version, eco(("introduced", "0"), ("last_affected", "2.1.214"))) is expected


def test_fixed_excludes_the_version_itself() -> None:
    rng = eco(("introduced", "0"), ("fixed", "2.1.214"))
    assert affected("Maven", "2.1.213", rng)
    assert not affected("Maven", "2.1.214", rng)


def test_limit_bounds_the_range() -> None:
    rng = eco(("introduced", "1.0.0"), ("limit", "1.5.0"), kind="SEMVER")
    assert affected("npm", "1.4.9", rng)
    assert not affected("npm", "1.5.0", rng)
    assert not affected("npm", "2.0.0", rng)
    # several limits: below any one of them
    rng = eco(("introduced", "0"), ("limit", "1.2.0"), ("limit", "3.0.0"), kind="SEMVER")
    assert affected("npm", "2.0.0", rng)
    assert not affected("npm", "3.0.0", rng)
    # '*' is infinity
    assert affected("npm", "9.9.9", eco(("introduced", "0"), ("limit", "*"), kind="SEMVER"))


def test_introduced_zero_without_fix_affects_every_version() -> None:
    assert affected("Go", "v0.0.1", eco(("introduced", "0"), kind="SEMVER"))
    assert affected("Go", "v9.0.0", eco(("introduced", "0"), kind="SEMVER"))


def test_explicit_versions_list_alone() -> None:
    assert affected("PyPI", "1.0", versions=("1.0", "1.1"))
    assert not affected("PyPI", "1.2", versions=("1.0", "1.1"))
    # the same PEP 440 release written differently
    assert affected("PyPI", "1.0.0", versions=("1.0",))


def test_git_ranges_are_not_evaluated_but_versions_are() -> None:
    git = {
        "type": "GIT",
        "repo": "https://example.org/r",
        "events": [["introduced", "0"], ["fixed", "abc123"]],
    }
    assert not affected("PyPI", "1.0", git)
    assert affected("PyPI", "1.0", git, versions=("1.0",))


# --- PEP 440 -------------------------------------------------------------------------------------


def test_pep440_prereleases_sort_before_the_release() -> None:
    rng = eco(("introduced", "0"), ("fixed", "2.0.0"))
    assert affected("PyPI", "2.0.0rc1", rng)
    assert affected("PyPI", "2.0.0.dev3", rng)
    assert not affected("PyPI", "2.0.0", rng)
    assert not affected("PyPI", "2.0.0.post1", rng)
    # introduced at a release: its pre-releases come before it
    assert not affected("PyPI", "1.0b2", eco(("introduced", "1.0"), ("fixed", "1.1")))


def test_pep440_epochs() -> None:
    rng = eco(("introduced", "0"), ("fixed", "2.0"))
    assert not affected("PyPI", "1!1.0", rng)  # epoch 1 sorts after every epoch-0 version
    assert affected("PyPI", "1!1.0", eco(("introduced", "1!0"), ("fixed", "1!1.5")))
    assert not affected("PyPI", "3.0", eco(("introduced", "1!0"), ("fixed", "1!1.5")))


def test_pep440_not_lexicographic() -> None:
    rng = eco(("introduced", "0"), ("fixed", "1.10"))
    assert affected("PyPI", "1.9", rng)
    assert not affected("PyPI", "1.10.1", rng)


# --- other ecosystems ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("2.0-alpha-1", True),
        ("2.0-beta", True),
        ("2.0-RC1", True),
        ("2.0-SNAPSHOT", True),
        ("2.0", False),
        ("2.0-sp1", False),  # a service pack comes after the release
        ("1.9.RELEASE", True),
    ],
)
def test_maven_qualifiers(version: str, expected: bool) -> None:
    assert affected("Maven", version, eco(("introduced", "0"), ("fixed", "2.0"))) is expected


def test_maven_numeric_ordering_and_spring_release_names() -> None:
    rng = eco(("introduced", "5.0.0"), ("fixed", "5.2.9.RELEASE"))
    assert affected("Maven", "5.2.0.RELEASE", rng)
    assert not affected("Maven", "5.2.10.RELEASE", rng)


def test_semver_prerelease_and_build_metadata() -> None:
    rng = eco(("introduced", "0"), ("fixed", "1.6.1"), kind="SEMVER")
    assert affected("crates.io", "1.6.1-alpha.1", rng)
    assert not affected("crates.io", "1.6.1", rng)
    assert not affected("crates.io", "1.6.1+build.5", rng)


def test_go_pseudo_versions_and_incompatible() -> None:
    rng = eco(("introduced", "0"), ("fixed", "0.0.0-20201216223049-8b5274cf687f"), kind="SEMVER")
    assert affected("Go", "v0.0.0-20201203163018-be400aefbc4c", rng)
    assert not affected("Go", "v0.0.0-20210220033148-5ea612d1eb83", rng)
    assert affected(
        "Go", "v3.2.0+incompatible", eco(("introduced", "0.0.0-20150717181359-44718f8a89b0"), kind="SEMVER")
    )


def test_rubygems_nuget_composer() -> None:
    assert affected("RubyGems", "1.11.0.rc2", eco(("introduced", "0"), ("fixed", "1.11.0")))
    assert not affected("RubyGems", "1.11.1", eco(("introduced", "0"), ("fixed", "1.11.0")))
    assert affected("NuGet", "12.0.1", eco(("introduced", "0"), ("fixed", "13.0.1")))
    assert not affected("NuGet", "13.0.1", eco(("introduced", "0"), ("fixed", "13.0.1")))
    assert affected("Packagist", "5.2.1", eco(("introduced", "5.0.0"), ("fixed", "5.2.8")))
    assert not affected("Packagist", "5.2.8", eco(("introduced", "5.0.0"), ("fixed", "5.2.8")))


def test_unorderable_version_is_reported_not_matched() -> None:
    rng = eco(("introduced", "0"), ("fixed", "2.0"))
    assert evaluate_range("PyPI", "not a version!", rng).problem


def test_fixed_versions_are_the_next_fix_in_the_matching_range() -> None:
    rng = eco(("introduced", "1.0"), ("fixed", "1.0.2"), ("introduced", "3.0"), ("fixed", "3.2.5"))
    vulns, _ = vulnerabilities_for("PyPI", "3.1", [rec(ranges=[rng])])
    assert vulns[0].fixed == ("3.2.5",)
    vulns, _ = vulnerabilities_for(
        "Maven", "2.0", [rec(ranges=[eco(("introduced", "0"), ("last_affected", "2.1"))])]
    )
    assert vulns[0].fixed == () and vulns[0].last_affected == ("2.1",)


# --- aliases and severity ------------------------------------------------------------------------

V31_CRITICAL = {"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}  # 9.8
V31_MEDIUM = {"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N"}  # 4.3
V40_HIGH = {
    "type": "CVSS_V4",
    "score": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N",
}  # 8.7


def test_records_that_are_aliases_merge_into_one_vulnerability() -> None:
    all_versions = eco(("introduced", "0"))
    records = [
        rec(
            "PYSEC-2021-1",
            ranges=[all_versions],
            aliases=("CVE-2021-100", "GHSA-aaaa-bbbb-cccc"),
            severity=(V31_MEDIUM,),
        ),
        rec("GHSA-aaaa-bbbb-cccc", ranges=[all_versions], aliases=("CVE-2021-100",), severity=(V40_HIGH,)),
        # shares only the CVE with the others: still the same vulnerability
        rec("OSV-2021-7", ranges=[all_versions], aliases=("CVE-2021-100",)),
        rec("PYSEC-2022-9", ranges=[all_versions], aliases=("CVE-2022-200",)),
    ]
    vulns, _ = vulnerabilities_for("PyPI", "1.0", records)
    assert [v.id for v in vulns] == ["PYSEC-2021-1", "PYSEC-2022-9"]
    merged = vulns[0]
    assert set(merged.aliases) == {"CVE-2021-100", "GHSA-aaaa-bbbb-cccc", "OSV-2021-7"}
    assert merged.records == ("GHSA-aaaa-bbbb-cccc", "OSV-2021-7", "PYSEC-2021-1")
    assert merged.score is not None and merged.score.score == 8.7  # the highest vector of the group
    assert merged.severity is Severity.HIGH


def test_primary_id_prefers_the_ecosystem_database_then_ghsa_then_cve_last() -> None:
    assert primary_id(["CVE-2020-1", "GHSA-x", "GO-2020-0017"], "Go") == "GO-2020-0017"
    assert primary_id(["CVE-2020-1", "GHSA-x"], "npm") == "GHSA-x"
    assert primary_id(["CVE-2020-1", "RUSTSEC-2020-1", "GHSA-x"], "crates.io") == "RUSTSEC-2020-1"
    assert primary_id(["CVE-2020-1"], "Maven") == "CVE-2020-1"


def test_no_vector_is_unknown_never_dropped() -> None:
    vulns, _ = vulnerabilities_for("Go", "v1.0.0", [rec(ranges=[eco(("introduced", "0"), kind="SEMVER")])])
    assert len(vulns) == 1
    assert vulns[0].severity is Severity.UNKNOWN and vulns[0].score is None


@pytest.mark.parametrize(
    ("entries", "score", "severity"),
    [
        ((V31_CRITICAL,), 9.8, Severity.CRITICAL),
        ((V40_HIGH,), 8.7, Severity.HIGH),
        ((V31_MEDIUM, V40_HIGH), 8.7, Severity.HIGH),
        ((V31_MEDIUM,), 4.3, Severity.MEDIUM),
        (({"type": "CVSS_V3", "score": "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N"},), 1.6, Severity.LOW),
        (({"type": "CVSS_V2", "score": "AV:N/AC:L/Au:N/C:P/I:P/A:P"},), 7.5, Severity.HIGH),
        (({"type": "CVSS_V3", "score": "garbage"},), None, Severity.UNKNOWN),
    ],
)
def test_cvss_base_scores(
    entries: tuple[dict[str, str], ...], score: float | None, severity: Severity
) -> None:
    best = best_score(entries)
    assert (best.score if best else None) == score
    assert severity_of(best) is severity


def test_v2_counts_only_without_a_newer_vector() -> None:
    v2_high = {"type": "CVSS_V2", "score": "AV:N/AC:L/Au:N/C:C/I:C/A:C"}  # 10.0
    best = best_score([v2_high, V31_MEDIUM])
    assert best is not None and best.version == "3.1"


def test_merge_keeps_distinct_vulnerabilities_apart() -> None:
    assert merge([], "PyPI") == []


# --- names ---------------------------------------------------------------------------------------


def test_names_are_normalised_per_ecosystem() -> None:
    assert normalize_name("PyPI", "Flask_WTF") == normalize_name("PyPI", "flask-wtf") == "flask-wtf"
    assert normalize_name("PyPI", "zope.interface") == "zope-interface"
    assert (
        normalize_name("Maven", "org.apache.logging.log4j:log4j-core:2.14.1")
        == "org.apache.logging.log4j:log4j-core"
    )
    assert normalize_name("NuGet", "Newtonsoft.Json") == "newtonsoft.json"
    assert normalize_name("Go", "github.com/Masterminds/semver") == "github.com/Masterminds/semver"
    assert normalize_name("Maven:https://maven.google.com", "a:b") == "a:b"


def test_purls() -> None:
    assert purl("Maven", "com.google.code.gson:gson", "2.8.5") == "pkg:maven/com.google.code.gson/gson@2.8.5"
    assert purl("PyPI", "Flask_WTF", "0.14.2") == "pkg:pypi/flask-wtf@0.14.2"
    assert purl("npm", "@babel/runtime", "7.12.5") == "pkg:npm/%40babel/runtime@7.12.5"
    assert purl("Go", "golang.org/x/text", "v0.3.3") == "pkg:golang/golang.org/x/text@v0.3.3"
    assert purl("crates.io", "smallvec", "1.6.0") == "pkg:cargo/smallvec@1.6.0"
