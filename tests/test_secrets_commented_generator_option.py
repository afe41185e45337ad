"""A framework generator lists its options in an initializer, commented out, each with the value
it made when it ran (Devise writes `# config.pepper = '<SecureRandom.hex(64)>'` and
`# config.secret_key = ...` into `config/initializers/devise.rb`). While the line stays commented
the application does not run with the value: it is listed at medium, not blocking. The same line
set, a commented value a person typed, and a commented random value outside an initializer keep
their severity. Cases written here, values made here (random hex, never used anywhere).
"""

from __future__ import annotations

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

# made up for this test
_HEX = "5e0c9a71d3b2f4486a1c7e90b3d5f2a4c6e8091b2d4f6a8c0e1f3a5b7d9c1e2f" * 2
_INITIALIZER = "config/initializers/devise.rb"


def _found(path: str, text: str) -> list[tuple[str, int | None, Severity]]:
    scan = ENGINE.scan(path, text)
    return [(f.rule_id, f.location.start_line, f.severity) for f in detection_findings(scan, ENGINE)]


def _initializer(line: str) -> str:
    return f"Devise.setup do |config|\n  # Setup a pepper to generate the encrypted password.\n{line}\nend\n"


def test_a_generated_option_commented_out_in_an_initializer_is_medium() -> None:
    for line in (
        f'  # config.pepper = "{_HEX}"',
        f"  # config.secret_key = '{_HEX}'",
        f"  #config.pepper = '{_HEX[:64]}'",
    ):
        assert _found(_INITIALIZER, _initializer(line)) == [
            ("generic-secret-assignment", 3, Severity.MEDIUM)
        ], line
    other = "config/initializers/doorkeeper_secrets.rb"
    assert _found(other, _initializer(f"  # config.signing_secret = '{_HEX}'")) == [
        ("generic-secret-assignment", 3, Severity.MEDIUM)
    ]


def test_the_option_set_is_still_high() -> None:
    assert _found(_INITIALIZER, _initializer(f'  config.pepper = "{_HEX}"')) == [
        ("generic-secret-assignment", 3, Severity.HIGH)
    ]


def test_a_commented_value_a_person_typed_keeps_its_severity() -> None:
    for line in (
        '  # config.secret_key = "Kzt#Repay2024!Almaty"',
        '  # config.api_key = "Zr8vKq2LmN4pXw7tYb1c"',
        # a hex value shorter than a generator writes (a provider's key copied in)
        f"  # config.api_key = '{_HEX[:40]}'",
    ):
        typed = _found(_INITIALIZER, _initializer(line))
        assert [s for _, _, s in typed] == [Severity.HIGH], line


def test_a_commented_random_value_outside_an_initializer_keeps_its_severity() -> None:
    for path in ("app/models/loan.rb", "config/application.rb", "lib/config/initializers.rb"):
        found = _found(path, f"class Loan\n  # PEPPER = '{_HEX}'\n  # config.pepper = '{_HEX}'\nend\n")
        assert found and all(s is Severity.HIGH for _, _, s in found), (path, found)
