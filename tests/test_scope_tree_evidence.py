"""Every tree step that reads another file than the finding's decides a diff scan as it decides a
scan of the whole tree: the change touches only the file with the finding, and what clears or
weighs it (a guard, a builder, a view class, a schema, a type, a configuration) sits in a file the
change does not touch. Each case holds a finding the evidence does not clear, so a step that
stopped reading the unchanged file, or a rule that stopped firing, fails the test. Made-up code."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import Overrides, resolve_scan_config
from aiscan.pipeline import scan
from tests.scope_support import branch_repo, write_files

Found = tuple[str, int, str]


def _found(root: Path, overrides: Overrides, rule: str) -> list[Found]:
    config = resolve_scan_config(root, overrides)
    result = scan(config, analyzers=[SemgrepAnalyzer()], parallel=False)
    return sorted(
        (f.location.path, f.location.start_line or 0, f.severity.value)
        for f in result.findings
        if f.rule_id == rule
    )


def decided(tmp_path: Path, base: dict[str, str], change: dict[str, str], rule: str) -> list[Found]:
    """The findings of `rule` in the changed files, which a diff scan and a whole-tree scan must
    agree on; the diff scan's are returned."""
    root = branch_repo(tmp_path / "repo", base, change)
    whole = [f for f in _found(root, Overrides(), rule) if f[0] in change]
    scoped = _found(root, Overrides(scan_kind="merge", diff_base="main"), rule)
    assert scoped == whole
    return scoped


# Python: a guard, a builder, a view class and a helper kept in modules the change does not touch

GUARDS = """from django.core.exceptions import SuspiciousFileOperation
from django.utils._os import safe_join


def inside_archive(root, path):
    try:
        safe_join(root, path)
        return True
    except SuspiciousFileOperation:
        return False
"""

GUARDED_VIEWS = """import os

from django.conf import settings
from django.http import Http404, HttpResponse

from .guards import inside_archive


def statement(request):
    root = os.path.join(settings.MEDIA_ROOT, "statements")
    name = request.GET["name"]
    if not inside_archive(root, name):
        raise Http404
    return HttpResponse(open(os.path.join(root, name)).read())


def receipt(request):
    root = os.path.join(settings.MEDIA_ROOT, "receipts")
    name = request.GET["name"]
    return HttpResponse(open(os.path.join(root, name)).read())
"""


def test_a_path_guard_in_an_unchanged_module(tmp_path: Path) -> None:
    base = {"lending/__init__.py": "", "lending/guards.py": GUARDS}
    found = decided(tmp_path, base, {"lending/views.py": GUARDED_VIEWS}, "python-path-traversal")
    assert [(p, line) for p, line, _ in found] == [("lending/views.py", 20)]


BUILDERS = """def visibility_fields(loan):
    return {"visible_to_branch": loan.visible_to_branch, "status": loan.status}


def posted_fields(request):
    return dict(request.POST.items())
"""

BUILT_VIEWS = """from .builders import visibility_fields
from .forms import LoanForm
from .models import Repayment


def copy_visibility(request, pk):
    form = LoanForm(request.POST)
    loan = form.save(commit=False)
    Repayment.objects.filter(loan=loan).update(**visibility_fields(loan))
    return loan


def copy_posted(request, pk):
    form = LoanForm(request.POST)
    loan = form.save(commit=False)
    Repayment.objects.filter(loan=loan).update(**request.POST.dict())
    return loan
"""


def test_a_mapping_built_in_an_unchanged_module(tmp_path: Path) -> None:
    base = {"loans/__init__.py": "", "loans/builders.py": BUILDERS}
    found = decided(tmp_path, base, {"loans/views.py": BUILT_VIEWS}, "python-mass-assignment")
    assert [(p, line) for p, line, _ in found] == [("loans/views.py", 16)]


SAFE_VIEWS = """from django.views.generic import DetailView, View

from .models import Loan


class LoanView(DetailView):
    model = Loan

    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class PayView(View):
    def post(self, request):
        return None
"""

