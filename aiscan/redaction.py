"""Keep found secrets out of every output: a short, recognisable form of a value, and the
redaction of values that another analyzer found inside a snippet."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

from aiscan.models import Finding


def describe_secret(value: str) -> dict[str, str | int]:
    """Enough to recognise a value without revealing it: a short prefix, its length, a hash."""
    shown = value[:4] if len(value) >= 12 else value[:2]
    return {
        "prefix": shown,
        "length": len(value),
        "sha256": hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16],
    }


def mask(value: str) -> str:
    d = describe_secret(value)
    return f"{d['prefix']}…[redacted {d['length']} chars, sha256:{d['sha256']}]"


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


_QUOTED = re.compile(r"""(?P<q>["'`])(?P<body>[^"'`\n]{4,})(?P=q)""")


def mask_string_literals(text: str) -> str:
    """Mask every quoted literal of four characters or more (for snippets of secret findings
    whose value the analyzer did not isolate)."""
    return _QUOTED.sub(lambda m: m.group("q") + mask(m.group("body")) + m.group("q"), text)
