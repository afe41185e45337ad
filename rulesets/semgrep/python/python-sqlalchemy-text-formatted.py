from sqlalchemy import text
import sqlalchemy as sa


def loans_by_status(session, status, branch):
    # ruleid: python-sqlalchemy-text-formatted
    rows = session.execute(text("status = '%s' and branch = '%s'" % (status, branch)))
    # ruleid: python-sqlalchemy-text-formatted
    more = session.query(Loan).filter(text(f"branch_code = '{branch}'")).all()
    # ruleid: python-sqlalchemy-text-formatted
    older = session.execute(sa.text("created < '{}'".format(status)))
    # ruleid: python-sqlalchemy-text-formatted
    named = session.execute(text("client_name like '" + branch + "%'"))
    return rows, more, older, named


def loans_by_status_bound(session, status, branch):
    # ok: python-sqlalchemy-text-formatted
    rows = session.execute(text("status = :status and branch = :branch"), {"status": status, "branch": branch})
    # ok: python-sqlalchemy-text-formatted
    more = session.query(Loan).filter(text("branch_code = :b").bindparams(b=branch)).all()
    # ok: python-sqlalchemy-text-formatted
    fixed = session.execute(text("SELECT count(*) FROM loans WHERE status = 'open'"))
    return rows, more, fixed
