"""Property-based fuzzing of the policy-file loaders (attestations, waivers, baseline, secrets
allowlist, and the policy files of a scan together): whatever bytes a file holds, the only
outcomes are a loaded, usable value or one ConfigError line naming the file, never a traceback.

Documents are generated three ways: raw bytes, the files' own shape with values of every YAML
type (dates, timestamps, numbers, lists, mappings, nulls) in every place, and a valid document
with a random splice. Hostile classics (alias bombs, deep nesting, self-referring aliases,
invalid dates, huge files, invalid UTF-8) are listed explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiscan import safe_yaml, userfiles
from aiscan.compliance.attestations import load_attestations
from aiscan.compliance.catalogue import load_catalogue
from aiscan.compliance.evaluate import evaluate
from aiscan.config import ScanConfig
from aiscan.errors import ConfigError
from aiscan.models import Component
from aiscan.policy_files import load_policy_files
from aiscan.secrets.allowlist import load_allowlist
from aiscan.secrets.findings import apply_allowlist
from tests.conftest import TODAY, make_finding

FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CATALOGUE = load_catalogue()
KNOWN = frozenset(CATALOGUE.ids())


def _use_attestations(path: Path) -> None:
    attestations = load_attestations(path, KNOWN)
    if attestations:
        evaluate(CATALOGUE, (), (), (Component.WEB,), attestations, today=TODAY)


def _use_policy_files(path: Path, *, waivers: bool) -> None:
    root = path.parent
    config = ScanConfig(root=root, waivers=path if waivers else None, baseline=None if waivers else path)
    files = load_policy_files(config, TODAY)
    for kind in ("release", "merge"):
        files.apply((make_finding(), make_finding(severity=make_finding().severity)), kind, TODAY)


def _use_allowlist(path: Path) -> None:
    entries = load_allowlist(path)
    apply_allowlist([make_finding(analyzer="secrets")], entries, TODAY)


LOADERS: dict[str, Callable[[Path], None]] = {
    "attestations": _use_attestations,
    "waivers": lambda p: _use_policy_files(p, waivers=True),
    "baseline": lambda p: _use_policy_files(p, waivers=False),
    "allowlist": _use_allowlist,
}
KEYS = {
    "attestations": ("attestations", ["requirement", "by", "date", "evidence", "valid_until"]),
    "waivers": (
        "waivers",
        ["id", "fingerprint", "rule", "path", "kind", "reason", "approved_by", "approved_on", "expires"],
    ),
    "baseline": ("findings", ["fingerprint", "rule", "path"]),
    "allowlist": ("allow", ["fingerprint", "reason", "approved_by", "expires", "rule", "path", "note"]),
}
VALID = {
    "attestations": "attestations:\n  - requirement: p15\n    by: A. Seitkali\n    date: 2026-10-01\n"
    "    evidence: SDLC regulation No. 12\n    valid_until: 2027-09-30\n",
    "waivers": "waivers:\n  - id: w1\n    fingerprint: fp-python-sql-injection-app.py-10\n"
    "    kind: false_positive\n    reason: parameterised upstream\n    approved_by: A. Seitkali\n"
    "    approved_on: 2026-11-01\n    expires: 2027-01-01\n",
    "baseline": "version: 1\nfindings:\n  - fingerprint: fp-python-sql-injection-app.py-10\n"
    "    rule: python-sql-injection\n    path: app.py\n",
    "allowlist": "allow:\n  - fingerprint: fp-python-sql-injection-app.py-10\n    reason: test key\n"
    "    expires: 2027-06-30\n",
}


def _check(loader: str, path: Path, data: bytes) -> None:
    """The property: the file loads and is usable, or a ConfigError names it."""
    path.write_bytes(data)
    try:
        LOADERS[loader](path)
    except ConfigError as exc:
        message = exc.diagnostics()
        assert "\n" not in message, message
        assert path.name in message, message


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["p15", "p21", "false_positive", "accepted_risk", "2026-13-45", "2026-11-01", "", " "]),
)


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)


values = st.recursive(scalars, _containers, max_leaves=6)


@st.composite
def shaped_documents(draw: st.DrawFn, loader: str) -> bytes:
    """The loader's own document shape, with any value (of any type) at any key."""
    top, keys = KEYS[loader]
    entries = draw(
        st.lists(
            st.dictionaries(st.sampled_from([*keys, "extra"]) | st.text(max_size=8), values, max_size=8)
            | values,
            max_size=4,
        )
    )
    document: Any = {top: entries}
    if loader == "baseline":
        document["version"] = draw(st.sampled_from([1, 2, True, 1.0, "1", None]))
    if draw(st.booleans()):
        document = draw(values) if draw(st.booleans()) else [document]
    return yaml.safe_dump(document, allow_unicode=True).encode("utf-8")


