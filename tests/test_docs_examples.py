"""The examples in the documentation are valid input."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from aiscan.config import parse_settings
from aiscan.models import Component, Severity, Status
from aiscan.waivers import parse_waivers
from tests.conftest import REPO, TODAY


def _blocks(path: Path, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def test_the_configuration_examples_parse() -> None:
    project, operator = _blocks(REPO / "docs" / "configuration.md", "toml")
    settings = parse_settings(tomllib.loads(project), REPO / "aiscan.toml")
    assert settings.component_paths[Component.WEB] == ("portal", "frontend/src")
    assert settings.policies["pre-commit"].fail_on is Severity.CRITICAL
    assert Status.MANUAL in settings.policies["release"].block_statuses
    assert settings.max_waiver_days == 180
    settings = parse_settings(tomllib.loads(operator), REPO / "config.toml")
    assert settings.policies["release"].block_statuses == frozenset({Status.FAIL, Status.NOT_ASSESSED})
    assert settings.advisories.max_age_days == 7
    for block in _blocks(REPO / "README.md", "toml"):
        parse_settings(tomllib.loads(block), REPO / "aiscan.toml")


def test_the_waiver_example_parses() -> None:
    example = _blocks(REPO / "docs" / "waivers-and-baselines.md", "yaml")[0]
    waivers = parse_waivers(example, "aiscan-waivers.yaml", max_days=180, today=TODAY)
    assert [w.kind for w in waivers] == ["false_positive", "accepted_risk"]


def test_the_pipeline_examples_are_yaml() -> None:
    for doc in (REPO / "docs" / "ci.md", REPO / "README.md"):
        for block in _blocks(doc, "yaml"):
            if "<URL" in block:
                block = block.replace("<URL of the aiscan repository>", "https://example.invalid/aiscan")
            assert yaml.safe_load(block) is not None
