"""Third-party JavaScript recognised by content: listed as not AIS code, never silently, and not
given to SAST; the project's own scripts are read whatever their banner or size."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus
from aiscan.sast.vendored import MIN_BYTES, THIRD_PARTY, third_party_script

BODY = b"var a = 1;\n" * (MIN_BYTES // 10)
MATERIALIZE = (
    b"/*!\n * Materialize v1.0.0 (http://materializecss.com)\n * Copyright 2014-2017 Materialize\n"
    b" * MIT License (https://raw.githubusercontent.com/Dogfalo/materialize/master/LICENSE)\n */\n"
)
JQUERY = (
    b"/*!\n * jQuery JavaScript Library v3.6.0\n * https://jquery.com/\n *\n"
    b" * Copyright OpenJS Foundation and other contributors\n * Released under the MIT license\n */\n"
)


def test_a_library_license_banner_names_the_library() -> None:
    why = third_party_script("static/js/materialize.js", MATERIALIZE + BODY)
    assert why == f"{THIRD_PARTY} (Materialize 1.0.0: library license banner), not AIS code"
    assert "jQuery JavaScript Library 3.6.0" in (third_party_script("web/lib.js", JQUERY + BODY) or "")


def test_a_banner_that_spells_out_the_word_version_names_the_library() -> None:
    prototype = (
        b"/*  Prototype JavaScript framework, version 1.7.3\n *  (c) 2005-2010 Sam Stephenson\n *\n"
        b" *  Prototype is freely distributable under the terms of an MIT-style license.\n */\n"
    )
    why = third_party_script("docs/skin/prototype.js", prototype + BODY)
    named = "Prototype JavaScript framework 1.7.3: library license banner"
    assert why == f"{THIRD_PARTY} ({named}), not AIS code"
    # the project's own file whose comment gives the version of an API it talks to is not one
    own = b"/* Loan portal client, talks to the scoring API version 2.1 */\n" + BODY
    assert third_party_script("static/js/portal.js", own) is None


def test_bundles_are_recognised_by_their_bootstrap() -> None:
    webpack = b"/******/ (() => { // webpackBootstrap\n/******/ \tvar __webpack_modules__ = ({\n" + BODY
    umd = b"(function (global, factory) {\n  typeof exports === 'object' ? module.exports = f() : 0\n" + BODY
    minified_umd = b'!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?x:y}' + BODY
    assert "webpack bundle" in (third_party_script("dist2/app.js", webpack) or "")
    assert "UMD bundle" in (third_party_script("moment.js", umd) or "")
    assert "UMD bundle" in (third_party_script("chart.mjs", minified_umd) or "")


def test_a_umd_wrapper_that_asks_for_amd_first_is_a_bundle_too() -> None:
    # the other order of the same two-argument wrapper (umdjs' returnExports): AMD, then
    # CommonJS, then a browser global; a library's build and its generated message files
    amd_first = (
        b"/* eslint-disable */\n;(function(root, factory) {\n"
        b"  if (typeof define === 'function' && define.amd) { // AMD\n    define([], factory);\n"
        b"  } else if (typeof exports === 'object') { // Node.js\n    module.exports = factory();\n"
    )
    minified = b'!function(e,t){if("function"==typeof define&&define.amd)define([],t);' + BODY
    assert "UMD bundle" in (third_party_script("public/blockly/msg/ar.js", amd_first + BODY) or "")
    assert "UMD bundle" in (third_party_script("static/lib.js", minified) or "")
    assert "UMD bundle" in (
        third_party_script(
            "static/lib.js",
            b'(function (root, factory) {\n  "use strict";\n'
            b'  if (typeof define === "function" && define.amd) {' + BODY,
        )
        or ""
    )
    # a project's own script that merely checks for an AMD loader later on is not one
    own = b"(function (win, doc) {\n  var ready = false;\n"
    own += b"  if (typeof define === 'function' && define.amd) {}\n"
    assert third_party_script("web/cabinet.js", own + BODY) is None


def test_amd_modules_named_by_a_build_are_a_bundle() -> None:
    # an optimizer (r.js, Rollup's AMD output) writes each module's name into its define call;
    # a hand-written AMD module leaves it to the loader (`define(["jquery"], function ($) {`)
    rollup = b'define("vs/editor.api-CalNCsUg",["exports"],(function(so){"use strict";var $d,jd;' + BODY
    rjs = (
        b'define("ace/mode/doc_comment_highlight_rules",["require","exports","module","ace/lib/oop"],'
        b' function(require, exports, module) {\n"use strict";\n' + BODY
    )
    assert "AMD modules named by a build" in (third_party_script("public/monaco/editor.api.js", rollup) or "")
    assert "AMD modules named by a build" in (third_party_script("libraries/ace/js/mode-php.js", rjs) or "")
    anonymous = b'define(["jquery", "app/loans"], function ($, loans) {\n  "use strict";\n' + BODY
    assert third_party_script("static/js/loans.js", anonymous) is None


def test_a_browserify_standalone_bundle_is_recognised_by_its_wrapper_and_prelude() -> None:
    # `browserify --standalone`: a UMD wrapper with one factory argument around browserify's
    # prelude (a package's browser build, such as a PDF library's `js/<name>.standalone.js`)
    standalone = (
        b'(function(f){if(typeof exports==="object"&&typeof module!=="undefined"){module.exports=f()}'
        b'else if(typeof define==="function"&&define.amd){define([],f)}else{var g;g=window;g.Loan = f()}})'
        b"(function(){var define,module,exports;return (function(){function r(e,n,t){function o(i,f){"
        b"if(!n[i]){}return n[i].exports}return o}return r})()({1:[function(require,module,exports){\n"
    )
    assert "browserify bundle" in (third_party_script("js/lending.standalone.js", standalone + BODY) or "")
    # the prelude alone, after a banner without a version
    prelude = b"/* built */\n(function(){function r(e,n,t){function o(i,f){if(!n[i]){}}}})()({1:[" + BODY
    assert "browserify bundle" in (third_party_script("public/app.js", prelude) or "")
    # a project's own UMD-style module exporting a factory is recognised only with the prelude
    own_umd = (
        b'(function(f){if(typeof exports==="object"&&typeof module!=="undefined"){module.exports=f()}'
        b"else{window.Cabinet=f()}})(function(){\nreturn { render: function(){} };\n" + BODY
    )
    assert third_party_script("web/cabinet.js", own_umd) is None


def test_an_esbuild_bundle_is_recognised_by_its_runtime_prelude() -> None:
    # esbuild's helpers, minified (a tool's committed release such as `.yarn/releases/*.cjs`)
    # and as written
    minified = (
        b"#!/usr/bin/env node\n/* eslint-disable */\n//prettier-ignore\n(()=>{var Xa=Object.create;"
        b"var Yb=Object.defineProperty;var Zc=Object.getOwnPropertyDescriptor;"
        b"var Wd=Object.getOwnPropertyNames;"
    )
    plain = (
        b'"use strict";\nvar __create = Object.create;\nvar __defProp = Object.defineProperty;\n'
        b"var __getOwnPropDesc = Object.getOwnPropertyDescriptor;\n"
        b"var __getOwnPropNames = Object.getOwnPropertyNames;\n"
    )
    assert "esbuild bundle" in (third_party_script(".yarn/releases/tool-4.1.0.cjs", minified + BODY) or "")
    assert "esbuild bundle" in (third_party_script("dist/server.js", plain + BODY) or "")
    # the project's own code using Object.create is not a bundle
    own = b"const proto = Object.create(null);\nObject.defineProperty(proto, 'x', {value: 1});\n"
    assert third_party_script("web/model.js", own + BODY) is None


def test_a_vite_or_rollup_chunk_is_recognised_by_its_hashed_name_and_sibling_imports() -> None:
    # a code-split chunk: hashed file name, minified imports from a hashed sibling chunk
    chunk = (
        b'import { q as Ka, w as Lb, aB as Mc } from "./main-Xy3_k9Qa.js";\n'
        b'import { r as Nd } from "./vendor-P0o-Zz12.js";\n'
    )
    why = third_party_script("public/assets/LoanTable-Ab3dE_9x.js", chunk + BODY)
    assert "Vite/Rollup chunk" in (why or "")
    preload = (
        b"const __vite__mapDeps=(i,m=__vite__mapDeps,"
        b'd=(m.f||(m.f=["assets/a-Qw3rTy12.js"])))=>i.map(i=>d[i]);\n'
    )
    why = third_party_script("dist/assets/index-Zx9_Aa0b.js", preload + BODY)
    assert "Vite/Rollup chunk" in (why or "")
    # the same imports under a written name, or a hashed name over written imports, are the project's
    assert third_party_script("web/loans.js", chunk + BODY) is None
    own = b'import { formatAmount } from "./format.js";\n'
    assert third_party_script("web/LoanTable-Ab3dE_9x.js", own + BODY) is None
    # an import from a sibling whose name only looks hashed, in a file whose name is not hashed
    sibling = b'import { a } from "./loan-schedule.js";\n'
    assert third_party_script("web/loan-schedule.js", sibling + BODY) is None


def test_the_projects_own_scripts_are_not_third_party() -> None:
    own = b"/* Copyright 2024 QarzOnline. All rights reserved. */\n" + BODY
    assert third_party_script("web/cabinet.js", own) is None  # a copyright without a library version
    assert third_party_script("web/lib.js", BODY + JQUERY) is None  # the banner must lead the file
    assert third_party_script("web/small.js", JQUERY + b"var a;\n") is None  # small: cheap to analyse
    assert third_party_script("web/lib.ts", JQUERY + BODY) is None  # TypeScript is written, not copied
    assert third_party_script("web/lib.js", JQUERY + b"x", size=MIN_BYTES * 2) is not None


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=6000), st.sampled_from(["a.js", "b.mjs", "c.ts", "d.py"]))
def test_any_bytes_give_a_reason_or_none(data: bytes, name: str) -> None:
    why = third_party_script(name, data + BODY)
    assert why is None or (why.startswith(THIRD_PARTY) and "\n" not in why)


def test_the_inventory_lists_third_party_scripts_and_keeps_them_for_the_secret_scan(tmp_path: Path) -> None:
    (tmp_path / "static" / "js").mkdir(parents=True)
    (tmp_path / "static" / "js" / "materialize.js").write_bytes(MATERIALIZE + BODY)
    (tmp_path / "static" / "js" / "cabinet.js").write_bytes(BODY)
    inv = build_inventory(tmp_path)
    assert [f.path for f in inv.files] == ["static/js/cabinet.js"]
    (listed,) = inv.build_tooling
    assert listed.path == "static/js/materialize.js" and "Materialize 1.0.0" in listed.reason
    assert "static/js/materialize.js" in inv.other_files  # the secret scanning still reads it


def test_a_bundle_too_large_for_sast_is_listed_as_third_party_not_as_a_gap(tmp_path: Path) -> None:
    prelude = b"(()=>{var a=Object.create;var b=Object.defineProperty;var c=Object.getOwnPropertyDescriptor;"
    (tmp_path / ".yarn" / "releases").mkdir(parents=True)
    (tmp_path / ".yarn" / "releases" / "tool-4.1.0.cjs").write_bytes(prelude + BODY * 4)
    (tmp_path / "big.js").write_bytes(BODY * 4)  # the project's own large file stays a gap
    inv = build_inventory(tmp_path, max_file_bytes=len(BODY) * 2)
    assert [(s.path, s.reason.split(" ")[0]) for s in inv.skipped] == [("big.js", "larger")]
    (listed,) = inv.build_tooling
    assert listed.path == ".yarn/releases/tool-4.1.0.cjs" and "esbuild bundle" in listed.reason


def test_semgrep_reads_no_third_party_script_not_even_with_the_rules_for_any_text(tmp_path: Path) -> None:
    # a bidirectional override in a copied library: the generic rule for such characters reads
    # `*.js`, but third-party code is not AIS code, so semgrep is not given it at all
    bidi = "var s = 'admin\u202e';\n".encode()
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "materialize.js").write_bytes(MATERIALIZE + bidi + BODY)
    (tmp_path / "static" / "cabinet.js").write_bytes(bidi)
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    outcome = SemgrepAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    paths = {f.location.path for f in outcome.findings if f.rule_id == "trojan-source-bidi"}
    assert paths == {"static/cabinet.js"}, paths
