"""bandit's B602 (subprocess with a shell) where `shell=` is computed and the command is an
argument list: weighed medium, below the gate and still reported. Pure, on source text."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.bandit import BanditAnalyzer
from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.computed_shell import list_command_with_computed_shell, weigh_computed_shell

SOURCE = """import os
import subprocess


def install(package):
    cmd = ["pip", "install", package]
    subprocess.Popen(cmd, shell=os.name == "nt")
    subprocess.check_call(["npm", "ci"], cwd=package, shell=needs_shell())
    subprocess.check_call(("npm", "run", package),
                          shell=windows)
    subprocess.call(cmd, shell=True)


def report(request):
    cmd = "convert " + request.GET["file"]
    subprocess.call(cmd, shell=os.name == "nt")
    subprocess.call(f"tar xf {request.GET['f']}", shell=use_shell)
    subprocess.call(self.command, shell=use_shell)
    subprocess.call(build_cmd(request), shell=use_shell)


def mixed(request, fast):
    cmd = ["ls"]
    if fast:
        cmd = "ls " + request.GET["dir"]
    subprocess.call(cmd, shell=os.name == "nt")
""".splitlines()


def _line(fragment: str, nth: int = 0) -> int:
    return [i for i, text in enumerate(SOURCE, 1) if fragment in text][nth]


def test_a_list_command_with_a_computed_shell_is_recognised() -> None:
    assert list_command_with_computed_shell(SOURCE, _line("shell=os.name"))
    assert list_command_with_computed_shell(SOURCE, _line("shell=needs_shell()"))
    # the shell= keyword on its own line, the tuple literal on the call's first line
    assert list_command_with_computed_shell(SOURCE, _line("shell=windows"))


def test_a_literal_shell_or_a_command_built_from_values_is_not() -> None:
    assert not list_command_with_computed_shell(SOURCE, _line("shell=True"))
    assert not list_command_with_computed_shell(SOURCE, _line("shell=os.name", 1))  # a built string
    assert not list_command_with_computed_shell(SOURCE, _line("tar xf"))
    assert not list_command_with_computed_shell(SOURCE, _line("self.command"))
    assert not list_command_with_computed_shell(SOURCE, _line("build_cmd"))
    # a name given a list on one path and a built string on another
    assert not list_command_with_computed_shell(SOURCE, _line("shell=os.name", 2))
    # no call there, a line out of the file, text that does not parse
    assert not list_command_with_computed_shell(SOURCE, 1)
    assert not list_command_with_computed_shell(SOURCE, 999)
    assert not list_command_with_computed_shell(("subprocess.call(cmd, shell=(",), 1)


def _b602(line: int, severity: Severity = Severity.HIGH, rule_id: str = "B602") -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer="bandit",
        title="subprocess popen with shell equals true",
        message="subprocess call with shell=True identified, security issue.",
        severity=severity,
        confidence=Confidence.HIGH,
        location=Location("app/install.py", line, line),
        cwe=("CWE-78",),
    )


def test_only_b602_on_a_list_command_with_a_computed_shell_is_weighed_medium() -> None:
    computed, literal = _line("shell=os.name"), _line("shell=True")
    findings = [_b602(computed), _b602(literal), _b602(computed, rule_id="B603")]
    weighed = weigh_computed_shell(findings, lambda path: SOURCE)
    assert [(f.rule_id, f.location.start_line, f.severity) for f in weighed] == [
        ("B602", computed, Severity.MEDIUM),
        ("B602", literal, Severity.HIGH),
        ("B603", computed, Severity.HIGH),
    ]
    assert "shell= is computed" in weighed[0].message


def test_a_low_b602_stays_low() -> None:
    [f] = weigh_computed_shell([_b602(_line("shell=os.name"), Severity.LOW)], lambda path: SOURCE)
    assert f.severity is Severity.LOW


def test_bandit_weighs_an_installer_with_a_computed_shell_medium(tmp_path: Path) -> None:
    (tmp_path / "installer.py").write_text(
        "import os\nimport subprocess\n\n\n"
        "def install(archive):\n"
        '    cmd = ["pip", "install", archive]\n'
        '    subprocess.Popen(cmd, shell=os.name == "nt")\n'
        "    subprocess.Popen(cmd, shell=True)\n"
    )
    context = ScanContext(ScanConfig(root=tmp_path.resolve()), build_inventory(tmp_path))
    outcome = BanditAnalyzer().run(context)
    b602 = sorted((f.location.start_line, f.severity) for f in outcome.findings if f.rule_id == "B602")
    assert b602 == [(7, Severity.MEDIUM), (8, Severity.HIGH)]
