"""javascript-nosql-injection findings whose filter takes only request-body fields that a schema
(joi, zod) or the application's own check has rejected objects for, before an early return or a
throw, dropped; anything else kept. Made-up code."""

from __future__ import annotations

from collections.abc import Mapping

from aiscan.models import Finding, Severity
from aiscan.sast.js_schema_validated import RULE, drop_schema_validated
from tests.conftest import make_finding

ROUTE = "svc/routes/borrowers.js"

# joi, the schema in a function of another file (the classic `validate(req.body)` route)
MODEL = """const mongoose = require('mongoose')
const Joi = require('joi')

const Borrower = mongoose.model('Borrower', new mongoose.Schema({ iin: String, phone: String }))

function validateBorrower (borrower) {
\tconst schema = {
\t\tiin: Joi.string().length(12).required(),
\t\tphone: Joi.string().min(10).max(16).required(),
\t\tamount: Joi.number().min(1000),
\t\tmeta: Joi.object(),
\t\tnote: Joi.any(),
\t\tbranch: Joi.string().when('kind', { is: 'x', then: Joi.object() })
\t}

\treturn Joi.validate(borrower, schema)
}

module.exports.Borrower = Borrower
module.exports.validate = validateBorrower
"""

JOI_ROUTE = """const express = require('express')
const router = express.Router()
const { Borrower, validate: validateBorrower } = require('../models/borrower')

router.post('/', async (req, res) => {
\tconst { error } = validateBorrower(req.body)
\tif (error) return res.status(400).send(error.details[0].message)

\tlet known = await Borrower.findOne({ iin: req.body.iin })
\tif (known) return res.status(409).send('exists')
\tres.send('ok')
})

module.exports = router
"""
JOI_SINK = 9

# zod, a schema constant of the same file, safeParse with its success checked
ZOD_ROUTE = """import { Router } from "express";
import { z } from "zod";
import { Loan } from "../models/loan";

const LoanQuery = z.object({
  contract: z.string().regex(/^KZ[0-9]{8}$/),
  term: z.number().int().positive(),
  extra: z.any(),
  loose: z.coerce.string(),
  fallback: z.string().catch("none"),
});

export const loans = Router();

loans.post("/find", async (req, res) => {
  const parsed = LoanQuery.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json(parsed.error.flatten());
    return;
  }
  const { contract, term } = req.body;
  const loan = await Loan.findOne({ contract, term: term });
  res.json(loan);
});
"""
ZOD_SINK = 22

# the application's own checks in a module of their own
CHECKS = """export function isIin(value) {
  return /^[0-9]{12}$/.test(value);
}

export const isPhone = (value) => typeof value === "string" && value.length <= 16;

export function isLoose(value) {
  return /^.+$/.test(value);
}

export function isPresent(value) {
  return value !== undefined && value !== null;
}
"""
OWN_ROUTE = """const { isIin, isPhone, isLoose, isPresent } = require('../lib/checks')
const Borrower = require('../models/borrower')

exports.lookup = async (req, res) => {
  if (!isIin(req.body.iin) || !isPhone(req.body.phone)) {
    return res.status(400).json({ message: 'bad request' })
  }
  const found = await Borrower.findOne({ iin: req.body.iin, phone: req.body.phone })
  return res.json(found)
}
"""
OWN_SINK = 8


def _finding(path: str, line: int, rule: str = RULE) -> Finding:
    return make_finding(rule, Severity.CRITICAL, path=path, line=line)


def _run(files: Mapping[str, str], findings: list[Finding]) -> tuple[Finding, ...]:
    return drop_schema_validated(findings, set(files), lambda p: files[p].splitlines())


def _joi(route: str = JOI_ROUTE, model: str = MODEL) -> dict[str, str]:
    return {ROUTE: route, "svc/models/borrower.js": model}


def _sink(text: str, marker: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if marker in line) + 1


def test_joi_schema_of_strings_checked_before_the_query() -> None:
    other = _finding(ROUTE, JOI_SINK, rule="javascript-sql-injection")
    assert _run(_joi(), [_finding(ROUTE, JOI_SINK), other]) == (other,)
    # a number, two fields, a block that returns, the result held whole, schema.validate
    variants = [
        ("{ iin: req.body.iin }", "{ amount: req.body.amount }"),
        ("{ iin: req.body.iin }", "{ iin: req.body.iin, phone: req.body.phone, state: 'open' }"),
        (
            "\tif (error) return res.status(400).send(error.details[0].message)",
            "\tif (error) {\n\t\tres.status(400).send(error.details[0].message)\n\t\treturn\n\t}",
        ),
        (
            "const { error } = validateBorrower(req.body)\n\tif (error)",
            "const result = validateBorrower(req.body)\n\tif (result.error)",
        ),
    ]
    for old, new in variants:
        assert old in JOI_ROUTE, old
        route = JOI_ROUTE.replace(old, new)
        assert _run(_joi(route), [_finding(ROUTE, _sink(route, "Borrower.findOne"))]) == (), new
    # a schema object built with Joi.object({...}) and validated with schema.validate(p)
    model = MODEL.replace("\tconst schema = {", "\tconst schema = Joi.object({").replace(
        "\t}\n\n\treturn Joi.validate(borrower, schema)", "\t})\n\n\treturn schema.validate(borrower)"
    )
    assert _run(_joi(model=model), [_finding(ROUTE, JOI_SINK)]) == ()


