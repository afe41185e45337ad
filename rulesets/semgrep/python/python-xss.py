import configparser
import html
from django.http import HttpResponse
from django.utils.safestring import mark_safe
from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: python-xss
    return "<h1>Welcome, " + name + "</h1>"


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "")
    # ruleid: python-xss
    return f"<p>Your application for {name} is accepted</p>", 200


@app.route("/hello3")
def hello3():
    name = request.args.get("name", "")
    # ok: python-xss
    return "<h1>Welcome, " + escape(name) + "</h1>"


@app.route("/hello4")
def hello4():
    # ok: python-xss
    return render_template("hello.html", name=request.args.get("name"))


@app.route("/api/hello")
def api_hello():
    # ok: python-xss
    return jsonify(name=request.args.get("name"))


@app.route("/banner")
def banner():
    # ruleid: python-xss
    return render_template("page.html", banner=Markup(request.args["banner"]))


def comment(request):
    # ruleid: python-xss
    return HttpResponse("<div>" + request.POST["text"] + "</div>")


def loan_note_text(request):
    # a body sent as plain text, CSV or JSON is not parsed as HTML by the browser
    note = request.GET.get("note")
    # ok: python-xss
    response = HttpResponse(note, content_type="text/plain; charset=utf-8")
    # ok: python-xss
    HttpResponse(request.GET["rows"], content_type="text/csv")
    # ok: python-xss
    HttpResponse(note, status=200, content_type="application/json")
    # ruleid: python-xss
    HttpResponse(note, content_type="text/html; charset=utf-8")
    # ruleid: python-xss
    HttpResponse(note, content_type="image/svg+xml")
    # ruleid: python-xss
    HttpResponse(note, content_type=request.GET["type"])
    return response


def comment_safe(request):
    # ok: python-xss
    html = mark_safe("<b>" + escape(request.POST["text"]) + "</b>")
    return HttpResponse(html)


@app.route("/api/echo")
def api_echo():
    # ok: python-xss
    return make_response(jsonify(echo=request.args.get("q")))


@app.get("/cabinet/hello2")
def hello2():
    name = request.args.get("name", "client")
    # ruleid: python-xss
    return "<h1>Hello, " + name + "</h1>"


@app.get("/cabinet/echo")
def echo_text():
    name = request.args.get("name", "client")
    # Flask sends a returned string as text/html, with or without tags in the literal
    # ruleid: python-xss
    return "Hello, " + name


@app.route("/cabinet/greeting", methods=["POST"])
def greeting():
    body = ""
    referer = request.headers.get("Referer", "")
    body += "You came from {0}".format(referer)
    # ruleid: python-xss
    return body


@app.route("/cabinet/greeting-safe", methods=["POST"])
def greeting_safe():
    body = "You came from " + escape(request.headers.get("Referer", ""))
    # ok: python-xss
    return body


@app.route("/api/client")
def api_client():
    data = {"name": request.args.get("name")}
    # a dict is sent as JSON
    # ok: python-xss
    return data


@app.route("/cabinet/next")
def next_page():
    target = redirect_to(request.args.get("next", "/"))
    response = jsonify(target=request.args.get("next"))
    # ok: python-xss
    return response


def redirect_to(url):
    return url


def escape_for_html(text):
    return escape(text)


@app.route("/cabinet/search")
def search():
    term = request.args.get("q", "")
    body = "Results for " + escape_for_html(term)
    # the application's own escaping function, named so
    # ok: python-xss
    return body


@app.route("/cabinet/search-raw")
def search_raw():
    term = request.args.get("q", "")
    body = "Results for " + html_unescape(term)
    # ruleid: python-xss
    return body


@app.route("/cabinet/cookie")
def cookie():
    value = request.args.get("v", "")
    response = make_response("Saved.")
    response.set_cookie("v", value)
    # a response object is not a string: its body was judged where it was made
    # ok: python-xss
    return response


def html_unescape(text):
    return text


def profile(request):
    bio = request.GET.get("bio", "")
    # a dict is sent as JSON, but a value marked safe inside it is still rendered as HTML
    # ruleid: python-xss
    return render(request, "profile.html", {"bio": mark_safe(bio)})


def render(request, template, context):
    return template


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def xss_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-xss
    return "<p>" + value + "</p>"


@app.route("/container-1")
def xss_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-xss
    return "<p>" + value + "</p>"


@app.route("/container-2")
def xss_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-xss
    return "<p>" + value + "</p>"


@app.route("/container-3")
def xss_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-xss
    return "<p>" + value + "</p>"


@app.route("/container-4")
def xss_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-xss
    return "<p>" + value + "</p>"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-greet")
def greet_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    name = wrapped.get_form_parameter("name")
    # ruleid: python-xss
    return "<h1>Welcome, " + name + "</h1>"


# A dict used to fill in a format string: its values land in the page (the dict is not sent as JSON)
@app.route("/greet-percent")
def greet_through_percent_dict():
    name = request.args.get("name")
    # ruleid: python-xss
    return "<p>Hello %(name)s</p>" % {"name": name}


@app.route("/greet-format-map")
def greet_through_format_map():
    name = request.args.get("name")
    # ruleid: python-xss
    return "<p>Hello {name}</p>".format_map({"name": name})


@app.route("/greet-format-kwargs")
def greet_through_format_kwargs():
    name = request.args.get("name")
    # ruleid: python-xss
    return "<p>Hello {name}</p>".format(**dict(name=name))


@app.route("/greet-json")
def greet_as_json():
    name = request.args.get("name")
    # ok: python-xss
    return {"greeting": "Hello", "name": name}


@app.route("/greet-percent-escaped")
def greet_through_percent_dict_escaped():
    name = request.args.get("name")
    # ok: python-xss
    return "<p>Hello %(name)s</p>" % {"name": html.escape(name)}


