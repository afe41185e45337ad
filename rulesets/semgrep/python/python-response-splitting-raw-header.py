from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, parse_qsl, unquote, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        self.send_response(200)
        # ruleid: python-response-splitting-raw-header
        self.send_header("Content-Type", "text/html; charset=%s" % params["charset"][0])
        # ruleid: python-response-splitting-raw-header
        self.send_header("X-Echo", self.headers.get("X-Echo"))
        # ok: python-response-splitting-raw-header
        self.send_header("Content-Type", "text/html; charset=utf-8")
        # ok: python-response-splitting-raw-header
        self.send_header("X-Echo", self.headers.get("X-Echo", "").replace("\r", "").replace("\n", ""))
        query = urlparse(self.path).query
        charset = dict((k, unquote(v)) for k, v in parse_qsl(query))
        # ruleid: python-response-splitting-raw-header
        self.send_header("Content-Language", charset.get("lang", "en"))
        self.end_headers()
