"""Configuration files that only test code names: test fixtures outside a folder named for tests.

A Go package keeps the configurations its tests load beside its code (`server/configs/
cluster.conf`, read by `server/routes_test.go`); their passwords are the tests', but the path
says nothing of it, and `configs/` is also where deployments keep real ones. What tells them
apart is who names the file: a configuration a deployment uses is named by something that is not
a test (a Dockerfile, a unit file, a chart, a README, the code's default path). So a
configuration file is a fixture when its file name is written in at least one other file of the
tree, and every file that writes it is a test file (`test_paths`). A name written nowhere, or
once outside tests, leaves the file as it was. Pure: texts in, paths out."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Files that hold settings (a secret found there is a setting's value).
CONFIG_SUFFIXES = (".conf", ".cfg", ".cnf", ".ini", ".yml", ".yaml", ".json", ".toml", ".properties", ".xml")


def fixture_configs(
    candidates: Iterable[str], texts: Iterable[tuple[str, str]], is_test: Callable[[str], bool]
) -> frozenset[str]:
    """The candidate paths (configuration files, not test paths themselves) whose file name the
    given (path, text) pairs write only in test files, at least once."""
    by_name: dict[str, list[str]] = {}
    for path in candidates:
        by_name.setdefault(PurePosixPath(path).name, []).append(path)
    if not by_name:
        return frozenset()
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(n) for n in names) + r")(?!\.?[\w-])")
    named_by_tests: set[str] = set()
    named_elsewhere: set[str] = set()
    for path, text in texts:
        found = {m.group(1) for m in pattern.finditer(text)}
        found = {n for n in found if path not in by_name[n]}
        if not found:
            continue
        (named_by_tests if is_test(path) else named_elsewhere).update(found)
    fixtures = named_by_tests - named_elsewhere
    return frozenset(p for n in fixtures for p in by_name[n])
