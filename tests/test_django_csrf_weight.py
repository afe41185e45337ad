"""A Django view's CSRF exemption weighed by what the view does with the session."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.django_csrf_weight import exempted_view_weight, weigh_csrf_exemptions

VIEWS = """import json

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .models import Loan, Repayment


@csrf_exempt
@login_required
def approve_loan(request):
    loan = Loan.objects.get(pk=request.POST["id"])
    loan.approved_by = request.user
    loan.save()
    return JsonResponse({"ok": True})


@csrf_exempt
@login_required
def loan_rate(request):
    loan = Loan.objects.get(pk=request.POST["id"])
    return JsonResponse({"rate": str(loan.rate)})


@csrf_exempt
def gateway_return(request):
    repayment = Repayment.objects.get(reference=request.POST["ref"])
    repayment.status = request.POST["status"]
    repayment.save()
    return HttpResponse("OK")


@csrf_exempt
def upload_scan(request):
    if not request.user.can_upload():
        raise PermissionDenied()
    url = store_document(request.FILES["scan"].name, request.FILES["scan"])
    return JsonResponse({"url": url})


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(login_required, name="dispatch")
class DeviceConfirm(View):
    def post(self, request):
        devices.confirm_or_deny_code(request.user, request.POST["code"], confirm=True)
        return HttpResponse("")


class BaseApplication(FormView):
    def dispatch(self, *args, **kwargs):
        request = self.request
        if request.user.is_authenticated:
            self.initial = {"email": request.user.email}
        return super().dispatch(*args, **kwargs)


class EmbeddedApplication(BaseApplication):
    @csrf_exempt
    def dispatch(self, *args, **kwargs):
        return super().dispatch(*args, **kwargs)


@csrf_exempt
def scan_preview(request):
    if not request.user.can_upload():
        raise PermissionDenied()
    return JsonResponse({"text": read_document(request.GET["name"]), "store": storage_name()})


@csrf_exempt
def remember_branch(request):
    request.session["branch"] = request.POST["branch"]
    return HttpResponse("OK")


@csrf_exempt
def forget_branch(request):
    if request.user.is_authenticated:
        request.session.pop("branch", None)
    return HttpResponse("OK")


@require_GET
@csrf_exempt
@login_required
def schedule_csv(request):
    Loan.objects.filter(owner=request.user).update(exported=True)
    return HttpResponse("")


@csrf_exempt
@require_http_methods(["GET", "HEAD"])
def schedule_head(request):
    return HttpResponse("")


@csrf_exempt
@require_http_methods(["GET", "POST"])
@permission_required("loans.change_loan")
def reschedule(request):
    Loan.objects.filter(pk=request.POST["id"]).update(term=request.POST["term"])
    return HttpResponse("")


@csrf_exempt
@ajax_only
@moderators_only
def rename_branch(request):
    Branch.objects.filter(pk=request.POST["id"]).update(name=request.POST["name"])


@csrf_exempt
@ajax_only
@post_only
def branch_names(request):
    Branch.objects.filter(pk=request.POST["id"]).update(name=request.POST["name"])


def officer_note(request):
    note = request.user.notes.create(text=request.POST["text"])
    return JsonResponse({"id": note.pk})


officer_note = csrf_exempt(officer_note)
quote = csrf_exempt(json.dumps)


@method_decorator(csrf_exempt, name="dispatch")
class RepaymentHook(View):
    def post(self, request):
        Repayment.objects.create(reference=request.POST["ref"])
        return HttpResponse("")


@method_decorator(csrf_exempt, name="dispatch")
class OfficerRepayment(View):
    def post(self, request):
        Repayment.objects.create(reference=request.POST["ref"], officer=request.user)
        return HttpResponse("")


class OfficerForm(View):
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return JsonResponse({"name": self.request.user.get_full_name()})


class ExemptBase(View):
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


class ProviderChoice(ExemptBase):
    def post(self, request):
        request.session["provider"] = request.POST["provider"]
        return HttpResponse("")


class ReadOnlyBase(View):
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


class TicketCheck(ReadOnlyBase):
    def post(self, request):
        return JsonResponse({"valid": Ticket.objects.filter(value=request.POST["t"]).exists()})


