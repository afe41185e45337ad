"""The inline `<script>` blocks of Node server templates (EJS, Handlebars and Mustache, Nunjucks)
are read by the JavaScript rules like those of PHP pages: a copy with everything but the scripts
blanked and the template tags neutralised at the same length, lines and columns kept."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.models import RunStatus
from aiscan.sast.templates import NODE_TEMPLATE_SUFFIXES, page_scripts
from tests.semgrep_support import scan_files

EJS_PAGE = """<% include ../common/head %>
<h1><%= title %></h1>
<%# a comment with <script>x()</script> in it %>
<script>
  var limit = <%- JSON.stringify(limit) %>;
  <% if (admin) { %>
  var admin = true;
  <% } -%>
  var q = "<%= req.query.q %>";
  var raw = '<%- req.body.name %>';
  var n = <%= parseInt(req.query.n, 10) %>;
  var next = "<%= encodeURIComponent(req.query.next) %>";
  var who = "<%= user.name %>";
</script>
<script src="/app.js"></script>
"""


def _value(program: str, line: int) -> str:
    return program.splitlines()[line].split("=", 1)[1].strip(" ;\"'")


def _is_request(value: str) -> bool:
    return value.startswith("_REQVAL") and set(value[7:]) <= {"_"}


def test_an_ejs_page_keeps_lines_and_columns_and_neutralises_its_tags() -> None:
    program = page_scripts(EJS_PAGE, dialect="ejs") or ""
    assert len(program) == len(EJS_PAGE) and program.count("\n") == EJS_PAGE.count("\n")
    lines = program.splitlines()
    assert lines[4] == "  var limit = " + "_" * len("<%- JSON.stringify(limit) %>") + ";"
    assert lines[5].strip() == "" and lines[6] == "  var admin = true;" and lines[7].strip() == ""
    # the markup, the comment's script, the external script are not read
    assert "x()" not in program and "title" not in program and "app.js" not in program


def test_an_ejs_print_of_the_request_is_named_escaped_or_not() -> None:
    program = page_scripts(EJS_PAGE, dialect="ejs") or ""
    assert _is_request(_value(program, 8)), _value(program, 8)  # <%= escaped for HTML
    assert _is_request(_value(program, 9)), _value(program, 9)  # <%- unescaped
    for line in (10, 11, 12):  # a number, URL-encoded, a value that is not the request's
        assert set(_value(program, line)) == {"_"}, (line, _value(program, line))


HBS_PAGE = """{{> header}}
{{!-- <script>nope()</script> --}}
<script>
  var rows = {{{json rows}}};
  {{#if admin}}
  var admin = true;
  {{else}}
  var admin = false;
  {{/if}}
  var q = "{{req.query.q}}";
  var r = '{{{ req.query.r }}}';
  var m = "{{& req.params.id }}";
  var t = "{{ title }}";
</script>
"""


def test_a_handlebars_page_keeps_its_script_parseable_and_names_the_request() -> None:
    program = page_scripts(HBS_PAGE, dialect="handlebars") or ""
    assert len(program) == len(HBS_PAGE) and program.count("\n") == HBS_PAGE.count("\n")
    lines = program.splitlines()
    assert lines[3] == "  var rows = " + "_" * len("{{{json rows}}}") + ";"
    assert [lines[i].strip() for i in (4, 6, 8)] == ["", "", ""]
    assert lines[5] == "  var admin = true;" and lines[7] == "  var admin = false;"
    assert "nope" not in program and "header" not in program
    for line in (9, 10, 11):
        assert _is_request(_value(program, line)), (line, _value(program, line))
    assert set(_value(program, 12)) == {"_"}


def test_a_nunjucks_page_reads_like_an_html_template() -> None:
    page = "<script>\n  var q = '{{ req.query.q }}';\n  {% if a %}var a = 1;{% endif %}{# c #}\n</script>\n"
    lines = (page_scripts(page, dialect="nunjucks") or "").splitlines()
    assert _is_request(_value("\n".join(lines), 1))
    assert lines[2].strip() == "var a = 1;"


def test_every_node_template_suffix_has_a_dialect() -> None:
    assert NODE_TEMPLATE_SUFFIXES[".ejs"] == "ejs"
    assert {NODE_TEMPLATE_SUFFIXES[s] for s in (".hbs", ".handlebars", ".mustache")} == {"handlebars"}
    assert NODE_TEMPLATE_SUFFIXES[".njk"] == "nunjucks"
    assert ".pug" not in NODE_TEMPLATE_SUFFIXES


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("<>/%=-_#!&{} script src\nab;"))))
def test_node_template_scripts_never_move_a_line(text: str) -> None:
    for dialect in ("ejs", "handlebars", "nunjucks"):
        program = page_scripts(text, dialect=dialect)
        if program is not None:
            assert len(program) == len(text)
            breaks = [i for i, c in enumerate(text) if c == "\n"]
            assert [i for i, c in enumerate(program) if c == "\n"] == breaks


# Pages of our own with flaws of the class in their scripts, and one without.
FLAW_TEMPLATES = {
    "package.json": '{"name": "loans", "dependencies": {"express": "4.18.2", "ejs": "3.1.9"}}\n',
    "server.js": "const express = require('express');\nconst app = express();\napp.listen(3000);\n",
    "views/search.ejs": """<div id="out"></div>
<script>
  var term = '<%= req.query.term %>';
  document.getElementById('out').innerHTML = 'Results for ' + term;
</script>
""",
    "views/hash.ejs": """<% if (user) { %><p><%= user.name %></p><% } %>
<div id="out"></div>
<script>
  var who = location.hash.substring(1);
  document.getElementById("out").innerHTML = who;
</script>
""",
    "views/back.hbs": """{{> nav}}
<script>
  var back = "{{req.query.back}}";
  window.location.href = back;
</script>
""",
    "views/safe.mustache": """<p id="out"></p>
<script>
  var name = "{{ name }}";
  document.getElementById("out").textContent = name;
</script>
""",
}


def test_the_node_template_script_flaws_are_found_at_their_lines(tmp_path: Path) -> None:
    outcome = scan_files(tmp_path / "repo", FLAW_TEMPLATES)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings}
    assert ("javascript-xss", "views/search.ejs", 4) in found, found
    assert ("javascript-xss", "views/hash.ejs", 5) in found, found
    assert ("javascript-open-redirect", "views/back.hbs", 4) in found, found
    assert not [f for f in outcome.findings if f.location.path == "views/safe.mustache"], found
    assert "inline scripts of 4 page(s) and server template(s)" in outcome.run.reason, outcome.run.reason


def test_a_template_script_that_does_not_parse_is_a_warning_naming_the_page(tmp_path: Path) -> None:
    page = "<script>\n  var on = <% if (a) { %>true<% } else { %>false<% } %>;\n</script>\n"
    outcome = scan_files(tmp_path / "repo", {"views/flag.ejs": page, "app.js": "module.exports = 1;\n"})
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    warnings = [g for g in outcome.run.gaps if g.path == "views/flag.ejs"]
    assert warnings and "inline scripts not read as JavaScript" in warnings[0].reason, outcome.run.gaps
    assert "1 more not parsed: warnings" in outcome.run.reason, outcome.run.reason
