from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login/done")
def login_done():
    # ruleid: python-open-redirect
    return redirect(request.args.get("next"))


@app.route("/logout")
def logout():
    # ok: python-open-redirect
    return redirect(url_for("index"))


def after_payment(request):
    target = request.GET.get("return_to", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={"lk.example.kz"}, require_https=True):
        # ok: python-open-redirect
        return HttpResponseRedirect(target)
    # ruleid: python-open-redirect
    return HttpResponseRedirect(request.GET["fallback"])