EXEMPT_URLS = """from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from .views import LoanView, PayView

urlpatterns = [
    path("loans/<int:pk>/", csrf_exempt(LoanView.as_view()), name="loan"),
    path("pay/", csrf_exempt(PayView.as_view()), name="pay"),
]
"""


def test_a_read_only_view_class_in_an_unchanged_module(tmp_path: Path) -> None:
    base = {"lending/__init__.py": "", "lending/views.py": SAFE_VIEWS}
    found = decided(tmp_path, base, {"lending/urls.py": EXEMPT_URLS}, "python-csrf-disabled")
    assert [(p, line) for p, line, _ in found] == [("lending/urls.py", 8)]


SERVICES = """from .models import Loan


def close_account(user, loan_id):
    Loan.objects.filter(pk=loan_id, owner=user).delete()


def account_balance(loan_id):
    return Loan.objects.get(pk=loan_id).balance
"""

EXEMPT_VIEWS = """from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .services import account_balance, close_account


@csrf_exempt
@login_required
def close(request):
    close_account(request.user, request.POST["loan"])
    return JsonResponse({"ok": True})


@csrf_exempt
@login_required
def balance(request):
    return JsonResponse({"balance": account_balance(request.POST["loan"])})
"""


def test_a_write_in_a_helper_of_an_unchanged_module_keeps_an_exemption_high(tmp_path: Path) -> None:
    base = {"loans/__init__.py": "", "loans/models.py": "", "loans/services.py": SERVICES}
    found = decided(tmp_path, base, {"loans/views.py": EXEMPT_VIEWS}, "python-csrf-disabled")
    assert found == [("loans/views.py", 8, "high"), ("loans/views.py", 15, "medium")]


SETTINGS = (
    'DEBUG = False\nINSTALLED_APPS = ["django.contrib.auth"]\n'
    "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n"
    "MIDDLEWARE = [\n"
    '    "django.middleware.common.CommonMiddleware",\n'
    '    "lending.middleware.CsrfViewMiddleware",\n'
    "]\n"
)
MIDDLEWARE = '''from django.middleware.csrf import CsrfViewMiddleware as BaseCsrfMiddleware


class CsrfViewMiddleware(BaseCsrfMiddleware):
    """The CSRF cookie's domain follows the lender's custom domain."""

    def _set_csrf_cookie(self, request, response):
        response.set_cookie("csrftoken", request.META["CSRF_COOKIE"], domain=None)
'''


@pytest.mark.parametrize(
    ("middleware", "expected"),
    [(MIDDLEWARE, []), (MIDDLEWARE + "\n    def process_view(self, *a):\n        return None\n", [5])],
)
def test_a_csrf_middleware_subclass_in_an_unchanged_module(
    tmp_path: Path, middleware: str, expected: list[int]
) -> None:
    base = {"lending/__init__.py": "", "lending/middleware.py": middleware}
    found = decided(tmp_path, base, {"lending/settings.py": SETTINGS}, "python-csrf-disabled")
    assert [line for _, line, _ in found] == expected


# JavaScript and TypeScript: the Express version, a validator, a schema applied by route middleware

NOSQL = "javascript-nosql-injection"
QUERY_HANDLER = """export const listLoans = async (req, res) => {
  const { branch } = req.query;
  const filter = branch ? { branch } : {};
  const loans = await Loan.find(filter);
  res.json(loans);
};

export const findLoan = async (req, res) => {
  const loan = await Loan.findOne({ contract: req.body.contract });
  res.json(loan);
};
"""


def test_the_express_version_in_an_unchanged_package_json(tmp_path: Path) -> None:
    base = {"svc/package.json": '{"name": "office", "dependencies": {"express": "^5.0.1"}}\n'}
    found = decided(tmp_path, base, {"svc/src/loans.js": QUERY_HANDLER}, NOSQL)
    assert [(p, line) for p, line, _ in found] == [("svc/src/loans.js", 9)]


