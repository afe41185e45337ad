"""javascript-nosql-injection findings whose request data is only a query string's values, in an
application on Express 5 (whose default query parser yields strings and arrays of strings, never
objects), dropped; anything else kept. Made-up code."""

from __future__ import annotations

from collections.abc import Mapping

from aiscan.models import Finding, Severity
from aiscan.sast.express_query_strings import (
    drop_express5_query_strings,
    express_major,
    only_query_values,
    sets_query_parser,
)
from tests.conftest import make_finding

PACKAGE_5 = '{"name": "zaim-office", "dependencies": {"express": "^5.0.1", "mongoose": "^8.2.0"}}'
PACKAGE_4 = '{"name": "zaim-office", "dependencies": {"express": "^4.21.0", "mongoose": "^8.2.0"}}'

HANDLER = """import { Router } from "express";
import Loan from "../models/Loan";

const router = Router();

export const listLoans = async (req, res) => {
  const { branch } = req.query;
  const filter = branch ? { branch } : {};
  const loans = await Loan.find(filter);
  res.json(loans);
};

export const createLoan = async (req, res) => {
  const loan = await Loan.create({ amount: req.body.amount });
  res.status(201).json(loan);
};
"""
# the line of `Loan.find(filter)` above
SINK_LINE = 9


def _finding(
    path: str = "svc/src/loans.ts", line: int = SINK_LINE, rule: str = "javascript-nosql-injection"
) -> Finding:
    return make_finding(rule, Severity.CRITICAL, path=path, line=line)


def _run(files: Mapping[str, str], findings: list[Finding]) -> tuple[Finding, ...]:
    scripts = {p for p in files if p.endswith((".ts", ".js"))}
    manifests = [p for p in files if p.endswith("package.json")]
    return drop_express5_query_strings(findings, scripts, manifests, lambda p: files[p].splitlines())


def test_express_major_reads_plain_ranges_only() -> None:
    assert express_major(PACKAGE_5) == 5
    assert express_major(PACKAGE_4) == 4
    assert express_major('{"dependencies": {"express": "5.1.0"}}') == 5
    assert express_major('{"dependencies": {"express": "~5.0.0"}}') == 5
    assert express_major('{"dependencies": {"express": ">=5.0.0"}}') == 5
    assert express_major('{"devDependencies": {"express": "5.x"}}') == 5
    assert express_major('{"dependencies": {"express": "5.0.0-beta.3"}}') == 5
    # Express 5's alphas still parsed with qs by default
    assert express_major('{"dependencies": {"express": "5.0.0-alpha.8"}}') is None
    assert express_major('{"dependencies": {"express": "^4.18.0 || ^5.0.0"}}') is None
    assert express_major('{"dependencies": {"express": ">=4.17.0"}}') == 4
    assert express_major('{"dependencies": {"express": "*"}}') is None
    assert express_major('{"dependencies": {"express": "latest"}}') is None
    assert express_major('{"dependencies": {"express": "github:someone/express#main"}}') is None
    assert express_major('{"dependencies": {"koa": "^2.15.0"}}') is None
    assert express_major("{not json") is None


def test_a_query_parser_setting_other_than_simple() -> None:
    assert sets_query_parser('app.set("query parser", "extended");')
    assert sets_query_parser("app.set('query parser', (s) => qs.parse(s, { depth: 3 }));")
    assert sets_query_parser("app.set(`query parser`, parseQuery);")
    assert sets_query_parser("const QP = 'query parser';")  # a setting by a name we cannot follow
    assert not sets_query_parser("app.set('query parser', 'simple');")
    assert not sets_query_parser('app.set("query parser", false);')
    assert not sets_query_parser("app.set('trust proxy', 1);")
    assert sets_query_parser("Object.defineProperty(req, 'query', { value: parsed });")
    assert sets_query_parser("req.query = qs.parse(req.url.split('?')[1]);")
    assert not sets_query_parser("const same = req.query === undefined;")


