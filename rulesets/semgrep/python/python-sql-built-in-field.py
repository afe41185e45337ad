import sqlite3


class LoanReport:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.sql = "SELECT * FROM loans"

    def for_region(self, region: str) -> "LoanReport":
        self.sql = "SELECT * FROM loans WHERE region = '%s'" % region
        return self

    def rows(self):
        # ruleid: python-sql-built-in-field
        return self.conn.execute(self.sql).fetchall()


class PaymentReport:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.sql = "SELECT * FROM payments WHERE contract_no = ?"

    def rows(self, contract_no: str):
        # ok: python-sql-built-in-field
        return self.conn.execute(self.sql, (contract_no,)).fetchall()


class Logger:
    def set_prefix(self, name):
        self.prefix = f"[{name}] select"

    def log(self, runner):
        # ok: python-sql-built-in-field
        return runner.execute(self.command)


class ArrearsQuery:
    def __init__(self, cur, region, columns, contract_no, status):
        self.cur = cur
        self.by_region = f"SELECT * FROM arrears WHERE region = '{region}'"
        self.picked = f"{columns} FROM arrears WHERE status = '{status}'"
        self.by_contract = "DELETE FROM arrears WHERE contract_no = '" + contract_no + "'"
        self.by_status = "UPDATE arrears SET status = '{}'".format(status)
        self.greeting = f"hello {region}"
        self.label = "region " + region

    def run(self):
        # ruleid: python-sql-built-in-field
        self.cur.execute(self.by_region)
        # ruleid: python-sql-built-in-field
        self.cur.execute(self.picked)
        # ruleid: python-sql-built-in-field
        self.cur.execute(self.by_contract)
        # ruleid: python-sql-built-in-field
        self.cur.executemany(self.by_status, [])
        # ok: python-sql-built-in-field
        self.cur.execute(self.greeting)
        # ok: python-sql-built-in-field
        self.cur.execute(self.label)
