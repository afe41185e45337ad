"""The class the sixth CredData part showed, written as our own cases before the rule for it,
with near-miss decoys:

- a credential object serialised into a string under a secret's name: an API's token header
  whose value is a JSON object (`"Apitoken": "{\\"name\\":\\"root\\",\\"sig\\":\\"<hex>\\"}"`, as
  recorded API documentation and clients write it, escaped inside JSON or in single quotes in
  code) carries the credential in one of its members. The member's machine-made value is the
  secret; an identifier member (`id`, `request_id`), a UUID, a placeholder, a reference, a value
  made by no machine, and objects under names that are no secret's (`cache_key`, `public_key`)
  are not.
"""

from __future__ import annotations

from tests.secrets_holdout import ENGINE

SIG = "7c41e09ab3d25f86c0e1d4b7a9f3268e"  # 32 hex digits, made here
TOKEN = "Qm7Zt2Lk9VwR4xNc8PbY3sHd6JfG1aEu"  # 32 letters and digits, made here
UUID = "5b0f3c1e-8a72-4d9e-b6c4-2f7a91d3e805"


def _lines(path: str, text: str) -> list[tuple[str, int]]:
    return sorted((d.detector.id, d.line) for d in ENGINE.scan(path, text).detections)


def _found(path: str, text: str) -> set[int]:
    return {line for _, line in _lines(path, text)}


def test_a_token_header_holding_a_serialised_credential_object_is_reported() -> None:
    recorded = (
        '{\n  "RequestHeader": {\n'
        f'    "Apitoken": "{{\\"name\\": \\"ops\\", \\"sig\\": \\"{SIG}\\"}}",\n'
        '    "Content-Type": " application/json"\n  }\n}\n'
    )
    assert _found("docs/api/admin.json", recorded) == {3}
    in_code = f'HEADERS = {{"Apitoken": \'{{"name":"ops","sig":"{SIG}"}}\'}}\n'
    assert _found("client/session.py", in_code) == {1}
    other_name = f'auth_token: \'{{"user": "svc-billing", "token": "{TOKEN}"}}\'\n'
    assert _found("deploy/values.yml", other_name) == {1}


def test_the_reported_value_is_the_member_not_the_object() -> None:
    text = f'{{\n  "Apitoken": "{{\\"name\\": \\"ops\\", \\"sig\\": \\"{SIG}\\"}}"\n}}\n'
    result = ENGINE.scan("docs/api/admin.json", text)
    assert len(result.detections) == 1
    d = result.detections[0]
    assert text[d.start : d.end] == SIG


def test_serialised_objects_that_hold_no_credential_are_not_reported() -> None:
    decoys = [
        # a placeholder, a reference, a value made by no machine
        '{\n  "Apitoken": "{\\"name\\": \\"ops\\", \\"sig\\": \\"<your-signature>\\"}"\n}\n',
        '{\n  "Apitoken": "{\\"name\\": \\"ops\\", \\"sig\\": \\"${API_SIG}\\"}"\n}\n',
        '{\n  "Apitoken": "{\\"name\\": \\"ops\\", \\"sig\\": \\"operations-team-signature\\"}"\n}\n',
        # an identifier member, and a UUID (ids are not reported)
        f'{{\n  "session_token": "{{\\"request_id\\": \\"{SIG}\\"}}"\n}}\n',
        f'{{\n  "Apitoken": "{{\\"name\\": \\"ops\\", \\"sig\\": \\"{UUID}\\"}}"\n}}\n',
        # names of no secret
        f'{{\n  "cache_key": "{{\\"digest\\": \\"{SIG}\\"}}"\n}}\n',
        f'{{\n  "public_key": "{{\\"kid\\": \\"ops\\", \\"n\\": \\"{TOKEN}\\"}}"\n}}\n',
        # an empty object, then a hash elsewhere on the line: not a member of the object
        f'{{"token": "{{}}", "etag": {{"hash": "{SIG}"}}}}\n',
    ]
    for text in decoys:
        assert _lines("docs/api/admin.json", text) == [], text
