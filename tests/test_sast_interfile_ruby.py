"""Flows across methods and files in Ruby (aiscan.sast.interfile.ruby): a Rails controller hands
request data to a model's class method, a service object, a helper or a module function of
another file, which builds the SQL, runs the command, fetches the URL, opens the path or marks
the HTML safe. Real semgrep, on an invented loan portal; the decoys bind parameters, convert to a
number, pass a constant, pass request data at another position, check an allow-list, call a
method of another class of the same name, or call a Hash's method of a name the tree defines."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.models import Confidence, Finding, RunStatus
from aiscan.sast import interfile
from tests.interfile_support import across as _across
from tests.interfile_support import scan_across as _scan
from tests.mobile_support import write_tree

CONTROLLER = """class LoansController < ApplicationController
  include LoansHelper

  def index
    @loans = Loan.search_by_iin(params[:iin])
    @bound = Loan.search_bound(params[:iin])
    @same = Loan.search_by_iin("870412300415")
    @archived = Archive.search_by_iin(params[:iin])
  end

  def export
    StatementExporter.export(params[:format], "fixed name")
    StatementExporter.export("pdf", params[:name])
  end

  def branch
    @count = Loan.count_by_branch(params[:branch].to_i)
  end

  def rates
    render plain: Loans::RateClient.new.fetch_rates(params[:source])
  end

  def document
    send_data Documents.read_document params[:name]
  end

  def notice
    @notice = notice_html(params[:message])
  end

  def report
    Reports::Export.run(params[:report])
    Reports::Archive.run(params[:report])
  end

  def sorted
    column = params[:sort]
    return head(:bad_request) unless SORTABLE.include?(column)
    @loans = Loan.sorted_by(column)
  end

  def lookup
    settings = {}
    @value = settings.fetch(params[:key])
    @cached = Cache.fetch(params[:key])
  end

  def archive_statement
    handler = ->(name) { name }
    handler.call(params[:name])
    LoanArchiver.new.call(params[:name])
  end
end
"""

LOAN = """class Loan < ApplicationRecord
  def self.search_by_iin(iin)
    connection.select_all("SELECT * FROM loans WHERE iin = '#{iin}'")
  end

  def self.search_bound(iin)
    connection.select_all(Loan.sanitize_sql_array(["SELECT * FROM loans WHERE iin = ?", iin]))
  end

  def self.count_by_branch(branch)
    connection.select_value("SELECT count(*) FROM loans WHERE branch = #{branch}")
  end

  def self.sorted_by(column)
    connection.select_all("SELECT * FROM loans ORDER BY #{column} DESC")
  end
end
"""

ARCHIVE = """class Archive < ApplicationRecord
  def self.search_by_iin(iin)
    where(iin: iin)
  end
end
"""

EXPORTER = """class StatementExporter
  def self.export(format, client_name)
    system("statement-export --format pdf --name " + client_name)
  end
end
"""

RATE_CLIENT = """require "net/http"

module Loans
  class RateClient
    def fetch_rates(url)
      Net::HTTP.get(URI(url))
    end
  end
end
"""

DOCUMENTS = """module Documents
  def self.read_document(name)
    File.read("/srv/documents/" + name)
  end
end
"""

HELPER = """module LoansHelper
  def notice_html(message)
    "<p class='notice'>#{message}</p>".html_safe
  end
end
"""

REPORTS = """require "shellwords"

module Reports
  class Export
    def self.run(name)
      system("report-export " + name)
    end
  end

  class Archive
    def self.run(name)
      system("report-archive " + Shellwords.escape(name))
    end
  end
end
"""

CACHE = """class Cache
  def self.fetch(key)
    `cache-tool get #{key}`
  end
end
"""

ARCHIVER = """class LoanArchiver
  def call(name)
    system("loan-archive " + name)
  end
