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