@st.composite
def spliced_documents(draw: st.DrawFn, loader: str) -> bytes:
    valid = VALID[loader].encode("utf-8")
    at = draw(st.integers(min_value=0, max_value=len(valid)))
    cut = draw(st.integers(min_value=0, max_value=20))
    tokens = [b": ", b"- ", b"&a ", b"*a", b"!!binary ", b"\t", b"{"]
    noise = draw(st.binary(max_size=20) | st.sampled_from(tokens))
    return valid[:at] + noise + valid[at + cut :]


@pytest.mark.parametrize("loader", sorted(LOADERS))
@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(tmp_path: Path, loader: str, data: bytes) -> None:
    _check(loader, tmp_path / f"{loader}.yaml", data)


@pytest.mark.parametrize("loader", sorted(LOADERS))
@FUZZ
@given(st.data())
def test_documents_of_the_files_shape_with_any_types(
    tmp_path: Path, loader: str, data: st.DataObject
) -> None:
    _check(loader, tmp_path / f"{loader}.yaml", data.draw(shaped_documents(loader)))


@pytest.mark.parametrize("loader", sorted(LOADERS))
@FUZZ
@given(st.data())
def test_valid_documents_with_a_random_splice(tmp_path: Path, loader: str, data: st.DataObject) -> None:
    _check(loader, tmp_path / f"{loader}.yaml", data.draw(spliced_documents(loader)))


def _laughs(levels: int = 9, width: int = 9) -> bytes:
    lines = ['a0: &a0 "lol"']
    for n in range(1, levels + 1):
        lines.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]")
    return ("\n".join(lines) + "\n").encode()


HOSTILE = {
    "billion laughs": _laughs(),
    "many small aliases": ("a: &a x\nb: [" + ", ".join(["*a"] * 500) + "]\n").encode(),
    "deep nesting": b"[" * 5000 + b"]" * 5000,
    "deep block nesting": "".join(f"{'  ' * n}k{n}:\n" for n in range(300)).encode(),
    "self-referring alias": b"&a [*a]\n",
    "invalid date": b"attestations:\n  - date: 2026-13-45\n",
    "timestamps for dates": VALID["attestations"].replace("2026-10-01", "2026-10-01 10:00:00").encode(),
    "python tag": b"!!python/object/apply:os.system ['true']\n",
    "invalid UTF-8": b"attestations:\n  - by: \xff\xfe\xc3(\n",
    "UTF-16": VALID["waivers"].encode("utf-16"),
    "too large": b"# " + b"x" * (safe_yaml.MAX_BYTES + 10),
    "two documents": b"a: 1\n---\nb: 2\n",
    "unhashable key": b"? [a, b]\n: c\n",
    "a list": b"- 1\n- 2\n",
    "a number": b"42\n",
    "mixed key types": b"allow:\n  - {1: a, b: c, fingerprint: x, reason: abc}\n",
}


@pytest.mark.parametrize("loader", sorted(LOADERS))
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_documents(tmp_path: Path, loader: str, case: str) -> None:
    _check(loader, tmp_path / f"{loader}.yaml", HOSTILE[case])


BOMBS = ["billion laughs", "many small aliases", "deep nesting", "self-referring alias"]


@pytest.mark.parametrize("case", BOMBS)
def test_bombs_are_refused_before_they_expand(tmp_path: Path, case: str) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_bytes(HOSTILE[case])
    with pytest.raises(ConfigError, match=r"bomb\.yaml: the policy file"):
        safe_yaml.load_file(path, "policy file")


def test_valid_documents_still_load(tmp_path: Path) -> None:
    for loader in LOADERS:
        path = tmp_path / f"{loader}.yaml"
        path.write_text(VALID[loader])
        LOADERS[loader](path)
    path = tmp_path / "attestations.yaml"
    path.write_text(VALID["attestations"].replace("2026-10-01", "2026-10-01 10:00:00"))
    (attestation,) = load_attestations(path, KNOWN)
    assert attestation.on == date(2026, 10, 1) and not isinstance(attestation.on, datetime)


@pytest.mark.parametrize("kind", ["fifo", "device", "directory", "missing"])
def test_a_file_that_is_not_a_regular_file_is_refused_without_waiting(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "waivers.yaml"
    if kind == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer forever
    elif kind == "device":
        path.symlink_to("/dev/zero")  # reading it would never end
    elif kind == "directory":
        path.mkdir()
    with pytest.raises(ConfigError, match=r"waivers\.yaml"):
        userfiles.read_text(path, "waivers file")