end
"""


def _portal(tmp_path: Path) -> Path:
    root = tmp_path / "portal"
    files = {
        "app/controllers/loans_controller.rb": CONTROLLER,
        "app/models/loan.rb": LOAN,
        "app/models/archive.rb": ARCHIVE,
        "app/services/statement_exporter.rb": EXPORTER,
        "app/services/loans/rate_client.rb": RATE_CLIENT,
        "lib/documents.rb": DOCUMENTS,
        "app/helpers/loans_helper.rb": HELPER,
        "lib/reports.rb": REPORTS,
        "lib/cache.rb": CACHE,
        "app/services/loan_archiver.rb": ARCHIVER,
    }
    return write_tree(root, files)


@pytest.fixture(scope="module")
def portal_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunStatus, list[Finding], object]:
    return _scan(_portal(tmp_path_factory.mktemp("interfile-ruby")))


def _places(findings: list[Finding]) -> dict[tuple[str, str, int], str]:
    return {
        (f.rule_id.removesuffix(interfile.RULE_SUFFIX), f.location.path, f.location.start_line): f.message
        for f in _across(findings)
    }


CONTROLLER_PATH = "app/controllers/loans_controller.rb"


def test_request_data_passed_to_a_model_class_method_that_builds_sql_is_reported_there(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    status, findings, run = portal_scan
    assert status is RunStatus.OK, run
    sql = [
        f
        for f in _across(findings)
        if f.rule_id == "ruby-sql-injection" + interfile.RULE_SUFFIX
        and f.location.path == "app/models/loan.rb"
    ]
    assert [f.location.start_line for f in sql] == [3], sql
    finding = sql[0]
    assert "Loan.search_by_iin" in finding.message, finding.message
    assert f"{CONTROLLER_PATH}:5" in finding.message, finding.message
    assert f"{CONTROLLER_PATH}:7" not in finding.message, finding.message  # a constant
    assert "as argument 1 " in finding.message
    assert finding.cwe == ("CWE-89",)
    assert finding.confidence is Confidence.MEDIUM


def test_only_the_parameter_that_reaches_the_sink_is_followed(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = _places(findings)
    message = places.get(("ruby-command-injection", "app/services/statement_exporter.rb", 3), "")
    assert f"{CONTROLLER_PATH}:13" in message, places
    assert f"{CONTROLLER_PATH}:12" not in message, message


def test_a_service_object_a_module_function_and_a_helper_are_followed(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = _places(findings)
    # an instance method of a class nested in a module, called on a new object
    rates = places.get(("ruby-ssrf", "app/services/loans/rate_client.rb", 6), "")
    assert f"{CONTROLLER_PATH}:21" in rates, places
    # a module function, called without parentheses
    assert f"{CONTROLLER_PATH}:25" in places.get(("ruby-path-traversal", "lib/documents.rb", 3), ""), places
    # a helper mixed into the controller, called without a receiver
    notice = places.get(("ruby-raw-html-output", "app/helpers/loans_helper.rb", 3), "")
    assert f"{CONTROLLER_PATH}:29" in notice, places


def test_a_qualified_static_call_reaches_the_class_it_names_inside_its_module(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = _places(findings)
    message = places.get(("ruby-command-injection", "lib/reports.rb", 6), "")
    assert "Export.run" in message, places
    assert f"{CONTROLLER_PATH}:33" in message and f"{CONTROLLER_PATH}:34" not in message, message
    assert ("ruby-command-injection", "lib/reports.rb", 12) not in places, places  # escaped


def test_bound_converted_allow_listed_and_other_class_methods_are_not_reported(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    places = {(path, line) for _, path, line in _places(findings)}
    assert ("app/models/loan.rb", 7) not in places  # bound
    assert ("app/models/loan.rb", 11) not in places  # .to_i at the call
    assert ("app/models/loan.rb", 15) not in places  # checked against a constant allow-list
    assert not [p for p in places if p[0] == "app/models/archive.rb"], places
    # Archive.search_by_iin (a static call on another class) is not taken for Loan's
    sql = [f for f in _across(findings) if f.location.path == "app/models/loan.rb"]
    assert all(f"{CONTROLLER_PATH}:8" not in f.message for f in sql), sql


def test_a_hash_method_name_on_an_unknown_receiver_is_not_taken_for_the_tree_method(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    message = _places(findings).get(("ruby-command-injection", "lib/cache.rb", 3), "")
    assert f"{CONTROLLER_PATH}:46" in message, _places(findings)  # Cache.fetch(...)
    assert f"{CONTROLLER_PATH}:45" not in message, message  # settings.fetch(...), a Hash's


def test_exactly_the_expected_flows_are_reported(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    assert set(_places(findings)) == {
        ("ruby-sql-injection", "app/models/loan.rb", 3),
        ("ruby-command-injection", "app/services/statement_exporter.rb", 3),
        ("ruby-ssrf", "app/services/loans/rate_client.rb", 6),
        ("ruby-path-traversal", "lib/documents.rb", 3),
        ("ruby-raw-html-output", "app/helpers/loans_helper.rb", 3),
        ("ruby-command-injection", "lib/reports.rb", 6),
        ("ruby-command-injection", "lib/cache.rb", 3),
        ("ruby-command-injection", "app/services/loan_archiver.rb", 3),
    }, _places(findings)


def test_a_service_object_made_with_new_is_its_class_and_a_lambda_call_is_not_taken(
    portal_scan: tuple[RunStatus, list[Finding], object],
) -> None:
    _, findings, _ = portal_scan
    message = _places(findings).get(("ruby-command-injection", "app/services/loan_archiver.rb", 3), "")
    assert f"{CONTROLLER_PATH}:52" in message, _places(findings)  # LoanArchiver.new.call(...)
    assert f"{CONTROLLER_PATH}:51" not in message, message  # handler.call(...), a lambda's


def test_the_ruby_rule_ids_are_known_to_the_analyzer() -> None:
    ids = SemgrepAnalyzer().rule_ids()
    for rule in ("ruby-sql-injection", "ruby-command-injection", "ruby-ssrf", "ruby-path-traversal"):
        assert rule + interfile.RULE_SUFFIX in ids


def test_a_summary_with_a_name_that_is_not_an_identifier_never_reaches_a_generated_rule() -> None:
    summaries = [
        interfile.Summary("ruby-sql-injection", interfile.PARAMETER, "search_by_iin", 0, "m.rb", 3, 4),
        interfile.Summary("ruby-sql-injection", interfile.PARAMETER, "valid?", 0, "m.rb", 9, 4),
        interfile.Summary("ruby-sql-injection", interfile.PARAMETER, "x)|.*|(y", 0, "e.rb", 3, 2),
    ]
    text = yaml.safe_dump(interfile.second_pass_rules("ruby", summaries))
    assert "search_by_iin" in text and "x)|" not in text and "valid?" not in text


def test_a_method_belongs_to_the_innermost_class_or_module_around_it() -> None:
    def result(rule: str, start: int, end: int, message: str) -> dict[str, object]:
        return {
            "check_id": f"generated.{rule}",
            "path": "lib/reports.rb",
            "start": {"line": start},
            "end": {"line": end},
            "extra": {"message": message},
        }

    results = [
        result("interfile--owners", 1, 20, "k=Reports"),
        result("interfile--owners", 2, 8, "k=::Reports::Export"),
        result("interfile--functions", 3, 5, "f=run"),
        result("interfile--functions", 12, 14, "f=helper"),
    ]
    owners = {d.function: d.owner for d in interfile.read_definitions(results, lambda p: p)}
    assert owners == {"run": "Export", "helper": "Reports"}, owners


BRANCH_MODEL = """class Branch < ApplicationRecord
  def self.named(name)
    where("name = '#{name}'")
  end