def test_joi_kept_when_the_check_does_not_hold() -> None:
    cases = [
        # fields the schema leaves open to objects: Joi.object, Joi.any, a when() that may swap the type
        ("{ iin: req.body.iin }", "{ iin: req.body.meta }"),
        ("{ iin: req.body.iin }", "{ iin: req.body.note }"),
        ("{ iin: req.body.iin }", "{ iin: req.body.branch }"),
        # a field the schema does not name (joi refuses unknown keys, but say so by name)
        ("{ iin: req.body.iin }", "{ iin: req.body.iin, login: req.body.login }"),
        # an operator's operand (`$where` runs the validated string as code), or the literal
        # handed to a function of the application rather than to the query
        ("{ iin: req.body.iin }", "{ $where: req.body.iin }"),
        ("{ iin: req.body.iin }", "{ '$where': req.body.iin }"),
        ("findOne({ iin: req.body.iin })", "findOne(toFilter({ iin: req.body.iin }))"),
        # the body taken whole, or spread
        ("findOne({ iin: req.body.iin })", "findOne(req.body)"),
        ("findOne({ iin: req.body.iin })", "findOne({ ...req.body })"),
        # validated but the result not checked, checked without returning, or after the query
        ("\tif (error) return res.status(400).send(error.details[0].message)\n", ""),
        ("\tif (error) return res.status(400)", "\tif (error) res.status(400)"),
        ("\tif (error) return", "\tif (!error) return"),
        # another object validated
        ("validateBorrower(req.body)", "validateBorrower(req.query)"),
        # the body changed between the check and the query
        ("\n\tlet known", "\n\treq.body.iin = req.query.iin\n\tlet known"),
        ("\n\tlet known", "\n\tObject.assign(req.body, req.query)\n\tlet known"),
        # validated only in a branch
        (
            "\tconst { error } = validateBorrower(req.body)\n"
            "\tif (error) return res.status(400).send(error.details[0].message)\n",
            "\tif (req.query.strict) {\n\t\tconst { error } = validateBorrower(req.body)\n"
            "\t\tif (error) return res.status(400).send('x')\n\t}\n",
        ),
    ]
    for old, new in cases:
        assert old in JOI_ROUTE, old
        route = JOI_ROUTE.replace(old, new)
        assert len(_run(_joi(route), [_finding(ROUTE, _sink(route, "Borrower.findOne"))])) == 1, new


def test_joi_kept_when_the_validator_is_not_understood() -> None:
    cases = [
        # the validator's argument not what it validates, or more than one definition
        ("\treturn Joi.validate(borrower, schema)", "\treturn Joi.validate({}, schema)"),
        (
            "\treturn Joi.validate(borrower, schema)",
            "\tborrower = {}\n\treturn Joi.validate(borrower, schema)",
        ),
        ("\treturn Joi.validate(borrower, schema)", "\treturn true"),
        # the field's schema a string or an object
        (
            "\t\tiin: Joi.string().length(12).required(),",
            "\t\tiin: Joi.alternatives().try(Joi.string(), Joi.object()),",
        ),
        ("\t\tiin: Joi.string().length(12).required(),", "\t\tiin: Joi.string().failover('x'),"),
    ]
    for old, new in cases:
        assert old in MODEL, old
        assert len(_run(_joi(model=MODEL.replace(old, new)), [_finding(ROUTE, JOI_SINK)])) == 1, new
    two = _joi()
    two["svc/lib/other.js"] = "function validateBorrower (x) {\n  return { error: null }\n}\n"
    assert len(_run(two, [_finding(ROUTE, JOI_SINK)])) == 1


