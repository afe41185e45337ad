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
