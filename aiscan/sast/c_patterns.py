"""aiscan's own checks for C, C++ and Objective-C, for weaknesses flawfinder does not look for:
TLS certificate verification turned off (p19.5), stack allocations sized at run time and network
reads without a time limit (p19.4). Pure: they read the file's text, never build or run it.

Comments are blanked first (line numbers kept). Most checks match one statement; two read the
whole file:

- `SSL_VERIFY_NONE` is what a TLS *server* sets when it does not ask for client certificates,
  so it is reported only in a file that makes client connections (`SSL_connect`,
  `*_client_method`, `SSL_set_connect_state`, `BIO_new_ssl_connect`).
- A transfer or a socket read is reported as unbounded when the file sets no time limit at all:
  libcurl's `curl_easy_perform` with no `CURLOPT_TIMEOUT`/`_MS`/`CURLOPT_LOW_SPEED_TIME`, and
  `recv`/`recvfrom`/`recvmsg` with no `SO_RCVTIMEO`, `poll`, `select`, `epoll`, `kqueue`,
  non-blocking mode or `alarm` anywhere in the file. An NSURLSession delegate that answers a
  server-trust challenge with `credentialForTrust:` in a file that never evaluates the trust
  (`SecTrustEvaluate*`, AFNetworking's `evaluateServerTrust`) trusts every certificate.
"""

from __future__ import annotations

import re

from aiscan.sast.line_checks import PatternHit

TLS_DISABLED = "aiscan-c-tls-verification-disabled"
ALLOCA_VARIABLE = "aiscan-c-alloca-variable-size"
NETWORK_NO_TIMEOUT = "aiscan-c-network-without-timeout"

CHECK_IDS = (TLS_DISABLED, ALLOCA_VARIABLE, NETWORK_NO_TIMEOUT)

_FALSE = r"(?:0L?|0UL|FALSE|false|NO|\(long\)\s*0)"

# One statement each: the match may span lines, never a `;`.
_STATEMENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        TLS_DISABLED,
        re.compile(
            r"\bcurl_easy_setopt\s*\([^;]*?\bCURLOPT_(?:PROXY_)?SSL_VERIFY(?:PEER|HOST)\s*,\s*"
            + _FALSE
            + r"\s*\)"
        ),
    ),
    (TLS_DISABLED, re.compile(r"\bmbedtls_ssl_conf_authmode\s*\([^;]*?\bMBEDTLS_SSL_VERIFY_NONE\b")),
    # Objective-C: NSURLRequest's private trust-all switch, AFNetworking's policy, CFStream settings
    (
        TLS_DISABLED,
        re.compile(r"\ballowsAnyHTTPSCertificateForHost\b|\bsetAllowsAnyHTTPSCertificate\s*:\s*YES\b"),
    ),
    (
        TLS_DISABLED,
        re.compile(
            r"\ballowInvalidCertificates\s*=\s*(?:YES|true)\b|\bsetAllowInvalidCertificates\s*:\s*(?:YES|true)\b"
            r"|\bvalidatesDomainName\s*=\s*(?:NO|false)\b|\bsetValidatesDomainName\s*:\s*(?:NO|false)\b"
        ),
    ),
    (
        TLS_DISABLED,
        re.compile(
            r"\bkCFStreamSSLValidatesCertificateChain\b[^;]*?(?:@NO\b|@\(NO\)|kCFBooleanFalse\b)"
            r"|(?:@NO\b|@\(NO\)|kCFBooleanFalse\b)[^;]*?\bkCFStreamSSLValidatesCertificateChain\b"
        ),
    ),
    (
        ALLOCA_VARIABLE,
        # alloca(n), _alloca(len * 2): a size known only at run time (sizeof, numbers and
        # upper-case constants are not)
        re.compile(
            r"\b(?:__builtin_alloca|_alloca|alloca)\s*\(\s*"
            r"(?!(?:sizeof\s*\([^()]*\)|\d+[uUlL]*|[A-Z][A-Z0-9_]*)(?:\s*[*+]\s*(?:sizeof\s*\([^()]*\)|\d+[uUlL]*|[A-Z][A-Z0-9_]*))*\s*\))"
            r"[^;)]"
        ),
    ),
    (
        NETWORK_NO_TIMEOUT,
        re.compile(r"\bcurl_easy_setopt\s*\([^;]*?\bCURLOPT_TIMEOUT(?:_MS)?\s*,\s*0L?\s*\)"),
    ),
    # Foundation's synchronous loads of a remote URL: no timeout can be set, the thread waits
    (
        NETWORK_NO_TIMEOUT,
        re.compile(
            r"\b(?:dataWithContentsOfURL|stringWithContentsOfURL|initWithContentsOfURL)\s*:\s*"
            r"\[\s*NSURL\s+URLWithString\s*:"
        ),
    ),
    (NETWORK_NO_TIMEOUT, re.compile(r"\bsendSynchronousRequest\s*:")),
)

