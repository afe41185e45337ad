"""bandit's B413 ("import of the pyCrypto library") where the project declares pycryptodome.

B413 reports every import of the `Crypto` package: pyCrypto is unmaintained and has known flaws.
pycryptodome, its maintained drop-in replacement, installs the same `Crypto` package, so the
import alone cannot tell the two apart. When the project's own dependency declarations
(requirements files, pyproject.toml, setup.cfg, setup.py, a Pipfile, a wheel's METADATA or a
source distribution's PKG-INFO) name pycryptodome and none names pycrypto, each B413 finding is
reported at low, its message saying why: the declared package is the dependency check's to
audit. Anything else (pycrypto declared, nothing declared, only pycryptodomex, whose package is
`Cryptodome`) keeps the finding's weight.

Pure: findings in, findings out, given the tree's paths and a reader of a file's lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from aiscan.models import Finding, Severity

Lines = Callable[[str], Sequence[str]]

_DECLARATIONS = re.compile(
    r"(?i)^(requirements[\w.-]*\.(txt|in)|pyproject\.toml|setup\.cfg|setup\.py|pipfile|metadata|pkg-info)$"
)
# a requirements/ folder of split files (requirements/base.txt)
_REQUIREMENTS_FOLDER = re.compile(r"(?i)(^|/)requirements/[\w.-]+\.(txt|in)$")
_PYCRYPTODOME = re.compile(r"(?i)(?<![\w-])pycryptodome(?![\w-])")
_PYCRYPTO = re.compile(r"(?i)(?<![\w-])pycrypto(?![\w-])")


def _declarations(paths: Iterable[str]) -> list[str]:
    return [p for p in paths if _DECLARATIONS.match(PurePosixPath(p).name) or _REQUIREMENTS_FOLDER.search(p)]


def declared_pycryptodome(
    findings: Iterable[Finding], paths: Sequence[str], read_lines: Lines
) -> tuple[Finding, ...]:
    """Each B413 finding at low when the tree declares pycryptodome and not pycrypto; every other
    finding as it was."""
    found = tuple(findings)
    if not any(f.rule_id == "B413" for f in found):
        return found
    text = "\n".join("\n".join(read_lines(p)) for p in _declarations(paths))
    if not _PYCRYPTODOME.search(text) or _PYCRYPTO.search(text):
        return found
    why = (
        "Reported at low: the project declares pycryptodome, the maintained replacement that "
        "installs the same `Crypto` package, and not pyCrypto; the dependency check audits it."
    )
    return tuple(
        replace(f, severity=Severity.LOW, message=f"{f.message} {why}") if f.rule_id == "B413" else f
        for f in found
    )
