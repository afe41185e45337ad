"""A bounded HTTP client for the probes: one resolution per host, a request budget per target,
connect and read timeouts, a deadline per request that a trickling server cannot stretch, a cap on
the response size, and no redirect followed on its own.

Certificates are not verified here: the web checks read pages whatever their certificate, and
the TLS analyzer judges the certificate.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from aiscan.probes.targets import Limits

MAX_REDIRECTS = 3


class ProbeError(Exception):
    """A request that could not be made or completed; the message is the reason shown."""


class BudgetExhausted(ProbeError):
    pass


class Resolver:
    """Each host is resolved once per probe; every later request goes to that address."""

    def __init__(self) -> None:
        self._known: dict[str, str | ProbeError] = {}
        self._lock = threading.Lock()

    def address(self, host: str) -> str:
        with self._lock:
            known = self._known.get(host)
            if known is None:
                known = self._resolve(host)
                self._known[host] = known
        if isinstance(known, ProbeError):
            raise known
        return known

    @staticmethod
    def _resolve(host: str) -> str | ProbeError:
        try:
            infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            return ProbeError(f"cannot resolve {host}: {exc}")
        # The first address the system gives, IPv4 first when it gives both.
        ordered = sorted(infos, key=lambda info: info[0] != socket.AF_INET)
        return str(ordered[0][4][0])


@dataclass
class Budget:
    """The requests one target may still make."""

    limit: int
    used: int = 0

    def take(self) -> None:
        if self.used >= self.limit:
            raise BudgetExhausted(f"request budget of {self.limit} per target used up")
        self.used += 1


@dataclass(frozen=True)
class HttpResponse:
    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    elapsed_s: float

    def header(self, name: str) -> str | None:
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)

    def all(self, name: str) -> list[str]:
        low = name.lower()
        return [v for k, v in self.headers if k.lower() == low]

    @property
    def text(self) -> str:
        msg = Message()
        msg["content-type"] = self.header("content-type") or "text/html"
        charset = msg.get_content_charset() or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    @property
    def location(self) -> str | None:
        where = self.header("location")
        return urljoin(self.url, where) if where and 300 <= self.status < 400 else None


@dataclass(frozen=True)
class Fetched:
    """A page and the redirects that led to it (each hop's cookies count), plus a redirect to
    another host that was reported and not followed."""

    final: HttpResponse
    hops: tuple[HttpResponse, ...] = ()
    offsite: str | None = None

    @property
    def responses(self) -> tuple[HttpResponse, ...]:
        return (*self.hops, self.final)


@dataclass
class Client:
    limits: Limits
    user_agent: str
    resolver: Resolver = field(default_factory=Resolver)

    def request(
        self,
        url: str,
        budget: Budget,
        *,
        method: str = "GET",
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> HttpResponse:
        budget.take()
        parts = urlsplit(url)
        host = parts.hostname or ""
        address = self.resolver.address(host)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        conn = _connection(parts.scheme, host, address, port, self.limits)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        sent = {"User-Agent": self.user_agent, "Accept": "text/html,application/json;q=0.9,*/*;q=0.5"}
        sent.update(headers or {})
        started = time.monotonic()
        expired = threading.Event()
        watchdog = threading.Timer(self.limits.request_deadline_s, _cut, (conn, expired))
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request(method, path, body=body, headers=sent)
            resp = conn.getresponse()
            data = _read_capped(resp, self.limits.max_response_bytes)
            headers_out = tuple((k, v) for k, v in resp.getheaders())
            status = resp.status
        except ProbeError:
            raise
        except TimeoutError:
            raise ProbeError(
                f"{url}: no answer within {self.limits.read_timeout_s:g} s (read timeout)"
            ) from None
        except ConnectionRefusedError:
            raise ProbeError(f"{url}: connection refused") from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if expired.is_set():
                raise ProbeError(
                    f"{url}: not complete within the {self.limits.request_deadline_s:g} s deadline"
                ) from None
            raise ProbeError(f"{url}: {type(exc).__name__}: {exc}") from None
        finally:
            watchdog.cancel()
            conn.close()
        if expired.is_set():
            raise ProbeError(f"{url}: not complete within the {self.limits.request_deadline_s:g} s deadline")
        return HttpResponse(url, status, headers_out, data, time.monotonic() - started)

    def get(self, url: str, budget: Budget, *, follow: bool = True) -> Fetched:
        """GET `url`, following at most MAX_REDIRECTS redirects on the same origin."""
        origin = _origin(url)
        hops: list[HttpResponse] = []
        resp = self.request(url, budget)
        while follow and resp.location and len(hops) < MAX_REDIRECTS:
            if _origin(resp.location) != origin:
                return Fetched(resp, tuple(hops), offsite=resp.location)
            hops.append(resp)
            resp = self.request(resp.location, budget)
        return Fetched(resp, tuple(hops))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def _connection(
    scheme: str, host: str, address: str, port: int, limits: Limits
) -> http.client.HTTPConnection:
    if scheme == "https":
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the TLS analyzer judges the certificate
        return _PinnedHTTPS(host, address, port, limits, context)
    return _PinnedHTTP(host, address, port, limits)


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the address resolved once; the Host header still names the host."""

    def __init__(self, host: str, address: str, port: int, limits: Limits) -> None:
        super().__init__(host, port, timeout=limits.connect_timeout_s)
        self._address = address
        self._limits = limits

    def connect(self) -> None:
        try:
            self.sock = socket.create_connection((self._address, self.port), self._limits.connect_timeout_s)
        except TimeoutError:
            raise ProbeError(
                f"{self.host}:{self.port}: no connection within {self._limits.connect_timeout_s:g} s"
            ) from None
        except ConnectionRefusedError:
            raise ProbeError(f"{self.host}:{self.port}: connection refused") from None
        except OSError as exc:
            raise ProbeError(f"{self.host}:{self.port}: cannot connect: {exc.strerror or exc}") from None
        self.sock.settimeout(self._limits.read_timeout_s)


class _PinnedHTTPS(_PinnedHTTP):
    def __init__(self, host: str, address: str, port: int, limits: Limits, context: ssl.SSLContext) -> None:
        super().__init__(host, address, port, limits)
        self._context = context

    def connect(self) -> None:
        super().connect()
        try:
            self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)
        except TimeoutError:
            raise ProbeError(
                f"{self.host}:{self.port}: no TLS handshake within {self._limits.read_timeout_s:g} s"
            ) from None
        except (ssl.SSLError, OSError) as exc:
            raise ProbeError(f"{self.host}:{self.port}: TLS handshake failed: {exc}") from None


def _cut(conn: http.client.HTTPConnection, expired: threading.Event) -> None:
    expired.set()
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _read_capped(resp: http.client.HTTPResponse, cap: int) -> bytes:
    declared = resp.getheader("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise ProbeError(
            f"{resp.getheader('content-type') or 'response'} of {declared} bytes is over the {cap}-byte cap"
        )
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
        if not chunk:
            break
        total += len(chunk)
        if total > cap:
            raise ProbeError(f"response larger than the {cap}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)
