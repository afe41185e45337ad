"""python-template-injection on a Django template whose text only staff can send: weighed medium."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.django_staff_templates import staff_written_template, weigh_staff_templates

VIEWS = """from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required, user_passes_test
from django.http import HttpResponse, Http404
from django.template import Context, Template
from jinja2 import Template as JinjaTemplate


@login_required
def preview_notice(request):
    if not request.user.is_superuser:
        raise Http404
    body = request.POST["body"]
    return HttpResponse(Template(body).render(Context({"borrower": "A. Borrower"})))


@staff_member_required
def preview_reminder(request):
    return HttpResponse(Template(request.POST["body"]).render(Context({})))


@user_passes_test(lambda u: u.is_superuser)
def preview_receipt(request):
    return HttpResponse(Template(request.POST["body"]).render(Context({})))


@login_required
def preview_offer(request):
    return HttpResponse(Template(request.POST["body"]).render(Context({})))


@login_required
def preview_late_notice(request):
    body = request.POST["body"]
    page = Template(body).render(Context({}))
    if not request.user.is_staff:
        raise Http404
    return HttpResponse(page)


@login_required
def preview_sms(request):
    if not request.user.profile.is_superuser:
        raise Http404
    return HttpResponse(JinjaTemplate(request.POST["body"]).render())


@login_required
def preview_statement(request):
    if not request.user.is_superuser:
        print("not an administrator")
    return HttpResponse(Template(request.POST["body"]).render(Context({})))


@login_required
def preview_letter(request):
    from django.template import Template as DjangoTemplate

    if not request.user.profile.is_superuser:
        return HttpResponse(status=403)
    return HttpResponse(DjangoTemplate(request.POST["body"]).render(Context({})))
""".splitlines()


def _line(text: str) -> int:
    return next(i for i, line in enumerate(VIEWS, 1) if text in line)


def test_a_django_template_in_a_view_only_staff_reach_is_recognised() -> None:
    def staff(text: str) -> bool:
        return staff_written_template(VIEWS, _line(text))

    # a check that stops others before the template, or a staff-only decorator
    assert staff('HttpResponse(Template(body).render(Context({"borrower"')
    lines = [i for i, line in enumerate(VIEWS, 1) if "HttpResponse(Template(request.POST" in line]
    reminder, receipt, offer, statement = lines
    assert staff_written_template(VIEWS, reminder)
    assert staff_written_template(VIEWS, receipt)
    # signed in is not staff; a check after the template, or one that does not stop, is no guard
    assert not staff_written_template(VIEWS, offer)
    assert not staff("page = Template(body)")
    assert not staff_written_template(VIEWS, statement)
    # Jinja's templates run code: not weighed, whoever writes them
    assert not staff("JinjaTemplate(")
    # Django's Template imported under another name inside the view
    assert staff("DjangoTemplate(")


def _finding(rule: str, line: int) -> Finding:
    return Finding(
        rule_id=rule,
        analyzer="semgrep",
        title="Server-side template injection",
        message="Request data is used as the source text of a server-side template.",
        severity=Severity.CRITICAL,
        confidence=Confidence.HIGH,
        location=Location("loans/views.py", line, line),
    )


def test_only_staff_written_django_templates_are_weighed_medium() -> None:
    guarded = _line('HttpResponse(Template(body).render(Context({"borrower"')
    open_view = _line("page = Template(body)")
    findings = [
        _finding("python-template-injection", guarded),
        _finding("python-template-injection", open_view),
        _finding("python-xss", guarded),
    ]
    weighed = weigh_staff_templates(findings, lambda p: VIEWS if p == "loans/views.py" else ())
    assert [(f.rule_id, f.severity) for f in weighed] == [
        ("python-template-injection", Severity.MEDIUM),
        ("python-template-injection", Severity.CRITICAL),
        ("python-xss", Severity.CRITICAL),
    ]
    assert "staff" in weighed[0].message
