"""Real servers on 127.0.0.1 for the probe tests: TLS servers with chosen protocol versions,
cipher suites and certificates, and misbehaving TCP servers (silent, trickling, huge)."""

from __future__ import annotations

import importlib.util
import socket
import ssl
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from tests.conftest import FIXTURES

LIVE = FIXTURES / "mfo-demo" / "live"


def load_live(name: str) -> ModuleType:
    """A module of fixtures/mfo-demo/live (the demo server and its PKI), loaded by path."""
    if name in sys.modules:
        return sys.modules[name]
    if str(LIVE) not in sys.path:
        sys.path.insert(0, str(LIVE))
    spec = importlib.util.spec_from_file_location(name, LIVE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def tls_context(
    cert: Path,
    key: Path,
    *,
    version: ssl.TLSVersion | None = None,
    ciphers: str | None = None,
) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if ciphers or (version is not None and version < ssl.TLSVersion.TLSv1_2):
        ctx.set_ciphers(ciphers or "ALL:@SECLEVEL=0")  # before the key: a small key needs it
    ctx.load_cert_chain(cert, key)
    if version is not None:
        ctx.minimum_version = version
        ctx.maximum_version = version
    return ctx


RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n"
    b"Strict-Transport-Security: max-age=31536000\r\nConnection: close\r\n\r\nok"
)


class _Server:
    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        self.thread.join(2)


class _TlsServer(_Server):
    def __init__(self, ctx: ssl.SSLContext, response: bytes) -> None:
        super().__init__()
        self.ctx = ctx
        self.response = response

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            with self.ctx.wrap_socket(conn, server_side=True) as tls:
                tls.recv(8192)
                tls.sendall(self.response)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()


class _BehaviourServer(_Server):
    def __init__(self, behaviour: str) -> None:
        super().__init__()
        self.behaviour = behaviour

    def _handle(self, conn: socket.socket) -> None:
        try:
            if self.behaviour == "silent":  # accepts, reads, never answers
                conn.settimeout(60)
                while not self.stop.is_set():
                    if not conn.recv(4096):
                        break
            elif self.behaviour == "trickle":  # one byte of headers every half second
                conn.settimeout(60)
                conn.recv(4096)
                for ch in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000:
                    if self.stop.is_set():
                        break
                    conn.sendall(bytes([ch]))
                    time.sleep(0.5)
            elif self.behaviour == "offsite":  # a redirect to another host
                conn.settimeout(10)
                conn.recv(4096)
                conn.sendall(
                    b"HTTP/1.1 302 Found\r\nLocation: https://elsewhere.invalid/login\r\n"
                    b"Set-Cookie: sid=abc; Path=/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
            elif self.behaviour == "huge":  # an endless body with no length
                conn.settimeout(10)
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
                chunk = b"<p>" + b"x" * 65_000 + b"</p>"
                while not self.stop.is_set():
                    conn.sendall(chunk)
        except OSError:
            pass
        finally:
            conn.close()


@contextmanager
def tls_server(ctx: ssl.SSLContext, response: bytes = RESPONSE) -> Iterator[int]:
    server = _TlsServer(ctx, response)
    server.thread.start()
    try:
        yield server.port
    finally:
        server.close()


@contextmanager
def behaviour_server(behaviour: str) -> Iterator[int]:
    server = _BehaviourServer(behaviour)
    server.thread.start()
    try:
        yield server.port
    finally:
        server.close()


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port
