"""Load-test scripts known by their content, not their folder's name.

A k6 script imports k6's modules (`import http from 'k6/http'`), which exist only in k6's own
runtime; a Locust file imports `locust`; an Artillery scenario file declares a `config:` with a
`target:` and `scenarios:`. Such a file runs only in the load-test tool against a test
installation, so the credentials written in it are test credentials (reported at the detectors'
test severity), whatever the folder is called (`performance/`, `perf/`, `load/`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_K6 = re.compile(
    r"""^\s*(?:import\b[^;'"]*\bfrom\s+|(?:const|let|var)\s+[\w{}\s,]+=\s*require\(\s*)['"]k6(?:/[\w/-]+)?['"]"""
)
_LOCUST = re.compile(r"^\s*(?:from\s+locust(?:\.\w+)*\s+import\b|import\s+locust\b)")
_ARTILLERY = (re.compile(r"^config:\s*$"), re.compile(r"^\s+target:\s*\S"), re.compile(r"^scenarios:\s*$"))
_HEAD = 60  # imports and the top-level keys come first


def load_test_tool(path: str, lines: Sequence[str]) -> str | None:
    """The load-test tool the file is a script of (`k6`, `Locust`, `Artillery`), or None."""
    head = lines[:_HEAD]
    lower = path.lower()
    if lower.endswith((".js", ".mjs", ".ts")) and any(_K6.match(line) for line in head):
        return "k6"
    if lower.endswith(".py") and any(_LOCUST.match(line) for line in head):
        return "Locust"
    if lower.endswith((".yml", ".yaml")) and all(any(p.match(line) for line in lines) for p in _ARTILLERY):
        return "Artillery"
    return None
