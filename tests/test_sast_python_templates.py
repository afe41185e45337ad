"""Django and Jinja templates (HTML, a markup language no language rule reads) are given to the
text rules whose `paths.include` names them, through aiscan's own path (real semgrep)."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus

TEMPLATE = """{% extends "base.html" %}
{% block content %}
<p>{{ client.name }}</p>
<script>
  var limit = "{{ limit|escapejs }}";
  var term = {{ term }};
</script>
{% endblock %}
"""

VIEW = """from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.errorhandler(404)
def missing(error):
    page = "<h3>%s</h3>" % request.url
    return render_template_string(page), 404
"""


def test_a_django_template_and_a_flask_view_are_read_with_findings_in_place(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "loans" / "templates" / "loans").mkdir(parents=True)
    (root / "loans" / "templates" / "loans" / "offer.html").write_text(TEMPLATE)
    (root / "loans" / "templates" / "loans" / "plain.html").write_text("<script>var a = 1;</script>\n")
    (root / "loans" / "views.py").write_text(VIEW)
    ctx = ScanContext(ScanConfig(root=root.resolve()), build_inventory(root))
    outcome = SemgrepAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    found = {(f.rule_id, f.location.path, f.location.start_line) for f in outcome.findings}
    assert ("python-template-variable-in-script", "loans/templates/loans/offer.html", 6) in found, found
    assert ("python-template-from-formatted-string", "loans/views.py", 9) in found, found
    in_templates = [f for f in outcome.findings if f.location.path.endswith(".html")]
    assert len(in_templates) == 1, in_templates  # the escaped string and the plain page are not reported


CATALOG = """{% load i18n %}{% autoescape off %}
(function (globals) {
  const django = globals.django || (globals.django = {});
  django.catalog = {{ catalog_str }};
  django.formats = {{ formats_str }};
}(this));
{% endautoescape %}
"""


def test_a_server_template_named_js_is_read_as_a_template_not_left_as_a_gap(tmp_path: Path) -> None:
    # semgrep picks a language by extension: given as it is, the template fails to parse as
    # JavaScript and becomes a gap that blocks the release.
    root = tmp_path / "repo"
    (root / "i18n" / "templates").mkdir(parents=True)
    (root / "i18n" / "templates" / "i18n_catalog.js").write_text(CATALOG)
    (root / "i18n" / "static").mkdir()
    (root / "i18n" / "static" / "app.js").write_text("const limit = 1;\n")
    inventory = build_inventory(root)
    assert {f.path: f.language for f in inventory.files} == {
        "i18n/templates/i18n_catalog.js": "html",
        "i18n/static/app.js": "javascript",
    }
    outcome = SemgrepAnalyzer().run(ScanContext(ScanConfig(root=root.resolve()), inventory))
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    assert not outcome.run.gaps and outcome.run.files_scanned == 2
