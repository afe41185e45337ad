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
