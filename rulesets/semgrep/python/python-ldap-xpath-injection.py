import io
import configparser
import ldap
from ldap.filter import escape_filter_chars
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("clients.xml")


@app.post("/staff/login")
def staff_login():
    user = request.form["login"]
    conn = ldap.initialize("ldaps://dc.example.kz")
    # ruleid: python-ldap-xpath-injection
    conn.search_s("ou=staff,dc=example,dc=kz", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
    # ok: python-ldap-xpath-injection
    conn.search_s("ou=staff,dc=example,dc=kz", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(user))
    return "ok"


@app.route("/xml/client")
def xml_client():
    iin = request.args["iin"]
    # ruleid: python-ldap-xpath-injection
    nodes = tree.xpath("//client[@iin='" + iin + "']")
    # ok: python-ldap-xpath-injection
    nodes2 = tree.xpath("//client[@iin=$iin]", iin=iin)
    # ok: python-ldap-xpath-injection
    pos = request.args["text"].find(iin)
    return str(len(nodes) + len(nodes2) + pos)


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def ldap_xpath_injection_kept_under_its_key():
    tree = etree.parse("/srv/clients.xml")
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-ldap-xpath-injection
    tree.xpath("//client[@iin='" + value + "']")
    return "done"


@app.route("/container-1")
def ldap_xpath_injection_read_under_another_key():
    tree = etree.parse("/srv/clients.xml")
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-ldap-xpath-injection
    tree.xpath("//client[@iin='" + value + "']")
    return "done"


@app.route("/container-2")
def ldap_xpath_injection_kept_in_a_config_option():
    tree = etree.parse("/srv/clients.xml")
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-ldap-xpath-injection
    tree.xpath("//client[@iin='" + value + "']")
    return "done"


@app.route("/container-3")
def ldap_xpath_injection_read_from_another_option():
    tree = etree.parse("/srv/clients.xml")
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-ldap-xpath-injection
    tree.xpath("//client[@iin='" + value + "']")
    return "done"


@app.route("/container-4")
def ldap_xpath_injection_appended_to_a_list():
    tree = etree.parse("/srv/clients.xml")
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-ldap-xpath-injection
    tree.xpath("//client[@iin='" + value + "']")
    return "done"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-staff")
def xpath_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    emplid = wrapped.get_query_parameter("id")
    tree = etree.parse("/data/staff.xml")
    # ruleid: python-ldap-xpath-injection
    return str(tree.xpath("/staff/person[@id='" + emplid + "']"))


# A query built in an in-memory text buffer keeps the request data written into it
@app.route("/buffer-staff")
def xpath_built_in_a_string_buffer():
    emplid = request.args.get("id")
    buf = io.StringIO()
    buf.write("/staff/person[@id='")
    buf.write(emplid)
    buf.write("']")
    query = buf.getvalue()
    tree = etree.parse("/data/staff.xml")
    # ruleid: python-ldap-xpath-injection
    return str(tree.xpath(query))


@app.route("/buffer-staff-2")
def xpath_built_in_a_string_buffer_from_literals():
    buf = io.StringIO()
    buf.write("/staff/person[@id='")
    buf.write("42")
    buf.write("']")
    query = buf.getvalue()
    tree = etree.parse("/data/staff.xml")
    # ok: python-ldap-xpath-injection
    return str(tree.xpath(query))


# The connection or the document kept on an object
class StaffDirectory:
    def __init__(self):
        self.ldap_conn = ldap.initialize("ldaps://dc.example.kz")
        self.root = etree.parse("/data/staff.xml").getroot()

    def lookup(self):
        user = request.args["login"]
        # ruleid: python-ldap-xpath-injection
        self.ldap_conn.search_s("ou=staff,dc=example,dc=kz", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
        # ruleid: python-ldap-xpath-injection
        return self.root.find(".//person[@login='" + user + "']")


# The standard library's HTTP server: the request line of a BaseHTTPRequestHandler
import http.server


class DirectoryHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        tree = etree.parse("users.xml")
        path, query = self.path.split("?", 1) if "?" in self.path else (self.path, "")
        params = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair)
        # ruleid: python-ldap-xpath-injection
        found = tree.xpath(".//user[name/text()='%s']" % params["name"])
        # ok: python-ldap-xpath-injection
        found = tree.xpath(".//user[name/text()=$name]", name=params["name"])
        self.wfile.write(str(found).encode())


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
    # ok: python-ldap-xpath-injection
    conn.search_s("ou=staff,dc=example,dc=kz", ldap.SCOPE_SUBTREE, f"(employeeNumber={branch_id})")
    # ok: python-ldap-xpath-injection
    tree.xpath(f"//loan[@id='{loan_uuid}' and @page='{page}']")
    # ruleid: python-ldap-xpath-injection
    conn.search_s("ou=staff,dc=example,dc=kz", ldap.SCOPE_SUBTREE, f"(cn={label})")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-ldap-xpath-injection
    tree.xpath("//client[@code='" + code + "']")
    return "ok"
