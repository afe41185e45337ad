"""A weak password set in a typed declaration (TypeScript `const password: string = "..."`,
Kotlin/Scala `val password: String = "..."`, Swift `let password: String = "..."`, Python
`password: str = "..."`): the type between the name and `=` is no part of the value, so the
declaration is judged as the same assignment without a type. Near misses: a type alone (an
interface's or a data class's field, a parameter's type), a property typed as a password's own
type, and a comparison.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE


def _hits(path: str, text: str) -> list[tuple[str, str]]:
    return [(d.detector.id, d.value) for d in ENGINE.scan(path, text).detections]


TYPED = [
    ("src/config.ts", "const password: string = 'qwerty123';\n", "qwerty123"),
    ("src/db.ts", 'export const dbPassword: string = "changeme";\n', "changeme"),
    ("app/src/main/kotlin/Config.kt", 'val password: String = "admin123"\n', "admin123"),
    ("Sources/App/Settings.swift", 'let password: String = "password1"\n', "password1"),
    ("app/settings.py", 'DB_PASSWORD: str = "secret7"\n', "secret7"),
]


def test_a_typed_declaration_of_a_weak_password_is_reported() -> None:
    for path, text, value in TYPED:
        assert ("weak-password", value) in _hits(path, text), (path, _hits(path, text))


def test_the_same_declarations_without_a_type_stay_reported() -> None:
    for path, text, value in TYPED:
        untyped = text.replace(": string", "").replace(": String", "").replace(": str", "")
        assert ("weak-password", value) in _hits(path, untyped), (path, _hits(path, untyped))


NOT_A_PASSWORD = [
    # a field's type, no value
    ("src/models/user.ts", "interface User {\n  password: string;\n}\n"),
    ("src/models/User.kt", "data class User(val login: String, val password: String)\n"),
    ("src/auth.ts", "function login(user: string, password: string): boolean {\n"),
    # a property typed as its own class, given no literal
    ("src/models/account.ts", "  password: PasswordHash = hash(input);\n"),
    # a comparison, not a declaration
    ("src/check.ts", "if (password: string == 'qwerty123') {}\n"),
]


def test_types_alone_and_comparisons_are_not_passwords() -> None:
    for path, text in NOT_A_PASSWORD:
        assert not [h for h in _hits(path, text) if h[0] == "weak-password"], (path, _hits(path, text))
