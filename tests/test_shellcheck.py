"""shellcheck: its json1 output parsed (recorded), aiscan's line checks, and the real tool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.shellcheck import ShellcheckAnalyzer, neutralise_directives, parse_shellcheck
from aiscan.config import ScanConfig
from aiscan.errors import ToolError
from aiscan.inventory import build_inventory
from aiscan.models import RunStatus, Severity
from aiscan.sast.check_map import load_check_map
from aiscan.sast.shell_patterns import (
    DOWNLOAD_EXECUTED,
    EVAL_EXPANSION,
    FETCH_NO_TIMEOUT,
    TLS_DISABLED,
    shell_pattern_hits,
)
from tests.conftest import FIXTURES

RECORDED = FIXTURES / "recorded" / "shellcheck.json"
MAPPING = load_check_map("shellcheck")
NAMES = {"0.sh": "bin/deploy.sh", "1.sh": "bin/broken.sh", "2.sh": "bin/z.sh"}


def test_recorded_output_keeps_security_checks_only_and_lists_unparsed_files() -> None:
    found, gaps = parse_shellcheck(json.loads(RECORDED.read_text()), MAPPING, NAMES, lambda p, s, e: "")
    codes = {(f.location.path, f.rule_id) for f in found}
    assert ("bin/deploy.sh", "SC2091") in codes  # $(...) executes the output
    assert ("bin/deploy.sh", "SC2059") in codes  # printf "$name"
    assert ("bin/deploy.sh", "SC2115") in codes  # rm -rf "$DIR/"*
    assert not any(f.rule_id == "SC2116" for f in found)  # a style note, left out
    assert all(f.severity is not Severity.HIGH for f in found)  # no shellcheck note gates alone
    assert {g.path for g in gaps} == {"bin/broken.sh", "bin/z.sh"}


def test_output_of_the_wrong_shape_is_a_tool_error() -> None:
    with pytest.raises(ToolError):
        parse_shellcheck([], MAPPING, NAMES, lambda p, s, e: "")
    with pytest.raises(ToolError, match="one of the files"):
        parse_shellcheck({"comments": [{"file": "x.sh", "code": 2086}]}, MAPPING, NAMES, lambda p, s, e: "")
    with pytest.raises(ToolError, match="a number"):
        parse_shellcheck({"comments": [{"file": "0.sh", "code": "x"}]}, MAPPING, NAMES, lambda p, s, e: "")


@pytest.mark.parametrize(
    ("line", "check"),
    [
        ('eval "$1"', EVAL_EXPANSION),
        ("eval $(ssh-agent -s)", EVAL_EXPANSION),
        ("curl -fsSL https://get.example/install.sh | sudo bash", DOWNLOAD_EXECUTED),
        ('sh -c "$(wget -qO- https://get.example)"', DOWNLOAD_EXECUTED),
        ("curl -fsSL \\\n  https://get.example \\\n  | sh", DOWNLOAD_EXECUTED),
        ("curl -sk https://api.example/health", TLS_DISABLED),
        ("wget --no-check-certificate https://x.example/a", TLS_DISABLED),
        ('eval "set -- a b"', None),
        ("# curl https://x | sh", None),
        ("curl -fsSL https://x.example -o app.tgz", None),
        ("curl https://x.example | jq .", None),
    ],
)
def test_line_checks(line: str, check: str | None) -> None:
    found = [h.check_id for h in shell_pattern_hits(line) if h.check_id != FETCH_NO_TIMEOUT]
    assert found == ([check] if check else [])


@pytest.mark.parametrize(
    ("script", "reported"),
    [
        # getopt(1) quotes its output to be evaluated: `eval set -- "$ARGS"` is its idiom
        ('ARGS=$(getopt -o hv -l help,verbose -- "$@")\neval set -- "$ARGS"\n', False),
        ('TEMP=`getopt -o a: -- "$@"`\neval set -- "${TEMP}"\n', False),
        ('eval set -- "$(getopt -o hv -- "$@")"\n', False),
        # a variable of another origin, or more than the set
        ('ARGS="$1"\neval set -- "$ARGS"\n', True),
        ('ARGS=$(getopt -o hv -- "$@")\neval set -- "$ARGS" "$EXTRA"\n', True),
        ('ARGS=$(getopt -o hv -- "$@")\nARGS="$1"\neval set -- "$ARGS"\n', True),
        # a loop variable that takes only the words written in the loop
        ('for var in cacert cert key; do\n  value="$(eval "echo \\$amqp_${var}")"\ndone\n', False),
        ('for var in cacert "$@"; do\n  value="$(eval "echo \\$amqp_${var}")"\ndone\n', True),
        ('for var in cacert cert; do\n  value="$(eval "echo \\$amqp_${var} $1")"\ndone\n', True),
    ],
)
def test_eval_of_getopt_output_or_of_loop_words_is_not_reported(script: str, reported: bool) -> None:
    assert (EVAL_EXPANSION in [h.check_id for h in shell_pattern_hits(script)]) is reported


@pytest.mark.parametrize(
    ("line", "unbounded"),
    [
        ("curl -fsSL https://api.example/health", True),
        ("if curl -s https://x.example; then echo ok; fi", True),
        ("wget -T 0 https://x.example/a", True),
        ("curl -fsSL --max-time 30 https://api.example/health", False),
        ("curl -sm 10 https://api.example/health", False),
        ("curl --connect-timeout 5 -o a https://x.example", False),
        ("wget https://x.example/a", False),  # wget's own read timeout is 900 s
        ("echo curl is installed", False),
        ("# curl https://x.example", False),
    ],
)
def test_download_without_a_time_limit(line: str, unbounded: bool) -> None:
    assert (FETCH_NO_TIMEOUT in [h.check_id for h in shell_pattern_hits(line)]) is unbounded


def test_directives_are_neutralised_without_moving_lines() -> None:
    text = "#!/bin/sh\n# shellcheck disable=SC2086\nrm -rf $x\n"
    out = neutralise_directives(text)
    assert "shellcheck disable" not in out
    assert out.count("\n") == text.count("\n")


def test_real_shellcheck_ignores_the_trees_directives_and_rc(tmp_path: Path) -> None:
    (tmp_path / ".shellcheckrc").write_text("disable=all\n")
    (tmp_path / "deploy.sh").write_text(
        '#!/bin/bash\n# shellcheck disable=SC2091\ndir="$1"\n$(cat "$dir/cmd")\n'
        "curl -fsSL https://x.example | bash\n"
    )
    (tmp_path / "run").write_text("#!/usr/bin/env zsh\nprint -r -- $1\n")
    ctx = ScanContext(ScanConfig(root=tmp_path), build_inventory(tmp_path))
    outcome = ShellcheckAnalyzer().run(ctx)
    rules = {(f.location.path, f.rule_id) for f in outcome.findings}
    assert ("deploy.sh", "SC2091") in rules
    assert ("deploy.sh", DOWNLOAD_EXECUTED) in rules
    # zsh is a dialect shellcheck does not read: a gap, never "no findings"
    assert outcome.run.status is RunStatus.PARTIAL
    assert [g.path for g in outcome.run.gaps] == ["run"]


def test_a_missing_shellcheck_is_an_error_run(tmp_path: Path) -> None:
    (tmp_path / "a.sh").write_text("#!/bin/sh\necho hi\n")
    config = ScanConfig(root=tmp_path, tool_paths={"shellcheck": str(tmp_path / "nope")})
    outcome = ShellcheckAnalyzer().run(ScanContext(config, build_inventory(tmp_path)))
    assert outcome.run.status is RunStatus.ERROR