CHECKS = """export class Checks {
  static isIin(value: string): boolean {
    return /^[0-9]{12}$/.test(value);
  }

  static checkBorrower(form: BorrowerForm): string[] {
    const problems: string[] = [];
    if (!form.iin || !this.isIin(form.iin)) {
      problems.push("IIN must be 12 digits");
    }
    return problems;
  }
}
"""
ENROL = """import { Checks } from "../lib/checks";

export const enrol = async (req: Request, res: Response): Promise<void> => {
  const form: BorrowerForm = req.body;
  const problems = Checks.checkBorrower(form);
  if (problems.length > 0) {
    res.status(400).json({ problems });
    return;
  }
  const known = await Borrower.findOne({ iin: form.iin });
  res.status(known ? 409 : 201).end();
};

export const lookup = async (req: Request, res: Response): Promise<void> => {
  const known = await Borrower.findOne({ phone: req.body.phone });
  res.json(known);
};
"""


def test_a_validator_in_an_unchanged_module(tmp_path: Path) -> None:
    base = {"api/src/lib/checks.ts": CHECKS}
    found = decided(tmp_path, base, {"api/src/routes/enrol.ts": ENROL}, NOSQL)
    assert [(p, line) for p, line, _ in found] == [("api/src/routes/enrol.ts", 15)]


PAYLOAD_CHECK = """const payloadCheck = (schema) => async (req, res, next) => {
  try {
    await schema.validateAsync(req.body)
    next()
  } catch (error) {
    return res.status(400).json({ message: error.message })
  }
}

module.exports = payloadCheck
"""
SCHEMAS = """const Joi = require('joi')

const applicationCreate = Joi.object({
  iin: Joi.string().length(12).required(),
  product: Joi.string().required()
})

module.exports = { applicationCreate }
"""
ROUTES = """const router = require('express').Router()
const applicationController = require('../controllers/applicationController')
const payloadCheck = require('../middlewares/payloadCheck')
const { applicationCreate } = require('../schemas/applications')

router.post('/', payloadCheck(applicationCreate), applicationController.submitApplication)
router.post('/lookup', applicationController.lookupApplication)

module.exports = router
"""
CONTROLLER = """exports.submitApplication = async (req, res) => {
  const open = await req.db.Application.findOne({ iin: req.body.iin, state: 'open' })
  return res.status(open ? 409 : 200).json({ success: !open })
}

exports.lookupApplication = async (req, res) => {
  const found = await req.db.Application.findOne({ iin: req.body.iin })
  return res.json(found)
}
"""


def test_a_schema_applied_by_route_middleware_in_unchanged_files(tmp_path: Path) -> None:
    base = {
        "api/middlewares/payloadCheck.js": PAYLOAD_CHECK,
        "api/schemas/applications.js": SCHEMAS,
        "api/routes/applications.js": ROUTES,
    }
    change = {"api/controllers/applicationController.js": CONTROLLER}
    found = decided(tmp_path, base, change, NOSQL)
    assert [(p, line) for p, line, _ in found] == [("api/controllers/applicationController.js", 7)]


# C#, Java, Ruby, Go and Scala: types, classes, builders and configuration kept elsewhere

COMMAND = """namespace Lending.Repayments;

public class RepaymentCommand
{
    public int ContractId { get; set; }
    public string Note { get; set; } = "";
}
"""
REPAYMENT_API = """namespace Lending.Repayments;

public static class RepaymentApi
{
    public static IResult Pay(RepaymentCommand command, ILogger<RepaymentCommand> logger)
    {
        logger.LogInformation("Repayment {ContractId}", command.ContractId);
        logger.LogInformation("Note {Note}", command.Note);
        return TypedResults.Ok();
    }
}
"""


def test_a_member_declared_as_a_number_in_an_unchanged_file(tmp_path: Path) -> None:
    base = {"src/Repayments/RepaymentCommand.cs": COMMAND}
    change = {"src/Repayments/RepaymentApi.cs": REPAYMENT_API}
    found = decided(tmp_path, base, change, "csharp-log-injection")
    assert [(p, line) for p, line, _ in found] == [("src/Repayments/RepaymentApi.cs", 8)]


