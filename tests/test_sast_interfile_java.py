"""Flows across methods and files in Java (aiscan.sast.interfile.java): a Spring controller or an
Android activity hands request data to a method of a class defined in another file, which builds
the SQL, runs the command, fetches the URL or opens the path. Real semgrep, on an invented loan
service; the decoys bind parameters, take numbers, or do not pass the parameter on."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.models import Confidence, Finding, RunStatus
from aiscan.sast import interfile
from aiscan.version_cache import CACHE_ENV
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

CONTROLLER = """package kz.mfo.loans.web;

import kz.mfo.loans.service.LoanService;
import kz.mfo.loans.service.StatementService;
import kz.mfo.loans.service.DocumentStore;
import kz.mfo.loans.service.RateClient;
import kz.mfo.loans.service.ArchiveService;
import java.util.UUID;
import org.springframework.web.bind.annotation.*;

@RestController
public class LoanController {
    private final LoanService loanService;
    private final StatementService statementService;
    private final DocumentStore documentStore;
    private final RateClient rateClient;

    @GetMapping("/loans")
    public Object search(@RequestParam String iin) {
        return loanService.findByIin(iin);
    }

    @GetMapping("/loans/bound")
    public Object searchBound(@RequestParam String iin) {
        return loanService.findBound(iin);
    }

    @GetMapping("/loans/branch")
    public Object byBranch(@RequestParam String branch) {
        return loanService.countByBranch(branch);
    }

    @GetMapping("/loans/audit")
    public Object audit(@RequestParam String iin) {
        return loanService.audit(iin, "daily");
    }

    @PostMapping("/statements")
    public void export(@RequestParam String name, @RequestParam String format) {
        statementService.export("pdf", name);
        statementService.export(format, "fixed name");
    }

    @GetMapping("/rates")
    public String rates(@RequestParam String source) {
        return rateClient.fetch(source);
    }

    @GetMapping("/documents")
    public Object document(@RequestParam String name) {
        return documentStore.open(name);
    }

    @GetMapping("/archive")
    public Object archived(@RequestParam String iin) {
        return ArchiveService.findByIin(iin);
    }

    @GetMapping("/constant")
    public Object constant() {
        return loanService.findByIin("870412300415");
    }

    @PostMapping("/statements/archive")
    public void archive(@RequestParam String name, @RequestParam int year, @RequestParam UUID batch) {
        statementService.archive(name, year);
        statementService.purge(batch);
    }

    private final LoanLookup lookup;
    private final ArchiveRepository archiveRepository;

    @GetMapping("/lookup")
    public Object lookup(@RequestParam String iin) {
        archiveRepository.findByIin(iin);
        return lookup.findByIin(iin);
    }
}
"""

LOAN_SERVICE = """package kz.mfo.loans.service;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class LoanService implements LoanLookup {
    private final JdbcTemplate jdbcTemplate;

    public LoanService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> findByIin(String iin) {
        String sql = "SELECT * FROM loans WHERE iin = '" + iin + "'";
        return jdbcTemplate.queryForList(sql);
    }

    public List<Map<String, Object>> findBound(String iin) {
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE iin = ?", iin);
    }

    public List<Map<String, Object>> countByBranch(Integer branchId) {
        return jdbcTemplate.queryForList("SELECT count(*) FROM loans WHERE branch = " + branchId);
    }

    public int audit(String iin, String period) {
        String table = "audit_" + period;
        return jdbcTemplate.update("INSERT INTO " + table + " (at) VALUES (now())");
    }
}
"""

LOAN_LOOKUP = """package kz.mfo.loans.service;

public interface LoanLookup {
    Object findByIin(String iin);
}
"""

ARCHIVE_REPOSITORY = """package kz.mfo.loans.service;

public class ArchiveRepository {
    public Object findByIin(String iin) {
        return null;
    }
}
"""

STATEMENT_SERVICE = """package kz.mfo.loans.service;

import java.io.IOException;
import java.util.UUID;

public class StatementService {
    public void export(String format, String clientName) throws IOException {
        Runtime.getRuntime().exec("statement-export --format pdf --name " + clientName);
    }

    public void archive(String clientName, int year) throws IOException {
        Runtime.getRuntime().exec("statement-archive --year " + year);
    }

    public void purge(UUID batch) throws IOException {
        Runtime.getRuntime().exec("statement-purge --batch " + batch);
    }
}
"""

RATE_CLIENT = """package kz.mfo.loans.service;

import org.springframework.web.client.RestTemplate;

public class RateClient {
    private final RestTemplate restTemplate = new RestTemplate();

    public String fetch(String url) {
        return restTemplate.getForObject(url, String.class);
    }
}
"""

DOCUMENT_STORE = """package kz.mfo.loans.service;

