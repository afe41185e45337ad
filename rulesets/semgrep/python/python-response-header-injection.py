import math
import re
import time
from urllib.parse import quote

from django.http import HttpResponse
from flask import Flask, Response, make_response, request

from uploads.models import Upload

app = Flask(__name__)

ALLOWED_TYPES = {"pdf": "application/pdf", "csv": "text/csv"}
LIMITS = {}


@app.get("/statement")
def statement():
    resp = make_response(b"...")
    # ruleid: python-response-header-injection
    resp.headers["Content-Type"] = request.args.get("type")
    name = request.args["name"]
    # ruleid: python-response-header-injection
    resp.headers["Content-Disposition"] = f"attachment; filename={name}"
    # ruleid: python-response-header-injection
    resp.headers.add("X-Client-Ref", request.headers.get("X-Ref"))
    # ok: python-response-header-injection
    resp.headers["Content-Type"] = ALLOWED_TYPES.get(request.args.get("type"), "application/pdf")
    # ok: python-response-header-injection
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(name)
    # ok: python-response-header-injection
    resp.headers["X-Loan"] = str(int(request.args["loan"]))
    # ok: python-response-header-injection
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.get("/export")
def export():
    # ruleid: python-response-header-injection
    return Response(b"...", headers={"Content-Disposition": "attachment; filename=" + request.args["f"]})


def django_export(request):
    response = HttpResponse(b"...")
    # ruleid: python-response-header-injection
    response["Content-Language"] = request.GET.get("lang")
    # ok: python-response-header-injection
    response["Content-Language"] = re.sub(r"[^a-z-]", "", request.GET.get("lang", ""))
    # ok: python-response-header-injection
    response["X-Frame-Options"] = "DENY"
    upload = Upload.objects.filter(file=request.GET["path"]).last()
    # ok: python-response-header-injection
    response["X-Accel-Redirect"] = "/download/" + upload.file.name
    # ruleid: python-response-header-injection
    response["Content-Disposition"] = f'inline; filename="{request.GET["path"]}"'
    wait = max(0, math.ceil(LIMITS[request.META.get("REMOTE_ADDR")] - time.time()))
    # ok: python-response-header-injection
    response["Retry-After"] = str(wait)
    # a path on the same site is no open redirect, but the client still chooses it
    # ruleid: python-response-header-injection
    response["Location"] = "/statement?lang=" + request.GET.get("lang")
    return response
