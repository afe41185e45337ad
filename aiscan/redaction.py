"""Keep found secrets out of every output: a short, recognisable form of a value, and the
redaction of values that another analyzer found inside a snippet."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

from aiscan.models import Finding

# Numbers from a small space (identity, card, phone and account numbers, PINs), with their
# separators and an optional country code: a prefix and a hash of one could be reversed by
# trying every candidate, so they are shown by length only.
_ENUMERABLE = re.compile(r"^(?:[A-Za-z]{2})?[\d\s()+./-]+$")
# Below this length a hash would let a short password be cracked offline; it is left out.
MIN_HASHED_LENGTH = 16


def describe_secret(value: str) -> dict[str, str | int]:
    """Enough to recognise a value without revealing it: a short prefix, its length, a hash.
    Enumerable numbers get their length only; short values a shorter prefix and no hash."""
    if _ENUMERABLE.match(value):
        return {"length": len(value)}
    # A provider's prefix (ghp_, AKIA, sk_l) is worth showing on a long token; of a short
    # password it would be a good part of the secret.
    shown = value[:4] if len(value) >= 20 else value[:2] if len(value) >= 8 else ""
    described: dict[str, str | int] = {"prefix": shown, "length": len(value)}
    if len(value) >= MIN_HASHED_LENGTH:
        described["sha256"] = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return described


def mask(value: str) -> str:
    d = describe_secret(value)
    digest = f", sha256:{d['sha256']}" if "sha256" in d else ""
    return f"{d.get('prefix', '')}…[redacted {d['length']} chars{digest}]"


def redact_text(text: str, values: Iterable[str]) -> str:
    for v in sorted(set(values), key=len, reverse=True):
        if len(v) >= 4 and v in text:
            text = text.replace(v, mask(v))
    return text


def redact_findings(findings: Iterable[Finding], values: frozenset[str]) -> tuple[Finding, ...]:
    """Replace any sensitive value in any finding's snippet or message by its masked form."""
    if not values:
        return tuple(findings)
    out = []
    for f in findings:
        snippet = redact_text(f.location.snippet, values)
        message = redact_text(f.message, values)
        if snippet != f.location.snippet or message != f.message:
            f = replace(f, message=message, location=replace(f.location, snippet=snippet))
        out.append(f)
    return tuple(out)


REDACTED_MARK = "…[redacted "  # in every masked value
_QUOTED = re.compile(r"""(?P<q>["'`])(?P<body>[^"'`\n]{4,})(?P=q)""")


def mask_string_literals(text: str) -> str:
    """Mask every quoted literal of four characters or more (for snippets of secret findings
    whose value the analyzer did not isolate). Values already masked are left as they are."""

    def one(m: re.Match[str]) -> str:
        if REDACTED_MARK in m.group("body"):  # already masked
            return m.group(0)
        return m.group("q") + mask(m.group("body")) + m.group("q")

    return _QUOTED.sub(one, text)
