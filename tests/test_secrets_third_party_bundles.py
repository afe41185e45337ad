"""Third-party bundles committed to a tree (a tool's release such as `.yarn/releases/*.cjs`, a
library under its license banner) are read for secrets of a known format only: a provider's
prefixed token or a private key is a leak wherever it sits, while the keyword and entropy
detectors would read a bundled program's identifiers, prompts and error messages as passwords.
The project's own files keep every detector."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.secrets import SecretsAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.sast.vendored import MIN_BYTES
from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine

ENGINE = Engine(load_ruleset())
ESBUILD = "(()=>{var a=Object.create;var b=Object.defineProperty;var c=Object.getOwnPropertyDescriptor;\n"
FILLER = "var q = 1;\n" * (MIN_BYTES // 10)
GITHUB_TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    + "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n" * 6
    + "-----END RSA PRIVATE KEY-----\n"
)
# What a bundled program holds that reads like a credential: an assignment to a password-named
# variable, a URL with a user and password in an error message, a prompt's default.
CANDIDATES = (
    'var dbPassword = "Kd8#mPq2!zLw";\n'
    'throw new Error("expected dotenv://:key_9f3kQ2mZ7xP4@dotenv.org/vault/.env.vault?environment=prod");\n'
    'var smtpPass = "Tz7$wQ9!rLm2";\n'
)
KNOWN = f'var gh = "{GITHUB_TOKEN}";\nvar pem = `{PEM}`;\n'


def _ids(path: str, text: str, known_formats_only: bool = False) -> set[str]:
    return {d.detector.id for d in ENGINE.scan(path, text, known_formats_only=known_formats_only).detections}


def test_the_keyword_detectors_find_the_candidates_in_the_projects_own_code() -> None:
    found = _ids("src/app.js", CANDIDATES)
    assert {"generic-secret-assignment", "url-credentials"} <= found, found


def test_read_for_known_formats_only_the_candidates_are_not_reported() -> None:
    assert _ids("src/app.js", CANDIDATES, known_formats_only=True) == set()


def test_read_for_known_formats_only_a_provider_token_and_a_private_key_still_are() -> None:
    found = _ids("src/app.js", CANDIDATES + KNOWN, known_formats_only=True)
    assert found == {"github-token", "private-key"}, found


def test_the_known_formats_are_prefixed_tokens_and_keys_never_keywords_or_personal_data() -> None:
    known = {d.id for d in load_ruleset().detectors if d.known_format}
    assert {"github-token", "stripe-secret-key", "aws-access-key-id", "private-key", "slack-token"} <= known
    for not_known in (
        "generic-secret-assignment",
        "url-credentials",
        "prompt-default-password",
        "aws-secret-access-key",  # a keyword and 40 characters: no prefix of its own
        "payment-card-number",
        "kz-iin",
        "recurring-secret",
    ):
        assert not_known not in known
    assert all(d.kind == "secret" for d in load_ruleset().detectors if d.known_format)


def _tree(root: Path) -> None:
    (root / ".yarn" / "releases").mkdir(parents=True)
    (root / ".yarn" / "releases" / "tool-4.1.0.cjs").write_text(ESBUILD + CANDIDATES + KNOWN + FILLER)
    (root / "src").mkdir()
    (root / "src" / "app.js").write_text(CANDIDATES)


def _run(root: Path) -> tuple[set[tuple[str, str]], str]:
    ctx = ScanContext(ScanConfig(root=root), build_inventory(root))
    outcome = SecretsAnalyzer(today=date(2026, 12, 1)).run(ctx)
    return {(f.location.path, f.rule_id) for f in outcome.findings}, outcome.run.reason


def test_a_committed_bundle_is_read_for_known_formats_and_the_run_says_so(tmp_path: Path) -> None:
    _tree(tmp_path)
    found, reason = _run(tmp_path)
    bundle = {rule for path, rule in found if path == ".yarn/releases/tool-4.1.0.cjs"}
    own = {rule for path, rule in found if path == "src/app.js"}
    assert bundle == {"github-token", "private-key"}, bundle
    assert {"generic-secret-assignment", "url-credentials"} <= own, own
    assert "1 third-party file read for known-format secrets only" in reason, reason
    assert ".yarn/releases/tool-4.1.0.cjs" in reason


def test_no_candidate_value_of_the_bundle_reaches_the_run_reason(tmp_path: Path) -> None:
    _tree(tmp_path)
    _, reason = _run(tmp_path)
    for value in ("Kd8#mPq2!zLw", "Tz7$wQ9!rLm2", "key_9f3kQ2mZ7xP4", GITHUB_TOKEN):
        assert value not in reason
