"""The inline `<script>` blocks of PHP and HTML pages are read by the JavaScript rules: a copy of
the page with everything but the scripts blanked and the PHP islands neutralised, lines kept."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.models import RunStatus
from aiscan.sast.templates import page_scripts
from tests.semgrep_support import scan_files

PAGE = """<?php
$title = "Loans";
echo "<script>var fromPhp = '" . $title . "';</script>";
?>
<html><body>
<h1><?= htmlspecialchars($title) ?></h1>
<div id="out"></div>
<script src="/js/app.js"></script>
<script type="text/template"><p>{{ name }}</p></script>
<script>
  var limit = <?= json_encode($limit) ?>;
  <?php if ($admin): ?>
  var admin = true;
  <?php endif; ?>
  var who = location.hash.substring(1);
  document.getElementById("out").innerHTML = who;
</script>
</body></html>
"""


def test_a_php_page_keeps_lines_and_columns_and_neutralises_php() -> None:
    program = page_scripts(PAGE, php=True) or ""
    assert len(program) == len(PAGE) and program.count("\n") == PAGE.count("\n")
    lines = program.splitlines()
    assert lines[10] == "  var limit = " + "_" * len("<?= json_encode($limit) ?>") + ";"
    assert lines[11].strip() == "" and lines[12] == "  var admin = true;"
    assert lines[15] == '  document.getElementById("out").innerHTML = who;'
    # the script PHP prints from a string, the external and the non-JavaScript ones are not read
    assert "fromPhp" not in program and "app.js" not in program and "{{ name }}" not in program
    assert "htmlspecialchars" not in program


def test_pages_without_inline_javascript_have_no_program() -> None:
    assert page_scripts("<?php echo 'hi';\n", php=True) is None
    external = '<script src="a.js"></script><script type="application/json">{}</script>'
    assert page_scripts(external, php=False) is None
    assert page_scripts("<p>no script</p>", php=False) is None
    module = '<script type="module">go()</script>'
    assert page_scripts(module, php=False) == " " * len('<script type="module">') + "go()" + " " * 9


def test_an_html_template_page_keeps_its_script_parseable() -> None:
    page = "<script>\n  var rows = {{ rows|tojson }};\n  {% if admin %}var a = 1;{% endif %}\n</script>\n"
    program = page_scripts(page, php=False) or ""
    assert program.splitlines()[1] == "  var rows = " + "_" * len("{{ rows|tojson }}") + ";"
    assert program.splitlines()[2].strip() == "var a = 1;" and len(program) == len(page)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("<>/?=php script src\nab;{}%#"))))
def test_page_scripts_never_move_a_line(text: str) -> None:
    for php in (True, False):
        program = page_scripts(text, php)
        if program is not None:
            assert len(program) == len(text)
            breaks = [i for i, c in enumerate(text) if c == "\n"]
            assert [i for i, c in enumerate(program) if c == "\n"] == breaks


SAFE_PAGE = """<?php $title = "Loans"; ?>
<div id="out"></div>
<script>
  var who = location.hash.substring(1);
  document.getElementById("out").textContent = who;
  var next = "<?= htmlspecialchars($next) ?>";
</script>
"""

HTML_PAGE = """<!doctype html>
<html><body>
<script>
  var target = new URLSearchParams(location.search).get("next");
  window.location.href = target;
