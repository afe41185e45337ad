"""A value the secrets analyzer found that is also the name of a folder or file of the tree (a
default database password equal to the package's name) is not masked across the whole report:
paths in reasons would read `sh…[redacted]/apps/…` while `location.path` shows the name in full.
Its own finding still masks it, and a value that names nothing in the tree is masked everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiscan.analyzers import REGISTRY
from aiscan.compliance.catalogue import load_catalogue
from aiscan.config import Overrides, resolve_scan_config
from aiscan.models import AnalyzerRun, Gap, RunStatus
from aiscan.pipeline import scan, source_redactor
from aiscan.redaction import names_in_paths
from aiscan.report import FORMATS

PACKAGE = "shopfront"  # the package folder, and the development database's password
REAL = "Vb7-Lq2w-Zt9"  # a password that names nothing in the tree


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names") / "repo"
    pkg = root / PACKAGE
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "settings.py").write_text(
        f"DATABASES = {{\n    'default': {{\n        'PASSWORD': '{PACKAGE}',\n    }}\n}}\n"
    )
    (pkg / "prod.py").write_text(f"DATABASES = {{'default': {{'PASSWORD': '{REAL}'}}}}\n")
    return root


@pytest.fixture(scope="module")
def report(tree: Path) -> dict:
    config = resolve_scan_config(tree, Overrides())
    analyzers = [REGISTRY["inventory"](), REGISTRY["secrets"]()]
    result = scan(config, analyzers=analyzers, catalogue=load_catalogue(), parallel=False)
    return json.loads(FORMATS["json"](result, load_catalogue()))


def _finding(report: dict, path: str) -> dict:
    (found,) = [f for f in report["findings"] if f["location"]["path"] == path and f["analyzer"] == "secrets"]
    return found


def test_a_value_equal_to_a_folder_name_is_left_in_the_paths_of_run_reasons(report: dict) -> None:
    (inventory,) = [r for r in report["analyzer_runs"] if r["analyzer"] == "inventory"]
    assert f"{PACKAGE}/__init__.py" in inventory["reason"], inventory["reason"]


def test_the_finding_of_that_value_still_masks_it(report: dict) -> None:
    own = _finding(report, f"{PACKAGE}/settings.py")
    assert PACKAGE not in own["location"]["snippet"] + own["message"] + own["title"]
    assert "…[redacted 9 chars" in own["location"]["snippet"]


def test_a_value_that_names_nothing_in_the_tree_is_masked_in_every_output(tree: Path, report: dict) -> None:
    assert REAL not in json.dumps(report)
    assert _finding(report, f"{PACKAGE}/prod.py")["properties"]["secret"]["length"] == len(REAL)
    # and in run reasons and gaps, where no detector sees it as a secret
    paths = [f"{PACKAGE}/settings.py", f"{PACKAGE}/prod.py"]
    redactor = source_redactor(frozenset({PACKAGE, REAL}), names_in_paths(paths))
    text = f"{PACKAGE}/prod.py: could not read {REAL} here"
    gap = Gap("x.txt", text)
    run = redactor.run(AnalyzerRun("deps", RunStatus.PARTIAL, "deps", reason=text, gaps=(gap,)))
    for shown in (run.reason, run.gaps[0].reason):
        assert REAL not in shown and "…[redacted 12 chars" in shown
        assert shown.startswith(f"{PACKAGE}/prod.py: ")


def test_the_names_in_paths_are_folder_and_file_names_and_file_stems() -> None:
    names = names_in_paths(["web/shop.front/settings.py", "README"])
    assert names == frozenset({"web", "shop.front", "settings.py", "settings", "README"})
    # a value is left out only when it is a whole name, not a part of one
    redactor = source_redactor(frozenset({"shop", "settings"}), names)
    assert redactor.detected("web/settings.py") == "web/settings.py"
    assert "shop" not in redactor.detected("the shop password")
