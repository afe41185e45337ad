"""Flows across functions and modules in JavaScript and TypeScript (aiscan.sast.interfile.javascript):
an Express, Koa or Nest handler hands request data to a function of another module (CommonJS
`exports.f`, `module.exports = {...}`, ES modules' `export function`, a service class's method),
which builds the SQL, runs the command, fetches the URL, opens the path or writes the HTML; a
helper returns request data to the handler. Real semgrep, on an invented loan service; the decoys
bind parameters, parse a number, check an allow-list, pass a constant, or call a built-in method
that shares a name with a function of the tree."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.models import Confidence, Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan

LOANS_ROUTES = """const express = require('express');
const db = require('../db');
const repository = require('../services/repository');
const { exportStatement } = require('../services/statements');
const rates = require('../services/rates');
const documents = require('../services/documents');
const { clientIin, pageSize } = require('../lib/params');

const router = express.Router();

router.get('/loans', async (req, res) => {
  const iin = req.query.iin;
  const rows = await repository.findByIin(iin);
  const bound = await repository.findBound(iin);
  const same = await repository.findByIin('870412300415');
  res.json({ rows, bound, same });
});

router.post('/statements', (req, res) => {
  exportStatement(req.body.format, 'fixed name');
  exportStatement('pdf', req.body.name);
  res.send('ok');
});

router.get('/rates', async (req, res) => {
  res.json(await rates.fetchRates(req.query.source));
});

router.get('/documents/:name', (req, res) => {
  res.type('pdf').send(documents.openDocument(req.params.name));
});

router.get('/branch', async (req, res) => {
  res.json(await repository.countByBranch(parseInt(req.query.branch, 10)));
});

router.get('/client', async (req, res) => {
  const iin = clientIin(req);
  const rows = await db.query("SELECT * FROM clients WHERE iin = '" + iin + "'");
  const size = pageSize(req);
  const page = await db.query('SELECT * FROM clients LIMIT ' + size);
  res.json({ rows, page });
});

module.exports = router;
"""

REPOSITORY = """const db = require('../db');

exports.findByIin = async function (iin) {
  return db.query("SELECT * FROM loans WHERE iin = '" + iin + "'");
};

exports.findBound = async function (iin) {
  return db.query('SELECT * FROM loans WHERE iin = $1', [iin]);
};

exports.countByBranch = async (branch) => {
  return db.query('SELECT count(*) FROM loans WHERE branch = ' + branch);
};
"""

STATEMENTS = """const { exec } = require('child_process');

function exportStatement(format, clientName) {
  exec('statement-export --format pdf --name ' + clientName);
}

module.exports = { exportStatement };
"""

RATES = """import axios from 'axios';

export async function fetchRates(url: string): Promise<string> {
  const response = await axios.get(url);
  return response.data;
}
"""

DOCUMENTS = """import fs from 'fs';

export const openDocument = (name) => fs.readFileSync('/srv/documents/' + name);
"""

PARAMS = """exports.clientIin = (req) => req.query.iin;

exports.pageSize = (req) => Number(req.query.size);
"""

PRODUCTS_CONTROLLER = """import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { ProductsService } from './products.service';

const SORTABLE = ['name', 'price'];

@Controller('products')
export class ProductsController {
  constructor(private readonly productsService: ProductsService) {}

  @Get('search')
  search(@Query('name') name: string) {
    return this.productsService.findByName(name);
  }

  @Get(':id/sorted')
  sorted(@Param('id') id: string, @Query('sort') sort: string) {
    if (!SORTABLE.includes(sort)) {
      throw new Error('bad sort');
    }
    return this.productsService.sortedBy(sort);
  }

  @Post('preview')
  preview(@Body('html') html: string, @Res() res: Response) {
    return this.productsService.renderPreview(res, html);
  }
}
"""

PRODUCTS_SERVICE = """import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ProductsService {
  constructor(private readonly dataSource: DataSource) {}

  async findByName(name: string) {
    return this.dataSource.query(`SELECT * FROM products WHERE name = '${name}'`);
  }

  async sortedBy(column: string) {
    return this.dataSource.query(`SELECT * FROM products ORDER BY ${column}`);
  }

  renderPreview(res, html: string) {
    res.send('<div class="preview">' + html + '</div>');
  }
}
"""

KOA_ROUTES = """import Router from '@koa/router';
import { findClient } from '../services/clients.js';

