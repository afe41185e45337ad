"""Rails generator templates (`lib/generators/**/templates/*`, Ruby or any text with ERB tags) are
what a generator fills in and writes into an application at development time: listed as build
tooling, not AIS code, not given to SAST (semgrep cannot parse Ruby with ERB tags, which left
whole points NOT_ASSESSED), still read by the secret scanning. The generator itself and the
application's own ERB views stay source."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import BUILD_TOOLING, build_inventory, generator_template
from aiscan.models import RunStatus

TEMPLATE = (
    "<% module_namespacing do -%>\n"
    "class <%= class_name %>Policy < ApplicationPolicy\n"
    "  class Scope < Scope\n"
    "    def resolve\n      scope.all\n    end\n  end\nend\n<% end -%>\n"
)
GENERATOR = (
    "module Loans\n  class PolicyGenerator < ::Rails::Generators::NamedBase\n"
    "    source_root File.expand_path('templates', __dir__)\n\n"
    "    def create_policy\n"
    "      template 'policy.rb', File.join('app/policies', \"#{file_name}_policy.rb\")\n"
    "    end\n  end\nend\n"
)
VIEW = "<h1>Loan <%= @loan.number %></h1>\n<p><%= raw @loan.note %></p>\n"


def _tree(root: Path) -> None:
    files = {
        "lib/generators/loans/policy/templates/policy.rb": TEMPLATE,
        "lib/generators/loans/policy/templates/policy_spec.rb.tt": TEMPLATE,
        "lib/generators/loans/policy/policy_generator.rb": GENERATOR,
        "lib/generators/loans/policy/templates/plain.rb": "class Plain\nend\n",
        "app/views/loans/show.html.erb": VIEW,
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


def test_a_template_with_erb_tags_under_a_generators_templates_folder_is_one() -> None:
    assert generator_template("lib/generators/loans/policy/templates/policy.rb", TEMPLATE.encode())
    assert generator_template("lib/generators/rspec/templates/policy_spec.rb.tt", TEMPLATE.encode())
    assert generator_template("gems/x/lib/generators/x/templates/view.html.erb", VIEW.encode())
    # a folder of templates inside the templates folder (devise's templates/controllers/)
    nested = "lib/generators/templates/controllers/sessions_controller.rb"
    assert generator_template(nested, TEMPLATE.encode())


def test_the_generator_views_and_plain_files_are_not_templates() -> None:
    assert generator_template("lib/generators/loans/policy/policy_generator.rb", GENERATOR.encode()) is None
    assert generator_template("app/views/loans/show.html.erb", VIEW.encode()) is None
    assert generator_template("lib/generators/loans/policy/templates/plain.rb", b"class Plain\nend\n") is None
    assert generator_template("app/templates/policy.rb", TEMPLATE.encode()) is None  # not a generator's


def test_the_inventory_lists_generator_templates_as_build_tooling(tmp_path: Path) -> None:
    _tree(tmp_path)
    inv = build_inventory(tmp_path)
    tooling = {s.path: s.reason for s in inv.build_tooling}
    assert set(tooling) == {
        "lib/generators/loans/policy/templates/policy.rb",
        "lib/generators/loans/policy/templates/policy_spec.rb.tt",
    }
    assert all(r.startswith(BUILD_TOOLING) and "generator template" in r for r in tooling.values())
    sources = {f.path for f in inv.files}
    assert "lib/generators/loans/policy/policy_generator.rb" in sources
    assert "app/views/loans/show.html.erb" in inv.other_files  # read as before, by what reads ERB
    assert "lib/generators/loans/policy/templates/plain.rb" in sources
    assert set(tooling) <= set(inv.other_files)  # the secret scanning still reads them


def test_semgrep_is_not_given_the_templates_and_leaves_no_gap(tmp_path: Path) -> None:
    _tree(tmp_path)
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    run = SemgrepAnalyzer().run(ctx).run
    assert run.status is RunStatus.OK, run.gaps
    # before, semgrep was given them and left each a parse error (a gap or, in part, a warning)
    assert not [g for g in run.gaps if "/templates/" in g.path], run.gaps
