"""What a probe may contact and how much: the named targets and the limits of every request.

Only the URLs the user names are probed. A target is a URL, the role of its page (what the checks
look for there) and, optionally, the AIS component it belongs to. Nothing else is contacted except
the same-origin requests the checks need, within `Limits.max_requests` per target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from aiscan import __version__
from aiscan.errors import UsageError

# The page roles: what each target is, so the checks know what to look for.
LOGIN = "login"  # a client's login page: form, masking, autocomplete, cyber-hygiene notice
CARD = "card"  # a page where a card is entered or shown
HEALTH = "health"  # a status page: headers, banners, TLS
API = "api"  # an API endpoint: headers, banners, errors, TLS
PAGE = "page"  # any other page
ROLES = (LOGIN, CARD, HEALTH, API, PAGE)

USER_AGENT = f"aiscan-probe/{__version__} (+https://github.com/aiscan; chapter-3 release check)"


@dataclass(frozen=True)
class Limits:
    """The bounds of one probe. Each request also ends at `request_deadline_s` whatever the
    server does (a server that trickles bytes, or never answers, cannot hold a probe longer)."""

    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    request_deadline_s: float = 15.0
    max_response_bytes: int = 1_000_000
    # HTTP requests per target: the page, plain HTTP, and (with --active) the error and CSRF checks.
    max_requests: int = 8
    # sslyze: seconds per TLS connection and retries after a network error.
    tls_timeout_s: int = 5
    tls_retries: int = 1
    browser_timeout_s: float = 30.0

    def __post_init__(self) -> None:
        if min(self.connect_timeout_s, self.read_timeout_s, self.request_deadline_s) <= 0:
            raise UsageError("probe timeouts must be positive")
        if self.max_response_bytes < 1024 or self.max_requests < 1:
            raise UsageError("the response-size cap must be at least 1024 bytes and the budget 1 request")


@dataclass(frozen=True)
class ProbeTarget:
    url: str
    role: str = PAGE
    component: str | None = None

    @property
    def scheme(self) -> str:
        return urlsplit(self.url).scheme

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def port(self) -> int:
        parts = urlsplit(self.url)
        return parts.port or (443 if parts.scheme == "https" else 80)

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True)
class ProbeOptions:
    active: bool = False  # error pages and CSRF replay: only when asked for
    ca_bundle: Path | None = None  # a private CA for the certificate chain (PEM)
    limits: Limits = field(default_factory=Limits)
    browser: str | None = "/usr/bin/chromium"  # None: never render with a browser
    user_agent: str = USER_AGENT


def parse_target(text: str, role: str | None = None, component: str | None = None) -> ProbeTarget:
    """A target from the command line: `URL`, or `ROLE=URL` (login=https://host/login)."""
    given_role = role
    url = text.strip()
    head, sep, rest = url.partition("=")
    if sep and head in ROLES and "://" in rest:
        given_role, url = head, rest
    target = ProbeTarget(url, given_role or _guess_role(url), component)
    check_target(target)
    return target


def check_target(target: ProbeTarget) -> None:
    parts = urlsplit(target.url)
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"{target.url}: only http:// and https:// URLs can be probed")
    if not parts.hostname:
        raise UsageError(f"{target.url}: the URL names no host")
    try:
        _ = parts.port
    except ValueError:
        raise UsageError(f"{target.url}: the port is not a number from 1 to 65535") from None
    if parts.username or parts.password:
        raise UsageError(f"{target.url}: credentials in the URL are not accepted")
    if target.role not in ROLES:
        raise UsageError(f"{target.url}: unknown page role {target.role!r} (one of {', '.join(ROLES)})")


def _guess_role(url: str) -> str:
    path = urlsplit(url).path.lower()
    if any(w in path for w in ("login", "signin", "sign-in", "auth")):
        return LOGIN
    if any(w in path for w in ("card", "payment", "pay")):
        return CARD
    if any(w in path for w in ("health", "status", "ping")):
        return HEALTH
    if "/api" in path:
        return API
    return PAGE
