"""A value a Django view sets only to a translated literal, marked |safe in its template."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.webconfig_helpers import flaws, run_web_config, where, write

TEMPLATE = (
    '{% if notice %}<div class="alert">{{ notice|safe }}</div>{% endif %}\n<p>{{ loan.comment|safe }}</p>\n'
)


def _view(body: str) -> str:
    return (
        "from django.shortcuts import render\n"
        "from django.utils.translation import gettext as _\n\n\n"
        "def loan_list(request):\n"
        f"{body}"
        '    return render(request, "loans/list.html", {"notice": notice, "loan": loan})\n'
    )


@pytest.mark.parametrize(
    "body",
    [
        '    notice = ""\n    loan = None\n    if request.GET.get("q"):\n'
        '        notice = _("<strong>Note:</strong> the search is "\n                   "case sensitive.")\n',
        '    loan = None\n    notice = gettext_lazy("<b>Closed</b> for the holiday")\n',
        '    loan = None\n    notice = "<b>Read only</b>"\n',
    ],
)
def test_a_translated_literal_from_the_view_is_not_unescaped_output(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"loans/views.py": _view(body), "loans/templates/loans/list.html": TEMPLATE})
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("loans/templates/loans/list.html", 2)}


@pytest.mark.parametrize(
    "body",
    [
        # one branch sets it from the request
        '    loan = None\n    notice = _("<b>Note</b>")\n    if request.GET.get("q"):\n'
        '        notice = request.GET["q"]\n',
        # formatted with a value the literal does not fix
        '    loan = None\n    notice = _("<b>%s</b>") % request.GET.get("q")\n',
        # the translation of a value, not of a literal
        '    loan = None\n    notice = _(request.GET.get("q"))\n',
        # a loop over request values rebinds it
        '    loan = None\n    notice = _("<b>Note</b>")\n    for notice in request.GET.getlist("n"):\n'
        "        pass\n",
        # a parameter
        "    loan = None\n    notice = request.user.first_name\n",
    ],
)
def test_other_values_from_the_view_are_still_unescaped_output(tmp_path: Path, body: str) -> None:
    write(tmp_path, {"loans/views.py": _view(body), "loans/templates/loans/list.html": TEMPLATE})
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("loans/templates/loans/list.html", 1), ("loans/templates/loans/list.html", 2)}


def test_a_template_rendered_elsewhere_with_another_value_is_still_reported(tmp_path: Path) -> None:
    view = _view('    loan = None\n    notice = _("<b>Note</b>")\n') + (
        "\n\ndef loan_export(request):\n"
        '    return render(request, "loans/list.html", {"notice": request.GET.get("n"), "loan": None})\n'
    )
    write(tmp_path, {"loans/views.py": view, "loans/templates/loans/list.html": TEMPLATE})
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("loans/templates/loans/list.html", 1), ("loans/templates/loans/list.html", 2)}


def test_a_context_updated_from_elsewhere_is_still_reported(tmp_path: Path) -> None:
    view = (
        "from django.shortcuts import render\n"
        "from django.utils.translation import gettext as _\n\n\n"
        "def loan_list(request):\n"
        '    ctx = {"notice": _("<b>Note</b>"), "loan": None}\n'
        "    ctx.update(request.GET.dict())\n"
        '    return render(request, "loans/list.html", ctx)\n'
    )
    write(tmp_path, {"loans/views.py": view, "loans/templates/loans/list.html": TEMPLATE})
    found = flaws(run_web_config(tmp_path), "web-template-unescaped-output")
    assert where(found) == {("loans/templates/loans/list.html", 1), ("loans/templates/loans/list.html", 2)}
