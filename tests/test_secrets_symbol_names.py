"""A Ruby symbol or a note's key whose name ends in a secret's word (`:db_password <value>`,
`:api_key <value>`), followed by a space and a bare value that ends the line: read as
`:password <value>` is. Values are made up."""

from __future__ import annotations

from tests.secrets_holdout import secret_detector_ids

VALUE = "Vb3Kq8TzLm5Rx2WcNp"
LONG = "Vb3Kq8TzLm5Rx2WcNpH7sYd4"
GENERIC = "generic-secret-assignment"


def test_a_prefixed_name_after_a_colon_then_a_bare_value_is_reported() -> None:
    for path, text in (
        ("notes/secret.txt", f":db_password {VALUE}\n"),
        ("notes/secret.txt", f":smtp_pass {VALUE}\n"),
        ("notes/secret.txt", f":api_key {LONG}\n"),
        ("config/deploy.yml", f"  :db_password {VALUE}\n"),
    ):
        assert GENERIC in secret_detector_ids(path, text), text


def test_a_prefixed_name_not_after_a_lone_colon_or_not_a_secret_is_not_reported() -> None:
    for path, text in (
        ("notes/secret.txt", f"db_password {VALUE}\n"),  # no colon: prose as much as a setting
        ("notes/secret.txt", f"host:db_password {VALUE}\n"),  # a colon inside a word
        ("notes/secret.txt", f"App::db_password {VALUE}\n"),  # a namespace
        ("notes/secret.txt", ":db_password changeme\n"),
        ("notes/secret.txt", ":db_password <your-password>\n"),
        ("notes/secret.txt", f":db_password {VALUE} and more words\n"),
        ("lib/app.rb", f"validates :db_password {VALUE}\n"),
        ("docs/usage.md", "Pass :db_password to set the database password\n"),
        ("notes/secret.txt", ":cache_key SessionCacheHolder\n"),
    ):
        assert secret_detector_ids(path, text) == [], text
