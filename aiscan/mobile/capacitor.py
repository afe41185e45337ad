"""Capacitor configuration (capacitor.config.json / .ts / .js), read as text: cleartext and
debugging switches of the app's web view."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLEARTEXT = re.compile(r"[\"']?cleartext[\"']?\s*:\s*true\b")
_HTTP_SERVER = re.compile(
    r"[\"']?url[\"']?\s*:\s*[\"'](http://(?!localhost|127\.0\.0\.1|10\.0\.2\.2)[^\"']+)"
)
_DEBUGGING = re.compile(r"[\"']?(webContentsDebuggingEnabled|allowMixedContent)[\"']?\s*:\s*true\b")


@dataclass(frozen=True)
class CapacitorFlag:
    rule_id: str
    line: int
    message: str


def capacitor_flags(text: str) -> list[CapacitorFlag]:
    out = []
    for m in _CLEARTEXT.finditer(text):
        out.append(
            CapacitorFlag(
                "capacitor-cleartext",
                _line(text, m.start()),
                "server.cleartext is true: the web view may load plain HTTP",
            )
        )
    for m in _HTTP_SERVER.finditer(text):
        out.append(
            CapacitorFlag(
                "capacitor-cleartext", _line(text, m.start()), f"server.url is plain HTTP ({m.group(1)})"
            )
        )
    for m in _DEBUGGING.finditer(text):
        out.append(
            CapacitorFlag("capacitor-webview-debugging", _line(text, m.start()), f"{m.group(1)} is true")
        )
    return out


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