def test_zod_safe_parse_with_its_success_checked() -> None:
    files = {"svc/routes/loans.ts": ZOD_ROUTE}
    assert _run(files, [_finding("svc/routes/loans.ts", ZOD_SINK)]) == ()
    # parse() as a statement throws on a failure
    thrown = ZOD_ROUTE.replace(
        "  const parsed = LoanQuery.safeParse(req.body);\n  if (!parsed.success) {\n"
        "    res.status(400).json(parsed.error.flatten());\n    return;\n  }\n",
        "  LoanQuery.parse(req.body);\n",
    )
    assert "LoanQuery.parse(req.body);" in thrown
    sink = _sink(thrown, "Loan.findOne")
    assert _run({"svc/routes/loans.ts": thrown}, [_finding("svc/routes/loans.ts", sink)]) == ()


def test_zod_kept_when_the_check_does_not_hold() -> None:
    cases = [
        # z.any(), a coercion (an object becomes "[object Object]" in the parsed copy, not in
        # req.body), a catch() that swallows the failure
        ("const { contract, term } = req.body;", "const { extra: contract, term } = req.body;"),
        ("const { contract, term } = req.body;", "const { loose: contract, term } = req.body;"),
        ("const { contract, term } = req.body;", "const { fallback: contract, term } = req.body;"),
        # the result not checked: safeParse never throws
        (
            "  if (!parsed.success) {\n    res.status(400).json(parsed.error.flatten());\n    return;\n  }\n",
            "",
        ),
        ("if (!parsed.success)", "if (parsed.success)"),
        # a rest element, a name reassigned after the destructuring
        ("const { contract, term } = req.body;", "const { contract, ...term } = req.body;"),
        (
            "const { contract, term } = req.body;",
            "let { contract, term } = req.body;\n  contract = req.query.c;",
        ),
    ]
    for old, new in cases:
        assert old in ZOD_ROUTE, old
        route = ZOD_ROUTE.replace(old, new)
        sink = _sink(route, "Loan.findOne")
        assert len(_run({"svc/routes/loans.ts": route}, [_finding("svc/routes/loans.ts", sink)])) == 1, new
    # a name bound before the body changed, the body validated afterwards
    route = ZOD_ROUTE.replace(
        "  const parsed = LoanQuery.safeParse(req.body);",
        "  const { contract: early } = req.body;\n  req.body.contract = 'KZ00000000';\n"
        "  const parsed = LoanQuery.safeParse(req.body);",
    ).replace("{ contract, term: term }", "{ contract: early, term: term }")
    assert "contract: early, term" in route and "req.body.contract = " in route
    sink = _sink(route, "Loan.findOne")
    assert len(_run({"svc/routes/loans.ts": route}, [_finding("svc/routes/loans.ts", sink)])) == 1


def test_own_checks_that_reject_objects() -> None:
    files = {"svc/routes/lookup.js": OWN_ROUTE, "svc/lib/checks.js": CHECKS}
    assert _run(files, [_finding("svc/routes/lookup.js", OWN_SINK)]) == ()
    # a destructured value checked by name; a one-line return
    named = OWN_ROUTE.replace(
        "  if (!isIin(req.body.iin) || !isPhone(req.body.phone)) {\n"
        "    return res.status(400).json({ message: 'bad request' })\n  }\n",
        "  const { iin } = req.body\n  if (!isIin(iin)) return res.status(400).end()\n",
    ).replace("{ iin: req.body.iin, phone: req.body.phone }", "{ iin }")
    files = {"svc/routes/lookup.js": named, "svc/lib/checks.js": CHECKS}
    assert _run(files, [_finding("svc/routes/lookup.js", _sink(named, "Borrower.findOne"))]) == ()


def test_own_checks_kept_when_they_let_objects_through() -> None:
    cases = [
        # a loose pattern ("." takes the space of "[object Object]"), a presence test
        ("!isIin(req.body.iin)", "!isLoose(req.body.iin)"),
        ("!isIin(req.body.iin)", "!isPresent(req.body.iin)"),
        # a conjunction: one failing check is not enough to return
        (
            "!isIin(req.body.iin) || !isPhone(req.body.phone)",
            "!isIin(req.body.iin) && !isPhone(req.body.phone)",
        ),
        # the check's result not negated, or the block not returning
        ("!isIin(req.body.iin)", "isIin(req.body.iin)"),
        (
            "    return res.status(400).json({ message: 'bad request' })\n",
            "    res.status(400).json({ message: 'bad request' })\n",
        ),
        # a field not checked
        ("{ iin: req.body.iin, phone: req.body.phone }", "{ iin: req.body.iin, phone: req.body.login }"),
    ]
    for old, new in cases:
        assert old in OWN_ROUTE, old
        route = OWN_ROUTE.replace(old, new)
        files = {"svc/routes/lookup.js": route, "svc/lib/checks.js": CHECKS}
        sink = _sink(route, "Borrower.findOne")
        assert len(_run(files, [_finding("svc/routes/lookup.js", sink)])) == 1, new
    # typeof of another type, or negated
    for body in (
        'typeof value === "object"',
        'typeof value !== "string"',
        "typeof value === typeof 1 || true",
    ):
        checks = CHECKS.replace('typeof value === "string" && value.length <= 16', body)
        route = OWN_ROUTE.replace("{ iin: req.body.iin, phone: req.body.phone }", "{ phone: req.body.phone }")
        files = {"svc/routes/lookup.js": route, "svc/lib/checks.js": checks}
        assert len(_run(files, [_finding("svc/routes/lookup.js", OWN_SINK)])) == 1, body