_TLS_CLIENT = re.compile(
    r"\bSSL_connect\s*\(|\b\w*_client_method\s*\(|\bSSL_set_connect_state\s*\(|\bBIO_new_ssl_connect\s*\("
)
_VERIFY_NONE = re.compile(r"\b(?:wolfSSL|SSL)_(?:CTX_)?set_verify\s*\([^;]*?\b(?:WOLF)?SSL_VERIFY_NONE\b")
_TRUST_CREDENTIAL = re.compile(r"\bcredentialForTrust\s*:")
_TRUST_EVALUATED = re.compile(r"\bSecTrustEvaluate\w*\s*\(|\bevaluateServerTrust\s*:")
_CURL_PERFORM = re.compile(r"\bcurl_easy_perform\s*\(")
_CURL_LIMIT = re.compile(r"\bCURLOPT_(?:TIMEOUT(?:_MS)?|LOW_SPEED_TIME)\b")
_SOCKET_READ = re.compile(r"(?<![\w.>])(?:recv|recvfrom|recvmsg)\s*\(")
_SOCKET_LIMIT = re.compile(
    r"\bSO_RCVTIMEO\b|\b(?:poll|ppoll|select|pselect|kevent|alarm)\s*\(|\bepoll_\w+\s*\(|\bkqueue\s*\("
    r"|\bO_NONBLOCK\b|\bSOCK_NONBLOCK\b|\bMSG_DONTWAIT\b"
)

_COMMENT_OR_STRING = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def blank_comments(text: str) -> str:
    """The text with comments replaced by spaces (newlines kept, so line numbers stay). String
    literals are kept as they are: a URL or a setting name in a string is still code."""

    def blank(m: re.Match[str]) -> str:
        s = m.group(0)
        if s.startswith(("//", "/*")):
            return re.sub(r"[^\n]", " ", s)
        return s

    return _COMMENT_OR_STRING.sub(blank, text)


def c_pattern_hits(text: str) -> tuple[PatternHit, ...]:
    """Every hit of aiscan's C-family checks in one file's text, in line order."""
    code = blank_comments(text)
    hits: list[PatternHit] = []
    for check_id, pattern in _STATEMENT_PATTERNS:
        hits.extend(_hit(check_id, code, m) for m in pattern.finditer(code))
    if _TLS_CLIENT.search(code):
        hits.extend(_hit(TLS_DISABLED, code, m) for m in _VERIFY_NONE.finditer(code))
    if not _TRUST_EVALUATED.search(code):
        hits.extend(_hit(TLS_DISABLED, code, m) for m in _TRUST_CREDENTIAL.finditer(code))
    if not _CURL_LIMIT.search(code):
        first = _CURL_PERFORM.search(code)
        if first:
            hits.append(_hit(NETWORK_NO_TIMEOUT, code, first))
    if not _SOCKET_LIMIT.search(code):
        first = _SOCKET_READ.search(code)
        if first:
            hits.append(_hit(NETWORK_NO_TIMEOUT, code, first))
    unique = {(h.check_id, h.line): h for h in hits}
    return tuple(sorted(unique.values(), key=lambda h: (h.line, h.check_id)))


def _hit(check_id: str, code: str, m: re.Match[str]) -> PatternHit:
    line = code.count("\n", 0, m.start()) + 1
    end = line + m.group(0).count("\n")
    return PatternHit(check_id, line, end, " ".join(m.group(0).split())[:200])
