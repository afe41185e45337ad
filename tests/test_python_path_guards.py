"""python-path-traversal findings on a path the application's own guard checked before use."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.python_path_guards import checked_path, drop_guarded_paths

GUARDS = """from django.core.exceptions import SuspiciousFileOperation
from django.utils._os import safe_join


def inside_archive(root, path):
    try:
        safe_join(root, path)
        return True
    except SuspiciousFileOperation:
        return False


def looks_inside(root, path):
    return not path.startswith("..")


def known_branch(code):
    return code in branch_codes()


def archived_file(root, path):
    checked = safe_join(root, path)
    return checked


def logged_join(root, path):
    try:
        safe_join(root, path)
    except SuspiciousFileOperation:
        log("outside")
    return True
"""

VIEWS = """import os
import shutil

from django.conf import settings
from django.http import Http404, HttpResponse

from .guards import archived_file, inside_archive, known_branch, logged_join, looks_inside


def statement(request):
    root = os.path.join(settings.MEDIA_ROOT, "statements")
    name = request.GET["name"]
    if not inside_archive(root, name):
        raise Http404
    return HttpResponse(open(os.path.join(root, name)).read())


def branch_report(request):
    branch = request.GET["branch"]
    if not known_branch(branch):
        raise Http404
    folder = os.path.join(settings.MEDIA_ROOT, branch)
    shutil.rmtree(folder)
    return HttpResponse("")


def contract(request):
    path = archived_file(settings.MEDIA_ROOT, request.GET["name"])
    return HttpResponse(open(path).read())


def two_parts(request):
    root = settings.MEDIA_ROOT
    folder, name = request.GET["folder"], request.GET["name"]
    if not inside_archive(root, folder) or not inside_archive(root, os.path.join(folder, name)):
        return HttpResponse(status=403)
    os.remove(os.path.join(root, folder, name))
    return HttpResponse("")


def checked_then_changed(request):
    root = settings.MEDIA_ROOT
    name = request.GET["name"]
    if not inside_archive(root, name):
        raise Http404
    name = request.GET["other"]
    return HttpResponse(open(os.path.join(root, name)).read())


def checked_but_not_stopped(request):
    root = settings.MEDIA_ROOT
    name = request.GET["name"]
    if not inside_archive(root, name):
        log("outside the archive")
    return HttpResponse(open(os.path.join(root, name)).read())


def other_guards(request):
    root = settings.MEDIA_ROOT
    name = request.GET["name"]
    if not looks_inside(root, name) or not logged_join(root, name):
        raise Http404
    return HttpResponse(open(os.path.join(root, name)).read())


def one_of_two_checked(request):
    root = settings.MEDIA_ROOT
    name, ext = request.GET["name"], request.GET["ext"]
    if not inside_archive(root, name):
        raise Http404
    return HttpResponse(open(os.path.join(root, name + ext)).read())


def not_imported(request):
    root = settings.MEDIA_ROOT
    name = request.GET["name"]
    if not is_inside(root, name):
        raise Http404
    return HttpResponse(open(os.path.join(root, name)).read())
"""

TREE = {"loans/guards.py": GUARDS, "loans/views.py": VIEWS}


def _read(path: str) -> str | None:
    return TREE.get(path)


def _line(fragment: str, after: str) -> int:
    lines = VIEWS.splitlines()
    start = next(i for i, text in enumerate(lines) if after in text)
    return next(i for i, text in enumerate(lines[start:], start + 1) if fragment in text)


def _checked(fragment: str, after: str) -> bool:
    return checked_path("loans/views.py", _line(fragment, after), frozenset(TREE), _read)


def test_a_path_checked_by_a_guard_around_safe_join_is_left_out() -> None:
    assert _checked("open(", "def statement")
    # a membership guard, then a value built from the checked name
    assert _checked("rmtree", "def branch_report")
    # a wrapper that returns safe_join's path
    assert _checked("open(", "def contract")
    # two guards joined with `or`, the block returning
    assert _checked("os.remove", "def two_parts")


def test_a_path_not_so_checked_is_kept() -> None:
    assert not _checked("open(", "def checked_then_changed")
    assert not _checked("open(", "def checked_but_not_stopped")
    # a prefix test, a guard whose handler does not refuse
    assert not _checked("open(", "def other_guards")
    assert not _checked("open(", "def one_of_two_checked")
    assert not _checked("open(", "def not_imported")
    # a line with no call, a file not in the tree
    assert not checked_path("loans/views.py", 1, frozenset(TREE), _read)
    assert not checked_path("loans/other.py", 5, frozenset(TREE), _read)


def _finding(line: int, rule_id: str = "python-path-traversal") -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer="semgrep",
        title="Path traversal",
        message="A request value reaches a file path.",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("loans/views.py", line, line),
        cwe=("CWE-22",),
    )


def test_only_checked_path_findings_are_dropped() -> None:
    checked = _line("open(", "def statement")
    unchecked = _line("open(", "def checked_then_changed")
    findings = [_finding(checked), _finding(unchecked), _finding(checked, rule_id="python-ssrf")]
    kept = drop_guarded_paths(findings, frozenset(TREE), lambda p: tuple((TREE.get(p) or "").splitlines()))
    assert [(f.rule_id, f.location.start_line) for f in kept] == [
        ("python-path-traversal", unchecked),
        ("python-ssrf", checked),
    ]
