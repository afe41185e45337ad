"""Every manifest and lockfile parser on hostile bytes: random data, and the real fixtures of
fixtures/deps truncated and mutated. The only outcomes are a Manifest (dependencies and one-line
problems) or a one-line ManifestError — which the analyzer turns into a gap naming the file —
never another exception."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.deps.audit import decode_manifest, load_manifests, root_reader
from aiscan.deps.model import Manifest, ManifestError
from aiscan.deps.parsers import PARSERS, parse_manifest, parser_for
from tests.conftest import FIXTURES

DEPS = FIXTURES / "deps"

# One path per parser: every name in the registry and every pattern parser_for knows.
MANIFEST_PATHS = sorted(
    {
        *PARSERS,
        "requirements.txt",
        "requirements/base.txt",
        "gradle/libs.versions.toml",
        "gradle/dependency-locks/compileClasspath.lockfile",
        "Api/Api.csproj",
        "Lib/Lib.fsproj",
    }
)
# Real files of each format, the seeds of the mutations.
SEEDS: dict[str, list[bytes]] = {}
for fixture in sorted(p for p in DEPS.rglob("*") if p.is_file()):
    parser = parser_for(fixture.relative_to(DEPS).as_posix())
    key = next((m for m in MANIFEST_PATHS if parser is not None and parser_for(m) is parser), None)
    if key is not None:
        SEEDS.setdefault(key, []).append(fixture.read_bytes())
SEEDED = sorted(SEEDS)


def _sibling_reader(data: bytes) -> Callable[[str], str | None]:
    """Siblings a parser asks for (package.json beside a lockfile, a parent POM, an included
    requirements file) hold hostile bytes too."""

    def read(_rel: str) -> str | None:
        try:
            return decode_manifest(_rel, data)
        except ManifestError:
            return None

    return read


def check(path: str, data: bytes, sibling: bytes = b"") -> None:
    """The contract: a Manifest with one-line problems, or a one-line ManifestError."""
    try:
        text = decode_manifest(path, data)
        manifest = parse_manifest(path, text, _sibling_reader(sibling))
    except ManifestError as exc:
        assert "\n" not in str(exc), (path, str(exc))
        return
    assert isinstance(manifest, Manifest)
    assert all("\n" not in p for p in manifest.problems), manifest.problems


def mutate(seed: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (position, length to drop, bytes to insert) edits, then keep a random prefix."""
    out = bytearray(seed)
    for pos, drop, insert in cuts:
        at = pos % (len(out) + 1)
        out[at : at + drop] = insert
    return bytes(out)


edits = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=1 << 16),
        st.integers(min_value=0, max_value=64),
        st.binary(max_size=16)
        | st.sampled_from([b"\x00", b"\xff\xfe", b"{", b"[", b'"', b"\n  ", b"${x}", b"<!ENTITY", b"::"]),
    ),
    max_size=6,
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(path=st.sampled_from(MANIFEST_PATHS), data=st.binary(max_size=2048), sibling=st.binary(max_size=256))
def test_random_bytes(path: str, data: bytes, sibling: bytes) -> None:
    check(path, data, sibling)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    path=st.sampled_from(SEEDED),
    index=st.integers(min_value=0, max_value=10),
    cuts=edits,
    keep=st.floats(min_value=0.0, max_value=1.0),
)
def test_mutated_real_fixtures(
    path: str, index: int, cuts: list[tuple[int, int, bytes]], keep: float
) -> None:
    seeds = SEEDS[path]
    data = mutate(seeds[index % len(seeds)], cuts)
    check(path, data[: max(1, int(len(data) * keep))] if keep < 1.0 else data, seeds[0])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(path=st.sampled_from(SEEDED), encoding=st.sampled_from(["utf-16", "utf-16-le", "utf-8-sig", "utf-32"]))
def test_real_fixtures_in_other_encodings(path: str, encoding: str) -> None:
    for seed in SEEDS[path]:
        try:
            text = seed.decode("utf-8")
        except UnicodeDecodeError:
            continue
        check(path, text.encode(encoding))


NESTING = {
    "json": b"[" * 100_000,
    "toml": b"a = " + b"[" * 100_000,
    "yaml": b"a: " + b"[" * 100_000,
    "xml": b"<project>" + b"<a>" * 100_000,
}
_FORMAT = {
    ".json": "json",
    ".lock": "toml",
    ".toml": "toml",
    "Pipfile": "toml",
    ".yaml": "yaml",
    "yarn.lock": "yaml",
    "Podfile.lock": "yaml",
    ".xml": "xml",
    ".csproj": "xml",
    ".config": "xml",
}


@pytest.mark.parametrize("path", MANIFEST_PATHS)
def test_nesting_deeper_than_any_parser_follows(path: str) -> None:
    longest_first = sorted(_FORMAT.items(), key=lambda kv: -len(kv[0]))
    fmt = next((f for suffix, f in longest_first if path.endswith(suffix)), "json")
    check(path, NESTING[fmt])
    check(path, b"__metadata:\n" + NESTING["yaml"])  # yarn Berry is YAML


def test_one_bad_manifest_is_one_gap_and_the_others_are_read(tmp_path: Path) -> None:
    files = {
        "pom.xml": b'<?xml version="1.0" encoding="x-unknown"?><project>\xe9</project>',
        "package-lock.json": b"[" * 100_000,
        "svc/requirements.txt": b"reportlab==3.5.13\n",
    }
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    manifests, gaps = load_manifests(sorted(files), root_reader(tmp_path))
    assert [m.path for m in manifests] == ["svc/requirements.txt"]
    assert {g.path: g.reason for g in gaps} == {
        "package-lock.json": "cannot read the manifest: unexpected structure: nested too deeply",
        "pom.xml": "cannot read the manifest: unknown XML encoding 'x-unknown'",
    }


def test_every_format_has_a_seed() -> None:
    """The mutations start from a real file of every parser's format."""
    parsers_seeded = {parser_for(p) for p in SEEDED}
    assert parsers_seeded == {parser_for(p) for p in MANIFEST_PATHS}
