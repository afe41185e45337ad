"""A literal under a secret's name that is only the fixed part of a value built at run time
(`String tempPassword = "Repay@" + digits;`): the password is composed when the code runs, and
the literal alone is no credential. A literal that is itself a value no person would type (a
long hex key) is still reported however it is joined, and so is a literal joined to another
literal, or standing alone. Cases written here, values made here.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE


def _lines(path: str, text: str) -> list[tuple[str, int]]:
    return sorted((d.detector.id, d.line) for d in ENGINE.scan(path, text).detections)


BUILT_AT_RUN_TIME = [
    (
        "src/main/java/kz/mfo/reset/ResetService.java",
        "class ResetService {\n    String issue(int digits) {\n"
        '        String tempPassword = "Repay@Kz" + digits;\n        return tempPassword;\n    }\n}\n',
    ),
    (
        "Loans/Services/PinService.cs",
        "class PinService {\n    string Issue(int code) {\n"
        '        var resetPassword = "Kzt#Pin" + code.ToString();\n        return resetPassword;\n    }\n}\n',
    ),
    (
        "server/session.js",
        'const adminPassword = "Almaty#" + process.env.NODE_SUFFIX;\nmodule.exports = adminPassword;\n',
    ),
    (
        "server/cookies.js",
        'const sessionSecret = "loan-svc:" + process.env.NODE_SUFFIX;\nmodule.exports = sessionSecret;\n',
    ),
    (
        "app/otp.py",
        'def issue(suffix):\n    temp_password = "Kzt#Repay" + suffix\n    return temp_password\n',
    ),
    (
        "src/Reset.php",
        "<?php\nfunction issue($n) {\n    $tempPassword = 'Repay@Kz' . $n;\n    return $tempPassword;\n}\n",
    ),
]


def test_a_literal_joined_to_a_run_time_value_is_no_secret() -> None:
    for path, text in BUILT_AT_RUN_TIME:
        assert _lines(path, text) == [], (path, _lines(path, text))


def test_a_whole_literal_or_one_joined_to_a_literal_is_still_reported() -> None:
    path = "src/main/java/kz/mfo/reset/ResetService.java"
    alone = 'class R {\n    String tempPassword = "Repay@Kz7!q";\n}\n'
    assert _lines(path, alone) == [("generic-secret-assignment", 2)]
    two_literals = 'class R {\n    String tempPassword = "Repay@Kz" + "7!q";\n}\n'
    assert _lines(path, two_literals) == [("generic-secret-assignment", 2)]


def test_a_machine_made_literal_is_reported_however_it_is_joined() -> None:
    key = "c41e07ab3d26f9e0b7d15a8c2e4f6a90"  # 32 hex digits, made here
    text = f'class K {{\n    String signingKey = "{key}" + region;\n}}\n'
    assert _lines("src/main/java/kz/mfo/Keys.java", text) == [("generic-secret-assignment", 2)]


def test_a_configuration_value_is_not_code() -> None:
    # `+` inside a configuration value is part of the value, not a concatenation
    assert _lines("config/app.yml", 'reset_password: "Repay@Kz" + tail\n') != []
