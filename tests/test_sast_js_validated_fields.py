"""javascript-nosql-injection findings whose filter takes only fields the application's own
validator (in another file) has tested with an anchored regular expression before an early
return, dropped; anything else kept. Made-up code."""

from __future__ import annotations

from collections.abc import Mapping

from aiscan.models import Finding, Severity
from aiscan.sast.js_validated_fields import RULE, drop_validated_fields, rejects_objects
from tests.conftest import make_finding

CHECKS = """export class Checks {
  static isIin(value: string): boolean {
    const iinPattern = /^[0-9]{12}$/;
    return iinPattern.test(value);
  }

  static isLogin(value: string): boolean {
    return /^[a-z][a-z0-9_.-]{2,31}$/.test(value);
  }

  static isLoose(value: string): boolean {
    return /^.+$/.test(value);
  }

  static checkBorrower(form: BorrowerForm): string[] {
    const problems: string[] = [];

    if (!form.iin || !this.isIin(form.iin)) {
      problems.push("IIN must be 12 digits");
    }

    if (!form.login || !Checks.isLogin(form.login)) {
      problems.push("bad login");
    }

    if (!form.note || !this.isLoose(form.note)) {
      problems.push("note required");
    }

    if (form.branch && form.branch.length > 40) {
      problems.push("branch too long");
    }

    return problems;
  }
}
"""

HANDLER = """import { Checks } from "../lib/checks";
import Borrower from "../models/Borrower";

export const enrol = async (req: Request, res: Response): Promise<void> => {
  try {
    const form: BorrowerForm = req.body;

    const problems = Checks.checkBorrower(form);
    if (problems.length > 0) {
      res.status(400).json({ problems });
      return;
    }

    const known = await Borrower.findOne({ iin: form.iin });
    if (known) {
      res.status(409).json({ msg: "exists" });
      return;
    }
    res.status(201).end();
  } catch (err) {
    res.status(500).end();
  }
};
"""
SINK_LINE = 14
VALIDATION = """    const problems = Checks.checkBorrower(form);
    if (problems.length > 0) {
      res.status(400).json({ problems });
      return;
    }
"""
BRANCHED_VALIDATION = (
    "    if (form.strict) {\n"
    + VALIDATION.replace("\n    ", "\n      ").replace("    const", "      const", 1)
    + "    }\n"
)
SHADOWED = """    for (const form of req.body.more) {
      await Borrower.findOne({ iin: form.iin });
    }
    const known = null;"""
IIN_CHECK = """    if (!form.iin || !this.isIin(form.iin)) {
      problems.push("IIN must be 12 digits");
    }
"""
NESTED_IIN_CHECK = "    if (form.kind) {\n" + IIN_CHECK.replace("    ", "      ") + "    }\n"


def _finding(line: int = SINK_LINE, rule: str = RULE) -> Finding:
    return make_finding(rule, Severity.CRITICAL, path="api/src/routes/enrol.ts", line=line)


def _run(files: Mapping[str, str], findings: list[Finding]) -> tuple[Finding, ...]:
    return drop_validated_fields(findings, set(files), lambda p: files[p].splitlines())


def _tree(handler: str = HANDLER, checks: str = CHECKS) -> dict[str, str]:
    return {"api/src/routes/enrol.ts": handler, "api/src/lib/checks.ts": checks}


def test_a_pattern_that_no_string_with_a_space_matches() -> None:
    assert rejects_objects("^[0-9]{12}$", "")
    assert rejects_objects(r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "i")
    assert rejects_objects(r"^\+7\d{10}$", "")
    assert not rejects_objects("^.+$", "")  # "." takes a space: "[object Object]" passes
    assert not rejects_objects(r"^[\w ]+$", "")
    assert not rejects_objects(r"^\S+|x$", "")  # an alternative escapes an anchor
    assert not rejects_objects("[0-9]{12}", "")  # not anchored
    assert not rejects_objects("^[0-9]{12}$", "m")  # a line of the value is enough
    assert not rejects_objects("^[0-9]{12}$", "g")  # lastIndex carried between calls
    assert not rejects_objects(r"^[^@]+$", "")  # a negated class takes a space
    assert not rejects_objects(r"^\d+\$", "")  # a literal dollar: not anchored at its end
    assert not rejects_objects(r"^\D+$", "")


def test_dropped_when_the_validator_tests_the_field_before_an_early_return() -> None:
    other = _finding(rule="javascript-sql-injection")
    assert _run(_tree(), [_finding(), other]) == (other,)
    # a field tested by the other form of the call (Checks.isLogin)
    login = HANDLER.replace("{ iin: form.iin }", '{ login: form.login, status: "active" }')
    assert _run(_tree(login), [_finding()]) == ()
    # a pattern written in the validator's own condition
    inline = CHECKS.replace("!this.isIin(form.iin)", "!/^[0-9]{12}$/.test(form.iin)")
    assert _run(_tree(checks=inline), [_finding()]) == ()


