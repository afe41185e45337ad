"""Two classes the tenth CredData part showed, with values made here from a seeded generator and
near-miss decoys for each.

- An inline map of a configuration file (`{user: bob, password: s3cret, permissions: $admin}`,
  NATS and HOCON objects, YAML's flow mapping): a value there ends at the next `,` or at the
  closing `}`, as a value ending its line does. A password set so is judged as the same password
  alone on its line; in code an unquoted word there stays an expression.
- A URL's query string (`...?grant_type=password&username=u&password=v&scope=all`, as a recorded
  request gives it in one quoted string): the password parameter's value ends at the next `&name=`.
  What follows is the next parameter, not part of the password: `password=123456&scope=all` is the
  run of digits `123456`, a placeholder as it is anywhere else, and a chosen password before the
  `&` stays a secret.
"""

from __future__ import annotations

import random
import string

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261206)
_WORDS = ["tulip", "granite", "harbor", "cobalt", "meadow", "lantern", "pepper", "sparrow"]


def _word() -> str:
    return _RNG.choice(_WORDS)


def _digits(n: int) -> str:
    return "".join(_RNG.choice(string.digits) for _ in range(n))


def _chosen() -> str:
    """A password that looks chosen: letters of both cases, digits and a sign."""
    pool = string.ascii_letters + string.digits
    body = "".join(_RNG.choice(pool) for _ in range(10))
    return body[:3] + _RNG.choice(string.ascii_uppercase) + _digits(2) + _RNG.choice("#!%") + body[3:]


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


# -- 1. a password in an inline map of a configuration file -----------------------------------


def test_a_password_in_an_inline_map_is_judged_as_one_ending_its_line() -> None:
    word = _word()  # a plain word: judged by the configuration's weak-password check
    alone_conf = _ids("server/configs/auth.conf", f"authorization {{\n  password: {word}\n}}\n")
    alone_yml = _ids("config/users.yml", f"users:\n  password: {word}\n")
    assert alone_conf and alone_yml  # reported alone on its line, the class's premise
    conf = "server/configs/auth.conf"
    for path, text, alone in [
        (conf, f"users = [\n  {{user: bob, password: {word}, permissions: $admin}}\n]\n", alone_conf),
        (conf, f"users = [\n  {{user: alice, password: {word}}}\n]\n", alone_conf),
        ("config/users.yml", f"users:\n  - {{name: bob, password: {word}, role: admin}}\n", alone_yml),
    ]:
        assert _ids(path, text) == alone, (path, text)
    assert _ids("config/users.yml", f"users:\n  - {{name: bob, password: {_chosen()}}}\n") != []


def test_inline_map_decoys_are_not_reported() -> None:
    conf = "server/configs/auth.conf"
    for path, text in [
        # a reference, the words a setting takes: as alone on a line
        (conf, "users = [\n  {user: bob, password: $BOB_PASS, permissions: $admin}\n]\n"),
        (conf, "users = [\n  {user: bob, password: foo, permissions: $admin}\n]\n"),
        ("config/form.yml", "fields:\n  - {name: password, type: string, required: true}\n"),
        ("config/form.yml", "fields:\n  - {field: password, rule: required, min: 8}\n"),
        # in code an unquoted word is an expression, not a literal
        ("src/users.js", f"const u = {{user: bob, password: {_word()}, role: admin}}\n"),
        # documentation: the example's
        ("docs/auth.md", f"    {{user: bob, password: {_word()}, permissions: $admin}}\n"),
    ]:
        assert _ids(path, text) == [], (path, text)


def test_a_value_followed_by_more_than_an_inline_map_is_no_setting() -> None:
    # prose after the word: `password: meadow, then log in` is a sentence, not a setting
    assert _ids("config/notes.conf", f"password: {_word()}, then log in with it\n") == []


# -- 2. a password in a URL query string ends at the next parameter ---------------------------


def test_a_query_string_password_ends_at_the_next_parameter() -> None:
    run = "123456"
    for path, text in [
        (
            "postman/security.postman_collection.json",
            f'"raw": "localhost:8080/oauth/token?grant_type=password&username=u&password={run}&scope=all",\n',
        ),
        (
            "config/client.yml",
            f'token_url: "https://auth.internal/token?user=svc&password={run}&scope=api"\n',
        ),
    ]:
        assert _ids(path, text) == [], (path, text)


def test_a_chosen_query_string_password_is_still_reported() -> None:
    for path, text in [
        (
            "postman/security.postman_collection.json",
            f'\t\t"raw": "localhost:8080/oauth/token?grant_type=password&password={_chosen()}&scope=all",\n',
        ),
        ("postman/login.json", f'\t\t"raw": "localhost:8080/login?username=u&password={_chosen()}",\n'),
    ]:
        assert _ids(path, text) != [], (path, text)
