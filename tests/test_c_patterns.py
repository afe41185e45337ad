"""aiscan's own checks for C, C++ and Objective-C: each annotated sample file under
fixtures/c_patterns is reported exactly on the lines its `// ruleid:` comments name, and the real
flawfinder analyzer reports them with their p19 classes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.flawfinder import FlawfinderAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus, Severity
from aiscan.sast.c_patterns import (
    ALLOCA_VARIABLE,
    CHECK_IDS,
    NETWORK_NO_TIMEOUT,
    TLS_DISABLED,
    blank_comments,
    c_pattern_hits,
)
from aiscan.sast.check_map import companion_rules, load_check_map
from aiscan.sast.coverage import ruleset_matrix
from tests.conftest import FIXTURES

SAMPLES = FIXTURES / "c_patterns"
_ANNOTATION = re.compile(r"//\s*(ruleid|ok):\s*([\w-]+)")


def _expected(text: str) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """(check, line) pairs the annotations say are reported, and those they say are not."""
    reported, clean = set(), set()
    for n, line in enumerate(text.splitlines(), start=1):
        m = _ANNOTATION.search(line)
        if m:
            (reported if m.group(1) == "ruleid" else clean).add((m.group(2), n + 1))
    return reported, clean


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir()))
def test_each_sample_is_reported_exactly_where_annotated(sample: str) -> None:
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    reported, clean = _expected(text)
    assert reported or clean, "a sample without annotations tests nothing"
    got = {(h.check_id, h.line) for h in c_pattern_hits(text)}
    assert got == reported
    assert not got & clean


def test_every_check_is_exercised_both_ways_by_the_samples() -> None:
    ruleid: set[str] = set()
    ok: set[str] = set()
    for p in SAMPLES.iterdir():
        reported, clean = _expected(p.read_text(encoding="utf-8"))
        ruleid |= {c for c, _ in reported}
        ok |= {c for c, _ in clean}
    assert ruleid == ok == set(CHECK_IDS)


def test_comments_are_blanked_and_lines_kept() -> None:
    text = 'a(); /* SSL_VERIFY_NONE\n x */ b("//not a comment"); // c\n'
    blanked = blank_comments(text)
    assert blanked.count("\n") == text.count("\n")
    assert "SSL_VERIFY_NONE" not in blanked
    assert '"//not a comment"' in blanked


def test_verify_none_counts_only_in_a_file_that_connects_as_a_client() -> None:
    server = "ctx = SSL_CTX_new(TLS_server_method());\nSSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n"
    assert c_pattern_hits(server) == ()
    client = server.replace("TLS_server_method", "TLS_client_method")
    assert [(h.check_id, h.line) for h in c_pattern_hits(client)] == [(TLS_DISABLED, 2)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("alloca(recv)SSL_VERIFY_NONE;/*\n\"'x 0L,")), max_size=300))
def test_any_text_gives_hits_within_its_lines(text: str) -> None:
    lines = text.count("\n") + 1
    for hit in c_pattern_hits(text):
        assert hit.check_id in CHECK_IDS
        assert 1 <= hit.line <= hit.end_line <= lines


def test_the_checks_fill_the_dos_and_bypass_classes_for_the_c_family() -> None:
    mapping = load_check_map("flawfinder")
    assert set(CHECK_IDS) <= set(mapping.checks)
    assert "p19.5" in mapping.checks[TLS_DISABLED].requirements
    assert mapping.checks[ALLOCA_VARIABLE].requirements == ("p19.4",)
    assert mapping.checks[NETWORK_NO_TIMEOUT].requirements == ("p19.4",)
    matrix = ruleset_matrix(companion_rules())
    for lang in ("c", "cpp", "objective-c"):
        assert all(matrix[lang][c] > 0 for c in ("p19.1", "p19.2", "p19.3", "p19.4", "p19.5", "p19.7")), lang


def test_real_flawfinder_run_reports_the_checks_with_their_classes(tmp_path: Path) -> None:
    for name in ("tls_client.c", "trust_all.m", "resources.cpp", "bounded.c"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    (tmp_path / "copy.c").write_text("#include <string.h>\nvoid f(char *in) { char b[8]; strcpy(b, in); }\n")
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    outcome = FlawfinderAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK, outcome.run
    ours = [f for f in outcome.findings if f.properties.get("check_source") == "aiscan"]
    by_place = {(f.location.path, f.location.start_line): f for f in ours}
    tls = by_place[("tls_client.c", 11)]
    assert (tls.rule_id, tls.severity, tls.requirements) == (TLS_DISABLED, Severity.HIGH, ("p19.5", "p19.3"))
    assert "CURLOPT_SSL_VERIFYPEER" in tls.location.snippet
    assert by_place[("trust_all.m", 5)].rule_id == TLS_DISABLED
    assert by_place[("resources.cpp", 11)].rule_id == ALLOCA_VARIABLE
    assert by_place[("resources.cpp", 23)].rule_id == NETWORK_NO_TIMEOUT
    assert not any(f.location.path == "bounded.c" for f in ours)
    # flawfinder's own hits are still there beside aiscan's
    assert any(f.location.path == "copy.c" and f.properties["function"] == "strcpy" for f in outcome.findings)
