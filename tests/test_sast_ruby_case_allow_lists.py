"""A Rails view name the request chose, rendered inside a `when` of literal names: the value is one
of those names there, so the render-path finding on that line is dropped. The `else` branch, a
`when` of a pattern or a constant, code after the `case`, a value reassigned in the branch and a
line that renders other request data keep theirs."""

from __future__ import annotations

import pytest

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.ruby_case_allow_lists import drop_allow_listed_renders

TARIFFS = """class TariffPagesController < ApplicationController
  def show
    page = params[:page]
    case page
    when "microloan", "consumer"
      render "tariffs/#{page}"
    when :mortgage, 'agro' then render template: "tariffs/#{page}"
    when /\\Aagro/
      render "tariffs/#{page}"
    when OTHER_PAGES
      render page
    when "car"
      page = params[:other]
      render page
    when "deposit"
      if current_user.admin?
        render "tariffs/admin/#{page}"
      end
    when "leasing"
      render "tariffs/#{page}/#{params[:section]}"
    when "gold",
         "silver"
      render file: "public/tariffs/#{page}.html"
    else
      render "tariffs/#{page}"
    end
    render partial: page
  end

  def statement
    case params[:format_name]
    when "pdf", "csv"
      render "statements/#{params[:format_name]}"
    end
  end

  def schedule
    kind = params[:kind]
    case kind
    when "annuity"
      template = "schedules/#{kind}"
      render template
    end
  end
end
"""

PATH = "app/controllers/tariff_pages_controller.rb"


def _finding(line: int, rule: str = "ruby-render-template-from-request") -> Finding:
    return Finding(
        rule_id=rule,
        analyzer="semgrep",
        title="Rendered template named by request data (Rails)",
        message="The template Rails renders is named by the request",
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
        location=Location(PATH, line, line),
        cwe=("CWE-22",),
    )


def _line(text: str, nth: int = 1) -> int:
    """The 1-based line number of the nth line of TARIFFS whose stripped text is `text`."""
    found = [i + 1 for i, line in enumerate(TARIFFS.splitlines()) if line.strip() == text]
    return found[nth - 1]


def _kept(line: int, rule: str = "ruby-render-template-from-request", source: str = TARIFFS) -> bool:
    def lines(path: str) -> tuple[str, ...]:
        return tuple(source.splitlines()) if path == PATH else ()

    return len(drop_allow_listed_renders([_finding(line, rule)], lines)) == 1


@pytest.mark.parametrize(
    ("text", "nth", "rule"),
    [
        ('render "tariffs/#{page}"', 1, "ruby-render-template-from-request"),
        (
            "when :mortgage, 'agro' then render template: \"tariffs/#{page}\"",
            1,
            "ruby-render-template-from-request",
        ),
        ('render "tariffs/admin/#{page}"', 1, "ruby-render-template-from-request"),
        ('render file: "public/tariffs/#{page}.html"', 1, "ruby-render-file-from-request"),
        ('render "statements/#{params[:format_name]}"', 1, "ruby-render-template-from-request"),
    ],
)
def test_a_render_inside_a_when_of_literal_names_is_dropped(text: str, nth: int, rule: str) -> None:
    assert not _kept(_line(text, nth), rule)


@pytest.mark.parametrize(
    ("text", "nth"),
    [
        ('render "tariffs/#{page}"', 2),  # when /\Aagro/: a pattern admits more than its names
        ("render page", 1),  # when OTHER_PAGES: a constant is not read here
        ("render page", 2),  # page reassigned from the request inside the branch
        ('render "tariffs/#{page}/#{params[:section]}"', 1),  # other request data on the line
        ('render "tariffs/#{page}"', 3),  # the else branch
        ("render partial: page", 1),  # after the case
        ("render template", 1),  # the value reaches the line through another name
    ],
)
def test_other_renders_of_the_request_value_are_kept(text: str, nth: int) -> None:
    assert _kept(_line(text, nth))


def test_other_rules_and_files_are_left_alone() -> None:
    line = _line('render "tariffs/#{page}"')
    assert _kept(line, rule="ruby-path-traversal")

    def lines(path: str) -> tuple[str, ...]:
        return ()

    finding = _finding(line)
    assert drop_allow_listed_renders([finding], lines) == (finding,)


def test_a_when_outside_any_case_of_the_value_keeps_the_finding() -> None:
    source = """def show
  case current_user.role
  when "officer"
    render params[:view]
  end
end
"""
    assert _kept(4, source=source)