</script>
</body></html>
"""


def test_dom_xss_in_a_php_page_script_is_found_at_its_line(tmp_path: Path) -> None:
    outcome = scan_files(
        tmp_path / "repo",
        {"public/loans.php": PAGE, "public/safe.php": SAFE_PAGE, "public/go.html": HTML_PAGE},
    )
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings}
    assert ("javascript-xss", "public/loans.php", 16) in found, found
    assert not [f for f in outcome.findings if f.location.path == "public/safe.php"], found
    assert any(p == "public/go.html" and line == 5 for _, p, line in found), found
    summary = "inline scripts of 3 page(s) and server template(s) read by the JavaScript rules"
    assert summary in outcome.run.reason


def test_a_page_script_that_does_not_parse_is_a_warning_not_a_gap_of_the_php(tmp_path: Path) -> None:
    page = "<?php $a = 1; ?>\n<script>\n  var x = <?php if ($a) { ?>1<?php } ?> +;\n</script>\n"
    outcome = scan_files(tmp_path / "repo", {"index.php": page})
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    assert "script blocks not read as JavaScript" in outcome.run.reason or "warning" in outcome.run.reason


# A value PHP or a template prints into a script from the request: named so that the JavaScript
# rules' sources match it (_REQVAL then underscores, same length); any other printed value is
# underscores only.
REQUEST_PRINTS = """<?php
$q = $_GET['q'] ?? '';
$title = 'Loans';
$reply = '{"r":"' . $q . '"}';
$n = intval($_GET['n']);
?>
<script>
  var a = '<?php echo htmlspecialchars($_GET['email']);?>';
  var b = <?= json_encode($_POST['name']) ?>;
  var c = "<?=$q?>";
  var d = '<?php echo $reply ?>';
  var e = "<?= $title ?>";
  var f = <?= intval($_GET['page']) ?>;
  var g = "<?= urlencode($_GET['next']) ?>";
  var h = <?= $n ?>;
  var i = "<?= $_SERVER['REQUEST_URI'] ?>";
  var j = "<?= $_SERVER['SCRIPT_NAME'] ?>";
</script>
"""


def _printed(program: str, line: int) -> str:
    return program.splitlines()[line].split("=", 1)[1].strip(" ;\"'")


def test_a_value_printed_from_the_request_is_named_for_the_rules() -> None:
    program = page_scripts(REQUEST_PRINTS, php=True) or ""
    assert len(program) == len(REQUEST_PRINTS)
    request = {7: "a", 8: "b", 9: "c", 10: "d", 15: "i"}
    for line in range(7, 17):
        value = _printed(program, line)
        if line in request:
            assert value.startswith("_REQVAL") and set(value[7:]) <= {"_"}, (line, value)
        else:  # a constant, a number, a URL-encoded value, a server path: not the client's text
            assert set(value) == {"_"}, (line, value)


def test_a_template_tag_printing_the_request_is_named_for_the_rules() -> None:
    page = (
        '<script>\n  var q = "{{ request.GET.q }}";\n  var rows = {{ rows|tojson }};\n'
        "  var p = {{ request.args.page|int }};\n</script>\n"
    )
    lines = (page_scripts(page, php=False) or "").splitlines()
    assert lines[1] == '  var q = "_REQVAL' + "_" * (len("{{ request.GET.q }}") - 7) + '";'
    assert lines[2] == "  var rows = " + "_" * len("{{ rows|tojson }}") + ";"
    assert set(lines[3].split("=")[1].strip(" ;")) == {"_"}


# Pages of our own with the flaws of the class: a request value PHP prints into a script that puts
# it into innerHTML, a hash value behind a lone "/", a bare `location =`, a message listener.
FLAW_PAGES = {
    "newsletter.php": """<span id="out"></span>
<script>
  function subscribe() {
    var email = '<?php echo htmlspecialchars($_GET['email']); ?>';
    document.getElementById('out').innerHTML = 'Welcome: <b>' + email + '</b>';
  }
</script>
""",
    "theme.php": """<h1><?= $title ?></h1>
<script>
  var m = location.hash.split('#')[1];
  if (m !== 'dark') {
    location.href = "/" + m;
  }
</script>
""",
    "back.html": """<script>
  var r = new URLSearchParams(window.location.search).get('r') || '';
  if (r) {
    location = r.trim();
  }
</script>
""",
    "widget.php": """<p id="out"></p>
<script>
  window.addEventListener("message", (event) => {
    document.getElementById('out').innerHTML += event.data;
  });
</script>
""",
}


def test_the_page_script_flaws_are_found_at_their_lines(tmp_path: Path) -> None:
    outcome = scan_files(tmp_path / "repo", FLAW_PAGES)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings}
    assert ("javascript-xss", "newsletter.php", 5) in found, found
    assert ("javascript-open-redirect", "theme.php", 5) in found, found
    assert ("javascript-open-redirect", "back.html", 4) in found, found
    assert ("javascript-xss", "widget.php", 4) in found, found
