"""A password in a URL query or connection string that is an injection payload, not a password:
a page that teaches or tests SQL injection links `/login?username=admin&password=%27%2F*`, whose
value decodes to punctuation only (`'/*`). A password with a letter or a digit stays reported."""

from __future__ import annotations

from tests.secrets_holdout import ENGINE


def _rules(path: str, text: str) -> list[str]:
    return sorted(d.detector.id for d in ENGINE.scan(path, text).detections)


def test_a_percent_encoded_payload_of_punctuation_is_not_a_password() -> None:
    page = (
        'LINKS = ["/login?username=admin&amp;password=%27%2F*&amp;password=*%2F%27%20OR%20%27",'
        ' "/login?password=%27%29%29--"]\n'
    )
    assert "connection-string-password" not in _rules("app/pages.py", page)


def test_a_percent_encoded_password_with_letters_is_still_reported() -> None:
    dsn = 'DSN = "Server=db01;Database=loans;User Id=app;Password=Kx%2F9vQ%40r7Lm2;"\n'
    assert "connection-string-password" in _rules("app/settings.py", dsn)
