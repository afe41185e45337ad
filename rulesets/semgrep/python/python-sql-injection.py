import io
import configparser
import sqlite3

import pandas as pd
from django.db import connection
from django.db.models.expressions import RawSQL
from fastapi import Depends, FastAPI
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)
api = FastAPI()


@app.route("/clients")
def find_client():
    iin = request.args.get("iin")
    cur = sqlite3.connect("app.db").cursor()
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + iin + "'")
    # ruleid: python-sql-injection
    cur.execute(f"SELECT * FROM clients WHERE iin = '{iin}'")
    query = "SELECT * FROM loans WHERE client_iin = '%s'" % iin
    # ruleid: python-sql-injection
    cur.execute(query)
    # ok: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = ?", (iin,))
    table = "clients"
    # ok: python-sql-injection
    cur.execute("SELECT count(*) FROM " + table)
    # ok: python-sql-injection
    cur.execute("SELECT * FROM loans WHERE id = %d" % int(request.args["id"]))
    return "ok"


@api.get("/loans/{loan_id}")
async def get_loan(loan_id: str, status: str, db=Depends(get_db)):
    # ruleid: python-sql-injection
    db.execute(text("SELECT * FROM loans WHERE id = {} AND status = '{}'".format(loan_id, status)))
    # ok: python-sql-injection
    db.execute(text("SELECT * FROM loans WHERE id = :id"), {"id": loan_id})
    # ruleid: python-sql-injection
    return pd.read_sql("SELECT * FROM payments WHERE loan_id = " + loan_id, db)


def client_report(request):
    order = request.GET.get("order", "id")
    # ruleid: python-sql-injection
    rows = Client.objects.raw("SELECT * FROM clients ORDER BY " + order)
    # ruleid: python-sql-injection
    qs = Client.objects.annotate(v=RawSQL("select max(amount) from loans where region = '%s'" % request.POST["region"], []))
    with connection.cursor() as c:
        # ok: python-sql-injection
        c.execute("UPDATE clients SET phone = %s WHERE id = %s", [request.POST["phone"], request.user.id])
    return rows, qs


@app.route("/rates/redirect")
async def follow(client):
    target = request.args["next"]
    # ok: python-sql-injection
    return await client.fetch(target)


@app.route("/loans/by-status")
async def loans_by_status(pool):
    status = request.args["status"]
    # ruleid: python-sql-injection
    return await pool.fetch("SELECT * FROM loans WHERE status = '" + status + "'")


# gRPC: the request message of a servicer method is the client's data
import loans_pb2_grpc


class LoanServicer(loans_pb2_grpc.LoanServiceServicer):
    def FindLoans(self, request, context):
        # ruleid: python-sql-injection
        return cursor.execute("SELECT * FROM loans WHERE iin = '%s'" % request.iin)

    def CountLoans(self, request, context):
        # ok: python-sql-injection
        return cursor.execute("SELECT count(*) FROM loans WHERE iin = %s", (request.iin,))


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def sql_injection_kept_under_its_key():
    cur = sqlite3.connect("app.db").cursor()
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + value + "'")
    return "done"


@app.route("/container-1")
def sql_injection_read_under_another_key():
    cur = sqlite3.connect("app.db").cursor()
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + value + "'")
    return "done"


@app.route("/container-2")
def sql_injection_kept_in_a_config_option():
    cur = sqlite3.connect("app.db").cursor()
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + value + "'")
    return "done"


@app.route("/container-3")
def sql_injection_read_from_another_option():
    cur = sqlite3.connect("app.db").cursor()
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + value + "'")
    return "done"


@app.route("/container-4")
def sql_injection_appended_to_a_list():
    cur = sqlite3.connect("app.db").cursor()
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + value + "'")
    return "done"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-client")
def sql_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    iin = wrapped.get_query_parameter("iin")
    cur = sqlite3.connect("clients.db").cursor()
    # ruleid: python-sql-injection
    cur.execute("SELECT * FROM clients WHERE iin = '" + iin + "'")


# A query built in an in-memory text buffer keeps the request data written into it
@app.route("/buffer-client")
def sql_built_in_a_string_buffer():
    iin = request.args.get("iin")
    buf = io.StringIO()
    buf.write("SELECT * FROM clients WHERE iin = '")
    buf.write(iin)
    buf.write("'")
    cur = sqlite3.connect("clients.db").cursor()
    # ruleid: python-sql-injection
    cur.execute(buf.getvalue())


# The standard library's HTTP server: the request line, headers and body of a
# BaseHTTPRequestHandler, also after a comprehension or a generator over them
import http.server
import urllib.parse


class UserHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        cursor = sqlite3.connect("users.db").cursor()
        path, query = self.path.split("?", 1) if "?" in self.path else (self.path, "")
        params = {k: v for k, v in urllib.parse.parse_qsl(query)}
        # ruleid: python-sql-injection
        cursor.execute("SELECT name FROM users WHERE id=" + params["id"])
        # a comprehension over a generator over the data is not followed
        pairs = {k: v for k, v in (pair.split("=", 1) for pair in query.split("&"))}
        # todoruleid: python-sql-injection
        cursor.execute("SELECT name FROM users WHERE id=" + pairs["id"])
        # ok: python-sql-injection
        cursor.execute("SELECT name FROM users WHERE id=?", (params["id"],))

    def do_POST(self):
        cursor = sqlite3.connect("users.db").cursor()
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        # ruleid: python-sql-injection
        cursor.execute("INSERT INTO notes VALUES('%s')" % body)


class UserReport:
    def run(self, cursor):
        # ok: python-sql-injection
        cursor.execute("SELECT * FROM reports WHERE path='" + self.path + "'")


# A sort column checked against an allow-list before use, the length of a request value, and
# the SQL text of a builder that returns it with its bound parameters are not request data.
from flask import Flask, request

loans_app = Flask(__name__)
LOAN_COLUMNS = ("amount", "term", "issued_at")


class LoanFilters:
    def __init__(self, pairs):
        self.pairs = pairs

    def where_sql(self):
        clauses, params = [], {}
        for i, (column, value) in enumerate(self.pairs):
            clauses.append(f'"{column}" = :p{i}')
            params[f"p{i}"] = value
        return " and ".join(clauses), params


@loans_app.route("/loans")
def list_loans(db):
    sort = request.args.get("sort")
    if sort not in LOAN_COLUMNS:
        raise ValueError("unknown column")
    # ok: python-sql-injection
    db.execute(f"SELECT * FROM loans ORDER BY {sort}")
    order = request.args.get("order")
    if order:
        if order not in LOAN_COLUMNS:
            raise ValueError("unknown column")
    # ok: python-sql-injection
    db.execute("SELECT * FROM loans ORDER BY " + (order or "issued_at"))
    direction = request.args.get("dir")
    if direction and direction not in ("asc", "desc"):
        raise ValueError("unknown direction")
    # ok: python-sql-injection
    db.execute("SELECT * FROM loans ORDER BY amount " + (direction or "asc"))
    note = request.args.get("note", "")
    # ok: python-sql-injection
    db.execute("SELECT * FROM loans LIMIT %d" % len(note))
    pairs = [(k, v) for k, v in request.args.items() if k in LOAN_COLUMNS]
    where, params = LoanFilters(pairs).where_sql()
    # ok: python-sql-injection
    db.execute("SELECT * FROM loans WHERE " + where, params)
    return "ok"


@loans_app.route("/loans/search")
def search_loans(db):
    sort = request.args.get("sort")
    if sort in LOAN_COLUMNS:
        pass
    # ruleid: python-sql-injection
    db.execute(f"SELECT * FROM loans ORDER BY {sort}")
    column = request.args.get("column")
    if column not in LOAN_COLUMNS:
        print("unknown column")
    # ruleid: python-sql-injection
    db.execute(f"SELECT {column} FROM loans")
    where, count = LoanFilters([]).where_sql(), request.args.get("count")
    # ruleid: python-sql-injection
    db.execute("SELECT * FROM loans LIMIT " + count)
    text, values = request.args.get("q"), ()
    # ruleid: python-sql-injection
    db.execute("SELECT * FROM loans WHERE " + text, values)
    return "ok"


# SQLAlchemy's expression language binds the values it is given: an insert() or update()
# statement built from request values is no SQL text; text() of a request value still is.
from sqlalchemy import insert, text, update


@loans_app.route("/loans/<loan_id>/collateral", methods=["POST"])
def add_collateral(db, loan_id):
    items = request.get_json()["items"]
    # ok: python-sql-injection
    db.session.execute(insert(Collateral).values([{"loan_id": loan_id, "kind": i["kind"]} for i in items]))
    # ok: python-sql-injection
    db.session.execute(update(Loan).where(Loan.id == loan_id).values(note=request.form["note"]))
    # ruleid: python-sql-injection
    db.session.execute(text("UPDATE loans SET note = '" + request.form["note"] + "'"))
    return "ok"


# An `execute` whose first argument is a list of records is no query (a report or a workflow
# of an ERP model run over those records, with the request's options beside them).
@app.route("/<db>/reports/<name>/<int:record_id>")
def run_report(db, name, record_id):
    report = REPORTS[name]
    # ok: python-sql-injection
    out = report.execute([record_id], request.args)
    # ruleid: python-sql-injection
    rows = cursor.execute("SELECT * FROM reports WHERE name = '%s'" % name)
    return out, rows


# A select() of SQLAlchemy's expression language binds the values its where(), filter_by() and
# filter() are given, also when the statement is kept in a variable and awaited on an async
# session later; a request value made into SQL text inside it (text(), literal_column(), a
# formatted string given as a clause) still is injection.
from sqlalchemy import literal_column, select


