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
