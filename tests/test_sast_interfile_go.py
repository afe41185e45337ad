"""Flows across functions and packages in Go (aiscan.sast.interfile.go): a Gin or net/http handler
hands a request value to a file reader, a query builder or a command runner declared in another
package of the same module. Real semgrep, on an invented loan-document service; the decoys pass a
constant, parse a number, pass request data at a position that does not reach the sink, call a
standard package's function of the same name, or call a common method name on another object."""

from __future__ import annotations

import pytest

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.models import Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan
from tests.mobile_support import write_tree

HANDLERS = """package handlers

import (
	"net/http"
	"os"
	"strconv"

	"github.com/gin-gonic/gin"

	"example.com/lender/pkg/docs"
	"example.com/lender/pkg/reports"
	"example.com/lender/pkg/store"
)

func Statement(c *gin.Context) {
	data, _ := docs.ReadStatement(c.Query("file")) // call: statement
	c.Data(http.StatusOK, "application/pdf", data)
}

func Contract(c *gin.Context) {
	f, _ := docs.OpenContract("client-1", c.Param("name")) // call: contract
	defer f.Close()
	terms, _ := docs.OpenContract(c.Param("client"), "terms.pdf") // call: other position
	defer terms.Close()
}

func Report(w http.ResponseWriter, r *http.Request) {
	reports.Export(r.URL.Query().Get("branch")) // call: export
	reports.Export("almaty") // call: constant
	days, _ := strconv.Atoi(r.FormValue("days"))
	reports.Overdue(days) // call: number
	os.ReadFile("/srv/reports/index.html")
}

func Archive(c *gin.Context) {
	store := docs.NewArchive("/srv/archive")
	store.ReadAgreement(c.Query("id")) // call: method
	cache := map[string]string{}
	_ = cache
}

func Clients(c *gin.Context) {
	store.ClientsByBranch(c, c.Query("branch")) // call: ent predicate
	store.ClientsByPhone(c, c.Query("phone")) // call: ent spread
	store.ClientsByRegion(c, c.Query("region")) // call: ent raw
	store.ClientsByOfficer(c.Query("officer")) // call: gorm raw
}
"""

DOCS = """package docs

import (
	"log"
	"os"
	"path/filepath"
)

func ReadStatement(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("/srv/statements", name)) // sink: statement
}

func OpenContract(clientID, name string) (*os.File, error) {
	log.Printf("contract requested by %s", clientID)
	return os.Open(filepath.Join("/srv/contracts", filepath.Base(name))) // sink: contract
}

type Archive struct{ root string }

func NewArchive(root string) *Archive { return &Archive{root: root} }

func (a *Archive) ReadAgreement(name string) ([]byte, error) {
	return os.ReadFile(a.root + "/" + name) // sink: archive
}
"""

REPORTS = """package reports

import (
	"fmt"
	"os/exec"
)

func Export(branch string) error {
	return exec.Command("sh", "-c", "report-export "+branch).Run() // sink: export
}

func Overdue(days int) error {
	return exec.Command("sh", "-c", fmt.Sprintf("report-overdue %d", days)).Run()
}
"""

# An ent store: generated predicates bind their values (`client.BranchEQ(v)` is `sql.EQ(col, v)`);
# raw text in a predicate (`sql.ExprP`) or in a GORM condition is SQL text.
STORE = """package store

import (
	"context"

	"entgo.io/ent/dialect/sql"
	"gorm.io/gorm"

	"example.com/lender/ent"
	"example.com/lender/ent/client"
	"example.com/lender/ent/predicate"
)

var db *ent.Client
var legacy *gorm.DB

func ClientsByBranch(ctx context.Context, branch string) ([]*ent.Client, error) {
	return db.Client.Query().Where(client.BranchEQ(branch)).All(ctx)
}

func ClientsByPhone(ctx context.Context, phone string) (int, error) {
	preds := []predicate.Client{client.PhoneHasPrefix(phone), client.Not(client.PhoneEQ(""))}
	return db.Client.Delete().Where(preds...).Exec(ctx)
}

func ClientsByRegion(ctx context.Context, region string) ([]*ent.Client, error) {
	return db.Client.Query().Where(predicate.Client(func(s *sql.Selector) {
		s.Where(sql.ExprP("region = '" + region + "'")) // sink: ent raw
	})).All(ctx)
}

func ClientsByOfficer(officer string) error {
	var rows []Client
	return legacy.Where("officer = '" + officer + "'").Find(&rows).Error // sink: gorm raw
}
"""

ENT_WHERE = """package client

import (
	"entgo.io/ent/dialect/sql"

	"example.com/lender/ent/predicate"
)

func BranchEQ(v string) predicate.Client {
	return predicate.Client(func(s *sql.Selector) {
		s.Where(sql.EQ(s.C(FieldBranch), v))
	})
}

func PhoneEQ(v string) predicate.Client {
	return predicate.Client(func(s *sql.Selector) {
		s.Where(sql.EQ(s.C(FieldPhone), v))
	})
}
"""

