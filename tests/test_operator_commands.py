"""bandit's B602/B605 in a Django management command: weighed medium; elsewhere as bandit says."""

from __future__ import annotations

from pathlib import Path

from aiscan.analyzers.bandit import BanditAnalyzer
from aiscan.analyzers.base import ScanContext
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.operator_commands import is_management_command, weigh_operator_commands

COMMAND = """import os
import subprocess

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Rebuild the repayment schedule archive"

    def handle(self, *args, **options):
        folder = os.path.join(settings.MEDIA_ROOT, "schedules")
        subprocess.check_output("tar czf /backup/schedules.tgz %s" % folder, shell=True)
        os.system("gzip -9 %s/latest.csv" % folder)
""".splitlines()

VIEW = """import subprocess


def export(request):
    subprocess.check_output("tar czf out.tgz %s" % request.GET["folder"], shell=True)
""".splitlines()


def test_a_command_module_is_recognised_by_folder_and_class() -> None:
    assert is_management_command("loans/management/commands/archive_schedules.py", COMMAND)
    # the same text outside Django's commands folder, or as a helper module of that folder
    assert not is_management_command("loans/archive_schedules.py", COMMAND)
    assert not is_management_command("loans/commands/archive_schedules.py", COMMAND)
    assert not is_management_command("loans/management/commands/_shared.py", COMMAND)
    assert not is_management_command("loans/management/commands/__init__.py", COMMAND)
    # in the folder, but no Command class (a module of helpers the commands import)
    assert not is_management_command("loans/management/commands/archive.py", VIEW)
    renamed = [line.replace("class Command(BaseCommand)", "class Archive(BaseCommand)") for line in COMMAND]
    assert not is_management_command("loans/management/commands/archive.py", renamed)
    other_base = [line.replace("class Command(BaseCommand)", "class Command(object)") for line in COMMAND]
    assert not is_management_command("loans/management/commands/archive.py", other_base)
    assert not is_management_command("loans/management/commands/archive.py", ["class Command(BaseCommand"])


def _finding(rule_id: str, path: str, line: int, severity: Severity = Severity.HIGH) -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer="bandit",
        title="start process with a shell",
        message="Starting a process with a shell, possible injection detected, security issue.",
        severity=severity,
        confidence=Confidence.HIGH,
        location=Location(path, line, line),
        cwe=("CWE-78",),
    )


def test_only_shell_findings_in_a_command_are_weighed_medium() -> None:
    tree = {"loans/management/commands/archive.py": COMMAND, "loans/views.py": VIEW}
    findings = [
        _finding("B602", "loans/management/commands/archive.py", 13),
        _finding("B605", "loans/management/commands/archive.py", 14),
        _finding("B602", "loans/views.py", 5),
        _finding("B608", "loans/management/commands/archive.py", 13),
        _finding("B605", "loans/management/commands/archive.py", 14, Severity.LOW),
    ]
    weighed = weigh_operator_commands(findings, lambda p: tree.get(p, ()))
    assert [(f.rule_id, f.location.path.split("/")[-1], f.severity) for f in weighed] == [
        ("B602", "archive.py", Severity.MEDIUM),
        ("B605", "archive.py", Severity.MEDIUM),
        ("B602", "views.py", Severity.HIGH),
        ("B608", "archive.py", Severity.HIGH),
        ("B605", "archive.py", Severity.LOW),
    ]
    assert "management command" in weighed[0].message


def test_bandit_weighs_a_management_command_medium(tmp_path: Path) -> None:
    commands = tmp_path / "loans" / "management" / "commands"
    commands.mkdir(parents=True)
    (commands / "archive.py").write_text("\n".join(COMMAND) + "\n")
    (tmp_path / "loans" / "views.py").write_text("\n".join(VIEW) + "\n")
    context = ScanContext(ScanConfig(root=tmp_path.resolve()), build_inventory(tmp_path))
    outcome = BanditAnalyzer().run(context)
    shell = sorted(
        (f.location.path, f.rule_id, f.severity) for f in outcome.findings if f.rule_id in ("B602", "B605")
    )
    assert shell == [
        ("loans/management/commands/archive.py", "B602", Severity.MEDIUM),
        ("loans/management/commands/archive.py", "B605", Severity.MEDIUM),
        ("loans/views.py", "B602", Severity.HIGH),
    ]


