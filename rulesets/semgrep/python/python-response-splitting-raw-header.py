from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


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
        self.end_headers()