@api.get("/borrowers/{borrower_id}/schedules")
async def list_schedules(borrower_id: int, branch: str, sort: str, session=Depends(get_session)):
    stmt = select(Schedule).filter_by(borrower_id=borrower_id).filter_by(branch=branch)
    # ok: python-sql-injection
    rows = await session.execute(stmt)
    # ok: python-sql-injection
    await session.execute(select(Schedule.due_date, Schedule.amount).where(Schedule.branch == branch))
    # ok: python-sql-injection
    await session.execute(select(Borrower).filter(Borrower.code == branch).order_by(Borrower.id).limit(5))
    # ruleid: python-sql-injection
    await session.execute(select(Schedule).where(text("branch = '" + branch + "'")))
    # ruleid: python-sql-injection
    await session.execute(select(literal_column(sort)).select_from(Schedule))
    # ruleid: python-sql-injection
    await session.execute(select(Schedule).where(f"branch = '{branch}'"))
    # ruleid: python-sql-injection
    await session.execute(select(Schedule).order_by("%s desc" % sort))
    return rows


# A route parameter annotated int, float or bool reaches the handler converted (FastAPI answers
# 422 to any other text): its digits cannot end a literal. A str parameter beside it still can.
@api.get("/branches/{branch_id}/arrears")
async def branch_arrears(branch_id: int, min_days: float = 30, open_only: bool = True, region: str = "", db=Depends(get_db)):
    # ok: python-sql-injection
    db.execute(text(f"SELECT * FROM arrears WHERE branch_id = {branch_id} AND days >= {min_days}"))
    # ok: python-sql-injection
    db.execute(text(f"SELECT count(*) FROM arrears WHERE open = {open_only}"))
    # ruleid: python-sql-injection
    db.execute(text(f"SELECT * FROM arrears WHERE branch_id = {branch_id} AND region = '{region}'"))
    return "ok"


# Values handed to bindparams() travel as bound parameters, beside the SQL text: the statement
# kept constant and bound is no injection; text formatted from the request before binding is.
@api.post("/borrowers/{borrower_id}/phone")
async def change_phone(borrower_id: str, phone: str, column: str, db=Depends(get_db)):
    stmt = text("UPDATE borrowers SET phone = :phone WHERE id = :id")
    stmt = stmt.bindparams(phone=phone, id=borrower_id)
    # ok: python-sql-injection
    db.execute(stmt)
    # ok: python-sql-injection
    db.execute(text("SELECT * FROM borrowers WHERE id = :id").bindparams(id=borrower_id))
    # ruleid: python-sql-injection
    formatted = text(f"UPDATE borrowers SET {column} = :v WHERE id = :id")
    formatted = formatted.bindparams(v=phone, id=borrower_id)
    # ruleid: python-sql-injection
    db.execute(formatted)
    return "ok"


# Optional, union-with-None, Annotated and list forms of a number, a boolean, a UUID or a date are
# converted before the handler runs too; a str in the same forms is text.
from typing import Annotated, List, Optional, Union
from uuid import UUID

from fastapi import Path, Query


@api.get("/branches/{branch_id}/officers")
async def branch_officers(
    branch_id: Annotated[int, Path(ge=1)],
    officer_id: Optional[int] = None,
    grade: int | None = None,
    min_rate: Union[float, None] = None,
    loan_uuid: UUID | None = None,
    ids: List[int] = Query([]),
    opened: Annotated[Optional[date], Query()] = None,
    name: Annotated[str, Query()] = "",
    note: Optional[str] = None,
    db=Depends(get_db),
):
    # ok: python-sql-injection
    db.execute(text(f"SELECT * FROM officers WHERE branch_id = {branch_id} AND id = {officer_id}"))
    # ok: python-sql-injection
    db.execute(text(f"SELECT * FROM officers WHERE grade = {grade} AND rate >= {min_rate}"))
    # ok: python-sql-injection
    db.execute(text(f"SELECT * FROM loans WHERE uuid = '{loan_uuid}' AND opened >= '{opened}'"))
    # ok: python-sql-injection
    db.execute(text("SELECT * FROM officers WHERE id IN (%s)" % ",".join(str(i) for i in ids)))
    # ruleid: python-sql-injection
    db.execute(text(f"SELECT * FROM officers WHERE name = '{name}'"))
    # ruleid: python-sql-injection
    db.execute(text(f"SELECT * FROM officers WHERE note = '{note}'"))
    return "ok"


# Flask converts by the URL rule alone: an `int` annotation on a <name> variable is a hint, the
# value is text; an <int:name> variable is a number.
@app.route("/officers/<officer_id>/loans/<int:loan_id>")
def officer_loan(officer_id: int, loan_id: int):
    # ruleid: python-sql-injection
    cursor.execute("SELECT * FROM officers WHERE id = %s" % officer_id)
    return "ok"


@app.route("/loans/<int:loan_id>/schedule")
def loan_schedule(loan_id: int):
    # ok: python-sql-injection
    cursor.execute("SELECT * FROM schedules WHERE loan_id = %s" % loan_id)
    return "ok"
