"""python-mass-assignment findings whose spread mapping a function of the tree builds with
constant keys."""

from __future__ import annotations

from aiscan.models import Finding
from aiscan.sast.python_built_kwargs import drop_built_kwargs, spreads_built_mapping
from tests.conftest import make_finding

BUILDERS = """from django.conf import settings


def visibility_fields(loan):
    return {
        "visible_to_branch": loan.visible_to_branch,
        "visible_to_officers": loan.visible_to_officers,
        "status": loan.status,
    }


def schedule_fields(loan, late):
    if late:
        return dict(status="late", penalty=loan.penalty)
    return {"status": "current"}


def posted_fields(request):
    return dict(request.POST.items())


def chosen_field(request, loan):
    return {request.POST["field"]: loan.amount}


def spread_fields(request):
    return {"branch": settings.BRANCH, **request.POST.dict()}


def nested_builder(request):
    def inner():
        return {"status": "new"}

    return request.POST.dict()


def no_return(loan):
    loan.save()
"""

VIEWS = """from loans import builders
from loans.builders import (
    chosen_field,
    nested_builder,
    no_return,
    posted_fields,
    schedule_fields,
    spread_fields,
    visibility_fields,
)


def copy_visibility(request, pk):
    form = LoanForm(request.POST)
    loan = form.save(commit=False)
    Repayment.objects.filter(loan=loan).update(**visibility_fields(loan))
    Repayment.objects.filter(loan=loan).update(**schedule_fields(loan, True), note="copied")
    fields = visibility_fields(loan)
    Schedule.objects.create(**fields)
    Schedule.objects.update_or_create(loan=loan, defaults=visibility_fields(loan))
    return loan


def copy_posted(request, pk):
    loan = Loan.objects.get(pk=pk)
    Repayment.objects.filter(loan=loan).update(**posted_fields(request))
    Repayment.objects.filter(loan=loan).update(**chosen_field(request, loan))
    Repayment.objects.filter(loan=loan).update(**spread_fields(request))
    Repayment.objects.filter(loan=loan).update(**nested_builder(request))
    Repayment.objects.filter(loan=loan).update(**no_return(loan))
    Repayment.objects.filter(loan=loan).update(**visibility_fields(loan), **request.POST.dict())
    Repayment.objects.filter(loan=loan).update(**builders.visibility_fields(loan))
    Repayment.objects.filter(loan=loan).update(**unknown_fields(loan))
    fields = visibility_fields(loan)
    fields.update(request.POST.dict())
    Schedule.objects.create(**fields)
    changed = visibility_fields(loan)
    changed[request.POST["field"]] = request.POST["value"]
    Schedule.objects.create(**changed)
    other = visibility_fields(loan)
    if request.POST.get("all"):
        other = request.POST.dict()
    Schedule.objects.create(**other)
    return loan
"""

TREE = {"loans/builders.py": BUILDERS, "loans/views.py": VIEWS, "loans/__init__.py": ""}


def _read(path: str) -> str | None:
    return TREE.get(path)


def _line(fragment: str, after: str) -> int:
    lines = VIEWS.splitlines()
    start = next(i for i, text in enumerate(lines) if after in text)
    return next(i for i, text in enumerate(lines[start:], start + 1) if fragment in text)


def _built(fragment: str, after: str) -> bool:
    return spreads_built_mapping("loans/views.py", _line(fragment, after), frozenset(TREE), _read)


def test_a_mapping_a_function_of_the_tree_builds_with_constant_keys_is_left_out() -> None:
    assert _built("**visibility_fields(loan))", "def copy_visibility")
    # a dict(...) of keywords on one branch, a literal on the other; a keyword beside the spread
    assert _built("**schedule_fields", "def copy_visibility")
    # a name assigned only from such a call
    assert _built("**fields", "def copy_visibility")
    # Django's defaults= mapping
    assert _built("defaults=", "def copy_visibility")


def test_a_mapping_with_keys_the_client_may_choose_is_kept() -> None:
    # the request's items, a key the request names, the request's mapping spread into the literal
    assert not _built("**posted_fields", "def copy_posted")
    assert not _built("**chosen_field", "def copy_posted")
    assert not _built("**spread_fields", "def copy_posted")
    # a builder's own return is read, not a nested function's; a function with no return
    assert not _built("**nested_builder", "def copy_posted")
    assert not _built("**no_return", "def copy_posted")
    # a second spread on the line, a function reached through a module, one not in the tree
    assert not _built("**visibility_fields(loan), **request", "def copy_posted")
    assert not _built("**builders.visibility_fields", "def copy_posted")
    assert not _built("**unknown_fields", "def copy_posted")
    # a name the function updates from the request, writes a chosen key into, or assigns again
    assert not _built("Schedule.objects.create(**fields)", "def copy_posted")
    assert not _built("**changed", "def copy_posted")
    assert not _built("**other", "def copy_posted")
    # a line with no spread, a file not in the tree
    assert not spreads_built_mapping("loans/views.py", 1, frozenset(TREE), _read)
    assert not spreads_built_mapping("loans/other.py", 5, frozenset(TREE), _read)


def _finding(line: int, rule_id: str = "python-mass-assignment") -> Finding:
    return make_finding(rule_id, path="loans/views.py", line=line)


def test_only_findings_of_built_mappings_are_dropped() -> None:
    built = _line("**visibility_fields(loan))", "def copy_visibility")
    posted = _line("**posted_fields", "def copy_posted")
    findings = [_finding(built), _finding(posted), _finding(built, rule_id="python-sql-injection")]
    kept = drop_built_kwargs(findings, frozenset(TREE), lambda p: tuple((TREE.get(p) or "").splitlines()))
    assert [(f.rule_id, f.location.start_line) for f in kept] == [
        ("python-mass-assignment", posted),
        ("python-sql-injection", built),
    ]
