"""The options `scan`, `release` and `probe` share are one definition each: the same names,
types, choices and defaults wherever they appear."""

from __future__ import annotations

import click
import pytest

from aiscan.cli import cli
from aiscan.cli_options import SEVERITY_CHOICES

SHARED = (
    "fmt",
    "lang",
    "output",
    "reports",
    "fail_on",
    "config_file",
    "attestations",
    "advisory_db",
    "online",
    "sequential",
    "active",
    "ca_bundle",
    "no_browser",
)


def _params(command: str) -> dict[str, click.Parameter]:
    cmd = cli.commands[command]
    return {p.name: p for p in cmd.params if p.name}


def _shape(p: click.Parameter) -> tuple[object, ...]:
    choices = tuple(p.type.choices) if isinstance(p.type, click.Choice) else None
    return (tuple(p.opts), tuple(p.secondary_opts), type(p.type).__name__, p.multiple, choices is not None)


@pytest.mark.parametrize("other", ["release", "probe"])
def test_shared_options_have_the_same_names_and_types_as_scans(other: str) -> None:
    scan, them = _params("scan"), _params(other)
    shared = [name for name in SHARED if name in them and name in scan]
    assert len(shared) >= 3
    for name in shared:
        assert _shape(scan[name]) == _shape(them[name]), name


def test_fail_on_offers_every_severity_in_each_command() -> None:
    for command in ("scan", "release", "probe"):
        fail_on = _params(command)["fail_on"]
        assert isinstance(fail_on.type, click.Choice)
        assert list(fail_on.type.choices) == SEVERITY_CHOICES
    assert _params("probe")["fail_on"].default == "high"
    assert _params("scan")["fail_on"].default is None
