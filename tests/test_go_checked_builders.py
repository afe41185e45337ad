"""A Go path built by a same-package function that refuses a name with a separator."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.go_checked_builders import RULE, drop_checked_builder_paths

HANDLER = """package loans

func statementHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("statement")
	p, err := statementPath(acct, name)
	if err != nil {
		http.Error(w, "bad name", 400)
		return
	}

	f, err := os.Open(p)
	_ = f
}
"""

CHECKED = """
func statementPath(acct Account, name string) (string, error) {
	if strings.Contains(name, "/") {
		return "", fmt.Errorf("invalid statement name")
	}
	return filepath.Join(acct.Folder(), "statements", name), nil
}
"""


def finding(path: str = "loans/h.go", line: int = 11, col: int = 19) -> Finding:
    return Finding(
        rule_id=RULE,
        title="Path traversal",
        message="m",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location(path, line, line, col),
        analyzer="semgrep",
    )


def at_sink(text: str) -> Finding:
    """The finding semgrep gives: at the argument of `os.Open(` (1-based line and column)."""
    for i, line in enumerate(text.splitlines()):
        if "os.Open(" in line:
            return finding(line=i + 1, col=line.index("os.Open(") + len("os.Open(") + 1)
    raise AssertionError("no sink")


def run(files: dict[str, str], f: Finding | None = None) -> tuple[Finding, ...]:
    f = f or at_sink(files["loans/h.go"])
    return drop_checked_builder_paths([f], set(files), lambda p: files.get(p, "").splitlines())


def test_builder_refusing_a_separator_in_the_same_file_drops_the_finding() -> None:
    assert run({"loans/h.go": HANDLER + CHECKED}) == ()


def test_builder_in_a_file_beside_it_drops_the_finding() -> None:
    assert run({"loans/h.go": HANDLER, "loans/paths.go": "package loans\n" + CHECKED}) == ()


def test_other_refusals_count() -> None:
    for cond in (
        'strings.Contains(name, "..")',
        'name == "" || strings.ContainsAny(name, "\\\\/")',
        "!filepath.IsLocal(name)",
        "filepath.Base(name) != name",
    ):
        builder = CHECKED.replace('strings.Contains(name, "/")', cond)
        assert run({"loans/h.go": HANDLER + builder}) == (), cond


def test_builder_that_only_joins_keeps_the_finding() -> None:
    plain = """
func statementPath(acct Account, name string) (string, error) {
	return filepath.Join(acct.Folder(), "statements", name), nil
}
"""
    assert len(run({"loans/h.go": HANDLER + plain})) == 1


def test_check_that_does_not_return_an_error_keeps_the_finding() -> None:
    logs = CHECKED.replace(
        'return "", fmt.Errorf("invalid statement name")', 'log.Printf("odd name %s", name)'
    )
    assert len(run({"loans/h.go": HANDLER + logs})) == 1
    nil_err = CHECKED.replace('return "", fmt.Errorf("invalid statement name")', 'return "", nil')
    assert len(run({"loans/h.go": HANDLER + nil_err})) == 1


def test_check_after_a_successful_return_or_with_and_keeps_the_finding() -> None:
    late = """
func statementPath(acct Account, name string) (string, error) {
	if acct.Legacy() {
		return filepath.Join(acct.Folder(), name), nil
	}
	if strings.Contains(name, "/") {
		return "", fmt.Errorf("invalid statement name")
	}
	return filepath.Join(acct.Folder(), "statements", name), nil
}
"""
    assert len(run({"loans/h.go": HANDLER + late})) == 1
    anded = CHECKED.replace('strings.Contains(name, "/")', 'strict && strings.Contains(name, "/")')
    assert len(run({"loans/h.go": HANDLER + anded})) == 1


def test_second_string_parameter_unchecked_keeps_the_finding() -> None:
    two = """
func statementPath(dir string, name string) (string, error) {
	if strings.Contains(name, "/") {
		return "", fmt.Errorf("invalid statement name")
	}
	return filepath.Join(dir, name), nil
}
"""
    handler = HANDLER.replace("statementPath(acct, name)", 'statementPath(r.FormValue("dir"), name)')
    assert len(run({"loans/h.go": handler + two})) == 1


def test_request_or_field_read_in_the_builder_keeps_the_finding() -> None:
    req = CHECKED.replace("acct Account", "req *http.Request").replace("acct.Folder()", 'req.FormValue("d")')
    assert len(run({"loans/h.go": HANDLER + req})) == 1
    field = CHECKED.replace("acct.Folder()", "acct.Dir")
    assert len(run({"loans/h.go": HANDLER + field})) == 1


def test_unchecked_error_or_reassignment_keeps_the_finding() -> None:
    unchecked = HANDLER.replace(
        '\tif err != nil {\n\t\thttp.Error(w, "bad name", 400)\n\t\treturn\n\t}\n', "\tlog.Print(err)\n"
    )
    assert len(run({"loans/h.go": unchecked + CHECKED})) == 1
    noreturn = HANDLER.replace("\t\treturn\n", "")
    assert len(run({"loans/h.go": noreturn + CHECKED})) == 1
    again = HANDLER.replace("\n\tf, err := os.Open(p)", '\tp = p + r.FormValue("x")\n\tf, err := os.Open(p)')
    assert len(run({"loans/h.go": again + CHECKED})) == 1


def test_builder_not_found_or_one_definition_unchecked_keeps_the_finding() -> None:
    assert len(run({"loans/h.go": HANDLER})) == 1
    plain = (
        "package loans\n"
        "func (s Store) statementPath(acct Account, name string) (string, error) {\n"
        "\treturn name, nil\n}\n"
    )
    assert len(run({"loans/h.go": HANDLER + CHECKED, "loans/store.go": plain})) == 1
    # a builder of the same name in another folder is not the one called
    assert len(run({"loans/h.go": HANDLER, "other/paths.go": "package other\n" + CHECKED})) == 1


def test_other_rules_and_expressions_are_kept() -> None:
    other = Finding(
        rule_id="go-sql-injection",
        title="t",
        message="m",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("loans/h.go", 11, 11, 20),
        analyzer="semgrep",
    )
    assert len(run({"loans/h.go": HANDLER + CHECKED}, other)) == 1
    joined = HANDLER.replace("os.Open(p)", 'os.Open(p + ".pdf")')
    assert len(run({"loans/h.go": joined + CHECKED})) == 1  # only a plain name is followed
    wrapped = HANDLER.replace("os.Open(p)", "os.Open(clean(p))")
    assert len(run({"loans/h.go": wrapped + CHECKED})) == 1
