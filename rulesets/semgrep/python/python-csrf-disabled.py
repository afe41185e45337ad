import hashlib
import hmac

from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)

# ruleid: python-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = False
# ok: python-csrf-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = 3600


# ruleid: python-csrf-disabled
@csrf_exempt
def change_phone(request):
    return JsonResponse({"ok": True})


def profile(request):
    # ok: python-csrf-disabled
    return JsonResponse({"ok": True})


# ruleid: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
class RepaymentView(View):
    pass


# ruleid: python-csrf-disabled
@csrf.exempt
@app.post("/api/partner/callback")
def partner_callback():
    return "ok"


# ok: python-csrf-disabled
@csrf_exempt
def payment_callback(request):
    expected = hmac.new(KEY, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.headers.get("X-Signature", ""), expected):
        return JsonResponse({"ok": False}, status=403)
    return JsonResponse({"ok": True})


# A class-based view that declares itself public (`login_not_required`, Django 5.1's opt-out of
# LoginRequiredMiddleware) and never reads the session's user, the session or the cookies: a
# protocol endpoint its callers authenticate by client credentials or a bearer token (an OAuth 2
# token, revocation or introspection endpoint). A forged cross-site request acts as no one.
# ok: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(login_not_required, name="dispatch")
class TokenEndpoint(View):
    def post(self, request):
        client = authenticate_client(request.headers.get("Authorization", ""))
        return JsonResponse(issue_token(client, request.POST))


# The same declaration on a view that acts as the logged-in user: the session still counts.
# ruleid: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(login_not_required, name="dispatch")
class RegisterClientView(View):
    def post(self, request):
        owner = request.user if request.user.is_authenticated else None
        return JsonResponse(register(owner, request.body))


# ruleid: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(login_not_required, name="dispatch")
class CartView(View):
    def post(self, request):
        cart = request.session.get("cart", [])
        cart.append(request.POST["item"])
        request.session["cart"] = cart
        return JsonResponse({"items": len(cart)})


# A public view without the declaration stays reported: nothing says it needs no login.
# ruleid: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
class PartnerTokenView(View):
    def post(self, request):
        return JsonResponse(issue_token(None, request.POST))


# ruleid: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(login_not_required, name="dispatch")
class ProfileView(View):
    def post(self, request):
        self.request.user.email = request.POST["email"]
        return JsonResponse({"ok": True})


# A model's `user` (the token's owner) is not the session's user.
# ok: python-csrf-disabled
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(login_not_required, name="dispatch")
class IntrospectionEndpoint(View):
    def post(self, request):
        token = find_token(request.POST["token"])
        return JsonResponse({"active": True, "username": token.user.get_username()})


# A rate limiter's exemption (Flask-Limiter's `@limiter.exempt`) is no CSRF exemption.
from flask_limiter import Limiter

limiter = Limiter(key_func=lambda: "borrower")


# ok: python-csrf-disabled
@app.route("/loans/<loan_id>/schedule.png")
@limiter.exempt
def schedule_chart(loan_id):
    return "png"


# ok: python-csrf-disabled
limiter.exempt(schedule_chart)


# A view whose other decorator, written in the same module, authenticates every request by a key
# in a header compared with `hmac.compare_digest` before the view runs (a machine-to-machine
# endpoint): no cookie is relied on, so a forged cross-site request carries no key.
from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_POST


def bureau_key_auth(func):
    @wraps(func)
    def _decorator(request, *args, **kwargs):
        auth = request.META.get("HTTP_AUTHORIZATION", "").split()
        if len(auth) != 2 or not hmac.compare_digest(auth[1], settings.BUREAU_KEY):
            return HttpResponse(status=401)
        return func(request, *args, **kwargs)

    return _decorator


def log_calls(func):
    @wraps(func)
    def _decorator(request, *args, **kwargs):
        print(request.path)
        return func(request, *args, **kwargs)

    return _decorator


# ok: python-csrf-disabled
@require_POST
@bureau_key_auth
@csrf_exempt
def bureau_report(request):
    return JsonResponse({"ok": True})


# A decorator that authenticates nothing leaves the exemption as it is.
# ruleid: python-csrf-disabled
@require_POST
@log_calls
@csrf_exempt
def bureau_report_unchecked(request):
    return JsonResponse({"ok": True})


# ruleid: python-csrf-disabled
@require_POST
@csrf_exempt
def bureau_report_undecorated(request):
    return JsonResponse({"ok": True})