def test_kept_when_the_field_is_not_soundly_tested() -> None:
    cases = [
        # a field the validator does not test with a pattern, or tests with a loose one
        (HANDLER, "{ iin: form.iin }", "{ iin: form.branch }"),
        (HANDLER, "{ iin: form.iin }", "{ iin: form.note }"),
        # another value beside the tested one, or the object taken whole
        (HANDLER, "{ iin: form.iin }", "{ iin: form.iin, login: req.body.login }"),
        (HANDLER, "{ iin: form.iin }", "{ iin: form.iin, branch }"),
        (HANDLER, "Borrower.findOne({ iin: form.iin })", "Borrower.findOne(form)"),
        # an operator's operand: `$where` runs the tested digits as code (true for every record)
        (HANDLER, "{ iin: form.iin }", "{ $where: form.iin }"),
        (HANDLER, "{ iin: form.iin }", '{ "$where": form.iin }'),
        # the result not checked, checked without returning, or checked after the query
        (HANDLER, "    if (problems.length > 0) {", "    if (problems.length > 99) {"),
        (HANDLER, "      return;\n    }\n\n    const known", "    }\n\n    const known"),
        # the value replaced after the check
        (HANDLER, "    const known", "    form.iin = req.body.other;\n    const known"),
        (HANDLER, "    const known", "    form.iin++;\n    const known"),
        (HANDLER, "    const known", "    delete form.iin;\n    const known"),
        (HANDLER, "    const known", "    normalise(form);\n    const known"),
        (HANDLER, "    const known", "    Object.assign(form, req.body.extra);\n    const known"),
        # validated in a branch that does not hold the query
        (HANDLER, VALIDATION, BRANCHED_VALIDATION),
        # the pattern test not enough to push the problem
        (
            CHECKS,
            "if (!form.iin || !this.isIin(form.iin))",
            "if (form.iin && form.iin.length < 3 && !this.isIin(form.iin))",
        ),
        # the problems dropped before they are returned, or an early return of none
        (CHECKS, "    return problems;", "    problems.length = 0;\n    return problems;"),
        (
            CHECKS,
            "    const problems: string[] = [];",
            "    const problems: string[] = [];\n    if (!form) return [];",
        ),
        # the test inside a nested block (a branch, a try)
        (CHECKS, IIN_CHECK, NESTED_IIN_CHECK),
    ]
    for which, old, new in cases:
        assert old in which, old
        tree = (
            _tree(HANDLER.replace(old, new)) if which is HANDLER else _tree(checks=CHECKS.replace(old, new))
        )
        handler = tree["api/src/routes/enrol.ts"].splitlines()
        # the finding on the query's line, wherever an inserted line moved it
        sink = next(i for i, line in enumerate(handler) if "Borrower.findOne" in line) + 1
        assert len(_run(tree, [_finding(line=sink)])) == 1, new


def test_kept_when_a_name_shadows_the_validated_object() -> None:
    shadowed = HANDLER.replace("    const known = await Borrower.findOne({ iin: form.iin });", SHADOWED)
    assert "Borrower.findOne" in shadowed.splitlines()[SINK_LINE]
    assert len(_run(_tree(shadowed), [_finding(line=SINK_LINE + 1)])) == 1
    # the same loop over another name: `form` is still the validated object
    other = SHADOWED.replace("const form of", "const item of")
    assert (
        _run(
            _tree(HANDLER.replace("    const known = await Borrower.findOne({ iin: form.iin });", other)),
            [_finding(line=SINK_LINE + 1)],
        )
        == ()
    )


def test_kept_when_the_checks_come_after_the_return() -> None:
    early = CHECKS.replace("    return problems;\n", "").replace(
        "    const problems: string[] = [];", "    const problems: string[] = [];\n    return problems;"
    )
    assert early.count("return problems;") == 1
    assert len(_run(_tree(checks=early), [_finding()])) == 1


def test_kept_when_the_validator_is_not_one_definition_of_the_tree() -> None:
    assert len(_run({"api/src/routes/enrol.ts": HANDLER}, [_finding()])) == 1
    twice = _tree()
    twice["api/src/lib/other.ts"] = CHECKS.replace("return problems;", "return [];")
    assert len(_run(twice, [_finding()])) == 1
    # validator.js: its assertString takes {"constructor": {"name": "String"}} for a string
    js = CHECKS.replace("!this.isIin(form.iin)", "!validator.isNumeric(form.iin)")
    assert len(_run(_tree(checks='import validator from "validator";\n' + js), [_finding()])) == 1
