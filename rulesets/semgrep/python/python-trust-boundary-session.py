from django.http import HttpResponse
from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/cabinet/branch")
def choose_branch():
    # ruleid: python-trust-boundary-session
    session["branch"] = request.form["branch"]
    # ruleid: python-trust-boundary-session
    session["is_operator"] = request.args.get("operator") == "1"
    # ok: python-trust-boundary-session
    session["visited"] = True
    return redirect("/cabinet")


@app.post("/login")
def login():
    user = authenticate(request.form["login"], request.form["password"])
    # ok: python-trust-boundary-session
    session["user_id"] = user.id
    return redirect("/")


def set_language(request):
    # ruleid: python-trust-boundary-session
    request.session["client_id"] = request.GET["client_id"]
    # ok: python-trust-boundary-session
    request.session["language"] = "kk"
    return HttpResponse("ok")


def remember_referrer(request):
    # ruleid: python-trust-boundary-session
    request.session["came_from"] = request.META.get("HTTP_REFERER", "/")
    # ok: python-trust-boundary-session
    request.session["csrf"] = request.META["CSRF_COOKIE"]
