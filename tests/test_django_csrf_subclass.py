"""A project's own subclass of Django's CsrfViewMiddleware in MIDDLEWARE keeps CSRF protection
when it changes nothing Django's check calls; otherwise the list is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.django_csrf import drop_kept_csrf_middleware, keeps_django_csrf
from tests.webconfig_helpers import flaws, present, run_web_config, where, write

SETTINGS = (
    'DEBUG = False\nINSTALLED_APPS = ["django.contrib.auth"]\n'
    "SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n"
    "MIDDLEWARE = [\n"
    '    "django.middleware.common.CommonMiddleware",\n'
    '    "lending.common.middleware.CsrfViewMiddleware",\n'
    "]\n"
)
REEXPORT = "from .domains import CsrfViewMiddleware, LoanDomainMiddleware\n"
COOKIE_ONLY = '''from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware as BaseCsrfMiddleware


class LoanDomainMiddleware:
    pass


class CsrfViewMiddleware(BaseCsrfMiddleware):
    """The CSRF cookie's domain follows the lender's custom domain."""

    def _set_csrf_cookie(self, request, response):
        token = request.META["CSRF_COOKIE"]
        response.set_cookie(settings.CSRF_COOKIE_NAME, token, domain=self.cookie_domain(request))

    def cookie_domain(self, request):
        return None
'''


def tree(domains: str, reexport: str = REEXPORT) -> dict[str, str]:
    return {
        "lending/settings.py": SETTINGS,
        "lending/common/__init__.py": "",
        "lending/common/middleware/__init__.py": reexport,
        "lending/common/middleware/domains.py": domains,
    }


def keeps(files: dict[str, str], entry: str = "lending.common.middleware.CsrfViewMiddleware") -> bool:
    return keeps_django_csrf(entry, "lending/settings.py", frozenset(files), files.get)


def test_a_subclass_writing_the_cookie_differently_keeps_the_check() -> None:
    assert keeps(tree(COOKIE_ONLY))


def test_djangos_own_class_keeps_the_check() -> None:
    assert keeps({}, "django.middleware.csrf.CsrfViewMiddleware")


@pytest.mark.parametrize(
    "base",
    [
        "import django.middleware.csrf\n\n"
        "class CsrfViewMiddleware(django.middleware.csrf.CsrfViewMiddleware):\n",
        "from django.middleware import csrf\n\nclass CsrfViewMiddleware(csrf.CsrfViewMiddleware):\n",
        "import django.middleware.csrf as dj\n\nclass CsrfViewMiddleware(dj.CsrfViewMiddleware):\n",
    ],
)
def test_the_base_is_found_through_any_import_form(base: str) -> None:
    domains = base + "    def _set_csrf_cookie(self, request, response):\n        pass\n"
    assert keeps(tree(domains, ""), "lending.common.middleware.domains.CsrfViewMiddleware")


@pytest.mark.parametrize(
    "method",
    ["process_view", "process_request", "_check_token", "_reject", "__call__", "_origin_verified"],
)
def test_overriding_a_method_of_the_check_is_still_reported(method: str) -> None:
    domains = COOKIE_ONLY + f"\n    def {method}(self, *args, **kwargs):\n        return None\n"
    assert not keeps(tree(domains))


@pytest.mark.parametrize(
    "domains",
    [
        # a class of the same name that is not Django's
        "from django.utils.deprecation import MiddlewareMixin\n\n"
        "class CsrfViewMiddleware(MiddlewareMixin):\n    pass\n",
        # a mixin beside Django's class may override the check
        "from django.middleware.csrf import CsrfViewMiddleware as B\nfrom .mixins import Loose\n\n"
        "class CsrfViewMiddleware(Loose, B):\n    pass\n",
        # a class attribute may widen the trusted origins
        "from django.middleware.csrf import CsrfViewMiddleware as B\n\n"
        "class CsrfViewMiddleware(B):\n    allowed_origins_exact = {'*'}\n",
        # a decorator may replace the class
        "from django.middleware.csrf import CsrfViewMiddleware as B\n\n"
        "@loosen\nclass CsrfViewMiddleware(B):\n    pass\n",
        # the base from somewhere the tree does not hold
        "from thirdparty.csrf import CsrfViewMiddleware as B\n\nclass CsrfViewMiddleware(B):\n    pass\n",
        "this is not python (\n",
    ],
)
def test_classes_not_read_as_keeping_the_check(domains: str) -> None:
    assert not keeps(tree(domains))


def test_a_subclass_of_a_subclass_is_read_through_both() -> None:
    two = COOKIE_ONLY + "\n\nclass LenderCsrf(CsrfViewMiddleware):\n    def helper(self):\n        pass\n"
    assert keeps(tree(two, "from .domains import LenderCsrf as CsrfViewMiddleware\n"))
    loose = (
        COOKIE_ONLY.replace("def cookie_domain", "def _check_token")
        + "\n\nclass LenderCsrf(CsrfViewMiddleware):\n    pass\n"
    )
    assert not keeps(tree(loose, "from .domains import LenderCsrf as CsrfViewMiddleware\n"))


def test_a_class_the_tree_does_not_hold_is_not_taken() -> None:
    files = tree(COOKIE_ONLY)
    assert not keeps(files, "lending.common.middleware.Missing")
    assert not keeps(files, "payments.middleware.CsrfViewMiddleware")


def _finding(line: int) -> Finding:
    return Finding(
        rule_id="python-csrf-disabled",
        analyzer="semgrep",
        title="CSRF protection disabled",
        message="CSRF protection is switched off",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("lending/settings.py", line, line + 3),
        cwe=("CWE-352",),
    )


def test_the_semgrep_finding_on_the_list_is_dropped_only_when_the_class_keeps_the_check() -> None:
    kept = tree(COOKIE_ONLY)
    loose = tree(COOKIE_ONLY + "\n    def process_view(self, *a):\n        return None\n")
    for files, expected in ((kept, 0), (loose, 1)):

        def lines(path: str, files: dict[str, str] = files) -> tuple[str, ...]:
            return tuple(files.get(path, "").splitlines())

        assert len(drop_kept_csrf_middleware([_finding(5)], frozenset(files), lines)) == expected
    # a finding on another line (a decorator's exemption) is left alone
    assert (
        len(drop_kept_csrf_middleware([_finding(1)], frozenset(kept), lambda p: tuple(kept[p].splitlines())))
        == 1
    )


def test_the_config_check_reads_the_subclass_as_csrf_protection(tmp_path: Path) -> None:
    write(tmp_path, tree(COOKIE_ONLY))
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, "server-csrf-disabled")
    assert where(present(outcome, "server-csrf-protection")) == {("lending/settings.py", 5)}


def test_the_config_check_still_reports_a_subclass_that_changes_the_check(tmp_path: Path) -> None:
    write(tmp_path, tree(COOKIE_ONLY + "\n    def process_view(self, *a):\n        return None\n"))
    assert where(flaws(run_web_config(tmp_path), "server-csrf-disabled")) == {("lending/settings.py", 5)}
