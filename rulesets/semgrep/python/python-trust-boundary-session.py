import configparser
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


def lookup_client(client_id):
    return client_id


def is_allowed_branch(branch):
    return branch in ("almaty", "astana")


@app.post("/cabinet/client")
def choose_client():
    from urllib.parse import unquote_plus

    # decoding or trimming request data leaves it request data
    # ruleid: python-trust-boundary-session
    session["came_from"] = unquote_plus(request.cookies.get("came_from", "/"))
    client = request.form.get("client", "")
    # ruleid: python-trust-boundary-session
    session["client_id"] = client.split(" ")[0].strip()
    # ruleid: python-trust-boundary-session
    session["client_key"] = "client-" + client.lower()
    # a value a server function computed from it is the server's own
    # ok: python-trust-boundary-session
    session["client_name"] = lookup_client(client).name
    # ok: python-trust-boundary-session
    session["branch_ok"] = is_allowed_branch(request.form["branch"])
    return redirect("/cabinet")


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def trust_boundary_session_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-trust-boundary-session
    session["branch"] = value
    return "done"


@app.route("/container-1")
def trust_boundary_session_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-trust-boundary-session
    session["branch"] = value
    return "done"


@app.route("/container-2")
def trust_boundary_session_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-trust-boundary-session
    session["branch"] = value
    return "done"


@app.route("/container-3")
def trust_boundary_session_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-trust-boundary-session
    session["branch"] = value
    return "done"


@app.route("/container-4")
def trust_boundary_session_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-trust-boundary-session
    session["branch"] = value
    return "done"


@app.post("/cabinet/preferences")
def save_preference():
    import html

    from markupsafe import escape

    # the client chooses which session item is written: it can overwrite "role" or "user_id"
    # ruleid: python-trust-boundary-session
    session[request.form["item"]] = "1"
    # ruleid: python-trust-boundary-session
    request.session[request.GET["item"]] = True
    # ok: python-trust-boundary-session
    session["theme"] = "dark"
    # escaping for HTML encodes the value for a page; it checks nothing
    # ruleid: python-trust-boundary-session
    session["nickname"] = html.escape(request.form["nickname"])
    # ruleid: python-trust-boundary-session
    session["title"] = escape(request.form["title"])
    # ok: python-trust-boundary-session
    session["greeting"] = html.escape(greeting_for(request.form["nickname"]))
    return "saved"


def greeting_for(nickname):
    return "Hello"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-branch", methods=["POST"])
def session_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    # ruleid: python-trust-boundary-session
    session["branch"] = wrapped.get_form_parameter("branch")
    return "ok"
