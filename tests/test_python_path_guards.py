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


FORMS = r"""from django import forms
from django.core.validators import RegexValidator


class StatementForm(forms.Form):
    branch_code = forms.RegexField(regex=r"^[a-z][0-9a-z_-]+$", max_length=16)
    account = forms.CharField(validators=[RegexValidator(r"\A[A-Z]{2}[0-9]{6}\Z")])
    folder = forms.RegexField(r"^[\w/]+$")
    loose = forms.RegexField(regex=r"[a-z]+")
    dotted = forms.RegexField(regex=r"^[\w.-]+$")
    many_lines = forms.RegexField(regex=r"(?m)^[a-z]+$")
    inverse = forms.CharField(validators=[RegexValidator(r"^[a-z]+$", inverse_match=True)])
    plain = forms.CharField()
    cleaned = forms.RegexField(regex=r"^[a-z]+$")

    def clean_cleaned(self):
        return "../" + self.cleaned_data["cleaned"]
"""

FORM_VIEWS = """import os

from django.conf import settings
from django.http import Http404, HttpResponse

from loans.forms import StatementForm
from .guards import known_branch


def statement_file(request, form_class=StatementForm):
    form = form_class(request.POST or None)
    if form.is_valid():
        code = form.cleaned_data["branch_code"].strip()
        name = "statement-%s.pdf" % code
        path = os.path.join(settings.MEDIA_ROOT, name)
        open(path, "w").write("")
        account = form.cleaned_data.get("account")
        open(os.path.join(settings.MEDIA_ROOT, account), "w").write("")
    return HttpResponse("")


def statement_unbounded(request):
    form = StatementForm(request.POST)
    if form.is_valid():
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["folder"])).read()
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["loose"])).read()
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["dotted"])).read()
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["many_lines"])).read()
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["inverse"])).read()
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["plain"])).read()
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["cleaned"])).read()
        other = request.POST["other"]
        open(os.path.join(settings.MEDIA_ROOT, form.cleaned_data["branch_code"] + other)).read()
    return HttpResponse("")


def branch_template(request):
    branch = request.GET["branch"]
    if not known_branch(branch):
        raise Http404
    folder = os.path.join(settings.MEDIA_ROOT, branch)
    default_name = "blank-statement.html"
    default_path = os.path.join(folder, default_name)
    if not os.path.isfile(default_path):
        default_path = os.path.join(os.path.dirname(__file__), "templates", default_name)
    return HttpResponse(open(default_path).read())


def branch_template_unchecked(request):
    branch = request.GET["branch"]
    default_path = os.path.join(settings.MEDIA_ROOT, branch, "blank.html")
    if not known_branch(branch):
        default_path = os.path.join(os.path.dirname(__file__), "blank.html")
    return HttpResponse(open(default_path).read())
"""

FORM_TREE = {"loans/guards.py": GUARDS, "loans/forms.py": FORMS, "loans/form_views.py": FORM_VIEWS}


def _form_checked(fragment: str, after: str) -> bool:
    lines = FORM_VIEWS.splitlines()
    start = next(i for i, text in enumerate(lines) if after in text)
    line = next(i for i, text in enumerate(lines[start:], start + 1) if fragment in text)
    return checked_path("loans/form_views.py", line, frozenset(FORM_TREE), FORM_TREE.get)


def test_a_path_from_a_form_field_a_regular_expression_bounds_is_left_out() -> None:
    # RegexField anchored at both ends, no separator and no dot: through strip and a format
    assert _form_checked('open(path, "w")', "def statement_file")
    # a RegexValidator among the field's validators, read with cleaned_data.get
    assert _form_checked("account),", "def statement_file")


def test_a_form_field_the_expression_does_not_bound_is_kept() -> None:
    for field in ("folder", "loose", "dotted", "many_lines", "inverse", "plain", "cleaned"):
        assert not _form_checked(f'cleaned_data["{field}"]', "def statement_unbounded"), field
    # a bounded field joined with another request value
    assert not _form_checked('["branch_code"] + other', "def statement_unbounded")


def test_constant_names_and_the_modules_own_folder_are_not_request_data() -> None:
    # every assignment before the line is checked: the guarded branch folder, or a constant name
    # under the module's own folder
    assert _form_checked("open(default_path)", "def branch_template")
    # the first assignment reaches the line unchecked when the guard passes
    assert not _form_checked("open(default_path)", "def branch_template_unchecked")
