"""False-positive classes of the production projects of the `fourth` set of
benchmarks/bench_production_gate.py (docs/measurements/sast.md), each written before its fix: an
authorization header shown in a docstring's usage example."""

from __future__ import annotations

from aiscan.models import Severity
from tests.secrets_holdout import assessed

# --- secrets: an authorization header in a docstring's usage example ------------------------

HEADER_DOCSTRING = '''class KeyAuthentication:
    """Authenticates a client by the key it sends, for example:

        Authorization: Token 7c21d9e0a4f84b6e93c5d2a1f0b8e6c4d3a29f17

    or, from a client that sends the key alone:

        Authorization: 5eb4223e-5008-46e5-be67-c7b8f2732305
    """

    keyword = "Key"
'''
HEADER_IN_CODE = """class KeyClient:
    headers = {"Authorization": "Token 7c21d9e0a4f84b6e93c5d2a1f0b8e6c4d3a29f17"}
    bare = {"Authorization": "5eb4223e-5008-46e5-be67-c7b8f2732305"}
"""


def test_an_authorization_header_in_a_docstrings_example_is_an_example() -> None:
    found = assessed("api/authentication.py", HEADER_DOCSTRING)
    assert {d for d, _, _ in found} == {"authorization-header", "authorization-header-bare"}, found
    assert all(sev is Severity.MEDIUM and "docstring" in why for _, sev, why in found), found


def test_the_same_header_in_code_stays_high() -> None:
    found = assessed("api/client.py", HEADER_IN_CODE)
    assert {d for d, _, _ in found} == {"authorization-header", "authorization-header-bare"}, found
    assert all(sev is Severity.HIGH for _, sev, _why in found), found