REFUND_TYPES = """package kz.lending.refunds;

record RefundRequest(String contractId, String cardNumber, String cvc) {}

record RefundNote(String contractId, String text) {}
"""
REFUND_SERVICE = """package kz.lending.refunds;

class RefundService {
    void refund(RefundRequest request, RefundNote note) {
        log.info("refund {}", request);
        log.info("note {}", note);
    }
}
"""


def test_a_type_carrying_card_data_declared_in_an_unchanged_file(tmp_path: Path) -> None:
    base = {"src/main/java/kz/lending/refunds/Types.java": REFUND_TYPES}
    change = {"src/main/java/kz/lending/refunds/RefundService.java": REFUND_SERVICE}
    found = decided(tmp_path, base, change, "java-card-data-object-logged")
    assert [(p, line) for p, line, _ in found] == [("src/main/java/kz/lending/refunds/RefundService.java", 5)]


PUBLISHER = """module Sync
  class ConfigPublisher
    def initialize(user, nodes)
      @user = user
      @nodes = nodes
    end

    def send(force = false)
      @nodes.map { |node| node }
    end
  end
end
"""
SYNC_CONTROLLER = """class SyncController < ApplicationController
  def publish
    publisher = Sync::ConfigPublisher.new(current_user, params[:nodes])
    publisher.send(params[:force])
    report = Report.find(params[:id])
    report.send(params[:format])
  end
end
"""


def test_a_class_with_its_own_send_in_an_unchanged_file(tmp_path: Path) -> None:
    base = {"app/models/sync/config_publisher.rb": PUBLISHER}
    change = {"app/controllers/sync_controller.rb": SYNC_CONTROLLER}
    found = decided(tmp_path, base, change, "ruby-dynamic-code-execution")
    assert [(p, line) for p, line, _ in found] == [("app/controllers/sync_controller.rb", 6)]


STATEMENT_PATHS = """package loans

import (
	"fmt"
	"path/filepath"
	"strings"
)

func statementPath(acct Account, name string) (string, error) {
	if strings.Contains(name, "/") {
		return "", fmt.Errorf("invalid statement name")
	}
	return filepath.Join(acct.Folder(), "statements", name), nil
}
"""
STATEMENT_HANDLERS = """package loans

import (
	"net/http"
	"os"
	"path/filepath"
)

func statementHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("statement")
	p, err := statementPath(accountOf(r), name)
	if err != nil {
		http.Error(w, "bad name", 400)
		return
	}
	f, _ := os.Open(p)
	defer f.Close()
}

func receiptHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("receipt")
	f, _ := os.Open(filepath.Join("/srv/receipts", name))
	defer f.Close()
}
"""


def test_a_path_builder_in_an_unchanged_file_of_the_package(tmp_path: Path) -> None:
    base = {"go.mod": "module lending\n\ngo 1.22\n", "loans/paths.go": STATEMENT_PATHS}
    found = decided(tmp_path, base, {"loans/handlers.go": STATEMENT_HANDLERS}, "go-path-traversal")
    assert [(p, line) for p, line, _ in found] == [("loans/handlers.go", 22)]


FILTERS = """package kz.lending

import javax.inject.Inject
import play.api.http.DefaultHttpFilters
import play.filters.cors.CORSFilter
import play.filters.csrf.CSRFFilter

class Filters @Inject() (corsFilter: CORSFilter, csrfFilter: CSRFFilter)
    extends DefaultHttpFilters(corsFilter, csrfFilter)
"""


@pytest.mark.parametrize(
    ("conf", "expected"),
    [
        ('play.filters.cors.allowedOrigins = ["https://cabinet.example.kz"]\n', []),
        ('# play.filters.cors.allowedOrigins = ["https://cabinet.example.kz"]\n', [8]),
    ],
)
def test_cors_origins_set_in_an_unchanged_configuration(
    tmp_path: Path, conf: str, expected: list[int]
) -> None:
    base = {"conf/application.conf": conf, "build.sbt": 'name := "cabinet"\n'}
    found = decided(tmp_path, base, {"app/Filters.scala": FILTERS}, "scala-cors-filter-defaults")
    assert [line for _, line, _ in found] == expected