HANDLERS_PATH = "internal/handlers/handlers.go"
DOCS_PATH = "pkg/docs/docs.go"
REPORTS_PATH = "pkg/reports/reports.go"
STORE_PATH = "pkg/store/store.go"
ENT_WHERE_PATH = "ent/client/where.go"


def _line(text: str, marker: str) -> int:
    return next(i + 1 for i, line in enumerate(text.splitlines()) if line.endswith("// " + marker))


@pytest.fixture(scope="module")
def service_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    root = tmp_path_factory.mktemp("interfile-go") / "lender"
    write_tree(
        root,
        {
            "go.mod": "module example.com/lender\n\ngo 1.21\n",
            HANDLERS_PATH: HANDLERS,
            DOCS_PATH: DOCS,
            REPORTS_PATH: REPORTS,
            STORE_PATH: STORE,
            ENT_WHERE_PATH: ENT_WHERE,
        },
    )
    return _scan(root)


def _places(findings: list[Finding]) -> set[tuple[str, str, int | None]]:
    return {
        (f.rule_id.removesuffix(interfile.RULE_SUFFIX), f.location.path, f.location.start_line)
        for f in _across(findings)
    }


def test_a_request_path_read_by_a_file_reader_of_another_package_is_reported_at_the_read(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = service_scan
    assert status is RunStatus.OK, run
    reads = [f for f in _across(findings) if f.location.path == DOCS_PATH]
    lines = sorted(f.location.start_line or 0 for f in reads)
    assert lines == [_line(DOCS, "sink: statement"), _line(DOCS, "sink: archive")], _places(findings)
    statement = next(f for f in reads if f.location.start_line == _line(DOCS, "sink: statement"))
    assert statement.rule_id == "go-path-traversal" + interfile.RULE_SUFFIX
    assert statement.properties["calls"] == [f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: statement')}"]
    assert "ReadStatement" in statement.message
    assert statement.cwe and "CWE-22" in statement.cwe


def test_a_request_value_run_by_a_command_builder_of_another_package_is_reported(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    assert ("go-command-injection", REPORTS_PATH, _line(REPORTS, "sink: export")) in _places(findings)
    export = next(f for f in _across(findings) if f.location.path == REPORTS_PATH)
    assert export.properties["calls"] == [f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: export')}"]


def test_constants_numbers_sanitised_names_and_other_positions_are_not_reported(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    assert _places(findings) == {
        ("go-path-traversal", DOCS_PATH, _line(DOCS, "sink: statement")),
        ("go-path-traversal", DOCS_PATH, _line(DOCS, "sink: archive")),
        ("go-command-injection", REPORTS_PATH, _line(REPORTS, "sink: export")),
        ("go-sql-injection", STORE_PATH, _line(STORE, "sink: ent raw")),
        ("go-sql-injection", STORE_PATH, _line(STORE, "sink: gorm raw")),
    }
    # OpenContract's name passes through filepath.Base; its client id only reaches a log line
    messages = " ".join(f.message for f in _across(findings))
    assert f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: contract')}" not in messages
    assert f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: other position')}" not in messages
    assert f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: constant')}" not in messages


def test_an_ent_builder_given_generated_predicates_is_no_sql_sink_but_raw_text_is(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    sql = [f for f in _across(findings) if f.rule_id == "go-sql-injection" + interfile.RULE_SUFFIX]
    assert {f.location.path for f in sql} == {STORE_PATH}, _places(findings)
    calls = {c for f in sql for c in f.properties["calls"]}
    assert calls == {
        f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: ent raw')}",
        f"{HANDLERS_PATH}:{_line(HANDLERS, 'call: gorm raw')}",
    }


def test_the_go_rule_ids_are_known_to_the_analyzer_for_waivers_and_suppressions() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in ("go-path-traversal", "go-sql-injection", "go-command-injection", "go-ssrf"):
        assert rule + interfile.RULE_SUFFIX in ids


@pytest.mark.parametrize(
    ("callee", "receiver", "path", "reaches"),
    [
        ("ReadStatement", "docs", "pkg/docs/docs.go", True),
        ("ReadStatement", "store", "pkg/docs/docs.go", True),
        ("ReadFile", "os", "pkg/files/files.go", False),
        ("ReadFile", "ioutil", "pkg/files/files.go", False),
        ("ReadFile", "files", "pkg/files/files.go", True),
        ("ReadFile", "utils", "pkg/files/files.go", False),
        ("Open", "db", "pkg/store/store.go", False),
        ("Open", "a.b(", "pkg/store/store.go", False),
    ],
)
def test_a_call_through_a_standard_package_or_a_common_name_reaches_only_its_own_package(
    callee: str, receiver: str, path: str, reaches: bool
) -> None:
    reaches_fn = interfile.shapes("go").receiver_reaches
    assert reaches_fn is not None
    assert reaches_fn(callee, receiver, path) is reaches


def test_parameters_of_types_that_cannot_carry_text_are_not_summarised() -> None:
    rules = interfile.first_pass_rules("go", {"go-path-traversal": {"mode": "taint", "languages": ["go"]}})
    text = str(rules)
    assert "int(?:8|16|32|64)?" in text and "bool" in text
