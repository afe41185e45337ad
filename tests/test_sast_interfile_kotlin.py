"""Flows across functions and files in Kotlin (aiscan.sast.interfile.kotlin): a Spring controller
hands request data to a private helper of its own class, to a service of another file or to an
object, which builds the SQL, runs the command or evaluates the code. Real semgrep, on an invented
loan service; the decoys pass a constant, parse a number, check an allow-list, bind parameters or
call a same-named function of another object."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.models import Confidence, Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

CONTROLLER = """package kz.mfo.loans.web

import javax.script.ScriptEngineManager
import kz.mfo.loans.service.Archive
import kz.mfo.loans.service.LoanService
import kz.mfo.loans.service.StatementService
import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.web.bind.annotation.*

@RestController
class LoanController(
    private val loanService: LoanService,
    private val statements: StatementService?,
) {
    internal var jdbcTemplate: JdbcTemplate? = null

    @GetMapping("/loans")
    fun search(@RequestParam iin: String?): Any? {
        val trimmed = iin?.trim()
        return selectByIin(trimmed!!) // call: private helper
    }

    @GetMapping("/loans/service")
    fun viaService(@RequestParam iin: String) = loanService.findByIin("$iin") // call: service

    @GetMapping("/loans/bound")
    fun bound(@RequestParam iin: String) = loanService.findBound(iin)

    @GetMapping("/loans/branch")
    fun branch(@RequestParam branch: String) = loanService.countByBranch(branch.toLong())

    @GetMapping("/loans/region")
    fun region(@RequestParam region: String) = loanService.byRegion(region.toInt().toString())

    @GetMapping("/loans/constant")
    fun constant() = selectByIin("870412300415") // call: constant

    @GetMapping("/loans/archive")
    fun archived(@RequestParam iin: String) = Archive.findByIin(iin) // call: object

    @GetMapping("/loans/sorted")
    fun sorted(@RequestParam column: String): Any? {
        if (column in SORTABLE) {
            return sortedBy(column)
        }
        return null
    }

    @PostMapping("/statements")
    fun export(@RequestParam name: String, @RequestParam format: String) {
        statements?.export("pdf", "${name}") // call: nullable receiver
        statements?.export(format, "fixed name")
    }

    @PostMapping("/rules")
    fun rule(@RequestParam expression: String?) {
        evaluate(expression!!) // call: code
    }

    private fun selectByIin(iin: String): List<Map<String, Any>> =
        jdbcTemplate!!.queryForList("SELECT * FROM loans WHERE iin = '" + iin + "'") // sink: helper

    private fun sortedBy(column: String): List<Map<String, Any>> {
        return jdbcTemplate!!.queryForList("SELECT * FROM loans ORDER BY $column") // sink: sorted
    }

    private fun evaluate(code: String) {
        val engine = ScriptEngineManager().getEngineByName("JavaScript")
        engine.eval("score($code)") // sink: code
    }

    companion object {
        private val SORTABLE = setOf("iin", "amount", "issued_at")
    }
}
"""

LOAN_SERVICE = """package kz.mfo.loans.service

import org.springframework.jdbc.core.JdbcTemplate

class LoanService(private val jdbcTemplate: JdbcTemplate) {
    fun findByIin(iin: String): List<Map<String, Any>> {
        val sql = "SELECT * FROM loans WHERE iin = '${iin}'"
        return jdbcTemplate.queryForList(sql) // sink: service
    }

    fun findBound(iin: String): List<Map<String, Any>> =
        jdbcTemplate.queryForList("SELECT * FROM loans WHERE iin = ?", iin)

    fun countByBranch(branchId: Long): List<Map<String, Any>> =
        jdbcTemplate.queryForList("SELECT count(*) FROM loans WHERE branch = " + branchId)

    fun byRegion(region: String): List<Map<String, Any>> =
        jdbcTemplate.queryForList("SELECT * FROM loans WHERE region = " + region) // sink: region
}
"""

ARCHIVE = """package kz.mfo.loans.service

import java.sql.Connection

