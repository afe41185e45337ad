"""The tls analyzer against real TLS servers on 127.0.0.1 (random ports), with a test PKI built
with `cryptography`."""

from __future__ import annotations

import datetime as dt
import ssl
from pathlib import Path
from typing import Any

import pytest

from aiscan.models import RunStatus
from aiscan.probes import ProbeOptions, ProbeTarget, probe_endpoints
from aiscan.probes.targets import Limits
from aiscan.probes.tls import tls_findings
from aiscan.probes.tls_scan import Suite, TlsFacts, sslyze_version
from tests.probe_servers import behaviour_server, free_port, load_live, tls_context, tls_server

pytestmark = pytest.mark.skipif(
    sslyze_version() is None, reason="sslyze/nassl has no wheel for this platform"
)

FAST = Limits(connect_timeout_s=2, read_timeout_s=2, request_deadline_s=4, tls_timeout_s=2, tls_retries=0)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_live("pki").build_pki(tmp_path_factory.mktemp("pki"))


def _probe(port: int, pki: Any, ca: bool = True) -> tuple[RunStatus, set[str], str]:
    target = ProbeTarget(f"https://localhost:{port}/", "health")
    options = ProbeOptions(ca_bundle=pki.ca_file if ca else None, limits=FAST, browser=None)
    outcome = probe_endpoints([target], options)[0]
    assert outcome.run.analyzer == "tls"
    reasons = outcome.run.reason + " ".join(g.reason for g in outcome.run.gaps)
    return outcome.run.status, {f.rule_id for f in outcome.findings}, reasons


@pytest.fixture(scope="module")
def good_cert(pki: Any) -> tuple[Path, Path]:
    leaf = load_live("pki").leaf
    return pki.write("good", leaf(pki.intermediate))  # type: ignore[no-any-return]


@pytest.mark.parametrize("version", [ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1])
def test_a_tls_1_0_or_1_1_only_server_is_reported(
    version: ssl.TLSVersion, pki: Any, good_cert: tuple[Path, Path]
) -> None:
    with tls_server(tls_context(*good_cert, version=version)) as port:
        status, rules, _ = _probe(port, pki)
    assert status is RunStatus.OK
    assert {"tls-legacy-protocol", "tls-no-modern-protocol"} <= rules


def test_a_good_tls_1_2_and_1_3_server_passes_the_protocol_and_certificate_checks(
    pki: Any, good_cert: tuple[Path, Path]
) -> None:
    ctx = tls_context(*good_cert)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    with tls_server(ctx) as port:
        status, rules, _ = _probe(port, pki)
    assert status is RunStatus.OK
    # OCSP stapling cannot be served by Python's ssl: reported as information only.
    assert rules == {"tls-no-ocsp-stapling"}


def test_weak_and_static_suites_are_reported(pki: Any, tmp_path: Path) -> None:
    rsa_leaf = load_live("pki").leaf(pki.intermediate, rsa_bits=2048)
    cert = pki.write("rsa", rsa_leaf)
    ctx = tls_context(*cert, version=ssl.TLSVersion.TLSv1_2, ciphers="AES128-SHA:aNULL:eNULL:@SECLEVEL=0")
    with tls_server(ctx) as port:
        _, rules, _ = _probe(port, pki)
    assert {"tls-weak-cipher-suite", "tls-no-forward-secrecy", "tls-cbc-sha1-suite"} <= rules


@pytest.mark.parametrize(
    ("kind", "rule"),
    [
        ("expired", "tls-certificate-expired"),
        ("wrong-host", "tls-certificate-wrong-host"),
        ("self-signed", "tls-certificate-untrusted"),
        ("missing-intermediate", "tls-certificate-untrusted"),
        ("small-key", "tls-weak-key"),
    ],
)
def test_each_certificate_fault_is_reported(kind: str, rule: str, pki: Any) -> None:
    leaf = load_live("pki").leaf
    issued = {
        "expired": lambda: leaf(pki.intermediate, expired=True),
        "wrong-host": lambda: leaf(pki.intermediate, ("other.example",)),
        "self-signed": lambda: leaf(None),
        "missing-intermediate": lambda: leaf(pki.intermediate),
        "small-key": lambda: leaf(pki.intermediate, rsa_bits=1024),
    }[kind]()
    cert = pki.write(kind, issued, chain=kind != "missing-intermediate")
    ciphers = "DEFAULT:@SECLEVEL=0" if kind == "small-key" else None
    with tls_server(tls_context(*cert, ciphers=ciphers)) as port:
        _, rules, _ = _probe(port, pki)
    assert rule in rules
    if kind != "small-key":
        assert "tls-weak-key" not in rules


