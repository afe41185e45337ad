import http.cookies
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler


class Handler(BaseHTTPRequestHandler):
    def login(self, token):
        cookie = SimpleCookie()
        cookie["sid"] = token
        cookie["sid"]["path"] = "/"
        self.send_response(200)
        # ruleid: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", cookie["sid"].OutputString())
        self.end_headers()

    def every_cookie(self):
        for morsel in self.cookie.values():
            morsel["path"] = "/"
            # HttpOnly only in one mode: the cookie goes out without it in the other
            if getattr(self, "mode", "plain") == "strict":
                morsel["httponly"] = True
                morsel["samesite"] = "Strict"
            # ruleid: python-cookie-header-no-httponly
            self.send_header("Set-Cookie", morsel.OutputString())

    def whole_jar(self):
        jar = http.cookies.SimpleCookie()
        jar["session"] = self.new_session()
        # ruleid: python-cookie-header-no-httponly
        self.send_header("set-cookie", jar.output(header="").strip())

    def flagged_morsel(self, token):
        cookie = SimpleCookie()
        cookie["sid"] = token
        cookie["sid"]["httponly"] = True
        cookie["sid"]["secure"] = True
        # ok: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", cookie["sid"].OutputString())

    def flagged_loop(self):
        for morsel in self.cookie.values():
            morsel["httponly"] = self.server.cookie_httponly
            # ok: python-cookie-header-no-httponly
            self.send_header("Set-Cookie", morsel.OutputString())

    def flagged_jar(self):
        jar = SimpleCookie()
        jar["session"] = self.new_session()
        jar["session"]["httponly"] = True
        # ok: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", jar.output(header=""))

    def raw_headers(self, sid):
        # ruleid: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", "SESSIONID=%s; Path=/" % sid)
        # ruleid: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", f"session={sid}; Path=/; Secure")
        # ruleid: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", "auth_token=" + sid + "; Path=/")
        # ok: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", f"session={sid}; Path=/; Secure; HttpOnly; SameSite=Lax")
        # ok: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", "theme=dark; Path=/")
        # ok: python-cookie-header-no-httponly
        self.send_header("Set-Cookie", self.cookie_line)


def django_view(request, token):
    response = HttpResponse("ok")
    # ruleid: python-cookie-header-no-httponly
    response["Set-Cookie"] = "sessionid=" + token
    # ok: python-cookie-header-no-httponly
    response["Set-Cookie"] = f"sessionid={token}; HttpOnly; Secure"
    return response


def starlette_view(response, token):
    # ruleid: python-cookie-header-no-httponly
    response.headers["Set-Cookie"] = f"refresh_token={token}; Secure"
    # ruleid: python-cookie-header-no-httponly
    response.headers.append("Set-Cookie", f"access_token={token}")
    # ok: python-cookie-header-no-httponly
    response.headers.append("Set-Cookie", f"access_token={token}; Secure; HttpOnly")
    # ok: python-cookie-header-no-httponly
    value = response.headers.get("Set-Cookie", "")
    return value


def wsgi_app(environ, start_response):
    sid = new_session()
    # ruleid: python-cookie-header-no-httponly
    start_response("200 OK", [("Content-Type", "text/html"), ("Set-Cookie", "sid=%s; Path=/" % sid)])
    # ok: python-cookie-header-no-httponly
    start_response("200 OK", [("Set-Cookie", "sid=%s; Path=/; HttpOnly" % sid)])
    return [b"ok"]
