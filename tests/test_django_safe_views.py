"""`csrf_exempt` on a Django class-based view that answers only safe methods (GET, HEAD): Django
answers a POST with 405, so there is nothing for the CSRF check to protect. Views that handle an
unsafe method, or run code for every request, or whose bases are not read stay reported."""

from __future__ import annotations

import pytest

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.django_safe_views import drop_safe_view_exemptions, exempts_safe_view

URLS = """from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from .views import LoanView

urlpatterns = [
    path("loans/<int:pk>/", csrf_exempt(LoanView.as_view()), name="loan"),
]
"""

READ_ONLY = """from django.views.generic import DetailView

from .models import Loan


class LoanView(DetailView):
    model = Loan
    template_name = "loan.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["schedule"] = self.object.schedule()
        return context

    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)
"""


def files(views: str, urls: str = URLS) -> dict[str, str]:
    return {
        "lending/__init__.py": "",
        "lending/urls.py": urls,
        "lending/views/__init__.py": "from .loans import LoanView\n",
        "lending/views/loans.py": views,
    }


def exempts_safe(tree: dict[str, str], line: int = 7, path: str = "lending/urls.py") -> bool:
    return exempts_safe_view(path, line, frozenset(tree), tree.get)


def test_a_detail_view_with_only_get_is_a_safe_exemption() -> None:
    assert exempts_safe(files(READ_ONLY))


@pytest.mark.parametrize(
    "base",
    [
        "from django.views.generic import TemplateView as LoanView\n",
        "from django.views import generic\n\n\nclass LoanView(generic.ListView):\n    pass\n",
        "import django.views.generic.base\n\n\nclass LoanView(django.views.generic.base.View):\n"
        "    def get(self, request):\n        return None\n",
    ],
)
def test_djangos_read_only_views_by_any_import_are_safe(base: str) -> None:
    assert exempts_safe(files(base))


def test_a_project_base_class_is_read_through() -> None:
    tree = files("from lending.common import ShopView\n\n\nclass LoanView(ShopView):\n    model = None\n")
    tree["lending/common.py"] = (
        "from django.views.generic import DetailView\n\n\nclass ShopView(DetailView):\n"
        "    def get_queryset(self):\n        return []\n"
    )
    assert exempts_safe(tree)
    tree["lending/common.py"] += "\n    def post(self, request):\n        return None\n"
    assert not exempts_safe(tree)


@pytest.mark.parametrize(
    "member",
    [
        "def post(self, request, *args, **kwargs):\n        return self.get(request)",
        "def put(self, request):\n        return None",
        "def delete(self, request):\n        return None",
        "def dispatch(self, request, *args, **kwargs):\n        self.touch()\n        return None",
        "def setup(self, request, *args, **kwargs):\n        request.session['seen'] = True",
        "post = DetailView.get",
        'http_method_names = ["get", "post"]',
        "if True:\n        def post(self, request):\n            return None",
    ],
)
def test_a_view_handling_or_running_for_unsafe_methods_is_still_reported(member: str) -> None:
    assert not exempts_safe(files(READ_ONLY + "\n    " + member + "\n"))


@pytest.mark.parametrize(
    "views",
    [
        # Django views that answer POST
        "from django.views.generic import FormView\n\n\nclass LoanView(FormView):\n    pass\n",
        "from django.views.generic import RedirectView\n\n\nclass LoanView(RedirectView):\n    pass\n",
        "from django.views.generic.edit import UpdateView as LoanView\n",
        # a base of another library, not read
        "from rest_framework.views import APIView\n\n\nclass LoanView(APIView):\n    pass\n",
        # a mixin the tree does not hold
        "from django.views.generic import DetailView\nfrom payments import Hook\n\n\n"
        "class LoanView(Hook, DetailView):\n    pass\n",
        # a class decorator or a metaclass may add handlers
        "from django.views.generic import DetailView\n\n\n@register\nclass LoanView(DetailView):\n    pass\n",
        "from django.views.generic import DetailView\n\n\nclass LoanView(DetailView, metaclass=M):\n"
        "    pass\n",
        # a file that does not parse
        "class LoanView(DetailView:\n",
        # no such class
        "from django.views.generic import DetailView\n",
    ],
)
def test_views_not_read_as_safe_are_still_reported(views: str) -> None:
    assert not exempts_safe(files(views))


@pytest.mark.parametrize(
    "call",
    [
        "csrf_exempt(loan_view)",  # a function view: what it does with POST is not read here
        "csrf_exempt(LoanView.as_view(), extra=1)",
        "csrf_exempt(make_view(LoanView))",
    ],
)
def test_exemptions_of_other_than_a_class_view_are_still_reported(call: str) -> None:
    urls = URLS.replace("csrf_exempt(LoanView.as_view())", call)
    assert not exempts_safe(files(READ_ONLY, urls))


METHOD_DECORATED = """from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView


@method_decorator(csrf_exempt, name="dispatch")
class RatesView(TemplateView):
    template_name = "rates.html"
"""


def test_method_decorator_on_a_read_only_class_is_safe() -> None:
    tree = {"rates.py": METHOD_DECORATED}
    assert exempts_safe(tree, line=6, path="rates.py")
    tree = {"rates.py": METHOD_DECORATED + "\n    def post(self, request):\n        return None\n"}
    assert not exempts_safe(tree, line=6, path="rates.py")
    tree = {"rates.py": METHOD_DECORATED.replace("class RatesView", "@login_required\nclass RatesView")}
    assert not exempts_safe(tree, line=6, path="rates.py")


def _finding(path: str, line: int) -> Finding:
    return Finding(
        rule_id="python-csrf-disabled",
        analyzer="semgrep",
        title="CSRF protection disabled",
        message="CSRF protection is switched off",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location(path, line, line),
        cwe=("CWE-352",),
    )


def test_only_the_finding_on_a_safe_views_exemption_is_dropped() -> None:
    safe = files(READ_ONLY)
    unsafe = files(READ_ONLY + "\n    def post(self, request):\n        return None\n")
    for tree, expected in ((safe, 0), (unsafe, 1)):

        def lines(path: str, tree: dict[str, str] = tree) -> tuple[str, ...]:
            return tuple(tree.get(path, "").splitlines())

        on_exemption = [_finding("lending/urls.py", 7)]
        assert len(drop_safe_view_exemptions(on_exemption, frozenset(tree), lines)) == expected
        # another line of the same file holds no exemption: left alone
        assert len(drop_safe_view_exemptions([_finding("lending/urls.py", 1)], frozenset(tree), lines)) == 1
