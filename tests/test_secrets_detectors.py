"""The secret and personal-data detectors are validated data, and each does what its own
examples say."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aiscan.compliance.catalogue import Catalogue
from aiscan.errors import CatalogueError
from aiscan.secrets.detectors import Detector, load_ruleset, parse_detector
from aiscan.secrets.engine import Engine

RULESET = load_ruleset()
ENGINE = Engine(RULESET)
DETECTORS = RULESET.detectors
# Examples are snippets of code or of configuration: each is tried as both.
EXAMPLE_PATHS = ("src/app.py", "deploy/app.env", "ops/access.txt", "db/seed.sql")


def _found(det: Detector, text: str) -> bool:
    if det.kind == "file":
        return det in ENGINE.file_name_hits(text)
    for path in EXAMPLE_PATHS:
        scan = ENGINE.scan(path, text)
        if any(d.detector.id == det.id for d in scan.detections):
            return True
        if any(d.detector.id == det.id for d in scan.dumps):
            return True
    return False


def test_the_ruleset_has_detectors_for_every_kind() -> None:
    kinds = {d.kind for d in DETECTORS}
    assert kinds == {"secret", "pii", "file"}
    ids = {d.id for d in DETECTORS}
    assert {"private-key", "aws-access-key-id", "generic-secret-assignment", "kz-iin", "kz-iban"} <= ids


@pytest.mark.parametrize("det", DETECTORS, ids=lambda d: d.id)
def test_every_detector_is_complete(det: Detector, catalogue: Catalogue) -> None:
    assert det.requirements and set(det.requirements) <= set(catalogue.ids())
    assert "p19.6" in det.requirements
    assert det.severity and det.remediation.strip() and det.title.strip()
    assert det.cwe, f"{det.id} names no CWE"
    assert det.examples.match, f"{det.id} has no positive example"
    assert det.examples.no_match, f"{det.id} has no negative example"
    if det.kind == "pii":
        assert "p36" in det.requirements


@pytest.mark.parametrize("det", DETECTORS, ids=lambda d: d.id)
def test_every_detector_matches_its_examples(det: Detector) -> None:
    for example in det.examples.match:
        assert _found(det, example), f"{det.id} misses its example {example!r}"
    for example in det.examples.no_match:
        assert not _found(det, example), f"{det.id} reports its negative example {example!r}"


@pytest.mark.parametrize("det", [d for d in DETECTORS if d.anchored], ids=lambda d: d.id)
def test_anchored_detectors_find_what_a_full_search_finds(det: Detector) -> None:
    """An anchored pattern is tried only where one of its keywords starts; on its examples that
    must give the same values as searching the whole text."""
    full = Engine(replace(RULESET, detectors=(replace(det, anchored=False),)))
    fast = Engine(replace(RULESET, detectors=(det,)))
    for example in det.examples.match + det.examples.no_match:
        for path in EXAMPLE_PATHS:
            expected = [d.value for d in full.scan(path, example).detections]
            assert [d.value for d in fast.scan(path, example).detections] == expected, example


def test_a_detector_without_requirements_is_rejected() -> None:
    item = {
        "id": "x",
        "title": "X",
        "kind": "secret",
        "severity": "high",
        "remediation": "r",
        "pattern": "(?P<value>x)",
    }
    with pytest.raises(CatalogueError, match="requirements"):
        parse_detector(item, "t.yaml")
    with pytest.raises(CatalogueError, match="named group 'value'"):
        parse_detector({**item, "requirements": ["p19.6"], "pattern": "x"}, "t.yaml")
    with pytest.raises(CatalogueError, match="unknown validator"):
        parse_detector({**item, "requirements": ["p19.6"], "validate": "nope"}, "t.yaml")


def test_a_malformed_rules_folder_is_a_catalogue_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("detectors: [\n")
    with pytest.raises(CatalogueError, match="not valid YAML"):
        load_ruleset(tmp_path)


def test_placeholders_and_environment_lookups_are_not_reported() -> None:
    text = "\n".join(
        [
            'password = "changeme"',
            "DB_PASSWORD=${DB_PASSWORD}",
            'api_key = "<your-api-key>"',
            'secret = os.environ["SECRET"]',
            'token: "{{ .Values.token }}"',
            'AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
            'stripe_key = "sk_test_Z8UzDzV8fUkkibjL5DZPjN0M"',
            'password = "********"',
        ]
    )
    found = ENGINE.scan("app/settings.py", text).detections
    # `changeme` is no secret but a weak password a system would run with: its own low kind
    assert [(d.detector.id, d.value) for d in found] == [("weak-password", "changeme")]


def test_high_entropy_non_secrets_are_not_reported() -> None:
    text = "\n".join(
        [
            '"integrity": "sha512-9wJ1Fj0V6H8Gd5a4Y3E2R1Q0P9O8N7M6L5K4J3I2H1G0F9E8D7C6B5A4Z3Y2X1W0"'
            'V9U8T7S6R5Q4P3O2N1M0L9K==",',
            'commit = "9421cc1c93016f1c4261e5351d30b49895d1a0d1"',
            'request_id = "8f14e45f-ceea-467e-a7c1-1f7b1ad5c3f4"',
            'checksum = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"',
            'background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42'
            'mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");',
        ]
    )
    assert ENGINE.scan("web/package-lock.json", text).detections == ()
    assert ENGINE.scan("app/models.py", text).detections == ()


def test_a_value_is_reported_once_by_the_most_specific_detector() -> None:
    scan = ENGINE.scan("config.py", 'AWS_SECRET_ACCESS_KEY = "+Wj9KfzjsQGMrb9h/ImB/LK777pzNk8cL6j5IXAA"\n')
    assert [d.detector.id for d in scan.detections] == ["aws-secret-access-key"]


def test_generic_assignments_need_a_sensitive_name_and_a_real_looking_value() -> None:
    found = ENGINE.scan(
        "app.py",
        "\n".join(
            [
                'DB_PASSWORD = "Kd8#mPq2!zLw"',  # 1: reported
                'dbPassword = "Kd8#mPq2!zLw"',  # 2: reported (camel case)
                'password_field = "Kd8#mPq2!zLw"',  # 3: a different name
                'bypass = "Kd8#mPq2!zLw"',  # 4: not a password
                'monkey = "9421cc1c93016f1c4261e5351d30b49895d1a0d1"',  # 5: not a key
                'cache_key = "9421cc1c93016f1c4261e5351d30b49895d1a0d1"',  # 6: not a secret key
                'PASSWORD = "Password"',  # 7: a label
            ]
        ),
    ).detections
    assert [d.line for d in found] == [1, 2]
    assert found[0].key == "DB_PASSWORD"


def test_non_ascii_text_is_scanned_with_the_same_detectors() -> None:
    text = (
        "# Настройки: пароль базы\n"
        'DB_PASSWORD = "Kd8#mPq2!zLw"\n'
        'TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"\n'
    )
    found = ENGINE.scan("config.py", text).detections
    assert [(d.detector.id, d.line) for d in found] == [
        ("generic-secret-assignment", 2),
        ("github-token", 3),
    ]


def test_names_identifiers_and_documentation_examples_are_not_secrets() -> None:
    text = "\n".join(
        [
            '"license_key": "389-exception",',  # a slug, not a key
            'def load(backend: "Backend", private_key: "_EllipticCurvePrivateKey"): ...',  # a type
            'CREDENTIALS = ("user", "password", "login", "Kd8#mPq2!zLw")',  # a tuple, not a pair
            'urlopen("http://evil:Kd8mPq2zLw@example.com/")',  # a documentation host
            "power 88306216890 -87632034347.48",  # a number, not a phone
            '"access_token": "2YotnFZFEjr1zCsicMWpAA",',  # the OAuth RFC's example
        ]
    )
    assert ENGINE.scan("lib/module.py", text).detections == ()
    found = ENGINE.scan("app.py", 'cfg.put("db_password", "Kd8#mPq2!zLw")\n').detections
    assert [d.detector.id for d in found] == ["generic-secret-assignment"]
