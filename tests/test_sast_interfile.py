"""Flows across functions and files (aiscan.sast.interfile): request data passed to a function
defined in another file that builds SQL, runs a command, prints HTML, opens a path or redirects,
and functions that return request data. Real semgrep, on an invented loan portal."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
import yaml

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ACROSS_FUNCTIONS_DEFAULT, ConfigError, Overrides, resolve_scan_config
from aiscan.models import Confidence, Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

LOANS = """<?php
class Loans
{
    public static function find_by_iin($iin, $verbose = false)
    {
        $sql = "SELECT * FROM loans WHERE iin = '" . $iin . "'";
        return mysqli_query($GLOBALS['db'], $sql);
    }

    public function find_bound($iin)
    {
        $stmt = $GLOBALS['pdo']->prepare("SELECT * FROM loans WHERE iin = ?");
        $stmt->execute([$iin]);
        return $stmt->fetchAll();
    }

    public function find_escaped($iin)
    {
        $sql = "SELECT * FROM loans WHERE iin = '" . mysqli_real_escape_string($GLOBALS['db'], $iin) . "'";
        return mysqli_query($GLOBALS['db'], $sql);
    }
}
"""

STATEMENTS = """<?php
function export_statement($format, $client_name)
{
    system("statement-export --format pdf --name " . $client_name);
}

function export_statement_quoted($client_name)
{
    system("statement-export --name " . escapeshellarg($client_name));
}
"""

VIEWS = """<?php
function greet_borrower($name)
{
    echo "<p>Welcome back, " . $name . "</p>";
}

function greet_borrower_escaped($name)
{
    echo "<p>Welcome back, " . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . "</p>";
}

function requested_name()
{
    return $_GET['name'];
}

function requested_term()
{
    return intval($_GET['term']);
}
"""

LOAN_PAGE = """<?php
require_once __DIR__ . '/../include/loans.php';
require_once __DIR__ . '/../include/statements.php';
require_once __DIR__ . '/../include/views.php';

$rows = Loans::find_by_iin($_GET['iin']);
$same = Loans::find_by_iin('870412300415');
$loans = new Loans();
$bound = $loans->find_bound($_GET['iin']);
$escaped = $loans->find_escaped($_GET['iin']);
export_statement('pdf', $_POST['client_name']);
export_statement($_POST['format'], 'fixed name');
export_statement_quoted($_POST['client_name']);
greet_borrower_escaped($_GET['name']);
$who = requested_name();
greet_borrower($who);
greet_borrower(requested_term());
Archive::find_by_iin($_GET['iin']);
"""

OFFERS = """<?php
function latest_offers($db)
{
    $res = mysqli_query($db, "SELECT title, rate FROM offers ORDER BY created DESC LIMIT 10");
    $rows = [];
    while ($row = mysqli_fetch_assoc($res)) {
        $rows[] = $row;
    }
    return $rows;
}
"""

OFFERS_PAGE = """<?php
require_once __DIR__ . '/../include/offers.php';
require_once __DIR__ . '/../include/views.php';

