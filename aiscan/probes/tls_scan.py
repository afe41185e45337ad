"""What a TLS server accepts and presents, read with sslyze (the I/O half of the TLS analyzer).

sslyze needs nassl, which has wheels for Linux x86_64, musllinux, macOS arm64 and Windows but
not for Linux aarch64: there `sslyze_version()` is None and the TLS analyzer reports the check
as not assessed instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import importlib
import ipaddress
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from aiscan.probes.targets import ProbeOptions, ProbeTarget

# The protocol versions and the sslyze scan command that lists each one's accepted suites.
PROTOCOLS = (
    ("SSL 2.0", "ssl_2_0_cipher_suites"),
    ("SSL 3.0", "ssl_3_0_cipher_suites"),
    ("TLS 1.0", "tls_1_0_cipher_suites"),
    ("TLS 1.1", "tls_1_1_cipher_suites"),
    ("TLS 1.2", "tls_1_2_cipher_suites"),
    ("TLS 1.3", "tls_1_3_cipher_suites"),
)
MOZILLA = "Mozilla"
CUSTOM = "Supplied CA file"


def sslyze_version() -> str | None:
    try:
        import sslyze  # noqa: F401  (nassl, its native part, may be missing on this platform)

        return metadata.version("sslyze")
    except (ImportError, metadata.PackageNotFoundError):
        return None


@dataclass(frozen=True)
class Suite:
    name: str
    key_size: int
    anonymous: bool
    ephemeral: bool


@dataclass(frozen=True)
class Certificate:
    subject: str
    not_after: dt.datetime
    key_type: str
    key_bits: int
    hostname_matches: bool
    trusted: bool
    trust_store: str
    validation_error: str | None
    sha1_in_chain: bool
    ocsp_stapled: bool
    chain_length: int


@dataclass(frozen=True)
class TlsFacts:
    host: str
    port: int
    # Accepted suites per protocol; a protocol missing here could not be tested (see `errors`).
    accepted: dict[str, tuple[Suite, ...]] = field(default_factory=dict)
    certificate: Certificate | None = None
    hsts_max_age: int | None = None
    hsts_checked: bool = False
    errors: tuple[str, ...] = ()


class TlsUnreachable(Exception):
    pass


def scan_tls(target: ProbeTarget, address: str, options: ProbeOptions) -> TlsFacts:
    """Scan one HTTPS target at its resolved `address`. Raises TlsUnreachable when no TLS
    connection could be made at all."""
    s = _sslyze()
    limits = options.limits
    commands = {getattr(s.ScanCommand, cmd.upper()) for _, cmd in PROTOCOLS}
    commands |= {s.ScanCommand.CERTIFICATE_INFO, s.ScanCommand.HTTP_HEADERS}
    extra = s.ScanCommandsExtraArguments(
        certificate_info=s.CertificateInfoExtraArgument(custom_ca_file=options.ca_bundle)
        if options.ca_bundle
        else None
    )
    request = s.ServerScanRequest(
        s.ServerNetworkLocation(target.host, target.port, ip_address=address),
        s.ServerNetworkConfiguration(
            target.host,
            http_user_agent=options.user_agent,
            network_timeout=limits.tls_timeout_s,
            network_max_retries=limits.tls_retries,
        ),
        scan_commands=commands,
        scan_commands_extra_arguments=extra,
    )
    scanner = s.Scanner(per_server_concurrent_connections_limit=4, concurrent_server_scans_limit=1)
    with warnings.catch_warnings():  # sslyze's bundled trust stores warn about their own certificates
        warnings.simplefilter("ignore")
        scanner.queue_scans([request])
        result = next(iter(scanner.get_results()))
    if result.scan_status is not s.ServerScanStatusEnum.COMPLETED or result.scan_result is None:
        trace = result.connectivity_error_trace
        why = _last_line(str(trace)) if trace else "no TLS connection could be made"
        raise TlsUnreachable(f"{target.host}:{target.port}: {why}")
    return _facts(target, result.scan_result, options)


def _facts(target: ProbeTarget, scan: Any, options: ProbeOptions) -> TlsFacts:
    s = _sslyze()
    completed = s.ScanCommandAttemptStatusEnum.COMPLETED
    accepted: dict[str, tuple[Suite, ...]] = {}
    errors: list[str] = []
    for label, cmd in PROTOCOLS:
        attempt = getattr(scan, cmd)
        if attempt.status is not completed or attempt.result is None:
            errors.append(f"{label}: {attempt.error_reason or attempt.status.value}")
            continue
        accepted[label] = tuple(
            Suite(
                c.cipher_suite.name,
                c.cipher_suite.key_size,
                c.cipher_suite.is_anonymous,
                c.ephemeral_key is not None,
            )
            for c in attempt.result.accepted_cipher_suites
        )
    cert = None
    info = scan.certificate_info
    if info.status is completed and info.result is not None and info.result.certificate_deployments:
        cert = _certificate(target, info.result.certificate_deployments[0], options)
    else:
        errors.append(f"certificate: {info.error_reason or info.status.value}")
    hsts, hsts_checked = None, False
    headers = scan.http_headers
    if headers.status is completed and headers.result is not None and not headers.result.http_error_trace:
        hsts_checked = True
        header = headers.result.strict_transport_security_header
        hsts = header.max_age if header is not None else None
    else:
        errors.append("HSTS: the HTTP headers could not be read")
    return TlsFacts(target.host, target.port, accepted, cert, hsts, hsts_checked, tuple(errors))


def _certificate(target: ProbeTarget, deployment: Any, options: ProbeOptions) -> Certificate:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    chain = deployment.received_certificate_chain
    leaf = chain[0]
    store = CUSTOM if options.ca_bundle else MOZILLA
    validation = next((p for p in deployment.path_validation_results if p.trust_store.name == store), None)
    key = leaf.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        key_type, bits = "RSA", key.key_size
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key_type, bits = "EC", key.curve.key_size
    else:
        key_type, bits = type(key).__name__.replace("PublicKey", ""), 256
    try:
        subject = leaf.subject.rfc4514_string()
    except ValueError:
        subject = "(unreadable subject)"
    sha1 = bool(deployment.verified_chain_has_sha1_signature) or any(
        c.signature_hash_algorithm is not None and c.signature_hash_algorithm.name == "sha1"
        for c in chain[:-1] or chain
    )
    return Certificate(
        subject=subject,
        not_after=leaf.not_valid_after_utc,
        key_type=key_type,
        key_bits=bits,
        hostname_matches=hostname_matches(leaf, target.host, x509),
        trusted=bool(validation and validation.was_validation_successful),
        trust_store=store,
        validation_error=None if validation is None else validation.validation_error,
        sha1_in_chain=sha1,
        ocsp_stapled=deployment.ocsp_response is not None,
        chain_length=len(chain),
    )


def hostname_matches(cert: Any, host: str, x509: Any) -> bool:
    """RFC 6125 matching of `host` against the certificate's subjectAltName (DNS and IP)."""
    try:
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None:
        return ip in sans.get_values_for_type(x509.IPAddress)
    host = host.lower().rstrip(".")
    for name in sans.get_values_for_type(x509.DNSName):
        name = name.lower().rstrip(".")
        if name == host:
            return True
        if name.startswith("*.") and "." in host and host.split(".", 1)[1] == name[2:]:
            return True
    return False


def read_ca_bundle(path: Path) -> None:
    """Fail early, in one line, on a CA bundle that cannot be used."""
    from cryptography import x509

    from aiscan.errors import UsageError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the CA bundle: {exc.strerror}") from None
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        certs = []
    if not certs:
        raise UsageError(f"{path}: not a PEM file of CA certificates")


def _sslyze() -> Any:
    """sslyze, imported on use (its native part may be missing); untyped for mypy."""
    return importlib.import_module("sslyze")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else text[:300]
