"""bandit's B413 (an import of pyCrypto) where the project declares pycryptodome, the maintained
drop-in replacement that installs the same `Crypto` package: the import cannot tell the two apart,
the project's dependency declarations can. Reported at low with the reason when they name
pycryptodome and not pycrypto; kept at its weight when they name pycrypto, say nothing, or name
only pycryptodomex (whose package is `Cryptodome`)."""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from aiscan.sast.crypto_namespace import declared_pycryptodome
from tests.conftest import make_finding


def _b413(path: str = "lending/storage.py"):  # type: ignore[no-untyped-def]
    return make_finding(
        rule_id="B413", analyzer="bandit", path=path, line=3, snippet="from Crypto.Cipher import AES"
    )


def _run(files: dict[str, str], findings=None):  # type: ignore[no-untyped-def]
    found = findings if findings is not None else [_b413()]
    return declared_pycryptodome(found, tuple(files), lambda p: tuple(files[p].splitlines()))


@pytest.mark.parametrize(
    "files",
    [
        {"requirements.txt": "Django==5.2\npycryptodome==3.23.0\n"},
        {"requirements/base.txt": "pycryptodome>=3.20\n"},
        {"pyproject.toml": '[project]\ndependencies = ["pycryptodome>=3.20", "django"]\n'},
        {"setup.cfg": "[options]\ninstall_requires =\n    pycryptodome\n"},
        {"setup.py": "setup(install_requires=['PyCryptodome==3.19.0'])\n"},
        {"lending-1.0.dist-info/METADATA": "Name: lending\nRequires-Dist: pycryptodome==3.23.0\n"},
        {"PKG-INFO": "Name: lending\nRequires-Dist: pycryptodome\n"},
        {"Pipfile": '[packages]\npycryptodome = "*"\n'},
    ],
)
def test_a_declared_pycryptodome_lowers_the_import_with_the_reason(files: dict[str, str]) -> None:
    (out,) = _run({**files, "lending/storage.py": "from Crypto.Cipher import AES\n"})
    assert out.severity is Severity.LOW
    assert "pycryptodome" in out.message


@pytest.mark.parametrize(
    "files",
    [
        {"requirements.txt": "pycrypto==2.6.1\n"},
        {"requirements.txt": "pycryptodome==3.23.0\npycrypto==2.6.1\n"},
        {"requirements.txt": "pycryptodomex==3.23.0\n"},
        {"requirements.txt": "django==5.2\n"},
        {"docs/notes.txt": "we moved to pycryptodome\n"},
        {},
    ],
)
def test_pycrypto_or_no_declaration_keeps_the_weight(files: dict[str, str]) -> None:
    (out,) = _run({**files, "lending/storage.py": "from Crypto.Cipher import AES\n"})
    assert out.severity is Severity.HIGH


def test_other_findings_pass_unchanged() -> None:
    other = make_finding(rule_id="B303", analyzer="bandit", path="lending/storage.py")
    (out,) = _run({"requirements.txt": "pycryptodome\n"}, [other])
    assert out == other