object Archive {
    lateinit var connection: Connection

    fun findByIin(iin: String): Any {
        val ps = connection.prepareStatement("SELECT * FROM archived_loans WHERE iin = ?")
        ps.setString(1, iin)
        return ps.executeQuery()
    }
}
"""

STATEMENT_SERVICE = """package kz.mfo.loans.service

open class StatementService {
    fun export(format: String, clientName: String) {
        Runtime.getRuntime().exec("statement-export --format pdf --name $clientName") // sink: export
    }
}
"""

WEB = "src/main/kotlin/kz/mfo/loans/web/LoanController.kt"
SERVICE = "src/main/kotlin/kz/mfo/loans/service/"


def _line(text: str, marker: str) -> int:
    """The line of the fixture whose comment is `marker`."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if line.endswith(f"// {marker}")]
    assert len(hits) == 1, marker
    return hits[0]


def _service(tmp_path: Path) -> Path:
    root = tmp_path / "loans"
    web = root / "src/main/kotlin/kz/mfo/loans/web"
    service = root / SERVICE
    for folder in (web, service):
        folder.mkdir(parents=True)
    (web / "LoanController.kt").write_text(CONTROLLER)
    (service / "LoanService.kt").write_text(LOAN_SERVICE)
    (service / "Archive.kt").write_text(ARCHIVE)
    (service / "StatementService.kt").write_text(STATEMENT_SERVICE)
    return root


@pytest.fixture(scope="module")
def service_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_service(tmp_path_factory.mktemp("interfile-kotlin")))


def _places(findings: list[Finding]) -> set[tuple[str, str, int | None]]:
    return {
        (f.rule_id.removesuffix(interfile.RULE_SUFFIX), f.location.path, f.location.start_line)
        for f in _across(findings)
    }


