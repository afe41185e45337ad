import os

import sqlalchemy
from flask import Flask
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import create_engine as sqlmodel_engine

from .config import settings

# ruleid: python-sqlalchemy-echo-enabled
engine = create_engine(settings.DATABASE_URL, echo=True)

# ruleid: python-sqlalchemy-echo-enabled
loans_engine = create_async_engine(os.environ["LOANS_DB"], pool_size=5, echo=True)

# ruleid: python-sqlalchemy-echo-enabled
ledger = sqlalchemy.create_engine("postgresql://ledger", echo="debug")

# ruleid: python-sqlalchemy-echo-enabled
wallet_engine = sqlmodel_engine(settings.WALLET_DB, echo=True, pool_pre_ping=True)

app = Flask(__name__)
# ruleid: python-sqlalchemy-echo-enabled
app.config["SQLALCHEMY_ECHO"] = True


class ProductionConfig:
    # ruleid: python-sqlalchemy-echo-enabled
    SQLALCHEMY_ECHO = True


class Config(object):
    # ruleid: python-sqlalchemy-echo-enabled
    SQLALCHEMY_ECHO = True


# ruleid: python-sqlalchemy-echo-enabled
SQLALCHEMY_ECHO = True


class DevelopmentConfig(ProductionConfig):
    # ok: python-sqlalchemy-echo-enabled
    SQLALCHEMY_ECHO = True


# ---- statements not logged, or the choice left to the deployment ----

# ok: python-sqlalchemy-echo-enabled
quiet = create_engine(settings.DATABASE_URL)

# ok: python-sqlalchemy-echo-enabled
off = create_engine(settings.DATABASE_URL, echo=False)

# the deployment decides (DEBUG off in production): not reported
# ok: python-sqlalchemy-echo-enabled
configurable = create_async_engine(settings.DATABASE_URL, echo=settings.DEBUG)

# ok: python-sqlalchemy-echo-enabled
from_env = create_engine(settings.DATABASE_URL, echo=os.getenv("SQL_ECHO") == "1")

# statements only, the bound values are left out of the log
# ok: python-sqlalchemy-echo-enabled
masked = create_engine(settings.DATABASE_URL, echo=True, hide_parameters=True)

# ok: python-sqlalchemy-echo-enabled
app.config["SQLALCHEMY_ECHO"] = False


def cache_engine(url):
    # not SQLAlchemy's
    # ok: python-sqlalchemy-echo-enabled
    return make_cache(url, echo=True)
