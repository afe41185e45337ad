"""Unescaped template output is high only when a request value can reach it: the template reads
the request itself (a query parameter, a cookie, a posted form's value, the path) or a view passes
a value read from the request under the name the template marks. Stored or developer-written HTML
(an editor's rich text, a setting) is reported at medium: the rule cannot tell who wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.models import Severity
from tests.webconfig_helpers import flaws, run_web_config, write

RULE = "web-template-unescaped-output"


def _severities(root: Path) -> dict[tuple[str, int | None], Severity]:
    return {(f.location.path, f.location.start_line): f.severity for f in flaws(run_web_config(root), RULE)}


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("search.html", "<p>{{ request.GET.term|safe }}</p>"),
        ("search.html", "<p>{{ request.args.get('needle')|safe }}</p>"),
        ("theme.html", "<body class='{{ request.COOKIES.skin|safe }}'>"),
        ("crumbs.html", "<a>{{ request.path|safe }}</a>"),
        ("preview.html", "<div>{{ comment_form.text.value|safe }}</div>"),
        ("preview.html", "<div>{{ field.value()|safe }}</div>"),
        ("block.html", "{% autoescape off %}<b>{{ request.POST.memo }}</b>{% endautoescape %}"),
        ("find.blade.php", "<p>{!! request('needle') !!}</p>"),
        ("find.blade.php", "<p>{!! $request->input('needle') !!}</p>"),
        ("find.blade.php", "<p>{!! $_GET['needle'] !!}</p>"),
        ("find.twig", "<p>{{ app.request.query.get('needle')|raw }}</p>"),
        ("find.ejs", "<p><%- req.query.needle %></p>"),
        ("Find.cshtml", '<p>@Html.Raw(Request.Query["needle"])</p>'),
        ("find.html", '<p th:utext="${param.needle}">x</p>'),
    ],
)
def test_output_the_template_reads_from_the_request_is_high(tmp_path: Path, name: str, body: str) -> None:
    write(tmp_path, {f"templates/{name}": body + "\n"})
    assert _severities(tmp_path) == {(f"templates/{name}", 1): Severity.HIGH}


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("branch.html", "<div>{{ branch.opening_hours|safe }}</div>"),
        ("branch.html", "<div>{{ settings.FOOTER_NOTE|safe }}</div>"),
        # the signed-in user's own stored field: not a request parameter
        ("profile.html", "<div>{{ request.user.signature|safe }}</div>"),
        ("block.html", "{% autoescape off %}{{ tariff.terms }}{% endautoescape %}"),
        ("card.blade.php", "<div>{!! $tariff->terms !!}</div>"),
        ("card.hbs", "<div>{{{tariff.terms}}}</div>"),
        ("Card.cshtml", "<div>@Html.Raw(Model.Terms)</div>"),
        # a name that only looks like a request word
        ("card.html", "<div>{{ requested_amount.note|safe }}</div>"),
    ],
)
def test_stored_or_written_html_is_medium(tmp_path: Path, name: str, body: str) -> None:
    write(tmp_path, {f"templates/{name}": body + "\n"})
    found = flaws(run_web_config(tmp_path), RULE)
    assert [(f.location.path, f.severity) for f in found] == [(f"templates/{name}", Severity.MEDIUM)]
    assert "no request value" in found[0].message


_DJANGO_VIEWS = """
from django.shortcuts import render
from branches.models import Branch


def find(request):
    needle = request.GET.get("needle", "").strip() or "-"
    title = "<b>%s</b>" % needle
    hits = Branch.objects.filter(city__icontains=needle)
    return render(request, "branches/find.html", {"needle": title, "hits": hits})


def about(request):
    branch = Branch.objects.first()
    return render(request, "branches/about.html", {"needle": branch.motto})


def card(request, code):
    return render(request, "branches/card.html", {"code": code, "branch": Branch.objects.get(code=code)})
"""


def test_a_value_a_view_reads_from_the_request_is_high(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "branches/views.py": _DJANGO_VIEWS,
            "branches/templates/branches/find.html": (
                "<h1>{{ needle|safe }}</h1>\n<p>{{ hits.0.note|safe }}</p>\n"
            ),
            "branches/templates/branches/about.html": "<h1>{{ needle|safe }}</h1>\n",
            # a value captured from the URL's path
            "branches/templates/branches/card.html": (
                "<h1>{{ code|safe }}</h1>\n<p>{{ branch.note|safe }}</p>\n"
            ),
        },
    )
    assert _severities(tmp_path) == {
        ("branches/templates/branches/find.html", 1): Severity.HIGH,
        # stored rows the request only selects
        ("branches/templates/branches/find.html", 2): Severity.MEDIUM,
        ("branches/templates/branches/about.html", 1): Severity.MEDIUM,
        ("branches/templates/branches/card.html", 1): Severity.HIGH,
        ("branches/templates/branches/card.html", 2): Severity.MEDIUM,
    }


def test_a_flask_view_passing_a_request_value_by_keyword_is_high(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app/routes.py": (
                "from flask import render_template, request\n\n"
                "@bp.route('/find')\n"
                "def find():\n"
                "    return render_template('find.html', needle=request.args['needle'], motto=MOTTO)\n"
            ),
            "app/templates/find.html": "<h1>{{ needle|safe }}</h1>\n<p>{{ motto|safe }}</p>\n",
        },
    )
    assert _severities(tmp_path) == {
        ("app/templates/find.html", 1): Severity.HIGH,
        ("app/templates/find.html", 2): Severity.MEDIUM,
    }


def test_a_demo_page_of_a_library_copied_whole_is_not_read(tmp_path: Path) -> None:
    # a wiki mode's demo page whose `{{{...}}}` is the wiki's markup, in an editor's release copy
    body = "(function(){var ed={};ed.ready=function(f){return f(ed)};})();\n" * 300
    write(
        tmp_path,
        {
            "static/codemirror4/lib/codemirror.js": "// CodeMirror version 4.0.1\n" + body,
            "static/codemirror4/LICENSE": "Copyright (C) 2013 by Marijn Haverbeke and others\n",
            "static/codemirror4/mode/wiki/index.html": "<textarea>|mono|{{{text}}}|</textarea>\n",
            "templates/page.html": "<div>{{ page.body|safe }}</div>\n",
        },
    )
    assert set(_severities(tmp_path)) == {("templates/page.html", 1)}
