"""benchmarks/bench_vulnapps.py's scoring: a flaw is found by a finding on its lines, or by a flow
across functions whose recorded call lines include its line; the second kind is counted apart."""

from __future__ import annotations

from tests.bench_support import load_bench

bench = load_bench("bench_vulnapps")


def _app() -> object:
    app = bench.App(name="shop", repo="example/shop", commit="0" * 40)
    app.flaws += [
        bench.Flaw("sqli-search", "sql-injection", "app/views.py", 40, 40, "tutorial"),
        bench.Flaw("cmd-ping", "command-injection", "app/tools.py", 12, 12, "tutorial"),
        bench.Flaw("xss-profile", "xss", "app/profile.py", 8, 8, "tutorial"),
    ]
    return app


def _finding(path: str, line: int, **props: object) -> dict[str, object]:
    return {"analyzer": "semgrep", "location": {"path": path, "start_line": line}, "properties": props}


def test_a_finding_on_the_lines_finds_the_flaw() -> None:
    s = bench.score(_app(), 1, [_finding("app/views.py", 41)], window=3)
    assert [f.id for f in s.found] == ["sqli-search"]
    assert s.by_call == []
    assert s.other == 0


def test_a_flow_whose_call_is_on_the_label_line_finds_the_flaw() -> None:
    # the sink is in a helper of another file; the call that hands it request data is the label's
    flow = _finding("app/db.py", 7, calls=["app/views.py:40", "app/admin.py:88"])
    s = bench.score(_app(), 1, [flow], window=3)
    assert [f.id for f in s.found] == ["sqli-search"]
    assert [f.id for f in s.by_call] == ["sqli-search"]
    assert s.other == 0


def test_a_call_line_elsewhere_finds_nothing() -> None:
    flow = _finding("app/db.py", 7, calls=["app/views.py:90", "app/other.py:40"])
    s = bench.score(_app(), 1, [flow], window=3)
    assert s.found == [] and s.by_call == []
    assert s.other == 1


def test_a_flaw_found_on_its_lines_is_not_counted_as_found_by_a_call() -> None:
    findings = [_finding("app/tools.py", 12), _finding("app/exec.py", 3, calls=["app/tools.py:12"])]
    s = bench.score(_app(), 1, findings, window=3)
    assert [f.id for f in s.found] == ["cmd-ping"]
    assert s.by_call == []
    assert s.other == 0
