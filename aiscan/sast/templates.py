"""The script blocks of Vue and Svelte components, as a program the JavaScript rules can read.

A component is markup with `<script>` blocks. semgrep reads no component whole, so aiscan gives it,
besides the component itself (for the template rules), a copy in which everything outside the
script blocks is blanked: the same lines and columns, so findings point into the component."""

from __future__ import annotations

import re

_SCRIPT = re.compile(r"(<script\b([^>]*)>)(.*?)(</script\s*>)", re.IGNORECASE | re.DOTALL)
_TS = re.compile(r"""\blang\s*=\s*["']?(ts|typescript)\b""", re.IGNORECASE)


def _blank(text: str) -> str:
    """Every character but line breaks becomes a space."""
    return re.sub(r"[^\r\n]", " ", text)


def script_blocks(text: str) -> tuple[str, str] | None:
    """(program, language) of a component's script blocks, lines and columns kept; None when it
    has no script block. The language is typescript when a block says `lang="ts"`."""
    out: list[str] = []
    pos = 0
    typescript = False
    found = False
    for m in _SCRIPT.finditer(text):
        found = True
        typescript = typescript or bool(_TS.search(m.group(2)))
        out.append(_blank(text[pos : m.start(3)]))
        out.append(m.group(3))
        pos = m.end(3)
    if not found:
        return None
    out.append(_blank(text[pos:]))
    return "".join(out), "typescript" if typescript else "javascript"
