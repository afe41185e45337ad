"""False-positive classes of production projects measured from outside (the `fresh` and `third`
sets of benchmarks/bench_production_gate.py, docs/measurements/sast.md): a bare import read as its use,
credentials in a docstring's usage example or in a package's copy of its README, and benchmark
programs shipped beside a library."""

from __future__ import annotations

import pytest

from aiscan.analyzers.bandit import load_mapping
from aiscan.models import FileRole, Severity
from aiscan.roles import file_role
from tests.secrets_holdout import ENGINE, assessed

# --- bandit: an import is not a use ----------------------------------------------------------

# bandit's import checks (B4xx) and, for the weaknesses they point at, the call checks that
# report the use itself
IMPORT_CHECKS = ("B401", "B402", "B403", "B404", "B405", "B406", "B407", "B408", "B409", "B411")
USE_CHECKS = ("B312", "B313", "B314", "B318", "B321")
# where the import is the use: an unmaintained cryptography library, IPMI, CGIHandler under CGI
IMPORT_IS_USE = ("B412", "B413", "B415")


@pytest.mark.parametrize("check", IMPORT_CHECKS)
def test_a_bare_import_is_reported_below_the_gate(check: str) -> None:
    assert load_mapping()[check].severity is Severity.LOW


@pytest.mark.parametrize("check", USE_CHECKS + IMPORT_IS_USE)
def test_the_use_keeps_bandits_own_severity(check: str) -> None:
    assert load_mapping()[check].severity is None


# --- secrets: documentation carried inside a package ----------------------------------------

BADGE = "[![cov](https://codecov.io/gh/acme/lib/branch/main/graph/badge.svg?token=Q8x2Lk4ZpWv7)](x)\n"


@pytest.mark.parametrize(
    "path", ["acme_lib-2.0.dist-info/METADATA", "acme_lib.egg-info/PKG-INFO", "PKG-INFO"]
)
def test_a_packages_copy_of_its_readme_is_documentation(path: str) -> None:
    found = assessed(path, "Metadata-Version: 2.1\nName: acme-lib\n\n" + BADGE)
    assert found and all(sev is Severity.MEDIUM and "documentation" in why for _, sev, why in found)


@pytest.mark.parametrize("path", ["src/badges.py", "lib/METADATA.py", "config/PKG-INFO.yml"])
def test_the_same_url_elsewhere_stays_high(path: str) -> None:
    found = assessed(path, f'URL = "{BADGE.strip()}"\n')
    assert found and all(sev is Severity.HIGH for _, sev, _why in found)


# --- secrets: a docstring's usage example ---------------------------------------------------

DOCSTRING = '''class Session:
    def fetch_access_token(self, url):
        """Fetch an access token.

        >>> session.fetch_access_token(url)
        {
            'oauth_token': 'kjerht2309uf',
            'oauth_token_secret': 'lsdajfh923874',
        }
        """
        return self._fetch(url)
'''
CODE = """class Session:
    def fetch_access_token(self, url):
        self.saved = {
            'oauth_token': 'kjerht2309uf',
            'oauth_token_secret': 'lsdajfh923874',
        }
        return self._fetch(url)
"""
ASSIGNED = '''HELP = """Fetch an access token.

    'oauth_token_secret': 'lsdajfh923874',
"""
'''


def test_credentials_in_a_docstrings_example_are_an_example() -> None:
    found = assessed("oauth/session.py", DOCSTRING)
    assert found and all(sev is Severity.MEDIUM and "docstring" in why for _, sev, why in found), found


def test_the_same_credentials_in_code_or_in_an_assigned_string_stay_high() -> None:
    for text in (CODE, ASSIGNED):
        found = assessed("oauth/session.py", text)
        assert found and all(sev is Severity.HIGH for _, sev, _why in found), found


def test_a_provider_key_in_a_docstring_still_counts() -> None:
    # a key recognised by its own format is a key wherever it is written
    text = '"""Upload.\n\n    >>> s3 = client(key="AKIAQ4NSBXYZ7KLMW2PA")\n"""\n'
    found = assessed("storage.py", text)
    assert found and all(sev is not Severity.MEDIUM for _, sev, _why in found), found


def test_a_file_that_does_not_tokenize_is_read_as_code() -> None:
    broken = DOCSTRING.replace("return self._fetch(url)", "return (self._fetch(url)")
    found = assessed("oauth/session.py", broken + "\n  )) ]\n")
    assert found and all(sev is Severity.HIGH for _, sev, _why in found), found


# --- benchmark programs beside a library ----------------------------------------------------


@pytest.mark.parametrize(
    "path", ["falcon/bench/dj/dj/settings.py", "benchmarks/run.py", "pkg/benchmark/app.go"]
)
def test_files_in_a_benchmark_folder_are_example_code(path: str) -> None:
    assert file_role(path) is FileRole.EXAMPLE


@pytest.mark.parametrize("path", ["bench.py", "app/benchmarks.py", "src/workbench/views.py"])
def test_a_benchmark_file_name_is_shipped_code(path: str) -> None:
    assert file_role(path) is FileRole.SOURCE


# --- secrets: an object identifier is no password -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "        'pkcs-9-at-challengePassword' => '1.2.840.113549.1.9.7',\n",
        '    "secretKeyOid": "2.16.840.1.101.3.4.1.42",\n',
    ],
)
def test_an_object_identifier_assigned_to_a_password_name_is_no_secret(line: str) -> None:
    assert not ENGINE.scan("src/Oids.php", "<?php\n$oids = [\n" + line + "];\n").detections


def test_a_password_of_digits_and_dots_in_another_shape_still_counts() -> None:
    text = "<?php\n$config = [\n    'challengePassword' => '7.kq2.Lw9x!8',\n];\n"
    assert ENGINE.scan("src/Config.php", text).detections
