"""A key whose name ends in a bare `private` (`RECAPTCHA_PRIVATE=`, `recaptcha.private=`,
`vapid.private <value>`, `private: "..."` beside `public:`, `const vapidPrivate = "..."`), written
as our own cases (own values, made up for these tests) before the rules changed for it, with
decoys of the same shape:

- `private` is a weak name, like `access`, `server_key` or `salt`: only a value no person would
  type (a UUID, a long hex or base64 string, random letters and digits) counts;
- `private` is also the access modifier of Java, Kotlin, C#, TypeScript, PHP, Swift and Scala:
  a member declared after it (`private hash = "<digest>"`, `private val x = "..."`,
  `private static final String CHECKSUM = "..."`) is named by its own name, not by `private`.
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import ENGINE, lines_reported

ALNUM_32 = "Wq3ZtR8pXv1LmN6bKc9YdH2sFj7GaE4u"
ALNUM_43 = "Bf7Kq2ZxR9tLmW4vNc8YpH3sDj6GaE1uQo5TiX0rVzA"
HEX_40 = "9c41e7b02fd86a35e1b7c04d29f8a6e3b5d07c1f"
HEX_64 = "5e0b9a17c3f4d28e61a7b90c45d3e2f18a6c7b0d94e3f25a1c8b7d60e9f4a3b2"

REPORTED = [
    # -- after `=` or `:`, in settings
    (".env", f"RECAPTCHA_PRIVATE={ALNUM_43}\n", 1),
    ("conf/app.properties", f"recaptcha.private={ALNUM_43}\n", 1),
    ("config/push.yml", f'vapid:\n  public: "{ALNUM_32}"\n  private: "{ALNUM_43}"\n', 3),
    ("keys/vapid.json", f'{{"public": "{ALNUM_32}", "private": "{ALNUM_43}"}}\n', 1),
    # -- in code, the name written in one word
    ("src/push.js", f'const vapidPrivate = "{ALNUM_43}";\n', 1),
    ("src/push.ts", f'export const VAPID_PRIVATE = "{ALNUM_43}";\n', 1),
    ("src/push.py", f'PAYMENTS_PRIVATE = "{HEX_64}"\n', 1),
    # -- the name before the value with spaces only
    ("conf/app.properties", f"vapid.private {ALNUM_43}\n", 1),
    ("notes.txt", f"captcha PRIVATE {ALNUM_32}\n", 1),
    # -- the name of a private key written short
    (".env", f"WALLET_PRIVKEY={HEX_64}\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- `private` as an access modifier, the member named after it
    ("src/cache.ts", f'class Cache {{\n  private hash = "{HEX_40}";\n}}\n'),
    ("src/cache.ts", f'class Cache {{\n  private readonly hash = "{HEX_40}";\n}}\n'),
    ("src/Cache.kt", f'class Cache {{\n    private val digest = "{HEX_40}"\n}}\n'),
    ("src/Cache.kt", f'class Cache {{\n    private const val DIGEST = "{HEX_40}"\n}}\n'),
    ("src/Cache.java", f'class Cache {{\n    private static final String CHECKSUM = "{HEX_40}";\n}}\n'),
    ("src/Cache.java", f'class Cache {{\n    private String etag = "{HEX_40}";\n}}\n'),
    ("src/Cache.cs", f'class Cache {{\n    private string _etag = "{HEX_40}";\n}}\n'),
    ("src/Cache.php", f"class Cache {{\n    private $hash = '{HEX_40}';\n}}\n"),
    ("src/Cache.swift", f'struct Cache {{\n    private let hash = "{HEX_40}"\n}}\n'),
    ("src/Cache.scala", f'class Cache {{\n  private[this] val hash = "{HEX_40}"\n}}\n'),
    ("src/cache.ts", f'class Cache {{\n  private "{HEX_40}": string;\n}}\n'),
    # -- a flag, a word or a mode under the name
    ("package.json", '{\n  "name": "loans-web",\n  "private": true\n}\n'),
    ("config/repo.yml", "repository:\n  private: false\n"),
    ("config/bucket.yml", "bucket:\n  visibility: private\n"),
    (".env", "STORAGE_PRIVATE=yes\n"),
    # -- a value a person types, a variable or a placeholder
    (".env", "RECAPTCHA_PRIVATE=Almaty2024\n"),
    (".env", "RECAPTCHA_PRIVATE=${RECAPTCHA_PRIVATE_KEY}\n"),
    ("conf/app.properties", "recaptcha.private=" + "x" * 40 + "\n"),
    ("src/push.js", "const vapidPrivate = process.env.VAPID_PRIVATE;\n"),
    # -- names that do not end in the word
    ("src/settings.py", f'PRIVATE_REPO_URL = "{ALNUM_32}"\n'),
    ("notes.txt", f"keep it private {ALNUM_32}\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)


# -- which `-test` files are test code for the secrets' severity ------------------------------------


@pytest.mark.parametrize("path", ["test/request-test.js", "web/src/login.test.ts", "pkg/client_test.go"])
def test_test_files_by_folder_or_test_suffix(path: str) -> None:
    assert ENGINE.ruleset.test_paths.search(path) is not None


@pytest.mark.parametrize(
    "path", ["lib/commands/install-test.js", "src/services/ab-test.js", "dist/rest/request-test.js"]
)
def test_a_dash_test_name_outside_test_folders_is_shipped_code(path: str) -> None:
    """A `-test` suffix names a product file as often as a test (a CLI's `install-test` command,
    an A/B test service): a key there keeps the detector's own severity."""
    assert ENGINE.ruleset.test_paths.search(path) is None
