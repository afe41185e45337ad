"""An XML element a program writes: its content is the code that builds it (a string closed, an
expression concatenated, the string opened again), not a value kept in the file. An element
that holds a value is still reported. Values are made up."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import ENGINE

RULE = "xml-element-secret"


def _rules(path: str, text: str) -> set[str]:
    return {d.detector.id for d in ENGINE.scan(path, text).detections}


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("export.php", 'echo "<loan_pass>".substr($repaid_ids,1)."</loan_pass>";\n'),
        ("export.php", "print '<api_token>'.implode(',', $tokens_list).'</api_token>';\n"),
        ("feed.js", 'out += "<sessionToken>"+makeToken(user, 3)+"</sessionToken>";\n'),
    ],
)
def test_element_built_from_code_is_not_reported(path: str, text: str) -> None:
    assert RULE not in _rules(path, text)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("gateway.xml", "<dbPassword>Kumis;7741,Ak</dbPassword>\n"),
        ("gateway.xml", "<apiToken>\n  Zq8LwP2vNc6TfRy4HbKx9sDm3JgE\n</apiToken>\n"),
        ("gateway.xml", '<password>"Tz(4)q,wR"</password>\n'),
    ],
)
def test_element_holding_a_value_is_still_reported(path: str, text: str) -> None:
    assert RULE in _rules(path, text)
