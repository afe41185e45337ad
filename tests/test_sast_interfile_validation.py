"""The application's own validation read as a sanitiser by the passes over flows across functions
(aiscan.sast.interfile): a request value restricted to a fixed set before it is handed to a
method of another file is not followed into that method. Real semgrep, on an invented report
service: constraint annotations whose validator checks membership in an allow-list, `@Pattern`
with a regular expression that admits only letters, digits and `_`, enums, values checked against
a constant collection, numbers parsed from text; the decoys validate something else (a validator
that looks for a space, a pattern that admits any character, a check for `;`, a constraint on a
controller that does not validate)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from aiscan.models import Finding, RunStatus
from aiscan.sast import interfile
from aiscan.sast.interfile import java
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

REPORT_CONTROLLER = """package kz.mfo.reports.web;

import java.util.Set;
import javax.validation.constraints.Pattern;
import kz.mfo.reports.model.ReportKind;
import kz.mfo.reports.service.ReportQueries;
import kz.mfo.reports.validation.SortColumn;
import kz.mfo.reports.validation.Trimmed;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.*;

@RestController
@Validated
public class ReportController {
    private static final Set<String> DIRECTIONS = Set.of("asc", "desc");
    private final ReportQueries reportQueries;

    @GetMapping("/reports/by-column")
    public Object byColumn(@SortColumn(accepts = {"issued_at", "amount"}) @RequestParam String sort) {
        return reportQueries.byColumn(sort);
    }

    @GetMapping("/reports/loose")
    public Object byLoose(@Trimmed @RequestParam String sort) {
        return reportQueries.byLoose(sort);
    }

    @GetMapping("/reports/status")
    public Object byStatus(
            @Pattern(regexp = "^[a-z_]{1,20}$", message = "status") @RequestParam String status) {
        return reportQueries.byStatus(status);
    }

    @GetMapping("/reports/note")
    public Object byNote(@Pattern(regexp = "^.{1,200}$") @RequestParam String note) {
        return reportQueries.byNote(note);
    }

    @GetMapping("/reports/kind")
    public Object byKind(@RequestParam ReportKind kind) {
        return reportQueries.byKind(kind);
    }

    @GetMapping("/reports/direction")
    public Object byDirection(@RequestParam String direction) {
        if (!DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException("direction");
        }
        return reportQueries.byDirection(direction);
    }

    @GetMapping("/reports/direction-loose")
    public Object byDirectionLoose(@RequestParam String direction) {
        if (direction.contains(";")) {
            throw new IllegalArgumentException("direction");
        }
        return reportQueries.byDirectionLoose(direction);
    }

    @GetMapping("/reports/limit")
    public Object byLimit(@RequestParam String limit) {
        return reportQueries.byLimit(String.valueOf(Integer.parseInt(limit)));
    }
}
"""

PLAIN_CONTROLLER = """package kz.mfo.reports.web;

import kz.mfo.reports.service.ReportQueries;
import kz.mfo.reports.validation.SortColumn;
import org.springframework.web.bind.annotation.*;

@RestController
public class ArchiveReportController {
    private final ReportQueries reportQueries;

    @GetMapping("/archive/reports")
    public Object list(@SortColumn(accepts = {"issued_at"}) @RequestParam String sort) {
        return reportQueries.byPlain(sort);
    }
}
"""

REPORT_QUERIES = """package kz.mfo.reports.service;

import java.util.List;
import java.util.Map;
import kz.mfo.reports.model.ReportKind;
import org.springframework.jdbc.core.JdbcTemplate;

public class ReportQueries {
    private final JdbcTemplate jdbcTemplate;

    public List<Map<String, Object>> byColumn(String column) {
        return jdbcTemplate.queryForList("SELECT * FROM reports ORDER BY " + column);
    }

    public List<Map<String, Object>> byLoose(String column) {
        return jdbcTemplate.queryForList("SELECT * FROM reports ORDER BY " + column);
    }

    public List<Map<String, Object>> byStatus(String status) {
        return jdbcTemplate.queryForList("SELECT * FROM reports WHERE status = '" + status + "'");
    }