export const router = new Router();

router.get('/clients/:iin', async (ctx) => {
  ctx.body = await findClient(ctx.params.iin);
});
"""

CLIENTS = """import pool from '../db.js';

export async function findClient(iin) {
  const { rows } = await pool.query(`SELECT * FROM clients WHERE iin = '${iin}'`);
  return rows;
}
"""


APP_FACTORY = """const express = require('express');

function createApp(options) {
  const app = express();
  app.get('/echo', (req, res) => {
    const names = ['first', 'last'].map((name) => req.query[name]);
    res.json(names);
  });
  return app;
}

module.exports = { createApp };
"""

SMOKE = """const request = require('supertest');
const { createApp } = require('../lib/app-factory');

request(createApp({})).get('/echo');
"""


def _service(tmp_path: Path) -> Path:
    root = tmp_path / "portal"
    files = {
        "routes/loans.js": LOANS_ROUTES,
        "services/repository.js": REPOSITORY,
        "services/statements.js": STATEMENTS,
        "services/rates.ts": RATES,
        "services/documents.js": DOCUMENTS,
        "lib/params.js": PARAMS,
        "src/products/products.controller.ts": PRODUCTS_CONTROLLER,
        "src/products/products.service.ts": PRODUCTS_SERVICE,
        "koa/routes/clients.js": KOA_ROUTES,
        "koa/services/clients.js": CLIENTS,
        "lib/app-factory.js": APP_FACTORY,
        "scripts/smoke.js": SMOKE,
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


@pytest.fixture(scope="module")
def portal_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_service(tmp_path_factory.mktemp("interfile-javascript")))


def _places(findings: list[Finding]) -> dict[tuple[str, str, int], str]:
    return {
        (f.rule_id.removesuffix(interfile.RULE_SUFFIX), f.location.path, f.location.start_line): f.message
        for f in _across(findings)
    }


def test_request_data_passed_to_an_exported_function_that_builds_sql_is_reported_there(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = portal_scan
    assert status is RunStatus.OK, run
    sql = [
        f
        for f in _across(findings)
        if f.rule_id == "javascript-sql-injection" + interfile.RULE_SUFFIX
        and f.location.path == "services/repository.js"
    ]
    assert [f.location.start_line for f in sql] == [4], sql
    finding = sql[0]
    assert "findByIin" in finding.message, finding.message
    assert "routes/loans.js:13" in finding.message, finding.message
    assert "routes/loans.js:15" not in finding.message, finding.message  # a constant argument
    assert finding.cwe == ("CWE-89",)
    assert finding.confidence is Confidence.MEDIUM


def test_commonjs_and_es_module_functions_of_each_class_are_reported_where_the_sink_is(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = _places(findings)
    # module.exports = { exportStatement }: only its second parameter reaches the command
    assert "routes/loans.js:21" in places.get(
        ("javascript-command-injection", "services/statements.js", 4), ""
    ), places
    assert "routes/loans.js:20" not in places[("javascript-command-injection", "services/statements.js", 4)]
    # export async function (TypeScript) and export const arrow function
    assert ("javascript-ssrf", "services/rates.ts", 4) in places, places
    assert ("javascript-path-traversal", "services/documents.js", 3) in places, places
    # ES modules with Koa's context
    assert "koa/routes/clients.js:7" in places.get(
        ("javascript-sql-injection", "koa/services/clients.js", 4), ""
    ), places


def test_nest_controller_parameters_handed_to_a_service_are_followed_into_its_methods(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = _places(findings)
    sql = places.get(("javascript-sql-injection", "src/products/products.service.ts", 9), "")
    assert "ProductsService.findByName" in sql and "products.controller.ts:13" in sql, places
    xss = places.get(("javascript-xss", "src/products/products.service.ts", 17), "")
    assert "as argument 2 " in xss and "products.controller.ts:26" in xss, places


def test_a_helper_that_returns_request_data_is_a_source_where_it_is_called(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = _places(findings)
    returned = places.get(("javascript-sql-injection", "routes/loans.js", 39), "")
    assert "clientIin (lib/params.js:1)" in returned, places
    # pageSize returns a number parsed from the request
    assert ("javascript-sql-injection", "routes/loans.js", 41) not in places, places
    # createApp returns the app; the request data is returned by a callback nested inside it
    assert not [p for p in places if p[1] == "scripts/smoke.js"], places


def test_bound_parsed_allow_listed_and_constant_arguments_are_not_reported(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = {(path, line) for _, path, line in _places(findings)}
    assert places == {
        ("services/repository.js", 4),
        ("services/statements.js", 4),
        ("services/rates.ts", 4),
        ("services/documents.js", 3),
        ("koa/services/clients.js", 4),
        ("src/products/products.service.ts", 9),
        ("src/products/products.service.ts", 17),
        ("routes/loans.js", 39),
    }, places


BUILTIN_ROUTES = """const express = require('express');
const cache = require('./cache');

