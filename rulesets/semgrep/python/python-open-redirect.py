import configparser
import urllib.parse
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


# The application's own wrapper of the request: a method of an object built from the request
# that names the part of the request it reads is request data, wherever the wrapper is defined.
@app.route("/wrapped-1")
def open_redirect_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    target = wrapped.get_query_parameter("next")
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/wrapped-2")
def open_redirect_through_a_form_helper():
    target = forms.read_form_field(request, "next")
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/wrapped-3")
def redirect_to_a_wrapper_value_that_is_not_request_data():
    wrapped = request_parts.RequestParams(request)
    target = wrapped.landing_page()
    # ok: python-open-redirect
    return redirect(target)


# An allow-list check before the redirect is validation: the target is on the list, or the
# request ends when it is not.
ALLOWED_TARGETS = {"/home", "/account"}


@app.route("/allow-1")
def redirect_after_an_allow_list_check():
    target = request.args.get("next", "")
    if target not in ALLOWED_TARGETS:
        return redirect("/home")
    # ok: python-open-redirect
    return redirect(target)


@app.route("/allow-2")
def redirect_inside_an_allow_list_branch():
    target = request.args.get("next", "")
    if target in ALLOWED_TARGETS:
        # ok: python-open-redirect
        return redirect(target)
    return "unknown target", 400


@app.route("/allow-3")
def redirect_after_a_host_allow_list_check():
    target = request.args.get("next", "")
    try:
        parts = urllib.parse.urlparse(target)
        if parts.netloc not in ["shop.example.kz"] or parts.scheme != "https":
            return "invalid target", 400
    except ValueError:
        return "invalid target", 400
    # ok: python-open-redirect
    return redirect(target)


@app.route("/allow-4")
def redirect_after_a_local_path_check():
    target = request.args.get("next", "")
    if not target.startswith("/") or target.startswith("//"):
        abort(400)
    # ok: python-open-redirect
    return redirect(target)


@app.route("/allow-5")
def redirect_after_a_check_that_does_not_stop():
    target = request.args.get("next", "")
    if target not in ALLOWED_TARGETS:
        app.logger.warning("unlisted redirect target")
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/allow-6")
def redirect_after_checking_another_value():
    target = request.args.get("next", "")
    fallback = request.args.get("fallback", "")
    if fallback not in ALLOWED_TARGETS:
        return redirect("/home")
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/allow-7")
def redirect_after_a_host_check_that_only_logs():
    target = request.args.get("next", "")
    parts = urllib.parse.urlparse(target)
    if parts.netloc not in ["shop.example.kz"]:
        app.logger.warning("foreign redirect target")
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/allow-8")
def redirect_after_a_check_that_also_needs_another_condition():
    target = request.args.get("next", "")
    if target not in ALLOWED_TARGETS and request.args.get("strict"):
        return redirect("/home")
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/allow-9")
def redirect_after_a_host_check_that_also_needs_another_condition():
    target = request.args.get("next", "")
    parts = urllib.parse.urlparse(target)
    if parts.netloc not in ["shop.example.kz"] and request.args.get("strict"):
        return "invalid target", 400
    # ruleid: python-open-redirect
    return redirect(target)


ALLOWED_HOSTS = frozenset({"portal.example.kz"})


@app.route("/allow-10")
def redirect_outside_an_allow_list_branch():
    target = request.args.get("next", "/")
    if target in ALLOWED_TARGETS:
        # ok: python-open-redirect
        return redirect(target)
    # ruleid: python-open-redirect
    return redirect(target)


@app.route("/allow-11")
def redirect_after_a_host_check_by_imported_urlparse():
    target = request.args.get("next", "/")
    if urlparse(target).netloc not in ALLOWED_HOSTS:
        abort(400)
    # ok: python-open-redirect
    return redirect(target)


# Back to the page the browser came from: the Referer names the caller's own previous page (a
# link in an e-mail or a chat carries none), so the redirect gives an attacker nothing that the
# attacker's own page had not already
def django_back_to_referer(request):
    # ok: python-open-redirect
    return HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))


def django_back_to_referer_by_key(request):
    back = request.META["HTTP_REFERER"]
    # ok: python-open-redirect
    return HttpResponseRedirect(back)


@app.route("/back")
def flask_back_to_referer():
    # ok: python-open-redirect
    return redirect(request.headers.get("Referer", "/"))


def django_next_parameter_with_referer_fallback(request):
    # the query parameter is still the caller's choice
    # ruleid: python-open-redirect
    return HttpResponseRedirect(request.GET.get("next") or request.META.get("HTTP_REFERER", "/"))


def django_other_header(request):
    # ruleid: python-open-redirect
    return HttpResponseRedirect(request.META.get("HTTP_X_RETURN_TO", "/"))


# A route parameter annotated with a number, a boolean, a UUID or a date (alone, optional, in
# Annotated[...] or a list) is converted before the handler runs: it cannot carry the attack. A
# str beside it can, and so can a Flask <name> variable whatever its annotation says.
from typing import Annotated, List, Optional
from uuid import UUID

from fastapi import FastAPI, Path, Query

typed_api = FastAPI()


@typed_api.get("/branches/{branch_id}/typed")
async def typed_params(
    branch_id: Annotated[int, Path(ge=1)],
    page: Optional[int] = None,
    rate: float | None = None,
    loan_uuid: UUID | None = None,
    active: bool = True,
    ids: List[int] = Query([]),
    label: Annotated[str, Query()] = "",
):
    # ok: python-open-redirect
    first = RedirectResponse(branch_id)
    # ok: python-open-redirect
    second = RedirectResponse(loan_uuid)
    # ruleid: python-open-redirect
    third = RedirectResponse(label)
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-open-redirect
    return redirect(code)