def test_a_request_value_passed_to_a_private_helper_that_builds_sql_is_reported_in_the_helper(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = service_scan
    assert status is RunStatus.OK, run
    helper = _line(CONTROLLER, "sink: helper")
    sql = [f for f in _across(findings) if f.location.path == WEB and f.location.start_line == helper]
    assert [f.rule_id for f in sql] == ["kotlin-sql-injection" + interfile.RULE_SUFFIX], _places(findings)
    finding = sql[0]
    assert "LoanController.selectByIin" in finding.message, finding.message
    # the call through a not-null assertion; not the call with a constant
    assert finding.properties["calls"] == [f"{WEB}:{_line(CONTROLLER, 'call: private helper')}"]
    assert finding.properties["class"] == "LoanController"
    assert finding.cwe == ("CWE-89",)
    assert "p19.1" in finding.requirements
    assert finding.confidence is Confidence.MEDIUM


def test_a_string_template_handed_to_a_service_of_another_file_is_reported_in_the_service(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    path = SERVICE + "LoanService.kt"
    sql = [f for f in _across(findings) if f.location.path == path]
    assert [f.location.start_line for f in sql] == [_line(LOAN_SERVICE, "sink: service")], _places(findings)
    # Archive.findByIin(iin) names an object whose own findByIin binds the value
    assert sql[0].properties["calls"] == [f"{WEB}:{_line(CONTROLLER, 'call: service')}"]
    assert "LoanService.findByIin" in sql[0].message


def test_a_command_built_in_a_service_reached_through_a_nullable_receiver_names_its_argument(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    cmd = [f for f in _across(findings) if f.rule_id == "kotlin-command-injection" + interfile.RULE_SUFFIX]
    assert [(f.location.path, f.location.start_line) for f in cmd] == [
        (SERVICE + "StatementService.kt", _line(STATEMENT_SERVICE, "sink: export"))
    ]
    assert cmd[0].properties["calls"] == [f"{WEB}:{_line(CONTROLLER, 'call: nullable receiver')}"]
    assert "as argument 2" in cmd[0].message


def test_request_data_evaluated_as_code_in_a_private_helper_is_reported(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    assert ("kotlin-code-injection", WEB, _line(CONTROLLER, "sink: code")) in _places(findings)


def test_constant_parsed_allow_listed_and_bound_values_are_not_reported(
    service_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = service_scan
    assert _places(findings) == {
        ("kotlin-sql-injection", WEB, _line(CONTROLLER, "sink: helper")),
        ("kotlin-sql-injection", SERVICE + "LoanService.kt", _line(LOAN_SERVICE, "sink: service")),
        (
            "kotlin-command-injection",
            SERVICE + "StatementService.kt",
            _line(STATEMENT_SERVICE, "sink: export"),
        ),
        ("kotlin-code-injection", WEB, _line(CONTROLLER, "sink: code")),
    }
    # not: sortedBy (the column is checked against a constant set first), byRegion (a number
    # parsed from the request), countByBranch (a Long), findBound (bound), Archive.findByIin
    # (bound), the export with a constant client name
    messages = " ".join(f.message for f in _across(findings))
    assert f"{WEB}:{_line(CONTROLLER, 'call: constant')}" not in messages
    assert f"{WEB}:{_line(CONTROLLER, 'call: object')}" not in messages


def test_the_kotlin_rule_ids_are_known_to_the_analyzer_for_waivers_and_suppressions() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in ("kotlin-sql-injection", "kotlin-command-injection", "kotlin-code-injection"):
        assert rule + interfile.RULE_SUFFIX in ids


# --- generated rules: types, names and the hostile tree -------------------------------------------


def test_parameters_of_types_that_cannot_carry_text_are_not_summarised() -> None:
    rules = interfile.first_pass_rules(
        "kotlin", {"kotlin-sql-injection": {"mode": "taint", "languages": ["kotlin"]}}
    )
    source = rules["rules"][-1]["pattern-sources"][1]["patterns"]
    regex = next(p["metavariable-regex"]["regex"] for p in source if "metavariable-regex" in p)
    import re

    for kept in (
        "String",
        "String?",
        "Any",
        "LoanFilter",
        "Map<String, String>",
        "List<String>",
        "CharSequence",
    ):
        assert re.match(regex, kept), kept
    for skipped in (
        "Int",
        "Long?",
        "kotlin.Long",
        "UUID",
        "Boolean",
        "List<Long>",
        "Set<Int?>",
        "LongArray",
        "LocalDate?",
    ):
        assert not re.match(regex, skipped), skipped


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("LoanService", "LoanService"),
        ("LoanService?", "LoanService"),
        ("kotlin.collections.List<String>?", "List"),
        ("svc", None),
        ("a)|(b", None),
        ("A" * 2000, None),
    ],
)
def test_a_declared_type_names_its_class_without_package_type_arguments_or_nullability(
    text: str, named: str | None
) -> None:
    type_named = interfile.shapes("kotlin").type_named
    assert type_named is not None
    assert type_named(text) == named


KTOR_ROUTES = """package kz.mfo.api

import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

fun Application.routes() {
    routing {
        get("/loans") {
            val iin = call.parameters["iin"]
            call.respond(LoanQueries.byIin(iin!!)) // call: ktor object
        }
        get("/export") {
            val name = call.request.queryParameters["name"] ?: "all"
            exportStatement(name) // call: ktor top level
            call.respondText("ok")
        }
    }
}
"""

KTOR_QUERIES = """package kz.mfo.api

import org.jetbrains.exposed.sql.transactions.TransactionManager

object LoanQueries {
    fun byIin(iin: String): Any =
        TransactionManager.current().exec("SELECT * FROM loans WHERE iin = '$iin'") { it }!! // sink: exposed
}

fun exportStatement(name: String) {
    ProcessBuilder("sh", "-c", "export-statement $name").start() // sink: process
}
"""


def test_a_ktor_route_handing_a_parameter_to_an_object_and_a_top_level_function_is_followed(
    tmp_path: Path,
) -> None:
    src = tmp_path / "src/main/kotlin/kz/mfo/api"
    src.mkdir(parents=True)
    (src / "Routes.kt").write_text(KTOR_ROUTES)
    (src / "LoanQueries.kt").write_text(KTOR_QUERIES)
    status, findings, run = _scan(tmp_path)
    assert status is RunStatus.OK, run
    routes, queries = "src/main/kotlin/kz/mfo/api/Routes.kt", "src/main/kotlin/kz/mfo/api/LoanQueries.kt"
    found = {(f.rule_id, f.location.start_line, tuple(f.properties["calls"])) for f in _across(findings)}
    assert found == {
        (
            "kotlin-sql-injection" + interfile.RULE_SUFFIX,
            _line(KTOR_QUERIES, "sink: exposed"),
            (f"{routes}:{_line(KTOR_ROUTES, 'call: ktor object')}",),
        ),
        (
            "kotlin-command-injection" + interfile.RULE_SUFFIX,
            _line(KTOR_QUERIES, "sink: process"),
            (f"{routes}:{_line(KTOR_ROUTES, 'call: ktor top level')}",),
        ),
    }
    assert all(f.location.path == queries for f in _across(findings))


# --- mail header injection through a private helper (Kotlin and Java) ------------------------------

MAIL_CONTROLLER_KT = """package kz.mfo.support

import org.springframework.mail.javamail.JavaMailSender
import org.springframework.mail.javamail.MimeMessageHelper
import org.springframework.web.bind.annotation.*

@RestController
class SupportController(private val mailSender: JavaMailSender) {

    @PostMapping("/support")
    fun ask(@RequestParam topic: String, @RequestParam text: String) {
        sendMail(topic, text) // call: kotlin mail
        sendMail("Loan question", text)
        sendMail(topic.replace(Regex("[\\\\r\\\\n]"), " "), text)
    }

    private fun sendMail(subject: String, text: String) {
        val message = mailSender.createMimeMessage()
        val helper = MimeMessageHelper(message, false)
        helper.setSubject(subject) // sink: kotlin mail
        helper.setText(text)
        mailSender.send(message)
    }
}
"""

MAIL_CONTROLLER_JAVA = """package kz.mfo.support;

import javax.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.bind.annotation.*;

@RestController
public class LegacySupportController {
    private final JavaMailSender mailSender;

    public LegacySupportController(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @PostMapping("/legacy/support")
    public void ask(@RequestParam String topic) throws Exception {
        notifyDesk(topic); // call: java mail
        notifyDesk("Loan question");
    }

    private void notifyDesk(String subject) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        message.setSubject(subject); // sink: java mail
        mailSender.send(message);
    }
}
"""


def test_a_request_value_handed_to_a_private_mail_helper_is_reported_at_the_subject(tmp_path: Path) -> None:
    kt = tmp_path / "src/main/kotlin/kz/mfo/support"
    java = tmp_path / "src/main/java/kz/mfo/support"
    kt.mkdir(parents=True)
    java.mkdir(parents=True)
    (kt / "SupportController.kt").write_text(MAIL_CONTROLLER_KT)
    (java / "LegacySupportController.java").write_text(MAIL_CONTROLLER_JAVA)
    status, findings, run = _scan(tmp_path)
    assert status is RunStatus.OK, run
    kt_path = "src/main/kotlin/kz/mfo/support/SupportController.kt"
    java_path = "src/main/java/kz/mfo/support/LegacySupportController.java"
    mail = {
        (f.rule_id, f.location.path, f.location.start_line, tuple(f.properties["calls"]))
        for f in _across(findings)
    }
    assert mail == {
        (
            "kotlin-mail-header-injection" + interfile.RULE_SUFFIX,
            kt_path,
            _line(MAIL_CONTROLLER_KT, "sink: kotlin mail"),
            (f"{kt_path}:{_line(MAIL_CONTROLLER_KT, 'call: kotlin mail')}",),
        ),
        (
            "java-mail-header-injection" + interfile.RULE_SUFFIX,
            java_path,
            _line(MAIL_CONTROLLER_JAVA, "sink: java mail"),
            (f"{java_path}:{_line(MAIL_CONTROLLER_JAVA, 'call: java mail')}",),
        ),
    }