    public List<Map<String, Object>> byNote(String note) {
        return jdbcTemplate.queryForList("SELECT * FROM reports WHERE note = '" + note + "'");
    }

    public List<Map<String, Object>> byKind(ReportKind kind) {
        return jdbcTemplate.queryForList("SELECT * FROM reports WHERE kind = '" + kind + "'");
    }

    public List<Map<String, Object>> byDirection(String direction) {
        return jdbcTemplate.queryForList("SELECT * FROM reports ORDER BY issued_at " + direction);
    }

    public List<Map<String, Object>> byDirectionLoose(String direction) {
        return jdbcTemplate.queryForList("SELECT * FROM reports ORDER BY issued_at " + direction);
    }

    public List<Map<String, Object>> byLimit(String limit) {
        return jdbcTemplate.queryForList("SELECT * FROM reports LIMIT " + limit);
    }

    public List<Map<String, Object>> byPlain(String column) {
        return jdbcTemplate.queryForList("SELECT * FROM archive ORDER BY " + column);
    }
}
"""

SORT_COLUMN = """package kz.mfo.reports.validation;

import java.lang.annotation.*;
import javax.validation.Constraint;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SortColumnValidator.class)
public @interface SortColumn {
    String[] accepts() default {"issued_at"};
    String message() default "unknown sort column";
}
"""

SORT_COLUMN_VALIDATOR = """package kz.mfo.reports.validation;

import java.util.ArrayList;
import java.util.List;
import javax.validation.ConstraintValidator;
import javax.validation.ConstraintValidatorContext;

public class SortColumnValidator implements ConstraintValidator<SortColumn, String> {
    private List<String> accepted;

    @Override
    public void initialize(SortColumn column) {
        accepted = new ArrayList<>();
        for (String name : column.accepts()) {
            accepted.add(name.toLowerCase());
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (!accepted.contains(value.toLowerCase())) {
            return false;
        }
        return true;
    }
}
"""

TRIMMED_VALIDATOR = """package kz.mfo.reports.validation;

import javax.validation.ConstraintValidator;
import javax.validation.ConstraintValidatorContext;

public class TrimmedValidator implements ConstraintValidator<Trimmed, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.contains(" ");
    }
}
"""

REPORT_KIND = """package kz.mfo.reports.model;

public enum ReportKind {
    DAILY,
    MONTHLY
}
"""


def _java(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    base = root / "src/main/java/kz/mfo/reports"
    files = {
        "web/ReportController.java": REPORT_CONTROLLER,
        "web/ArchiveReportController.java": PLAIN_CONTROLLER,
        "service/ReportQueries.java": REPORT_QUERIES,
        "validation/SortColumn.java": SORT_COLUMN,
        "validation/SortColumnValidator.java": SORT_COLUMN_VALIDATOR,
        "validation/TrimmedValidator.java": TRIMMED_VALIDATOR,
        "model/ReportKind.java": REPORT_KIND,
    }
    for name, text in files.items():
        (base / name).parent.mkdir(parents=True, exist_ok=True)
        (base / name).write_text(text)
    return root


def _reported(findings: list[Finding], rule: str) -> set[str]:
    """The functions whose sink the passes reported for `rule`."""
    wanted = rule + interfile.RULE_SUFFIX
    return {str(f.properties.get("function")) for f in _across(findings) if f.rule_id == wanted}


@pytest.fixture(scope="module")
def java_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_java(tmp_path_factory.mktemp("interfile-validation-java")))


def test_java_values_restricted_by_the_application_are_not_followed_and_others_are(
    java_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = java_scan
    assert status is RunStatus.OK, run
    reported = _reported(findings, "java-sql-injection")
    # the decoys: a validator that does not restrict to a set, a pattern admitting any character,
    # a check for one character, an allow-list annotation on a controller that does not validate
    assert {"byLoose", "byNote", "byDirectionLoose", "byPlain"} <= reported, reported
    # restricted by the application: an allow-list validator, a pattern of letters and `_`, an
    # enum, a constant set checked before the call, a parsed number
    assert not reported & {"byColumn", "byStatus", "byKind", "byDirection", "byLimit"}, reported


VIEWS = """from flask import Flask, abort, request