@method_decorator(csrf_exempt, name="dispatch")
class LoanEdit(LoginRequiredMixin, UpdateView):
    model = Loan
""".splitlines()


def _line(fragment: str) -> int:
    return next(i for i, text in enumerate(VIEWS, 1) if fragment in text)


def _exemption_before(fragment: str) -> int:
    """The line of the first decorator of the definition named by `fragment`."""
    at = _line(fragment) - 1
    while at > 1 and VIEWS[at - 2].startswith("@"):
        at -= 1
    return at


def test_a_session_view_that_writes_stays_high() -> None:
    assert exempted_view_weight(VIEWS, _exemption_before("def approve_loan")) == "high"
    # a permission decorator and an ORM update, with GET and POST allowed
    assert exempted_view_weight(VIEWS, _exemption_before("def reschedule")) == "high"
    # a value popped from the session of a signed-in visitor
    assert exempted_view_weight(VIEWS, _exemption_before("def forget_branch")) == "high"
    # a value stored in the session is a session write and a use of the session
    assert exempted_view_weight(VIEWS, _exemption_before("def remember_branch")) == "high"
    # a function of the project named for a write (its body is not read)
    assert exempted_view_weight(VIEWS, _exemption_before("def upload_scan")) == "high"
    # a method named for a write, behind a login decorator on the class
    assert exempted_view_weight(VIEWS, _line("class DeviceConfirm") - 2) == "high"
    # the exemption on a subclass's method; the base of the module reads the user, FormView saves
    assert exempted_view_weight(VIEWS, _line("class EmbeddedApplication") + 1) == "high"
    # a project's own authorisation decorator, named for whom it lets through
    assert exempted_view_weight(VIEWS, _exemption_before("def rename_branch")) == "high"
    # exempted by a call, the function found in the module
    assert exempted_view_weight(VIEWS, _line("officer_note = csrf_exempt")) == "high"
    # class-based: the user read in a method that creates a row
    assert exempted_view_weight(VIEWS, _line("class OfficerRepayment") - 1) == "high"
    # the exemption of a base class, inherited by a view of the module that writes to the session
    assert exempted_view_weight(VIEWS, _line("class ExemptBase") + 1) == "high"
    # a login mixin over a base that is not read (UpdateView saves a form)
    assert exempted_view_weight(VIEWS, _line("class LoanEdit") - 1) == "high"


def test_a_view_without_a_session_write_is_medium() -> None:
    # signed in, but only reads and answers
    assert exempted_view_weight(VIEWS, _exemption_before("def loan_rate")) == "medium"
    # writes, but with no session: a gateway's return
    assert exempted_view_weight(VIEWS, _exemption_before("def gateway_return")) == "medium"
    assert exempted_view_weight(VIEWS, _line("class RepaymentHook") - 1) == "medium"
    # functions named for a read, or a word that only starts like a write verb
    assert exempted_view_weight(VIEWS, _exemption_before("def scan_preview")) == "medium"
    # a base class's exemption whose subclasses only read
    assert exempted_view_weight(VIEWS, _line("class ReadOnlyBase") + 1) == "medium"
    # decorators that name a method or a header, not who may call
    assert exempted_view_weight(VIEWS, _exemption_before("def branch_names")) == "medium"
    # the exemption on a method; the user only read
    assert exempted_view_weight(VIEWS, _line("@method_decorator(csrf_exempt)")) == "medium"


def test_a_view_limited_to_safe_methods_is_left_out() -> None:
    assert exempted_view_weight(VIEWS, _exemption_before("def schedule_csv")) == "drop"
    assert exempted_view_weight(VIEWS, _exemption_before("def schedule_head")) == "drop"


def test_what_is_not_read_keeps_the_rules_severity() -> None:
    assert exempted_view_weight(VIEWS, _line("quote = csrf_exempt")) == "high"  # not the module's
    assert exempted_view_weight(VIEWS, 1) == "high"  # no exemption on the line
    assert exempted_view_weight(["@csrf_exempt", "def broken(request:"], 1) == "high"


def _finding(line: int, rule_id: str = "python-csrf-disabled") -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer="semgrep",
        title="CSRF protection disabled",
        message="CSRF protection is switched off.",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("loans/views.py", line, line),
        cwe=("CWE-352",),
    )


def test_findings_are_weighed_dropped_or_kept() -> None:
    lines = {
        _exemption_before("def approve_loan"): Severity.HIGH,
        _exemption_before("def loan_rate"): Severity.MEDIUM,
    }
    safe = _exemption_before("def schedule_csv")
    findings = [_finding(line) for line in (*lines, safe)]
    findings.append(_finding(_exemption_before("def loan_rate"), rule_id="python-xss"))
    weighed = weigh_csrf_exemptions(findings, lambda path: VIEWS)
    assert [(f.rule_id, f.location.start_line, f.severity) for f in weighed] == [
        *(("python-csrf-disabled", line, sev) for line, sev in lines.items()),
        ("python-xss", _exemption_before("def loan_rate"), Severity.HIGH),
    ]
    assert "Weighed medium" in weighed[1].message


HELPER_VIEWS = """from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from loans.services import close_account, account_balance
from .models import Loan


