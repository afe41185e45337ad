# Access-control middleware and decorators of a made-up lending back office.
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from flask import abort, g, request


class LoanOfficerPermissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # X-Requested-With is set by the client: any request can claim to be ajax
        # ruleid: python-access-check-skipped-for-ajax
        if request.headers.get("X-Requested-With") == "XMLHttpRequest":
            return self.get_response(request)
        if not request.user.has_perm("loans.approve"):
            raise PermissionDenied
        return self.get_response(request)


class BranchAccessMiddleware:
    def process_view(self, request, view_func, view_args, view_kwargs):
        # ruleid: python-access-check-skipped-for-ajax
        if request.is_ajax():
            return None
        if request.user.branch_id != view_kwargs.get("branch_id"):
            raise PermissionDenied
        return None


def require_role(role):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            # ruleid: python-access-check-skipped-for-ajax
            if request.META.get("HTTP_X_REQUESTED_WITH") or request.accepts("application/json"):
                return view(request, *args, **kwargs)
            if role not in request.user.roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def admin_required(view):
    @wraps(view)
    def inner(*args, **kwargs):
        # Flask
        # ruleid: python-access-check-skipped-for-ajax
        if request.is_xhr:
            return view(*args, **kwargs)
        if not g.user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return inner


class CreditCommitteeAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        # ruleid: python-access-check-skipped-for-ajax
        if request.headers.get("x-requested-with"):
            return super().dispatch(request, *args, **kwargs)
        if not request.user.groups.filter(name="committee").exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def register_guards(app):
    @app.before_request
    def check_login():
        # ruleid: python-access-check-skipped-for-ajax
        if request.headers.get("Accept") == "application/json":
            return None
        if g.user is None:
            abort(401)


def require_admin(view):
    @wraps(view)
    def inner(request, *args, **kwargs):
        # an ajax caller gets a JSON refusal instead of a redirect: nothing is skipped
        # ok: python-access-check-skipped-for-ajax
        if request.is_ajax():
            if not request.user.is_staff:
                return JsonResponse({"detail": "forbidden"}, status=403)
            return view(request, *args, **kwargs)
        if not request.user.is_staff:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return inner


def require_permission(perm):
    def decorator(view):
        def inner(request, *args, **kwargs):
            # the check runs for every other request
            # ok: python-access-check-skipped-for-ajax
            if not request.is_ajax():
                if not request.user.has_perm(perm):
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        return inner

    return decorator


def login_guard(view):
    def inner(request, *args, **kwargs):
        # an ajax caller gets a JSON 403
        # ok: python-access-check-skipped-for-ajax
        if request.headers.get("X-Requested-With") == "XMLHttpRequest":
            return JsonResponse({"detail": "login required"}, status=403)
        if not request.user.is_authenticated:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return inner


def role_checked(view):
    def inner(request, *args, **kwargs):
        # the check is done before the ajax branch
        if not request.user.has_perm("loans.view"):
            raise PermissionDenied
        # ok: python-access-check-skipped-for-ajax
        if request.is_ajax():
            return view(request, *args, **kwargs)
        return view(request, *args, **kwargs)

    return inner


def render_loan_table(request, loans):
    # not an access-control function: choosing the format is fine
    # ok: python-access-check-skipped-for-ajax
    if request.is_ajax():
        return JsonResponse({"loans": loans})
    return None


def portfolio_view(request, view):
    # ok: python-access-check-skipped-for-ajax
    if request.is_ajax():
        return view(request)
    return view(request)


def require_login(view):
    def inner(request, *args, **kwargs):
        # ajax callers are the ones checked here
        # ok: python-access-check-skipped-for-ajax
        if not request.is_ajax():
            return view(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return JsonResponse({"detail": "login required"}, status=401)
        return view(request, *args, **kwargs)

    return inner


def staff_access(view):
    def inner(request, *args, **kwargs):
        # the condition holds the check
        # ok: python-access-check-skipped-for-ajax
        if request.is_ajax() and request.user.is_staff:
            return view(request, *args, **kwargs)
        raise PermissionDenied

    return inner


def permission_required_for_xhr(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        # ruleid: python-access-check-skipped-for-ajax
        if request.is_xhr or "application/json" in request.headers.get("Accept", ""):
            return f(*args, **kwargs)
        if not g.user.can("loans.disburse"):
            abort(403)
        return f(*args, **kwargs)

    return decorated


def is_ajax(request):
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


class ManagerRoleRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        # Django 4 dropped request.is_ajax(): projects write their own helper
        # ruleid: python-access-check-skipped-for-ajax
        if is_ajax(request):
            return super().dispatch(request, *args, **kwargs)
        if not request.user.has_perm("loans.manage"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def api_auth_required(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        # Content-Type is set by the client too
        # ruleid: python-access-check-skipped-for-ajax
        if request.is_json:
            return f(*args, **kwargs)
        if g.user is None:
            abort(401)
        return f(*args, **kwargs)

    return decorated


def admin_ajax_only(view):
    def inner(request, *args, **kwargs):
        # only ajax calls are let through; the others are refused
        # ok: python-access-check-skipped-for-ajax
        if request.is_ajax():
            return view(request, *args, **kwargs)
        else:
            raise PermissionDenied

    return inner


def access_xhr_only(f):
    def decorated(*args, **kwargs):
        # ok: python-access-check-skipped-for-ajax
        if request.is_xhr:
            return f(*args, **kwargs)
        else:
            abort(400)

    return decorated


def require_login_for_pages(view):
    def inner(request, *args, **kwargs):
        # the else branch holds the check, the ajax branch skips it
        # ruleid: python-access-check-skipped-for-ajax
        if request.is_ajax():
            return view(request, *args, **kwargs)
        else:
            if not request.user.is_authenticated:
                raise PermissionDenied
            return view(request, *args, **kwargs)

    return inner
