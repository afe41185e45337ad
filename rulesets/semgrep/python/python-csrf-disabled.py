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
