import sqlite3

from django.db import connection
from flask import Flask, request

app = Flask(__name__)
SORT_COLUMNS = {"amount": "amount", "date": "issued_at"}


def overdue_loans(region, min_days):
    sql = (
        "SELECT l.id, c.iin FROM loans l JOIN clients c ON c.id = l.client_id "
        "WHERE c.region = '" + region + "' AND l.overdue_days >= " + str(min_days)
    )
    with connection.cursor() as cur:
        # ruleid: python-sql-string-concat
        cur.execute(sql)
        return cur.fetchall()


def find_client(conn, iin):
    cur = conn.cursor()
    # ruleid: python-sql-string-concat
    cur.execute(f"SELECT id, full_name FROM clients WHERE iin = '{iin}'")
    return cur.fetchone()


def list_loans(conn, client_id, status, order_by):
    sql = "SELECT id, amount FROM loans WHERE client_id = %s"
    if status:
        sql += " AND status = '%s'" % status
    # ruleid: python-sql-string-concat
    conn.cursor().execute(sql, (client_id,))
    query = "SELECT * FROM loans ORDER BY {}".format(order_by)
    # ruleid: python-sql-string-concat
    conn.cursor().execute(query)


def find_client_safe(conn, iin):
    cur = conn.cursor()
    # ok: python-sql-string-concat
    cur.execute("SELECT id, full_name FROM clients WHERE iin = %s", (iin,))
    return cur.fetchone()


def sorted_loans(conn, order):
    column = SORT_COLUMNS.get(order, "id")
    # ok: python-sql-string-concat
    conn.cursor().execute("SELECT * FROM loans ORDER BY " + column)


def loans_by_ids(conn, ids):
    placeholders = ", ".join(["%s"] * len(ids))
    # ok: python-sql-string-concat
    conn.cursor().execute("SELECT * FROM loans WHERE id IN (" + placeholders + ")", ids)
    marks = ",".join("?" for _ in ids)
    # ok: python-sql-string-concat
    conn.cursor().execute(f"SELECT * FROM loans WHERE id IN ({marks})", ids)


def page(conn, limit):
    # ok: python-sql-string-concat
    conn.cursor().execute("SELECT * FROM loans LIMIT %d" % int(limit))


def run_script(conn, sql):
    # a generic runner: the caller passes the whole statement
    # ok: python-sql-string-concat
    conn.cursor().execute(sql)


def create_schema(db_path):
    conn = sqlite3.connect(db_path)
    # ok: python-sql-string-concat
    conn.execute("CREATE TABLE IF NOT EXISTS loans (id INTEGER PRIMARY KEY, iin TEXT)")


@app.route("/clients/<iin>")
def client_view(iin):
    # request handlers are reported by python-sql-injection
    # ok: python-sql-string-concat
    sqlite3.connect("app.db").execute("SELECT * FROM clients WHERE iin = '" + iin + "'")
    return "ok"


def select_columns(conn, columns, table):
    cols = ", ".join(c for c in columns)
    # ruleid: python-sql-string-concat
    conn.cursor().execute("SELECT " + cols + " FROM loans")


_ORDERINGS = {"amount": "ORDER BY amount DESC", "date": "ORDER BY issued_at DESC"}


def ordered_loans(conn, order_key, direction):
    # ok: python-sql-string-concat
    conn.cursor().execute("SELECT * FROM loans " + _ORDERINGS.get(order_key, "ORDER BY id"))
    directions = {"up": "ASC", "down": "DESC"}
    # ok: python-sql-string-concat
    conn.cursor().execute("SELECT * FROM loans ORDER BY id " + directions[direction])


class Installer:
    def install(self, destination, wheel):
        # not a database: a generic execute(func, args, message) utility
        # ok: python-sql-string-concat
        self.execute(wheel.install_as_egg, (destination,), "Installing " + destination)

    def create_table(self, safe):
        # ok: python-sql-string-concat
        self.database.execute(self._create_table(safe=safe))

    def columns(self, table):
        # ruleid: python-sql-string-concat
        cursor = self.database.execute("SELECT * FROM `%s` LIMIT 1" % table)
        return cursor.description


def set_priority(conn, priority):
    priority = priority.lower()
    if priority not in ("low", "normal", "high"):
        raise ValueError("priority must be low, normal or high")
    # ok: python-sql-string-concat
    conn.cursor().execute("SET TRANSACTION PRIORITY %s" % priority)


def set_isolation(conn, level):
    if level in ALLOWED_LEVELS:
        # ok: python-sql-string-concat
        conn.cursor().execute("SET TRANSACTION ISOLATION LEVEL " + level)
    # ruleid: python-sql-string-concat
    conn.cursor().execute("SET TRANSACTION ISOLATION LEVEL " + level)


def save_object(connection, statement, params):
    compiled = statement.compile(dialect=connection.dialect)
    # ok: python-sql-string-concat
    connection.execute(compiled, params)


# SQL text held in a module constant and completed with .format
OVERDUE_QUERY = "SELECT id, iin FROM loans WHERE region = '{}' AND overdue_days > 30"
PAGE_SIZE_TEXT = "{} loans per page"


def overdue_in_region(conn, region):
    sql = OVERDUE_QUERY.format(region)
    # ruleid: python-sql-string-concat
    return conn.cursor().execute(sql)


def overdue_inline(conn, region):
    # ruleid: python-sql-string-concat
    return conn.cursor().execute(OVERDUE_QUERY.format(region))


def overdue_through_callback(region):
    # the query is built in a function defined inside the one given the value
    def run(cursor):
        query = OVERDUE_QUERY.format(region)
        # ruleid: python-sql-string-concat
        cursor.execute(query)

    return with_cursor(run)


def page_label(conn, size):
    label = PAGE_SIZE_TEXT.format(size)
    # not SQL text: the constant holds no statement
    # ok: python-sql-string-concat
    conn.cursor().execute(label)


def overdue_bound(conn, region):
    # ok: python-sql-string-concat
    return conn.cursor().execute(OVERDUE_QUERY.replace("'{}'", "%s"), (region,))
