"""A secret given to a C# auto-property as its initial value (`string Secret { get; } = "..."`,
`{ get; set; }`, `{ get; init; }`, `{ get; private set; }`): the accessor list stands between the
name and the `=`, so the assignment was not read as one. Values are made here from a seeded
generator; decoys are initial values that are not secrets."""

from __future__ import annotations

import random

import pytest

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261205)


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789ABCDEF") for _ in range(n))


def _token(n: int) -> str:
    return "".join(_RNG.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _hits(path: str, text: str) -> list[str]:
    return [d.detector.id for d in ENGINE.scan(path, text).detections]


SECRET_PROPERTIES = [
    f'        private static string secret {{ get; }} = "{_hex(64)}";\n',
    f'        public string ApiKey {{ get; set; }} = "{_token(40)}";\n',
    f'        public static string JwtSigningKey {{ get; init; }} = "{_token(48)}";\n',
    f'        internal string ClientSecret {{ get; private set; }} = "{_token(32)}";\n',
]

NOT_SECRETS = [
    "        public string ApiKey { get; set; } = string.Empty;\n",
    '        public string Password { get; set; } = "";\n',
    '        public string TokenType { get; } = "Bearer";\n',
    '        public string KeyName { get; set; } = "default";\n',
    '        public string Secret { get; set; } = Environment.GetEnvironmentVariable("APP_SECRET");\n',
]


def _class(body: str) -> str:
    return "namespace Lending.Auth\n{\n    public class Settings\n    {\n" + body + "    }\n}\n"


@pytest.mark.parametrize("line", SECRET_PROPERTIES)
def test_a_secret_in_an_auto_property_initializer_is_found(line: str) -> None:
    assert "generic-secret-assignment" in _hits("src/Lending.Api/Settings.cs", _class(line))


@pytest.mark.parametrize("line", NOT_SECRETS)
def test_an_empty_word_or_looked_up_initial_value_is_not_a_secret(line: str) -> None:
    assert _hits("src/Lending.Api/Settings.cs", _class(line)) == []