const router = express.Router();
const headers = new Map();
const labels = [];

router.get('/lookup', (req, res) => {
  const key = req.query.key;
  const seen = headers.get(key);
  labels.push(key);
  const joined = labels.join(key);
  const hit = cache.get(key);
  res.json({ seen, joined, hit });
});

router.get('/archive', (req, res) => {
  res.json(cache.push(req.query.item));
});

module.exports = router;
"""

CACHE = """const { execSync } = require('child_process');
const db = require('./db');

function get(key) {
  return db.query("SELECT value FROM cache WHERE key = '" + key + "'");
}

function push(item) {
  execSync('archive-push ' + item);
}

function join(parts) {
  execSync('archive-join ' + parts);
}

module.exports = { get, push, join };
"""


@pytest.fixture(scope="module")
def builtin_scan(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    root = tmp_path_factory.mktemp("interfile-javascript-builtins") / "portal"
    root.mkdir(parents=True)
    (root / "routes.js").write_text(BUILTIN_ROUTES)
    (root / "cache.js").write_text(CACHE)
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    return _across(findings)


def test_built_in_method_names_on_other_receivers_are_not_taken_for_the_tree_s_functions(
    builtin_scan: list[Finding],
) -> None:
    places = {(f.location.path, f.location.start_line): f.message for f in builtin_scan}
    # headers.get(key), labels.push(key), labels.join(key): a Map's and an array's methods
    assert "routes.js:10" not in places.get(("cache.js", 5), ""), places
    assert ("cache.js", 13) not in places, places
    # the same names called through the module that defines them are followed
    assert "routes.js:13" in places.get(("cache.js", 5), ""), places
    assert "routes.js:18" in places.get(("cache.js", 9), ""), places
    assert "routes.js:11" not in places.get(("cache.js", 9), ""), places


def test_typescript_files_are_followed_under_the_javascript_switch(tmp_path: Path) -> None:
    root = _service(tmp_path)
    status, findings, run = _scan(root, semgrep_across_functions=frozenset({"java"}))
    assert status is RunStatus.OK, run
    assert _across(findings) == []
    reason = run.reason  # type: ignore[attr-defined]
    assert "flows across functions not followed for javascript (off in the configuration)" in reason
    assert "typescript" not in reason
    status, findings, run = _scan(root, semgrep_across_functions=frozenset({"javascript"}))
    assert status is RunStatus.OK, run
    assert "flows across functions followed for javascript (javascript:" in run.reason  # type: ignore[attr-defined]
    places = {(f.location.path, f.location.start_line) for f in _across(findings)}
    assert ("src/products/products.service.ts", 9) in places, places


def test_the_javascript_rule_ids_are_known_to_the_analyzer() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in (
        "javascript-sql-injection",
        "javascript-command-injection",
        "javascript-ssrf",
        "javascript-path-traversal",
        "javascript-xss",
    ):
        assert rule + interfile.RULE_SUFFIX in ids


def test_a_summary_with_a_name_that_is_not_an_identifier_never_reaches_a_generated_rule() -> None:
    summaries = [
        interfile.Summary("javascript-sql-injection", interfile.PARAMETER, "findByIin", 0, "r.js", 4, 2),
        interfile.Summary("javascript-sql-injection", interfile.PARAMETER, "x)|.*|(y", 0, "e.js", 3, 2),
        interfile.Summary("javascript-sql-injection", interfile.RETURNS, "a.b", None, "p.js", 1, 1),
    ]
    text = yaml.safe_dump(interfile.second_pass_rules("javascript", summaries))
    assert "findByIin" in text and "x)|" not in text and "a.b" not in text