def _apply_payment(loan_id, amount):
    loan = Loan.objects.get(pk=loan_id)
    loan.balance -= amount
    loan.save()


def _lookup(loan_id):
    return Loan.objects.get(pk=loan_id)


def _two_levels(loan_id):
    _apply_payment(loan_id, 0)


@csrf_exempt
@login_required
def pay(request):
    _apply_payment(request.POST["loan"], request.POST["amount"])
    return JsonResponse({"ok": True})


@csrf_exempt
@login_required
def close(request):
    close_account(request.user, request.POST["loan"])
    return JsonResponse({"ok": True})


@csrf_exempt
@login_required
def balance(request):
    return JsonResponse({"balance": account_balance(request.POST["loan"])})


@csrf_exempt
@login_required
def show(request):
    loan = _lookup(request.POST["loan"])
    return JsonResponse({"id": loan.pk})


@csrf_exempt
@login_required
def deep(request):
    _two_levels(request.POST["loan"])
    return JsonResponse({"ok": True})


@csrf_exempt
@login_required
def pay_from_widget(request):
    if not compare_digest(request.COOKIES["widget_csrf"], request.POST["widget_csrf"]):
        raise PermissionDenied
    verify_widget_csrf(request)
    _apply_payment(request.POST["loan"], request.POST["amount"])
    return JsonResponse({"ok": True})


@csrf_exempt
def anonymous_pay(request):
    _apply_payment(request.POST["loan"], request.POST["amount"])
    return JsonResponse({"ok": True})
"""

SERVICES = """from .models import Loan


def close_account(user, loan_id):
    Loan.objects.filter(pk=loan_id, owner=user).delete()


def account_balance(loan_id):
    return Loan.objects.get(pk=loan_id).balance
"""

HELPER_TREE = {"loans/views.py": HELPER_VIEWS, "loans/services.py": SERVICES, "loans/models.py": ""}


def test_a_write_in_a_function_the_view_calls_is_followed_one_level() -> None:
    lines = HELPER_VIEWS.splitlines()

    def weight(view: str) -> str:
        line = next(i for i, text in enumerate(lines, 1) if text.startswith(f"def {view}("))
        exempt = max(i for i, text in enumerate(lines[:line], 1) if text == "@csrf_exempt")
        return exempted_view_weight(lines, exempt, "loans/views.py", HELPER_TREE, HELPER_TREE.get)

    # a helper of the module, or one imported from the tree, that writes
    assert weight("pay") == "high"
    assert weight("close") == "high"
    # helpers that only read; a write two calls away is not followed; no session
    assert weight("balance") == "medium"
    assert weight("show") == "medium"
    assert weight("deep") == "medium"
    assert weight("anonymous_pay") == "medium"
    # a view that checks a token of its own (a call named for CSRF) stays below the gate
    assert weight("pay_from_widget") == "medium"
    # without the tree, only the module's own helpers are read
    assert exempted_view_weight(lines, lines.index("def close(request):") - 1) == "medium"