echo "<h1>Offers for " . requested_name() . "</h1>";
echo "<h2>" . htmlspecialchars(requested_name()) . "</h2>";
foreach (latest_offers($db) as $offer) {
    echo "<li>" . $offer['title'] . "</li>";
    echo "<li>" . htmlspecialchars($offer['title']) . "</li>";
}
$offers = latest_offers($db);
?>
<ul>
<?php foreach ($offers as $o) { ?>
  <li><?= $o['title'] ?></li>
<?php } ?>
</ul>
<?php search_loans($_GET['region'], $_GET['product']);
foreach (latest_offers($db) as $row) { offer_banner($row['id']); }
"""

BANNERS = """<?php
function offer_banner($offer_id)
{
    echo "<div class='banner' data-offer='" . $offer_id . "'></div>";
}
"""

SEARCH = """<?php
function search_loans($region, $product)
{
    $sql = "SELECT * FROM loans WHERE region = '$region' AND product = '$product'";
    return mysqli_query($GLOBALS['db'], $sql);
}
"""

ARCHIVE = """<?php
class Archive
{
    public static function find_by_iin($iin)
    {
        $stmt = $GLOBALS['pdo']->prepare("SELECT * FROM archived_loans WHERE iin = ?");
        $stmt->execute([$iin]);
        return $stmt->fetchAll();
    }
}
"""


def _portal(tmp_path: Path) -> Path:
    root = tmp_path / "portal"
    (root / "include").mkdir(parents=True)
    (root / "pages").mkdir()
    (root / "include" / "loans.php").write_text(LOANS)
    (root / "include" / "statements.php").write_text(STATEMENTS)
    (root / "include" / "views.php").write_text(VIEWS)
    (root / "include" / "archive.php").write_text(ARCHIVE)
    (root / "include" / "offers.php").write_text(OFFERS)
    (root / "pages" / "offers.php").write_text(OFFERS_PAGE)
    (root / "include" / "search.php").write_text(SEARCH)
    (root / "include" / "banners.php").write_text(BANNERS)
    (root / "pages" / "loan.php").write_text(LOAN_PAGE)
    return root


@pytest.fixture(scope="module")
def portal_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_portal(tmp_path_factory.mktemp("interfile")))


def test_request_data_into_a_function_of_another_file_that_builds_sql_is_reported_where_it_runs(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = portal_scan
    assert status is RunStatus.OK, run
    sql = [f for f in _across(findings) if f.rule_id == "php-sql-injection" + interfile.RULE_SUFFIX]
    sql = [f for f in sql if f.location.path != "include/search.php"]  # two arguments: below
    assert [(f.location.path, f.location.start_line) for f in sql] == [("include/loans.php", 7)], sql
    finding = sql[0]
    assert "find_by_iin" in finding.message and "pages/loan.php:6" in finding.message, finding.message
    assert "include/loans.php:4" in finding.message, finding.message  # where the function is defined
    assert finding.cwe == ("CWE-89",)
    assert "p19.1" in finding.requirements
    assert finding.confidence is Confidence.MEDIUM
    assert finding.analyzer == "semgrep"
    assert finding.properties["category"] == "injection"


def test_a_static_call_names_its_class_and_is_not_taken_for_a_function_of_another_class(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    sql = [f for f in _across(findings) if f.rule_id == "php-sql-injection" + interfile.RULE_SUFFIX]
    assert sql and all("pages/loan.php:18" not in f.message for f in sql), sql
    assert sql[0].properties["calls"] == ["pages/loan.php:6"]


def test_a_command_built_from_the_second_parameter_is_reported_only_for_that_argument(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    cmd = [f for f in _across(findings) if f.rule_id == "php-command-injection" + interfile.RULE_SUFFIX]
    assert [(f.location.path, f.location.start_line) for f in cmd] == [("include/statements.php", 4)], cmd
    assert "export_statement" in cmd[0].message and "pages/loan.php:11" in cmd[0].message
    assert "pages/loan.php:12" not in cmd[0].message  # the format argument does not reach the command


def test_a_function_that_returns_request_data_is_a_source_for_the_page_that_calls_it(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    xss = [f for f in _across(findings) if f.rule_id == "php-xss" + interfile.RULE_SUFFIX]
    xss = [f for f in xss if f.location.path.startswith("include/")]  # pages/offers.php: below
    assert [(f.location.path, f.location.start_line) for f in xss] == [("include/views.php", 4)], xss
    assert "greet_borrower" in xss[0].message and "pages/loan.php:16" in xss[0].message
    assert "pages/loan.php:17" not in xss[0].message  # intval() of the request value: a number


def test_functions_that_bind_escape_or_receive_constants_are_not_reported(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    lines = {(f.location.path, f.location.start_line) for f in _across(findings)}
    assert lines == {
        ("include/loans.php", 7),
        ("include/statements.php", 4),
        ("include/views.php", 4),
        ("pages/offers.php", 5),
        ("pages/offers.php", 8),
        ("include/search.php", 5),
    }, lines


def test_two_arguments_reaching_one_sink_make_one_finding(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    here = [f for f in _across(findings) if f.location.path == "include/search.php"]
    assert len(here) == 1, here
    assert "pages/offers.php:18" in here[0].message
    assert "as arguments 1 and 2 at" in here[0].message, here[0].message


def test_request_data_returned_by_a_function_is_reported_where_the_page_prints_it(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    here = [f for f in _across(findings) if f.location.path == "pages/offers.php"]
    xss = [f for f in here if f.rule_id == "php-xss" + interfile.RULE_SUFFIX]
    assert [f.location.start_line for f in xss] == [5], xss
    assert "requested_name" in xss[0].message and "include/views.php:12" in xss[0].message, xss[0].message


def test_database_rows_returned_by_a_function_of_another_file_are_stored_xss_where_printed(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    by_rule = {(f.rule_id, f.location.path, f.location.start_line): f for f in _across(findings)}
    joined = by_rule[("php-xss-database-value" + interfile.RULE_SUFFIX, "pages/offers.php", 8)]
    assert "latest_offers" in joined.message and "include/offers.php:2" in joined.message
    assert joined.confidence is Confidence.MEDIUM and joined.cwe == ("CWE-79",)
    # a database value passed to a function that joins its parameter to markup is not followed
    # (on production code those were ids and internal fields, not user text)
    assert not [f for f in by_rule.values() if f.location.path == "include/banners.php"], by_rule
    # a bare echo of a database value (console output as often as a page) is not followed across
    # functions: on production code it was mostly logging
    assert not [f for f in by_rule.values() if "echo" in f.rule_id], by_rule


def test_the_rule_ids_are_known_to_the_analyzer_for_waivers_and_suppressions() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in ("php-sql-injection", "php-command-injection", "php-xss", "php-path-traversal"):
        assert rule + interfile.RULE_SUFFIX in ids


def test_a_tree_without_such_functions_gives_no_finding_and_stays_complete(tmp_path: Path) -> None:
    root = tmp_path / "plain"
    root.mkdir()
    (root / "index.php").write_text("<?php\nfunction total($a, $b) { return $a + $b; }\necho total(1, 2);\n")
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    assert _across(findings) == []


# --- the scanned tree is hostile: only plain identifiers reach the generated rules ---------------


@pytest.mark.parametrize(
    "name",
    ["find_by_iin", "Loans_2", "_private"],
)
def test_plain_identifiers_are_accepted(name: str) -> None:
    assert interfile.is_identifier(name)


@pytest.mark.parametrize(
    "name",
    ["", "a)|.*|(b", "x\ny", "find by", "$iin", "f(", "1abc", "a" * 300, "a.b", "ф", "a\\b", "a'b", "a:b"],
)
def test_anything_else_is_rejected(name: str) -> None:
    assert not interfile.is_identifier(name)


def test_a_summary_with_a_name_that_is_not_an_identifier_never_reaches_a_generated_rule() -> None:
    summaries = [
        interfile.Summary(
            "php-sql-injection", interfile.PARAMETER, "find_by_iin", 0, "include/loans.php", 7, 4
        ),
        interfile.Summary("php-sql-injection", interfile.PARAMETER, "x)|.*|(y", 0, "include/evil.php", 3, 2),
        interfile.Summary("php-sql-injection", interfile.RETURNS, "a\nb: c", None, "include/evil.php", 9, 8),
    ]
    text = yaml.safe_dump(interfile.second_pass_rules("php", summaries))
    assert "find_by_iin" in text
    assert "x)|" not in text and "a\nb" not in text


def test_first_pass_messages_are_read_strictly() -> None:
    ok = interfile.read_summary_message(
        "php-sql-injection", interfile.PARAMETER, "f=find_by_iin|p0=$iin|p1=$IFPARAM1"
    )
    assert ok == ("find_by_iin", 0)
    read = interfile.read_summary_message
    assert read("php-sql-injection", interfile.PARAMETER, "f=a b|p0=$x") is None
    assert read("php-sql-injection", interfile.PARAMETER, "f=a|p0=$IFPARAM0") is None


# --- a failing pass is a gap, not a clean result ------------------------------------------------


def _failing_second_pass(tmp_path: Path) -> Path:
    """A semgrep wrapper that runs the real one, except on the generated rules of the second pass."""
    real = Path(sys.executable).parent / "semgrep"
    script = tmp_path / "semgrep-wrapper"
    script.write_text(
        "#!/bin/sh\n"
        'case "$*" in *aiscan-interfile-calls*) echo "boom" >&2; exit 2;; esac\n'
        f'exec "{real}" "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(os.name != "posix", reason="shell wrapper")
def test_a_failing_second_pass_leaves_the_run_partial_with_a_gap(tmp_path: Path) -> None:
    root = _portal(tmp_path)
    wrapper = _failing_second_pass(tmp_path)
    status, findings, run = _scan(root, tool_paths={"semgrep": str(wrapper)})
    assert status is RunStatus.PARTIAL, run
    reasons = [g.reason for g in run.gaps]  # type: ignore[attr-defined]
    assert any("across functions" in r for r in reasons), reasons
    assert _across(findings) == []
    # the single-file rules' findings are kept
    assert findings


def test_two_returned_values_on_one_line_make_one_finding() -> None:
    summary = interfile.Summary(
        "php-xss", interfile.RETURNS, "get_request", None, "lib/functions.php", 20, 5, None, 3
    )

    def result(col: int) -> dict[str, object]:
        return {
            "check_id": "php-xss" + interfile.RULE_SUFFIX + interfile.RETURNED_TAG,
            "path": "cmd.php",
            "start": {"line": 9, "col": col},
            "end": {"line": 9, "col": col + 20},
            "extra": {"message": "r=get_request|k=$IFRKLASS"},
        }

    flows = interfile.returned_flows([result(10), result(40)], [summary], lambda p: p, "php")
    assert [(f.path, f.line) for f in flows] == [("cmd.php", 9)], flows


def test_the_passes_follow_only_the_languages_the_configuration_names(tmp_path: Path) -> None:
    root = _portal(tmp_path)
    (root / "tools").mkdir()
    (root / "tools" / "totals.py").write_text("def total(rows):\n    return sum(rows)\n")
    status, findings, run = _scan(root, semgrep_across_functions=frozenset())
    assert status is RunStatus.OK, run
    assert _across(findings) == []
    assert "flows across functions not followed for php, python" in run.reason  # type: ignore[attr-defined]
    status, findings, run = _scan(root, semgrep_across_functions=frozenset({"java", "python"}))
    assert _across(findings) == []
    assert "flows across functions followed for python (python:" in run.reason  # type: ignore[attr-defined]
    assert "not followed for php (off in the configuration)" in run.reason  # type: ignore[attr-defined]
    status, findings, run = _scan(root, semgrep_across_functions=frozenset({"php"}))
    assert status is RunStatus.OK, run
    assert any(f.rule_id == "php-sql-injection-across-functions" for f in findings), findings
    assert "flows across functions followed for php (php:" in run.reason  # type: ignore[attr-defined]
    assert "not followed for python" in run.reason  # type: ignore[attr-defined]


def _operator(tmp_path: Path, text: str) -> Overrides:
    (tmp_path / "operator.toml").write_text(text)
    (tmp_path / "tree").mkdir(exist_ok=True)
    return Overrides(config_file=tmp_path / "operator.toml")


@pytest.mark.parametrize(
    ("setting", "languages"),
    [
        ("true", {"go", "java", "javascript", "kotlin", "php", "python", "ruby"}),
        ('["go"]', {"go"}),
        ("false", set()),
        ('["javascript"]', {"javascript"}),
        ('["php", "java"]', {"php", "java"}),
        ('["python"]', {"python"}),
        ('["ruby"]', {"ruby"}),
        ("[]", set()),
    ],
)
def test_across_functions_is_true_false_or_a_list_of_languages(
    tmp_path: Path, setting: str, languages: set[str]
) -> None:
    overrides = _operator(tmp_path, f"[semgrep]\nacross_functions = {setting}\n")
    assert resolve_scan_config(tmp_path / "tree", overrides).semgrep_across_functions == languages


def test_the_default_languages_are_the_documented_ones(tmp_path: Path) -> None:
    overrides = _operator(tmp_path, "")
    config = resolve_scan_config(tmp_path / "tree", overrides)
    assert config.semgrep_across_functions == ACROSS_FUNCTIONS_DEFAULT == {"java", "ruby"}


def test_the_scanned_tree_may_add_languages_but_not_leave_out_the_operators(tmp_path: Path) -> None:
    overrides = _operator(tmp_path, '[semgrep]\nacross_functions = ["java"]\n')
    (tmp_path / "tree" / "aiscan.toml").write_text('[semgrep]\nacross_functions = ["php"]\n')
    config = resolve_scan_config(tmp_path / "tree", overrides)
    assert config.semgrep_across_functions == {"java", "php"}
    assert any("would leave out java" in line for line in config.ignored_settings), config.ignored_settings
    (tmp_path / "tree" / "aiscan.toml").write_text("[semgrep]\nacross_functions = true\n")
    config = resolve_scan_config(tmp_path / "tree", overrides)
    assert config.semgrep_across_functions == {"go", "java", "javascript", "kotlin", "php", "python", "ruby"}
    assert config.ignored_settings == ()


# TypeScript is followed under "javascript" (aiscan.sast.interfile.javascript), not a name of its own
@pytest.mark.parametrize(
    "setting", ["'yes'", '["php", "cobol"]', '"php"', "[1]", '[["php"]]', '["typescript"]']
)
def test_an_unknown_across_functions_value_names_the_key(tmp_path: Path, setting: str) -> None:
    overrides = _operator(tmp_path, f"[semgrep]\nacross_functions = {setting}\n")
    with pytest.raises(ConfigError, match="across_functions"):
        resolve_scan_config(tmp_path / "tree", overrides)