# a schema applied by route middleware in another file
MIDDLEWARE = """const payloadCheck = (schema) => async (req, res, next) => {
  try {
    const { body: payload } = req
    await schema.validateAsync(payload)
    next()
  } catch (error) {
    return res.status(400).json({ message: error.message })
  }
}

module.exports = payloadCheck
"""
SCHEMAS = """const Joi = require('joi')

const applicationCreate = Joi.object({
  iin: Joi.string().length(12).required(),
  product: Joi.string().required(),
  extra: Joi.object()
})

module.exports = { applicationCreate }
"""
ROUTES = """const router = require('express').Router()
const { applicationController } = require('../controllers')
const payloadCheck = require('../middlewares/payloadCheck')
const { applicationCreate } = require('../schemas/applications')

router.post('/', payloadCheck(applicationCreate), applicationController.submitApplication)
router.post(
  '/draft',
  payloadCheck(applicationCreate),
  applicationController.submitApplication
)

module.exports = router
"""
CONTROLLER = """exports.submitApplication = async (req, res) => {
  try {
    const open = await req.db.Application.findOne({ iin: req.body.iin, state: 'open' })
    if (open) return res.status(409).json({ success: false })
    return res.json({ success: true })
  } catch (error) {
    return res.status(500).json({ success: false })
  }
}
"""
CONTROLLER_PATH = "api/controllers/applicationController.js"


def _routed() -> dict[str, str]:
    return {
        "api/middlewares/payloadCheck.js": MIDDLEWARE,
        "api/schemas/applications.js": SCHEMAS,
        "api/routes/applications.js": ROUTES,
        CONTROLLER_PATH: CONTROLLER,
    }


def test_route_middleware_that_validates_the_body() -> None:
    assert _run(_routed(), [_finding(CONTROLLER_PATH, 3)]) == ()


def test_route_middleware_kept_when_it_does_not_hold() -> None:
    routes = "api/routes/applications.js"
    middleware = "api/middlewares/payloadCheck.js"
    cases = [
        # one route without the check, or the handler wrapped or named elsewhere
        (routes, ROUTES, "payloadCheck(applicationCreate),\n  application", "application"),
        (
            routes,
            ROUTES,
            "applicationController.submitApplication)\nrouter",
            "wrap(applicationController.submitApplication))\nrouter",
        ),
        (
            routes,
            ROUTES,
            "module.exports = router",
            "router.submit = applicationController.submitApplication\nmodule.exports = router",
        ),
        # never routed
        (routes, ROUTES, "applicationController.submitApplication", "applicationController.other"),
        # a field the schema leaves open
        (CONTROLLER_PATH, CONTROLLER, "{ iin: req.body.iin,", "{ iin: req.body.extra,"),
        # the body changed in the handler before the query
        (CONTROLLER_PATH, CONTROLLER, "  try {\n", "  try {\n    req.body.iin = req.query.iin\n"),
        # the middleware goes on after a failure, validates something else, or next() comes first
        (middleware, MIDDLEWARE, "    return res.status(400)", "    next()\n    return res.status(400)"),
        (middleware, MIDDLEWARE, "validateAsync(payload)", "validateAsync(req.query)"),
        (
            middleware,
            MIDDLEWARE,
            "    await schema.validateAsync(payload)\n    next()",
            "    next()\n    await schema.validateAsync(payload)",
        ),
        (
            middleware,
            MIDDLEWARE,
            "    await schema.validateAsync(payload)",
            "    schema.validateAsync(payload)",
        ),
        (
            middleware,
            MIDDLEWARE,
            "    await schema.validateAsync(payload)",
            "    if (req.query.skip) {\n      next()\n    }\n    await schema.validateAsync(payload)",
        ),
    ]
    for path, text, old, new in cases:
        assert old in text, old
        files = _routed()
        files[path] = text.replace(old, new)
        sink = _sink(files[CONTROLLER_PATH], "findOne")
        assert len(_run(files, [_finding(CONTROLLER_PATH, sink)])) == 1, new
