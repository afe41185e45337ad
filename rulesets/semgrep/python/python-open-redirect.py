import configparser
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request, url_for

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


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def open_redirect_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-open-redirect
    return redirect(value)


@app.route("/container-1")
def open_redirect_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-open-redirect
    return redirect(value)


@app.route("/container-2")
def open_redirect_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-open-redirect
    return redirect(value)


@app.route("/container-3")
def open_redirect_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-open-redirect
    return redirect(value)


@app.route("/container-4")
def open_redirect_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-open-redirect
    return redirect(value)


ALLOWED_NEXT = {"/loans", "/profile"}
ALLOWED_HOSTS = frozenset({"portal.example.kz"})


@app.route("/allow-listed")
def redirect_allow_listed():
    target = request.args.get("next", "/")
    if target not in ALLOWED_NEXT:
        return redirect("/")
    # ok: python-open-redirect
    return redirect(target)


@app.route("/allow-listed-branch")
def redirect_allow_listed_branch():
    target = request.args.get("next", "/")
    if target in ALLOWED_NEXT:
        # ok: python-open-redirect
        return redirect(target)
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/allow-listed-host")
def redirect_allow_listed_host():
    target = request.args.get("next", "/")
    if urlparse(target).netloc not in ALLOWED_HOSTS:
        abort(400)
    # ok: python-open-redirect
    return redirect(target)


@app.route("/checked-but-not-stopped")
def redirect_checked_but_not_stopped():
    target = request.args.get("next", "/")
    if target not in ALLOWED_NEXT:
        print("unexpected target")
    # ruleid: python-open-redirect
    return redirect(target)
