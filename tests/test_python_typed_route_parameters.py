"""A route parameter annotated with a number, a boolean, a UUID or a date is no source of the
Python taint rules whose attack needs text. YAML aliases are refused, so rule files share the
definition by copy: the copies must stay the same, and the type test must say what it means."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from aiscan.analyzers.semgrep import semgrep_rules_dir

PYTHON = semgrep_rules_dir() / "python"
RULES = (
    "python-sql-injection",
    "python-command-injection",
    "python-code-injection",
    "python-ldap-xpath-injection",
    "python-nosql-injection",
    "python-open-redirect",
    "python-path-traversal",
    "python-redos-dynamic-regex",
    "python-ssrf",
    "python-template-injection",
    "python-unsafe-deserialization",
    "python-xss",
)
# a number or a flag chosen by the client is the attack itself here: the user id put in the
# session, the is_admin flag written to a model
KEEP_EVERY_PARAMETER = ("python-trust-boundary-session", "python-mass-assignment")
FLASK_TEXT_VARIABLE = '"=~/<(?!(int|float|uuid):)[^>]+>/"'


def sources(rule: str) -> list[Any]:
    doc = yaml.safe_load((PYTHON / f"{rule}.yaml").read_text(encoding="utf-8"))
    return list(doc["rules"][0]["pattern-sources"])


def type_regexes(rule: str) -> list[str]:
    """The regexes on $TYPE of the route-parameter sources, in order."""
    found = []
    for source in sources(rule):
        for step in source.get("patterns", []):
            regex = step.get("metavariable-regex", {}) if isinstance(step, dict) else {}
            if regex.get("metavariable") == "$TYPE" and regex["regex"].startswith("(?s)"):
                found.append(regex["regex"])
    return found


def test_every_rule_holds_the_same_type_test() -> None:
    first = type_regexes(RULES[0])
    assert len(first) == 2
    for rule in RULES[1:]:
        assert type_regexes(rule) == first, rule
        text = (PYTHON / f"{rule}.yaml").read_text(encoding="utf-8")
        assert text.count(FLASK_TEXT_VARIABLE) == 2, rule


def test_rules_where_a_number_is_the_attack_keep_every_parameter() -> None:
    for rule in KEEP_EVERY_PARAMETER:
        assert type_regexes(rule) == [], rule


NOT_TEXT = (
    "int",
    "float",
    "bool",
    "UUID",
    "uuid.UUID",
    "date",
    "Decimal",
    "Optional[int]",
    "typing.Optional[UUID]",
    "Union[float, None]",
    "int | None",
    "None | int",
    "List[int]",
    "list[int]",
    "tuple[int, ...]",
    "Annotated[int, Path(ge=1)]",
    "Annotated[Optional[int], Query()]",
    "Annotated[int | None, Query(\n    description='page',\n)]",
    "PositiveInt",
    "conint(ge=1)",
)
TEXT = (
    "str",
    "Optional[str]",
    "str | None",
    "Annotated[str, Query()]",
    "dict[str, int]",
    "Union[int, str]",
    "int | str",
    "integer_like",
    "LoanFilter",
    "List[str]",
    "Any",
)


@pytest.mark.parametrize("annotation", NOT_TEXT)
def test_a_number_flag_uuid_or_date_is_no_source(annotation: str) -> None:
    source_test, flask_numeric = type_regexes(RULES[0])
    assert not re.search(source_test, annotation)
    assert re.search(flask_numeric, annotation)


@pytest.mark.parametrize("annotation", TEXT)
def test_text_and_models_stay_sources(annotation: str) -> None:
    source_test, flask_numeric = type_regexes(RULES[0])
    assert re.search(source_test, annotation)
    assert not re.search(flask_numeric, annotation)
