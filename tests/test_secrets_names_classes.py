"""Secret names the generic assignment did not read (docs/measurements/secrets.md, "Secret names
the generic assignment did not read"): a two-letter name (`pw`) whose random value happens to
hold the same two letters, `pword` as a password's name, a name after a colon followed by a
space and a bare value (`:secret <value>`, a Ruby symbol or a note's key), and a name with two
suffixes (`key2-string : <value>`). Every value here is made up."""

from __future__ import annotations

from tests.secrets_holdout import secret_detector_ids

VALUE = "Jq4Tz8LmRx2VbN7cKp"
# A key's bare name (`key`, like `server_key`) takes only a value no person would type: 20
# characters or more of random letters and digits.
LONG = "Jq4Tz8LmRx2VbN7cKpW3vYh5"
GENERIC = "generic-secret-assignment"


def test_two_letter_name_inside_a_random_value_is_reported() -> None:
    for path, text in (
        ("conf/app.ini", "pw=Xq7pwR4tLz9mKc2V\n"),
        ("deploy/.env", "PW=Hd3kPWz8Rm2qLx7N\n"),
        ("notes/secret.txt", "Pw=Tz5vN8pWq2LmKx4R\n"),
    ):
        assert GENERIC in secret_detector_ids(path, text), text


def test_value_made_of_its_own_name_is_not_reported() -> None:
    for text in ("pw=pw123456\n", "pw=my_pw_2024\n", "password=password_01\n"):
        assert secret_detector_ids("conf/app.ini", text) == [], text
    # a short name inside a value made of words: a field's name, not chance
    assert secret_detector_ids("src/models.py", '_map = {"key": "replicaEncryptionKeySha384"}\n') == []


def test_pword_is_a_password_name() -> None:
    for path, text in (
        ("notes/secret.txt", f"pword={VALUE}\n"),
        ("conf/app.ini", f"db_pword = {VALUE}\n"),
        ("notes/secret.txt", f"PWORD:{VALUE}\n"),
        ("config/app.yml", "admin_pword: Kd7#mW2xQ9\n"),
    ):
        assert GENERIC in secret_detector_ids(path, text), text
    assert secret_detector_ids("conf/app.ini", "pword=${DB_PWORD}\n") == []


def test_name_after_a_colon_then_a_bare_value_is_reported() -> None:
    for name, value in (("secret", VALUE), ("key", LONG), ("pass", VALUE), ("passphrase", VALUE)):
        text = f":{name} {value}\n"
        assert GENERIC in secret_detector_ids("notes/secret.txt", text), text
    assert GENERIC in secret_detector_ids("config/deploy.yml", f"  :secret {VALUE}\n")


def test_name_after_a_colon_not_a_secret_is_not_reported() -> None:
    for path, text in (
        ("docs/usage.md", "Use the :key option to pass the signing key\n"),
        ("docs/usage.md", "Pass :secret yes to hide it\n"),
        ("docs/usage.md", ":key value\n"),
        ("lib/app.rb", f"validates :password {VALUE}\n"),
        ("lib/app.rb", "attr_reader :key\n  :secret\n"),
        ("notes/secret.txt", ":key SigningKeyHolder\n"),
        ("notes/secret.txt", ":secret <your-secret-here>\n"),
        ("notes/secret.txt", ":pass changeme\n"),
        ("notes/secret.txt", f":key {VALUE} and more words\n"),
    ):
        assert secret_detector_ids(path, text) == [], text


def test_name_with_two_suffixes_is_read() -> None:
    for name in ("key2-string", "pass2-string", "passphrase2-string", "password2_b64"):
        text = f"{name} : {LONG}\n"
        assert GENERIC in secret_detector_ids("notes/secret.txt", text), text
    assert secret_detector_ids("notes/secret.txt", "key2-string : KeyHolderName\n") == []