def test_without_the_private_ca_the_chain_is_untrusted(pki: Any, good_cert: tuple[Path, Path]) -> None:
    with tls_server(tls_context(*good_cert)) as port:
        _, rules, _ = _probe(port, pki, ca=False)
    assert "tls-certificate-untrusted" in rules


def test_a_refused_connection_is_not_assessed_with_the_reason(pki: Any) -> None:
    status, rules, reason = _probe(free_port(), pki)
    assert status is RunStatus.ERROR and not rules
    assert "not assessed" in reason or "refused" in reason.lower()


def test_a_server_that_never_handshakes_ends_not_assessed(pki: Any) -> None:
    with behaviour_server("silent") as port:
        status, rules, reason = _probe(port, pki)
    assert status is RunStatus.ERROR and not rules
    assert reason


# --- the judgement alone, for what Debian's OpenSSL cannot serve (RC4, 3DES, export) ---


def _cert(**kw: Any) -> Any:
    from aiscan.probes.tls_scan import Certificate

    base = dict(
        subject="CN=localhost",
        not_after=NOW + dt.timedelta(days=200),
        key_type="EC",
        key_bits=256,
        hostname_matches=True,
        trusted=True,
        trust_store="Mozilla",
        validation_error=None,
        sha1_in_chain=False,
        ocsp_stapled=True,
        chain_length=2,
    )
    base.update(kw)
    return Certificate(**base)


NOW = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
MODERN_ONLY = {
    "SSL 2.0": (),
    "SSL 3.0": (),
    "TLS 1.0": (),
    "TLS 1.1": (),
    "TLS 1.2": (Suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 128, False, True),),
    "TLS 1.3": (Suite("TLS_AES_128_GCM_SHA256", 128, False, True),),
}


def _rules(
    accepted: dict[str, tuple[Suite, ...]] = MODERN_ONLY, hsts: int | None = 31536000, **cert: Any
) -> set[str]:
    facts = TlsFacts("localhost", 443, dict(accepted), _cert(**cert), hsts, True)
    return {f.rule_id for f in tls_findings(ProbeTarget("https://localhost/"), facts, NOW)}


def test_a_clean_modern_server_has_no_finding() -> None:
    assert _rules() == set()


@pytest.mark.parametrize(
    "name", ["TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_EXPORT_WITH_RC4_40_MD5"]
)
def test_rc4_3des_and_export_suites_are_broken(name: str) -> None:
    accepted = {**MODERN_ONLY, "TLS 1.2": (*MODERN_ONLY["TLS 1.2"], Suite(name, 128, False, False))}
    assert "tls-weak-cipher-suite" in _rules(accepted)


def test_hsts_expiry_and_sha1_are_judged() -> None:
    assert _rules(hsts=None) == {"tls-hsts-missing"}
    assert _rules(hsts=86400) == {"tls-hsts-short"}
    assert _rules(not_after=NOW + dt.timedelta(days=10)) == {"tls-certificate-expires-soon"}
    assert _rules(sha1_in_chain=True) == {"tls-sha1-signature"}


def test_a_protocol_that_could_not_be_tested_is_never_read_as_refused() -> None:
    partial = {k: v for k, v in MODERN_ONLY.items() if k != "TLS 1.3"}
    partial["TLS 1.2"] = ()
    # TLS 1.3 unknown: "no modern protocol" cannot be concluded.
    assert "tls-no-modern-protocol" not in _rules(partial)
