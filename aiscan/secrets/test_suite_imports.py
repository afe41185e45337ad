"""Scripts that import the project's own test suite, known by their imports, not their folder.

A script outside the test folders that loads a module of the test suite (`require('../test/utils')`,
`import { seedDb } from './__tests__/helpers'`, `from tests.factories import LoanFactory`) runs
with the test suite beside it: a seeding, load or benchmark script for a test installation. The
application does not ship its tests as code it runs, so the credentials written in such a script
are test credentials (reported at the detectors' test severity), whatever its folder is called.

Only an import the file makes in its first lines counts, and only of the project's own files: a
relative path in JavaScript and TypeScript (`./`, `../`, not leaving the tree), a relative
module in Python, or the top-level `tests` package or `conftest`; the module's path must pass
through a test folder (`test/`, `tests/`, `__tests__/`, `spec/`, `specs/`) or be a test helper
file (`test-helpers.js`, `conftest.py`). A package whose name holds the word
(`require('test-utils')`, `from testcontainers import`, Django's `django.test`, the standard
library's `test`) is not the project's test suite; nor, since the file alone cannot tell them
apart, a package's tests named from the package (`lending.tests.factories`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence

_HEAD = 60  # imports come first
_JS_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")
_JS_IMPORT = re.compile(
    r"""^\s*(?:import\b[^;'"]*?(?:\bfrom\s+)?|(?:(?:const|let|var)\s+[\w{}\s,:]+=\s*)?require\(\s*)"""
    r"""['"](\.{1,2}/[^'"]+)['"]"""
)
_PY_IMPORT = re.compile(r"^\s*(?:from\s+(\.*)([\w.]*)\s+import\b|import\s+([\w.]+))")
_TEST_FOLDERS = frozenset({"test", "tests", "__tests__", "spec", "specs"})
_TEST_HELPER = re.compile(r"^(?:test[-_]?(?:utils?|helpers?|help)|conftest)(?:\.\w+)?$", re.I)


def _test_suite_path(parts: Sequence[str]) -> bool:
    if any(p in _TEST_FOLDERS for p in parts[:-1]):
        return True
    return bool(parts) and (parts[-1] in _TEST_FOLDERS or _TEST_HELPER.match(parts[-1]) is not None)


def _js_target(path: str, spec: str) -> list[str] | None:
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), spec))
    if joined.startswith("../") or joined == "..":
        return None
    return joined.split("/")


def _py_target(path: str, dots: str, module: str) -> list[str] | None:
    parts = [p for p in module.split(".") if p]
    if not dots:
        # an absolute module may be a package's (`django.test`, the standard library's `test`):
        # only the top-level `tests` package and `conftest` are the project's test suite
        return parts if parts[:1] == ["tests"] or parts == ["conftest"] else None
    base = posixpath.dirname(path).split("/") if posixpath.dirname(path) else []
    up = len(dots) - 1
    if up > len(base):
        return None
    return [*base[: len(base) - up], *parts]


def imported_test_module(path: str, lines: Sequence[str]) -> str | None:
    """The module of the project's test suite the file imports (as written), or None."""
    lower = path.lower()
    for line in lines[:_HEAD]:
        if lower.endswith(_JS_SUFFIXES):
            m = _JS_IMPORT.match(line)
            if m and (target := _js_target(path, m.group(1))) and _test_suite_path(target):
                return m.group(1)
        elif lower.endswith(".py"):
            m = _PY_IMPORT.match(line)
            if not m:
                continue
            dots, module = (m.group(1), m.group(2)) if m.group(3) is None else ("", m.group(3))
            target = _py_target(path, dots, module)
            if target and _test_suite_path(target):
                return f"{dots}{module}"
    return None
