"""`|safe` on the application's own function that returns a template's rendering."""

from __future__ import annotations

from pathlib import Path

from aiscan.webconfig.source import Tree
from aiscan.webconfig.templates import check_templates

UTILS = '''
from django.template.loader import render_to_string
from django.template import loader


def schedule_html(loan):
    """The repayment schedule as HTML."""
    if loan is None:
        return render_to_string("loans/empty.html", {})
    return render_to_string("loans/schedule.html", {"loan": loan})


def offer_html(offer):
    return loader.get_template("loans/offer.html").render({"offer": offer})


class LoanPanel:
    def schedule(self, loan):
        return schedule_html(loan)

    def note(self, loan):
        return "<b>%s</b>" % loan.note

    def history(self, loan):
        for line in loan.lines:
            yield render_to_string("loans/line.html", {"line": line})

    def summary(self, loan):
        html = render_to_string("loans/summary.html", {"loan": loan})
        return html


class OtherPanel:
    def summary_of(self, loan):
        return render_to_string("loans/summary.html", {"loan": loan})


class Reports:
    def summary_of(self, request):
        return request.GET["summary"]
'''


def unescaped(tmp_path: Path, template: str) -> list[int]:
    (tmp_path / "loans").mkdir()
    (tmp_path / "loans" / "utils.py").write_text(UTILS)
    (tmp_path / "loans" / "panel.html").write_text(template)
    tree = Tree(tmp_path, ("loans/utils.py", "loans/panel.html"))
    hits, _ = check_templates(tree)
    return [h.line for h in hits if h.rule == "web-template-unescaped-output"]


def test_calls_of_functions_returning_a_rendering_are_not_reported(tmp_path: Path) -> None:
    template = (
        "<div>{{ panel.schedule(loan)|safe }}</div>\n"
        "<div>{{ schedule_html(loan)|safe }}</div>\n"
        "<div>{{ offer_html(offer) | safe }}</div>\n"
    )
    assert unescaped(tmp_path, template) == []


def test_other_calls_and_values_stay_reported(tmp_path: Path) -> None:
    template = (
        "<div>{{ panel.note(loan)|safe }}</div>\n"  # HTML built from a stored note
        "<div>{{ panel.history(loan)|safe }}</div>\n"  # a generator: not followed
        "<div>{{ panel.summary(loan)|safe }}</div>\n"  # kept in a variable first: not followed
        "<div>{{ report.summary_of(request)|safe }}</div>\n"  # one definition is request data
        "<div>{{ panel.schedule|safe }}</div>\n"  # not a call
        "<div>{{ unknown_html(loan)|safe }}</div>\n"  # not defined in the tree
        "<div>{{ schedule_html(loan)|replace('a', request.GET.x)|safe }}</div>\n"
    )
    assert unescaped(tmp_path, template) == [1, 2, 3, 4, 5, 6, 7]