import java.io.File;

public class DocumentStore {
    private static final String BASE = "/srv/documents";

    public File open(String name) {
        return new File(BASE, name);
    }
}
"""

ARCHIVE_SERVICE = """package kz.mfo.loans.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

public class ArchiveService {
    private static Connection connection;

    public static ResultSet findByIin(String iin) throws Exception {
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM archived_loans WHERE iin = ?");
        ps.setString(1, iin);
        return ps.executeQuery();
    }
}
"""

ACTIVITY = """package kz.mfo.loans.app;

import android.app.Activity;
import android.database.sqlite.SQLiteDatabase;
import android.os.Bundle;

public class SearchActivity extends Activity {
    private SQLiteDatabase db;

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        String query = getIntent().getStringExtra("query");
        LocalLoans.search(db, query);
        LocalLoans.count(db, 7L);
    }
}
"""

LOCAL_LOANS = """package kz.mfo.loans.app;

import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;

public class LocalLoans {
    public static Cursor search(SQLiteDatabase db, String query) {
        return db.rawQuery("SELECT * FROM loans WHERE title LIKE '%" + query + "%'", null);
    }

    public static Cursor count(SQLiteDatabase db, long branch) {
        return db.rawQuery("SELECT count(*) FROM loans WHERE branch = " + branch, null);
    }
}
"""


def _service(tmp_path: Path) -> Path:
    root = tmp_path / "loans"
    web = root / "src/main/java/kz/mfo/loans/web"
    service = root / "src/main/java/kz/mfo/loans/service"
    app = root / "app/src/main/java/kz/mfo/loans/app"
    for folder in (web, service, app):
        folder.mkdir(parents=True)
    (web / "LoanController.java").write_text(CONTROLLER)
    (service / "LoanService.java").write_text(LOAN_SERVICE)
    (service / "StatementService.java").write_text(STATEMENT_SERVICE)
    (service / "RateClient.java").write_text(RATE_CLIENT)
    (service / "DocumentStore.java").write_text(DOCUMENT_STORE)
    (service / "ArchiveService.java").write_text(ARCHIVE_SERVICE)
    (service / "LoanLookup.java").write_text(LOAN_LOOKUP)
    (service / "ArchiveRepository.java").write_text(ARCHIVE_REPOSITORY)
    (app / "SearchActivity.java").write_text(ACTIVITY)
    (app / "LocalLoans.java").write_text(LOCAL_LOANS)
    return root


SERVICE = "src/main/java/kz/mfo/loans/service/"
WEB = "src/main/java/kz/mfo/loans/web/LoanController.java"
APP = "app/src/main/java/kz/mfo/loans/app/"


@pytest.fixture(scope="module")
def service_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_service(tmp_path_factory.mktemp("interfile-java")))


def test_a_controller_parameter_passed_to_a_service_that_builds_sql_is_reported_in_the_service(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = service_scan
    assert status is RunStatus.OK, run
    sql = [
        f
        for f in _across(findings)
        if f.rule_id == "java-sql-injection" + interfile.RULE_SUFFIX and f.location.path.startswith(SERVICE)
    ]
    assert [(f.location.path, f.location.start_line) for f in sql] == [(SERVICE + "LoanService.java", 16)], (
        sql
    )
    finding = sql[0]
    assert "LoanService.findByIin" in finding.message, finding.message
    assert f"{WEB}:20" in finding.message, finding.message
    assert f"{SERVICE}LoanService.java:14" in finding.message  # where the method is defined
    assert f"{WEB}:61" not in finding.message  # a constant argument
    assert finding.properties["class"] == "LoanService"
    assert finding.cwe == ("CWE-89",)
    assert "p19.1" in finding.requirements
    assert finding.confidence is Confidence.MEDIUM


def test_a_call_on_a_typed_receiver_reaches_the_methods_of_that_type_and_its_implementations(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    sql = [f for f in _across(findings) if f.location.path == SERVICE + "LoanService.java"]
    assert len(sql) == 1, sql
    # lookup is a LoanLookup, which LoanService implements; archiveRepository is an
    # ArchiveRepository, whose own findByIin binds nothing
    assert sql[0].properties["calls"] == [f"{WEB}:20", f"{WEB}:76"], sql[0].properties


def test_a_command_built_from_the_second_parameter_is_reported_only_for_that_argument(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    cmd = [f for f in _across(findings) if f.rule_id == "java-command-injection" + interfile.RULE_SUFFIX]
    assert [(f.location.path, f.location.start_line) for f in cmd] == [(SERVICE + "StatementService.java", 8)]
    assert f"{WEB}:40" in cmd[0].message and f"{WEB}:41" not in cmd[0].message, cmd[0].message
    assert "as argument 2" in cmd[0].message


def test_a_url_and_a_path_handed_to_helper_classes_are_reported_where_they_are_used(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    places = {
        (f.rule_id.removesuffix(interfile.RULE_SUFFIX), f.location.path, f.location.start_line)
        for f in _across(findings)
    }
    assert ("java-ssrf", SERVICE + "RateClient.java", 9) in places, places
    assert ("java-path-traversal", SERVICE + "DocumentStore.java", 9) in places, places


def test_an_android_extra_passed_to_a_helper_that_runs_raw_sql_is_reported_in_the_helper(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    here = [f for f in _across(findings) if f.location.path.startswith(APP)]
    assert [(f.rule_id, f.location.path, f.location.start_line) for f in here] == [
        ("java-sql-injection" + interfile.RULE_SUFFIX, APP + "LocalLoans.java", 8)
    ], here
    assert f"{APP}SearchActivity.java:14" in here[0].message


def test_bound_numeric_unused_and_other_class_methods_are_not_reported(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    places = {(f.location.path, f.location.start_line) for f in _across(findings)}
    assert places == {
        (SERVICE + "LoanService.java", 16),
        (SERVICE + "StatementService.java", 8),
        (SERVICE + "RateClient.java", 9),
        (SERVICE + "DocumentStore.java", 9),
        (APP + "LocalLoans.java", 8),
    }, places
    # findBound binds the value, countByBranch takes an Integer, audit builds its SQL from the
    # second parameter only (given a constant), LocalLoans.count takes a long,
    # StatementService.archive and .purge run commands built from an int and a UUID (given
    # request values), and
    # the static call ArchiveService.findByIin is not taken for LoanService.findByIin
    messages = " ".join(f.message for f in _across(findings))
    assert f"{WEB}:56" not in messages


def test_the_java_rule_ids_are_known_to_the_analyzer_for_waivers_and_suppressions() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in ("java-sql-injection", "java-command-injection", "java-ssrf", "java-path-traversal"):
        assert rule + interfile.RULE_SUFFIX in ids


# --- generated rules: types, names and the hostile tree -------------------------------------------


def test_parameters_of_types_that_cannot_carry_text_are_not_summarised() -> None:
    rules = interfile.first_pass_rules(
        "java", {"java-sql-injection": {"mode": "taint", "languages": ["java"]}}
    )
    source = rules["rules"][-1]["pattern-sources"][1]["patterns"]
    regex = next(p["metavariable-regex"]["regex"] for p in source if "metavariable-regex" in p)
    import re

    for kept in (
        "String",
        "Object",
        "LoanFilter",
        "Map<String, String>",
        "List<String>",
        "Status",
        "char[]x",
    ):
        assert re.match(regex, kept), kept
    for skipped in (
        "int",
        "long",
        "Integer",
        "java.lang.Long",
        "UUID",
        "boolean",
        "List<Long>",
        "long[]",
        "LocalDate",
    ):
        assert not re.match(regex, skipped), skipped


def test_a_summary_with_a_name_that_is_not_an_identifier_never_reaches_a_generated_rule() -> None:
    summaries = [
        interfile.Summary(
            "java-sql-injection", interfile.PARAMETER, "findByIin", 0, "S.java", 7, 4, "LoanService"
        ),
        interfile.Summary("java-sql-injection", interfile.PARAMETER, "x)|.*|(y", 0, "E.java", 3, 2),
    ]
    text = yaml.safe_dump(interfile.second_pass_rules("java", summaries))
    assert "findByIin" in text
    assert "x)|" not in text


@pytest.mark.parametrize(
    ("receiver", "named"),
    [
        ("ArchiveService", "ArchiveService"),
        ("archiveService", None),
        ("this", None),
        ("INSTANCE", None),
        ("this.archiveService", None),
        ("a)|b", None),
    ],
)
def test_only_a_capitalised_identifier_receiver_names_a_class(receiver: str, named: str | None) -> None:
    assert interfile.read_call_message(f"c0=findByIin|c1=$IFCALLEE1|k={receiver}", "java") == (
        "findByIin",
        0,
        named,
    )


def test_java_names_are_matched_with_their_case() -> None:
    summary = interfile.Summary(
        "java-sql-injection", interfile.PARAMETER, "findByIin", 0, "S.java", 7, 4, "LoanService"
    )
    result = {
        "check_id": "java-sql-injection" + interfile.RULE_SUFFIX,
        "path": "C.java",
        "start": {"line": 3, "col": 5},
        "extra": {"message": "c0=findbyiin|k=$IFKLASS"},
    }
    assert interfile.flows([result], [summary], lambda p: p, "java") == []
    result["extra"] = {"message": "c0=findByIin|k=$IFKLASS"}
    assert [f.calls for f in interfile.flows([result], [summary], lambda p: p, "java")] == [("C.java:3",)]


def test_a_declared_type_names_its_class_without_package_or_type_arguments() -> None:
    named = interfile.shapes("java").type_named
    assert named is not None
    assert named("LoanService") == "LoanService"
    assert named("java.util.List<String>") == "List"
    assert named("Map<String, List<Long>>") == "Map"
    assert named("byte[]") == "byte"
    assert named("a)|(b") is None and named("") is None
    # text of the tree: a type longer than any a person writes names nothing
    assert named("A" * 2000) is None
    assert named("a" + " " * 5000 + "!") is None


def test_ancestors_are_followed_through_the_classes_of_the_tree() -> None:
    def inherits(owner: str, parent: str) -> dict[str, object]:
        return {"check_id": "interfile--inherits", "extra": {"message": f"k={owner}|s={parent}"}}

    results = [
        inherits("LoanServiceImpl", "BaseService<Loan>"),
        inherits("BaseService", "LoanLookup"),
        inherits("Evil", "x)|(y"),
    ]
    ancestors = interfile.read_ancestors(results, "java")
    assert ancestors["LoanServiceImpl"] == {"BaseService", "LoanLookup"}
    assert "Evil" not in ancestors


def test_the_passes_over_an_unchanged_tree_are_answered_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    root = _service(tmp_path)

    def flows(findings: list[Finding]) -> set[tuple[str, str, int | None]]:
        return {(f.rule_id, f.location.path, f.location.start_line) for f in _across(findings)}

    _, cold_findings, cold = _scan(root)
    assert "answered from the cache" not in cold.reason  # type: ignore[attr-defined]
    _, warm_findings, warm = _scan(root)
    assert "java: 2 pass(es) answered from the cache" in warm.reason  # type: ignore[attr-defined]
    assert flows(warm_findings) == flows(cold_findings) != set()
    # a changed file (here: the service's SQL now bound) is analysed again, and the flow is gone
    service = root / SERVICE / "LoanService.java"
    fixed = service.read_text().replace('"SELECT * FROM loans WHERE iin = \'" + iin + "\'"', '"SELECT 1"')
    assert fixed != service.read_text()
    service.write_text(fixed)
    _, changed_findings, changed = _scan(root)
    assert "answered from the cache" not in changed.reason  # type: ignore[attr-defined]
    assert not any(f[1] == SERVICE + "LoanService.java" and f[2] == 16 for f in flows(changed_findings))


def test_a_request_list_handed_to_a_helper_that_runs_each_element_by_method_reference(tmp_path: Path) -> None:
    """The summaries take the rules' sinks, the method-reference ones included: a helper that hands
    each element of its list parameter to `Runtime.getRuntime()::exec` runs request data."""
    web = tmp_path / "src/main/java/kz/mfo/jobs/web"
    svc = tmp_path / "src/main/java/kz/mfo/jobs/service"
    web.mkdir(parents=True)
    svc.mkdir(parents=True)
    (web / "JobController.java").write_text(
        "package kz.mfo.jobs.web;\n\n"
        "import kz.mfo.jobs.service.JobRunner;\n"
        "import org.springframework.web.bind.annotation.*;\n\n"
        "@RestController\n"
        "public class JobController {\n"
        "    private final JobRunner runner = new JobRunner();\n\n"
        '    @PostMapping("/jobs")\n'
        "    public void run(@RequestParam java.util.List<String> commands) {\n"
        "        runner.runAll(commands);\n"
        '        runner.runAll(java.util.List.of("uptime"));\n'
        "    }\n"
        "}\n"
    )
    (svc / "JobRunner.java").write_text(
        "package kz.mfo.jobs.service;\n\n"
        "public class JobRunner {\n"
        "    public void runAll(java.util.List<String> commands) {\n"
        "        commands.forEach(Runtime.getRuntime()::exec);\n"
        "    }\n"
        "}\n"
    )
    status, findings, run = _scan(tmp_path)
    assert status is RunStatus.OK, run
    cmd = [f for f in _across(findings) if f.rule_id == "java-command-injection" + interfile.RULE_SUFFIX]
    assert [(f.location.path, f.location.start_line) for f in cmd] == [
        ("src/main/java/kz/mfo/jobs/service/JobRunner.java", 5)
    ], cmd
    calls = cmd[0].properties["calls"]
    assert calls == ["src/main/java/kz/mfo/jobs/web/JobController.java:12"], calls
