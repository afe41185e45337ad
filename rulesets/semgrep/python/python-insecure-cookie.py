from flask import Flask, make_response

app = Flask(__name__)


@app.post("/login")
def login():
    resp = make_response("ok")
    # ruleid: python-insecure-cookie
    resp.set_cookie("session_id", new_session())
    # ruleid: python-insecure-cookie
    resp.set_cookie("refresh", new_session(), httponly=True)
    # ok: python-insecure-cookie
    resp.set_cookie("session_id", new_session(), secure=True, httponly=True, samesite="Lax")
    return resp


# ruleid: python-insecure-cookie
SESSION_COOKIE_SECURE = False
# ok: python-insecure-cookie
CSRF_COOKIE_SECURE = True


# Starlette/FastAPI signed-cookie sessions: https_only=False leaves the Secure flag off
from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware

api = FastAPI()
# ruleid: python-insecure-cookie
api.add_middleware(SessionMiddleware, secret_key=load_key(), https_only=False)
# ok: python-insecure-cookie
api.add_middleware(SessionMiddleware, secret_key=load_key(), https_only=True, same_site="lax")
# ruleid: python-insecure-cookie
middleware = [Middleware(SessionMiddleware, secret_key=load_key(), https_only=False)]
# ok: python-insecure-cookie
api.add_middleware(GZipMiddleware, minimum_size=1000)
