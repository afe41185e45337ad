"""A class of false alarm read on registry code measured beside the eleventh part of Kingfisher's
rule examples (minified JavaScript of a forms library and of a regular-expression library), written
as our own cases (own values, made up for these tests) before the rules changed for it, with decoys
of the same shape that stay reported:

- a string literal that ends in a secret's word (`"Invalid token "`, `"Password "`,
  `"&x-jwt-token="`) followed by code and then another literal: the literal's closing quote was
  read as the opening quote of a value, and the code between the two literals
  (`,n=(0,r.parse)(e,`, `.concat(e?`, `)||(console.warn(`) as a quoted secret. A quote closes a
  literal when the line before it holds an odd number of the same quote (escaped quotes and
  apostrophes inside words not counted) and what follows it starts as code after a literal does
  (an operator, a comma, a closing bracket); or, on a long minified line whose regular expressions
  and templates hold quotes that spoil the count, when that code also holds a bracket and ends as
  code before a literal does (`,l=(0,y.default)(u,6),h=`, `.concat(n?`).
"""

from __future__ import annotations

import pytest

from aiscan.secrets import validate as v
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

KEY = "Qm7vT2xK9pL4wR8nZ3cY6hJ1dF5gB0sA"  # 32 letters and digits, made up here
MINIFIED = "static/js/forms.min.js"


def _findings(path: str, text: str) -> list[tuple[str, str]]:
    scanned = ENGINE.scan(path, text)
    return [(f.rule_id, f.severity.value) for f in detection_findings(scanned, ENGINE)]


BETWEEN_LITERALS = [
    # a message ending in a secret's word, then the next declaration of a minified `var`
    'var a="Session token ",b=(0,m.default)(h,"id"),c=a+b;\n',
    'function p(e){var t="Invalid api key ",n=(0,r.parse)(e,{strict:!0}),o="done";return t+n+o}\n',
    # a message joined by a method call
    'u=function(e){var n="Password ".concat(e?"must":"should"," contain a digit");return n}\n',
    # a query parameter's name as a literal, the code after it
    'if(!n||t.includes("x-jwt-token=")||(console.warn("Token was sent in the query"),!1))return t\n',
    'return"".concat(u,"&name=").concat(f).concat(n?"&x-jwt-token=".concat(n):"")\n',
    # single quotes the same way
    "var a='Session token ',b=(0,m.default)(h,'id'),c=a+b;\n",
]


@pytest.mark.parametrize("text", BETWEEN_LITERALS)
def test_code_between_two_literals_after_a_secret_word_is_not_reported(text: str) -> None:
    assert _findings(MINIFIED, text) == []


STILL_REPORTED = [
    # the name quoted, the value opened after `:` (two quotes before the value's)
    ("src/api.json", f'{{"password": "{KEY}"}}\n'),
    ("static/js/app.min.js", f'var c={{"X-Api-Token":"{KEY}",x:"y"}};\n'),
    # the name inside a literal of the other quote
    ("deploy/run.sh", f"echo \"API_TOKEN='{KEY}'\" >> .env\n"),
    # an escaped quote opening the value inside a literal (a notebook's source line)
    ("notebook.ipynb", f'"source": ["api_key = \\"{KEY}\\"\\n"]\n'),
    # an apostrophe inside a word is no quote
    ("notes.txt", f"Here's the deploy token: '{KEY}'\n"),
    # escaped quotes in an earlier literal, and an earlier literal holding an apostrophe
    ("src/config.js", f'const msg = "say \\"hi\\"", token = "{KEY}";\n'),
    ("static/js/app.min.js", f'var m="it\'s",n={{token:"{KEY}"}};\n'),
    # a literal of the other quote joined between two literals
    ("lib/Auth.php", f'$cfg = "billing_secret ".\'{KEY}\'."";\n'),
    # an odd count before the value (a quote inside a regular expression), the value no code
    ("static/js/app.min.js", f's=e.replace(/"/g,""),t={{apiKey:"{KEY}"}}\n'),
]


@pytest.mark.parametrize(("path", "text"), STILL_REPORTED)
def test_values_opened_by_their_quote_are_still_reported(path: str, text: str) -> None:
    assert any(sev in ("high", "critical") for _, sev in _findings(path, text))


def test_closes_literal_counts_quotes_before_the_value() -> None:
    assert v.closes_literal('var a="Session token ', '"', ",b=(0,m.default)(h,")
    assert not v.closes_literal('{"password": ', '"', KEY)
    # the count is odd, but the value does not start as code after a literal
    assert not v.closes_literal('s=e.replace(/"/g,""),t={apiKey:', '"', KEY)
    # an escaped quote and an apostrophe inside a word are not counted
    assert not v.closes_literal('say \\"hi\\" token ', '"', ",x")
    assert not v.closes_literal("Here's the token ", "'", ",x")


def test_code_from_end_to_end_closes_a_literal_whatever_the_count() -> None:
    # an even count (a quote in a regular expression earlier on the line)
    head = 's=e.replace(/"/g,""),r="Password '
    assert v.closes_literal(head, '"', ".concat(n?")
    assert v.closes_literal(head, '"', ",l=(0,y.default)(u,6),D=l[0],h=")
    assert v.closes_literal(head, '"', ")||(console.warn(")
    # a value with no bracket, or one that does not end where a literal starts, is judged by the count
    assert not v.closes_literal(head, '"', ",Kd8#mPq2w7Lz")
    assert not v.closes_literal(head, '"', ".Kd8(mPq2w7Lz")


def test_a_minified_line_with_quotes_in_a_regular_expression_is_not_reported() -> None:
    text = 's=e.replace(/"/g,""),r="Password ".concat(n?"must":"should"," contain a digit");\n'
    assert _findings(MINIFIED, text) == []