end
"""

FILTER_SET = """class FilterSet
  def self.named(name)
    where("name = '#{name}'")
  end

  def self.where(text)
    text
  end
end
"""

BRANCHES_CONTROLLER = """class BranchesController < ApplicationController
  def index
    @branches = Branch.named(params[:name])
    @filters = FilterSet.named(params[:name])
  end
end
"""


def test_a_query_on_the_implicit_self_of_a_model_is_followed_but_not_a_plain_class_where(
    tmp_path: Path,
) -> None:
    root = tmp_path / "branches"
    write_tree(
        root,
        {
            "app/models/branch.rb": BRANCH_MODEL,
            "app/services/filter_set.rb": FILTER_SET,
            "app/controllers/branches_controller.rb": BRANCHES_CONTROLLER,
        },
    )
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    places = _places(findings)
    message = places.get(("ruby-sql-injection", "app/models/branch.rb", 3), "")
    assert "app/controllers/branches_controller.rb:3" in message, places
    assert not [p for p in places if p[1] == "app/services/filter_set.rb"], places


SETTINGS_VALUES = """class SettingValues
  def name
    @label
  end

  def lookup(name)
    return nil unless Settings::Conf::VALID_SETTINGS.include?(name)
    conf.send(name) if conf
  end

  def lookup_any(name)
    conf.send(name)
  end