# A view that returns a model's serialize()/to_dict() (a dict: Flask sends it as JSON), or a
# response object the application built (named so), sends no HTML of the request's.
@app.route("/loans/<loan_id>/documents", methods=["POST"])
def upload_document(loan_id):
    document = DocumentService(loan_id, request.files["file"]).store()
    if document.stored:
        # ok: python-xss
        return document.serialize(), 201
    error_response = check_document(request.form["kind"])
    if error_response:
        # ok: python-xss
        return error_response
    summary = describe(request.form["kind"])
    # ruleid: python-xss
    return summary


# A page rendered by a call (render_template, a view helper) and returned with its status code,
# or with its status and headers: the call's own output is judged where it is made, as when it
# is returned alone; a string built from the request beside a status is still reported.
@app.route("/sso/acs", methods=["POST"])
def sso_assertion():
    relay = request.form["RelayState"]
    if not request.form.get("SAMLResponse"):
        # ok: python-xss
        return render_template("sso/denied.html", relay=relay), 403
    if relay.startswith("/"):
        # ok: python-xss
        return render_template("sso/done.html", relay=relay), 200, {"Cache-Control": "no-store"}
    note = "<p>Unknown relay " + relay + "</p>"
    # ruleid: python-xss
    return note, 400


# Text joined by a string's join() is a string too: Flask sends it as text/html, alone or with
# its status; a list of the pieces (sent as JSON) or a call that renders them is not reported.
@app.route("/loans/<loan_id>/note")
def loan_note(loan_id):
    name = request.args.get("name", "")
    if not name:
        # ruleid: python-xss
        return "".join(["<p>", loan_id, "</p>"])
    if loan_id == "new":
        # ok: python-xss
        return jsonify(["<p>", name])
    if loan_id == "list":
        # ok: python-xss
        return ["<p>", name], 200
    if loan_id == "safe":
        # ok: python-xss
        return "".join(["<p>", escape(name), "</p>"]), 200
    # ruleid: python-xss
    return "".join(["<p>", name]), 200


# A value read back from a cache is what the application stored there, not the request's data,
# though the request's values chose the key.
from django.core.cache import cache, caches


def rates_widget(request):
    key = "rates:%s" % request.GET["branch"]
    html = cache.get(key)
    if html is not None:
        # ok: python-xss
        return HttpResponse(html)
    # ruleid: python-xss
    return HttpResponse("<p>%s</p>" % request.GET["branch"])


def teaser(request, slot):
    key, html = page_cache.get_cached_value(identifier="teaser", context=request, slot=slot)
    # ok: python-xss
    HttpResponse(html)
    # ok: python-xss
    HttpResponse(caches["pages"].get("teaser:" + request.GET["slot"]))
    # ok: python-xss
    HttpResponse(self.cache.get(request.GET["slot"], None))
    # A default given from the request comes back when the key is missing.
    # ruleid: python-xss
    HttpResponse(cache.get("banner:" + request.GET["b"], request.GET["b"]))
    # Other mappings' reads are the request's values still.
    params = request.GET
    # ruleid: python-xss
    HttpResponse(params.get("q"))
    # ruleid: python-xss
    return HttpResponse(cached_markup(request.GET["q"]))


# A rounded number is digits, a sign and a point, whatever the request chose to sum.
def repayment_totals(request):
    loans = Loan.objects.filter(branch_id=request.GET.get("branch"))
    total = loans.aggregate(amount=Sum("principal"))
    # ok: python-xss
    cell = mark_safe(f"<b>{round(total['amount'], 2)}</b>")
    # ruleid: python-xss
    label = mark_safe(f"<b>{request.GET.get('title')} {round(total['amount'], 2)}</b>")
    return cell, label


# A Django admin hook given the request (`get_form(request, obj)`, `get_readonly_fields(request)`)
# returns the form class or field names the code declares, not a value of the request.
class LoanAdmin:
    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        label = form.base_fields["officer"].label
        # ok: python-xss
        form.base_fields["officer"].label = mark_safe(f"{label} <i class='icon'></i>")
        fields = self.get_readonly_fields(request, obj)
        # ok: python-xss
        form.help_text = mark_safe("<br>".join(fields))
        # ruleid: python-xss
        form.base_fields["note"].help_text = mark_safe(get_param(request, "note"))
        # ruleid: python-xss
        form.base_fields["memo"].help_text = mark_safe(self.get_query_param(request, "memo"))
        return form


# The row an ORM look-up loaded holds the database's values, though the request chose which row:
# a statement template stored with a loan product, rendered with a RequestContext (the engine
# escapes what the context holds), is not the request's text. A template read from the request,
# and request text written beside the row's, are.
def statement_preview(request):
    from django.shortcuts import get_object_or_404
    from django.template import RequestContext, Template

    product = LoanProduct.objects.get(id=request.GET.get("product"))
    template = Template(product.statement_footer)
    context = RequestContext(request, {"preview": True})
    # ok: python-xss
    HttpResponse(template.render(context))
    offer = get_object_or_404(LoanOffer, pk=request.GET["offer"])
    # ok: python-xss
    HttpResponse(Template(offer.banner_html).render(context))
    draft = Template(request.POST["footer"])
    # ruleid: python-xss
    HttpResponse(draft.render(context))
    # ruleid: python-xss
    return HttpResponse(product.statement_footer + request.GET.get("note", ""))


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
    # ok: python-xss
    first = HTMLResponse(f"<p>Branch {branch_id}, page {page}, rate {rate}, loan {loan_uuid}</p>")
    # ruleid: python-xss
    second = HTMLResponse(f"<p>Branch {branch_id}: {label}</p>")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-xss
    return "<h1>Code " + code + "</h1>"