def test_only_query_values_in_the_handler() -> None:
    lines = HANDLER.splitlines()
    assert only_query_values(lines, SINK_LINE - 1)
    body = HANDLER.replace("const { branch } = req.query;", "const { branch } = req.body;")
    assert not only_query_values(body.splitlines(), SINK_LINE - 1)
    # the other handler, around the create call, reads the body
    assert not only_query_values(lines, 14 - 1)


def test_dropped_on_express_5_with_the_default_parser() -> None:
    files = {
        "svc/package.json": PACKAGE_5,
        "svc/src/loans.ts": HANDLER,
        "svc/src/app.ts": "app.use(router);\n",
    }
    other = _finding(rule="javascript-sql-injection")
    assert _run(files, [_finding(), other]) == (other,)


def test_kept_on_express_4_or_without_a_version() -> None:
    assert len(_run({"svc/package.json": PACKAGE_4, "svc/src/loans.ts": HANDLER}, [_finding()])) == 1
    assert len(_run({"svc/src/loans.ts": HANDLER}, [_finding()])) == 1
    # the nearest package.json decides; a root one declaring Express 5 does not speak for a
    # package whose own package.json does not declare it
    files = {"package.json": PACKAGE_5, "svc/package.json": '{"name": "svc"}', "svc/src/loans.ts": HANDLER}
    assert len(_run(files, [_finding()])) == 1


def test_kept_when_the_application_sets_a_query_parser() -> None:
    files = {
        "svc/package.json": PACKAGE_5,
        "svc/src/loans.ts": HANDLER,
        "svc/src/app.ts": 'app.set("query parser", "extended");\napp.use(router);\n',
    }
    assert len(_run(files, [_finding()])) == 1


def test_kept_when_a_query_value_can_be_an_object_or_a_key() -> None:
    cases = [
        # another request source in the handler
        ("const { branch } = req.query;", "const { branch } = req.query; const s = req.body.s;"),
        # the query object taken whole: its keys are the client's ($where among them)
        ("const filter = branch ? { branch } : {};", "const filter = req.query;"),
        ("const filter = branch ? { branch } : {};", "const filter = { ...req.query };"),
        ("const { branch } = req.query;", "const { branch, ...rest } = req.query;"),
        ("const filter = branch ? { branch } : {};", "const filter = Object.assign({}, req.query);"),
        # a value parsed into an object
        ("const filter = branch ? { branch } : {};", "const filter = JSON.parse(req.query.f);"),
        ("const filter = branch ? { branch } : {};", "const filter = qs.parse(branch);"),
        ("const filter = branch ? { branch } : {};", "const filter = Object.fromEntries([[branch, 1]]);"),
        # a value used as a key
        ("const filter = branch ? { branch } : {};", "const filter = { [branch]: 1 };"),
        ("const filter = branch ? { branch } : {};", "const filter = {}; filter[branch] = 1;"),
        # Koa's or Next's request objects are not Express's
        ("const { branch } = req.query;", "const { branch } = ctx.query;"),
        ("const { branch } = req.query;", "const { branch } = ctx.request.query;"),
        ("const { branch } = req.query;", "const { branch } = context.req.query;"),
        ("const { branch } = req.query;", "const branch = req.query('branch');"),
    ]
    for old, new in cases:
        assert old in HANDLER
        files = {"svc/package.json": PACKAGE_5, "svc/src/loans.ts": HANDLER.replace(old, new)}
        assert len(_run(files, [_finding()])) == 1, new


def test_dotted_and_indexed_values_are_strings() -> None:
    handler = HANDLER.replace(
        "const { branch } = req.query;",
        "const branch = req.query.branch; const page = request.query['page']; const s = req.query?.s;",
    )
    files = {"svc/package.json": PACKAGE_5, "svc/src/loans.ts": handler}
    assert _run(files, [_finding()]) == ()
