"""A class the eleventh CredData part showed, with values made here from a seeded generator and
near-miss decoys.

- A Dockerfile's `ENV NAME=value` and `ARG NAME=value` instructions set the image's environment
  (or a build argument's default), as a line of an `.env` file or a compose file's
  `- NAME=value` does. A vendor's default (`ENV KEY_STORE_PASSWORD=changeit`) or a guessable word
  (`ENV DB_PASSWORD=changeme`) set there is the same weak password as in those files; a chosen
  value was already reported. What stays out stays out as anywhere else: a trust store's
  password, a reference (`${DB_PASSWORD}`), a file's path, an argument without a default, and
  the same text in documentation or in a comment.
"""

from __future__ import annotations

import random
import string

from tests.secrets_holdout import ENGINE

_RNG = random.Random(20261206)
_DEFAULTS = ["changeit", "admin", "postgres", "guest", "root"]
_WEAK = ["changeme", "secret", "password1", "qwerty123"]


def _default() -> str:
    return _RNG.choice(_DEFAULTS)


def _weak() -> str:
    return _RNG.choice(_WEAK)


def _name() -> str:
    return _RNG.choice(["DB", "MYSQL", "ADMIN", "KEY_STORE", "APP"]) + "_PASSWORD"


def _ids(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


def _dockerfile(line: str) -> str:
    return f'FROM eclipse-temurin:17-jre\nWORKDIR /app\n{line}\nCMD ["java", "-jar", "app.jar"]\n'


def test_a_default_password_set_by_env_or_arg_is_reported_as_in_an_env_file() -> None:
    for value in _DEFAULTS:
        name = _name()
        assert _ids("docker/.env", f"{name}={value}\n") == ["default-password"]  # the premise
        for path in ("Dockerfile", "docker/api/Dockerfile", "build/Dockerfile.prod"):
            for instruction in ("ENV", "ARG"):
                text = _dockerfile(f"{instruction} {name}={value}")
                assert _ids(path, text) == ["default-password"], (path, text)


def test_a_weak_password_set_by_env_is_reported_as_in_an_env_file() -> None:
    value, name = _weak(), _name()
    assert _ids("docker/.env", f"{name}={value}\n") == ["weak-password"]  # the premise
    assert _ids("Dockerfile", _dockerfile(f"ENV {name}={value}")) == ["weak-password"]
    assert _ids("Dockerfile", _dockerfile(f"ARG {name}={value}")) == ["weak-password"]


def test_dockerfile_decoys_are_not_reported() -> None:
    value = _default()
    for path, text in [
        # a trust store's password guards public certificates
        ("Dockerfile", _dockerfile("ENV TRUST_STORE_PASSWORD=changeit")),
        ("Dockerfile", _dockerfile("ENV JAVAX_NET_SSL_TRUSTSTOREPASSWORD=changeit")),
        # a reference, a file's path, an argument without a default, a length
        ("Dockerfile", _dockerfile("ENV DB_PASSWORD=${DB_PASSWORD}")),
        ("Dockerfile", _dockerfile("ENV DB_PASSWORD_FILE=/run/secrets/db_password")),
        ("Dockerfile", _dockerfile("ARG DB_PASSWORD")),
        ("Dockerfile", _dockerfile("ENV PASSWORD_MIN_LENGTH=12")),
        # a comment, documentation, and a shell command that is no setting
        ("Dockerfile", _dockerfile(f"# ENV NOTE=see DB_PASSWORD={value} in the wiki")),
        ("docs/docker.md", f"Set it in the image:\n\n    ENV DB_PASSWORD={value}\n"),
        ("Dockerfile", _dockerfile(f"RUN echo DB_PASSWORD={value} >> /etc/app.conf")),
        # a request to fill the value in, set now by an instruction as in an `.env` file
        ("Dockerfile", _dockerfile("ENV SECRET_KEY=please-set-me")),
        ("docker/.env", "JWT_SECRET=please_set_this\n"),
    ]:
        assert _ids(path, text) == [], (path, text)


def test_env_and_arg_are_no_setting_outside_configuration() -> None:
    # in code `ENV` is an identifier, not a Dockerfile instruction
    value = _default()
    assert _ids("src/build.py", f"ENV DB_PASSWORD={value}\n") == []
    assert _ids("src/Build.java", f"String s = ENV + DB_PASSWORD={value};\n") == []


def test_a_chosen_password_set_by_env_stays_reported() -> None:
    pool = string.ascii_letters + string.digits
    chosen = "".join(_RNG.choice(pool) for _ in range(12)) + "#7Qz"
    assert _ids("Dockerfile", _dockerfile(f"ENV DB_PASSWORD={chosen}")) != []
