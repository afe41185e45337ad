"""rulesets/ and report_templates/ must work from an installed wheel, not only from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return next(out.glob("aiscan-*.whl"))


def test_wheel_carries_the_rulesets_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "aiscan/_data/rulesets/chapter3.yaml" in names
    assert "aiscan/_data/rulesets/bandit.yaml" in names
    assert "aiscan/_data/rulesets/sources/chapter3.ru.txt" in names
    assert any(n.startswith("aiscan/_data/rulesets/semgrep/") and n.endswith(".yaml") for n in names)
    assert "aiscan/_data/report_templates/summary.txt.j2" in names
    # The report's message catalogues, compiled by the build hook (hatch_build.py).
    for lang in ("ru", "en"):
        assert f"aiscan/_data/report_templates/locale/{lang}/LC_MESSAGES/aiscan.mo" in names


def test_installed_wheel_finds_its_data_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import aiscan.resources as r, aiscan.compliance.catalogue as c;"
        "print(r.rulesets_dir()); print(len(c.load_catalogue().requirements))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    where, count = proc.stdout.split()
    assert where.startswith(str(site)) and int(count) > 50