BUILD_TREE = {
    "lending_build/__init__.py": ["from .assets import build_assets"],
    "lending_build/assets.py": [
        "import subprocess",
        "from setuptools.command.build_py import build_py",
        "",
        "def build_assets(folder):",
        '    subprocess.check_call("npm ci && npm run build --prefix %s" % folder, shell=True)',
    ],
    "lending/__init__.py": [],
    "lending/reports.py": [
        "import subprocess",
        "",
        "def export(folder):",
        '    subprocess.check_call("tar czf out.tgz %s" % folder, shell=True)',
    ],
}


def test_a_build_helper_package_is_one_only_the_build_uses() -> None:
    from aiscan.sast.operator_commands import build_helper_packages

    def read(path: str, tree: dict[str, list[str]] = BUILD_TREE) -> list[str]:
        return tree.get(path, [])

    assert build_helper_packages(BUILD_TREE, read) == frozenset({"lending_build"})
    # the application imports it: part of the application
    used = {**BUILD_TREE, "lending/views.py": ["from lending_build.assets import build_assets"]}
    assert build_helper_packages(used, lambda p: used.get(p, [])) == frozenset()
    # setuptools imported by a module the package's __init__ does not load (a plugin's packaging
    # helper inside the application): not a build helper
    inner = {**BUILD_TREE, "lending_build/__init__.py": []}
    assert build_helper_packages(inner, lambda p: inner.get(p, [])) == frozenset()
    # no setuptools or distutils import: not a build helper
    plain = {**BUILD_TREE, "lending_build/assets.py": BUILD_TREE["lending_build/assets.py"][:1]}
    assert build_helper_packages(plain, lambda p: plain.get(p, [])) == frozenset()


def test_shell_findings_in_a_build_helper_are_weighed_medium() -> None:
    findings = [_finding("B602", "lending_build/assets.py", 5), _finding("B602", "lending/reports.py", 4)]
    weighed = weigh_operator_commands(findings, lambda p: BUILD_TREE.get(p, []), BUILD_TREE)
    assert [(f.location.path, f.severity) for f in weighed] == [
        ("lending_build/assets.py", Severity.MEDIUM),
        ("lending/reports.py", Severity.HIGH),
    ]
    assert "build helper" in weighed[0].message
    # without the tree's paths nothing is known to be a build helper
    assert weigh_operator_commands(findings, lambda p: BUILD_TREE.get(p, []))[0].severity is Severity.HIGH


RANDOM_COMMAND = """import random

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Make sample borrowers for a demonstration database"

    def handle(self, *args, **options):
        session_key = str(random.getrandbits(64))
        return session_key
""".splitlines()

RANDOM_VIEW = """import random


def reset(request):
    reset_token = str(random.getrandbits(64))
    return reset_token
""".splitlines()


def _random_finding(path: str, line: int, severity: Severity = Severity.HIGH) -> Finding:
    return Finding(
        rule_id="python-insecure-random",
        analyzer="semgrep",
        title="Predictable random numbers for security values",
        message="A security value is generated with the predictable `random` module.",
        severity=severity,
        confidence=Confidence.MEDIUM,
        location=Location(path, line, line),
        cwe=("CWE-338",),
    )


def test_predictable_random_in_a_command_is_weighed_medium() -> None:
    from aiscan.sast.operator_commands import weigh_command_randomness

    tree = {"loans/management/commands/demo.py": RANDOM_COMMAND, "loans/views.py": RANDOM_VIEW}
    findings = [
        _random_finding("loans/management/commands/demo.py", 10),
        _random_finding("loans/views.py", 5),
        _finding("B602", "loans/management/commands/demo.py", 10),
        _random_finding("loans/management/commands/demo.py", 10, Severity.LOW),
    ]
    weighed = weigh_command_randomness(findings, lambda p: tree.get(p, ()))
    assert [(f.rule_id, f.location.path.split("/")[-1], f.severity) for f in weighed] == [
        ("python-insecure-random", "demo.py", Severity.MEDIUM),
        ("python-insecure-random", "views.py", Severity.HIGH),
        ("B602", "demo.py", Severity.HIGH),
        ("python-insecure-random", "demo.py", Severity.LOW),
    ]
    assert "management command" in weighed[0].message
    # the same text outside Django's commands folder is not a command
    moved = {"loans/demo.py": RANDOM_COMMAND}
    kept = weigh_command_randomness([_random_finding("loans/demo.py", 10)], lambda p: moved.get(p, ()))
    assert kept[0].severity is Severity.HIGH