# Flows across functions: the call that gives a changed method request data is in an unchanged file

LOAN_CONTROLLER = """package kz.lending.web;

import kz.lending.service.LoanService;
import org.springframework.web.bind.annotation.*;

@RestController
public class LoanController {
    private final LoanService loanService;

    @GetMapping("/loans")
    public Object search(@RequestParam String iin) {
        return loanService.findByIin(iin);
    }

    @GetMapping("/loans/branch")
    public Object byBranch(@RequestParam String branch) {
        return loanService.countByBranch(branch);
    }
}
"""
LOAN_SERVICE = """package kz.lending.service;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class LoanService {
    private final JdbcTemplate jdbcTemplate;

    public List<Map<String, Object>> findByIin(String iin) {
        String sql = "SELECT * FROM loans WHERE iin = '" + iin + "'";
        return jdbcTemplate.queryForList(sql);
    }

    public List<Map<String, Object>> countByBranch(String branch) {
        return jdbcTemplate.queryForList("SELECT count(*) FROM loans WHERE branch = ?", branch);
    }

    public List<Map<String, Object>> findByPhone(String phone) {
        return jdbcTemplate.queryForList("SELECT * FROM loans WHERE phone = '" + phone + "'");
    }
}
"""
PHONE_CONTROLLER = LOAN_CONTROLLER.replace("LoanController", "PhoneController").replace(
    "findByIin(iin)", "findByPhone(iin)"
)


def test_a_call_with_request_data_in_an_unchanged_file_reaches_a_changed_method(tmp_path: Path) -> None:
    base = {"src/main/java/kz/lending/web/LoanController.java": LOAN_CONTROLLER}
    change = {"src/main/java/kz/lending/service/LoanService.java": LOAN_SERVICE}
    # a controller outside the tree, linked into it, is not read: its call gives nothing
    write_files(tmp_path / "outside", {"PhoneController.java": PHONE_CONTROLLER})
    link = tmp_path / "repo" / "src" / "main" / "java" / "kz" / "lending" / "web" / "PhoneController.java"
    link.parent.mkdir(parents=True)
    link.symlink_to(tmp_path / "outside" / "PhoneController.java")
    found = decided(tmp_path, base, change, "java-sql-injection-across-functions")
    assert [(p, line) for p, line, _ in found] == [("src/main/java/kz/lending/service/LoanService.java", 12)]


def test_a_pre_commit_scan_follows_flows_among_its_own_files_and_says_so(tmp_path: Path) -> None:
    # a hook must answer at once: its passes do not read the whole tree, and the run says so
    base = {"src/main/java/kz/lending/web/LoanController.java": LOAN_CONTROLLER}
    change = {"src/main/java/kz/lending/service/LoanService.java": LOAN_SERVICE}
    root = branch_repo(tmp_path / "repo", base, change)
    named = Overrides(
        scan_kind="pre-commit", files=(str(root / "src/main/java/kz/lending/service/LoanService.java"),)
    )
    result = scan(resolve_scan_config(root, named), analyzers=[SemgrepAnalyzer()], parallel=False)
    assert not [f for f in result.findings if f.rule_id == "java-sql-injection-across-functions"]
    summary = " ".join(run.reason for run in result.runs)
    assert "followed among the pre-commit scan's files only" in summary
    both = Overrides(
        scan_kind="pre-commit",
        files=tuple(str(root / p) for p in (*base, *change)),
    )
    result = scan(resolve_scan_config(root, both), analyzers=[SemgrepAnalyzer()], parallel=False)
    assert [
        (f.location.path, f.location.start_line)
        for f in result.findings
        if f.rule_id == "java-sql-injection-across-functions"
    ] == [("src/main/java/kz/lending/service/LoanService.java", 12)]