end
"""

WIKI_MANAGER = """class WikiManager
  def create_wiki(name)
    File.open("/srv/wikis/#{name}/index.cgi", "w") { |f| f.puts("run") }
  end
end
"""

WIKIS_CONTROLLER = """class WikisController < ApplicationController
  def show
    @value = SettingValues.new.lookup(params[:setting])
    @other = SettingValues.new.lookup_any(params[:setting])
  end

  def create
    name = params[:wiki]
    raise "invalid wiki name" unless /\\A[a-zA-Z0-9]+\\z/ =~ name
    WikiManager.new.create_wiki(name)
  end

  def create_unchecked
    WikiManager.new.create_wiki(params[:wiki])
  end
end
"""


def test_an_allow_list_check_and_a_callers_whole_string_check_stop_the_flow(tmp_path: Path) -> None:
    """A method name checked against a constant allow-list before `send` (also where the class has
    a method named like the parameter), and a value the caller checked against a whole-string
    pattern (`raise ... unless /\\A...\\z/ =~ name`) before handing it on, are not reported; the
    same calls without the check are."""
    root = tmp_path / "wikis"
    write_tree(
        root,
        {
            "lib/setting_values.rb": SETTINGS_VALUES,
            "lib/wiki_manager.rb": WIKI_MANAGER,
            "app/controllers/wikis_controller.rb": WIKIS_CONTROLLER,
        },
    )
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    places = _places(findings)
    assert set(places) == {
        ("ruby-dynamic-code-execution", "lib/setting_values.rb", 12),
        ("ruby-path-traversal", "lib/wiki_manager.rb", 3),
    }, places
    message = places[("ruby-path-traversal", "lib/wiki_manager.rb", 3)]
    assert "app/controllers/wikis_controller.rb:14" in message, message
    assert "app/controllers/wikis_controller.rb:10" not in message, message


TOKEN_CLIENT = """module TokenClient
  def self.fetch(url)
    HTTParty.get(url)
  end
end
"""

SIGN_IN_CONTROLLER = """class SignInController < ApplicationController
  def callback
    url = "https://auth.example.kz/oauth/token" + "?client_id=" + CLIENT_ID + "&code=" + params[:code]
    TokenClient.fetch(url)
  end

  def profile
    TokenClient.fetch("https://auth.example.kz/v1/users/#{params[:id]}")
  end

  def proxy
    TokenClient.fetch(params[:url])
  end
end
"""


def test_a_url_with_a_literal_host_before_the_request_data_does_not_carry_it_to_the_fetch(
    tmp_path: Path,
) -> None:
    """A caller that builds the URL from a literal scheme, host and path followed by request data
    (a query value, a path segment) hands on a URL whose host it wrote: the method that fetches it
    is reported only for the caller that passes the request's own URL."""
    root = tmp_path / "signin"
    write_tree(
        root,
        {
            "app/services/token_client.rb": TOKEN_CLIENT,
            "app/controllers/sign_in_controller.rb": SIGN_IN_CONTROLLER,
        },
    )
    status, findings, run = _scan(root)
    assert status is RunStatus.OK, run
    places = _places(findings)
    assert set(places) == {("ruby-ssrf", "app/services/token_client.rb", 3)}, places
    message = places[("ruby-ssrf", "app/services/token_client.rb", 3)]
    assert "app/controllers/sign_in_controller.rb:12" in message, message
    assert "app/controllers/sign_in_controller.rb:4" not in message, message
    assert "app/controllers/sign_in_controller.rb:8" not in message, message