import reports

app = Flask(__name__)

DIRECTIONS = ("asc", "desc")


@app.route("/reports/direction")
def by_direction():
    direction = request.args.get("direction", "asc")
    if direction not in DIRECTIONS:
        abort(400)
    return reports.by_direction(direction)


@app.route("/reports/column")
def by_column():
    column = request.args.get("column", "issued_at")
    if column not in {"issued_at", "amount"}:
        abort(400)
    return reports.by_column(column)


@app.route("/reports/direction-loose")
def by_direction_loose():
    direction = request.args.get("direction", "asc")
    if ";" in direction:
        abort(400)
    return reports.by_direction_loose(direction)


@app.route("/reports/words")
def by_words():
    column = request.args.get("column", "issued_at")
    if column in "issued_at amount":
        return reports.by_words(column)
    abort(400)


@app.route("/reports/limit")
def by_limit():
    return reports.by_limit(int(request.args.get("limit", "10")))
"""

REPORTS = """import sqlite3

DB = sqlite3.connect("reports.db")


def by_direction(direction):
    return DB.execute("SELECT * FROM reports ORDER BY issued_at " + direction).fetchall()


def by_column(column):
    return DB.execute("SELECT * FROM reports ORDER BY " + column).fetchall()


def by_direction_loose(direction):
    return DB.execute("SELECT * FROM reports ORDER BY issued_at " + direction).fetchall()


def by_words(column):
    return DB.execute("SELECT * FROM reports ORDER BY " + column).fetchall()


def by_limit(limit):
    return DB.execute("SELECT * FROM reports LIMIT %s" % limit).fetchall()
"""


@pytest.fixture(scope="module")
def python_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    root = tmp_path_factory.mktemp("interfile-validation-python") / "reports"
    root.mkdir()
    (root / "views.py").write_text(VIEWS)
    (root / "reports.py").write_text(REPORTS)
    return _scan(root)


def test_python_values_checked_against_a_constant_collection_are_not_followed(
    python_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = python_scan
    assert status is RunStatus.OK, run
    reported = _reported(findings, "python-sql-injection")
    # a check for one character, and `in` a string (a substring test, not an allow-list)
    assert {"by_direction_loose", "by_words"} <= reported, reported
    assert not reported & {"by_direction", "by_column", "by_limit"}, reported


@pytest.mark.parametrize(
    ("regexp", "restrictive"),
    [
        ('"^[a-z_]{1,20}$"', True),
        ("^(asc|desc)$", True),
        (r'"^[A-Za-z0-9_]+$"', True),
        (r'"^\\d{1,6}$"', True),
        ('"^.{1,200}$"', False),  # any character
        (r'"^[\\w-]+$"', False),  # `-`: `--` starts an SQL comment
        ('"^[^;]+$"', False),  # a negated class admits quotes and spaces
        (r'"^\\S+$"', False),
        ('"^[a-z ]+$"', False),
    ],
)
def test_only_a_pattern_of_letters_digits_and_underscores_is_restrictive(
    regexp: str, restrictive: bool
) -> None:
    assert (re.fullmatch(java._RESTRICTIVE_REGEX, regexp) is not None) is restrictive


def test_only_identifiers_declared_by_the_tree_reach_the_sanitizers() -> None:
    def listed(kind: str, name: str) -> dict[str, object]:
        return {"check_id": f"x.interfile--validated-{kind}", "extra": {"message": f"n={name}"}}

    results = [
        listed("annotation", "SortColumn"),
        listed("annotation", "a.b.OrderBy"),
        listed("annotation", "Evil)|.*|(x"),
        listed("enum", "ReportKind"),
        listed("enum", "$IFVALIDATED"),
        listed("other", "Ignored"),
    ]
    validated = interfile.read_validated(results, "java")
    assert validated == interfile.Validated(frozenset({"SortColumn", "OrderBy"}), frozenset({"ReportKind"}))
    text = yaml.safe_dump(java._sanitizers(validated))
    assert "SortColumn" in text and "ReportKind" in text and "Evil" not in text
