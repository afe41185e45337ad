"""Two kinds of credential written where their reach is known, each reported at a severity that
says why.

A notifier or analytics key that its vendor ships inside every build of a client (Bugsnag's
notifier API key, an Amplitude API key, a Segment write key, a Mixpanel project token) only
submits events to the project: it is not a server secret. It is reported low, with the reason.
The same vendors' server credentials (a Bugsnag data-access auth token, a Sentry auth token, an
Amplitude secret key, a Mixpanel API secret) keep their severity.

A credential in a test tool's section of `package.json` (Detox's end-to-end build configuration,
Jest's) belongs to the test build: reported at the detector's test severity. The same keytool
command in a release script, and a keystore password in a signing configuration or
`gradle.properties`, stay high. Values made up here.
"""

from __future__ import annotations

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

# made up for this test
_KEY = "4f8a1c2e9b7d3f6a0c5e8b1d2f4a7c9e"
_PASS = "Qz7rT2mK#loans"


def _found(path: str, text: str) -> list[tuple[str, int | None, Severity, str]]:
    scan = ENGINE.scan(path, text)
    return [
        (f.rule_id, f.location.start_line, f.severity, f.message) for f in detection_findings(scan, ENGINE)
    ]


def _severities(path: str, text: str) -> list[Severity]:
    return [s for _, _, s, _ in _found(path, text)]


def test_bugsnag_notifier_key_in_a_property_list_is_low_and_says_why() -> None:
    plist = (
        "<plist>\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Loans</string>\n"
        f"\t<key>bugsnag</key>\n\t<dict>\n\t\t<key>apiKey</key>\n\t\t<string>{_KEY}</string>\n"
        "\t</dict>\n</dict>\n</plist>\n"
    )
    found = _found("ios/Loans/Info.plist", plist)
    assert [(r, n, s) for r, n, s, _ in found] == [("plist-secret", 7, Severity.LOW)]
    assert "Bugsnag" in found[0][3] and "not a server secret" in found[0][3]
    legacy = f"<dict>\n\t<key>BugsnagAPIKey</key>\n\t<string>{_KEY}</string>\n</dict>\n"
    assert _severities("ios/Loans/Info.plist", legacy) == [Severity.LOW]


def test_an_api_key_in_another_dictionary_of_the_property_list_stays_high() -> None:
    plist = (
        "<dict>\n\t<key>bugsnag</key>\n\t<dict>\n\t\t<key>releaseStage</key>\n\t\t<string>prod</string>\n"
        f"\t</dict>\n\t<key>scoring</key>\n\t<dict>\n\t\t<key>apiKey</key>\n\t\t<string>{_KEY}</string>\n"
        "\t</dict>\n</dict>\n"
    )
    assert _severities("ios/Loans/Info.plist", plist) == [Severity.HIGH]


def test_notifier_and_analytics_keys_by_their_settings_names_are_low() -> None:
    for text in (
        f"Bugsnag.start({{ apiKey: '{_KEY}' }})\n",
        f'BUGSNAG_API_KEY = "{_KEY}"\n',
        f'AMPLITUDE_API_KEY = "{_KEY}"\n',
        f'SEGMENT_WRITE_KEY = "{_KEY}"\n',
        f'MIXPANEL_TOKEN = "{_KEY}"\n',
    ):
        assert _severities("src/config.js", text) == [Severity.LOW], text


def test_the_same_vendors_server_credentials_stay_high() -> None:
    for text in (
        f'BUGSNAG_AUTH_TOKEN = "{_KEY}"\n',
        f'AMPLITUDE_SECRET_KEY = "{_KEY}"\n',
        f'MIXPANEL_API_SECRET = "{_KEY}"\n',
        f'SCORING_API_KEY = "{_KEY}"\n',
        # an apiKey handed to some other client, after a Bugsnag call has closed
        f"Bugsnag.start({{ releaseStage: 'prod' }})\nconst scoring = new Client({{ apiKey: '{_KEY}' }})\n",
    ):
        assert _severities("src/config.js", text) == [Severity.HIGH], text
    token = (
        "sntrys_eyJpYXQiOjE3MDAwMDAwMDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIn0_"
        + "Zq8vR2mX7pLk9wT4bN6cYh3JdF5sA1gE0uI2oP"
    )
    assert Severity.HIGH in _severities("sentry.properties", f"defaults.org=loans\nauth.token={token}\n")


def test_a_sentry_dsn_public_key_in_an_ingest_url_is_low_and_says_why() -> None:
    # The `sentry_key` of an ingest URL is the DSN's public key: every browser that loads the
    # page holds it, and it only submits events to the project.
    for text in (
        f'const url = "https://o4510.ingest.sentry.io/api/4520/envelope/?sentry_version=7&sentry_key={_KEY}";\n',
        f'var u="https://sentry.qarz.kz/api/12/store/?sentry_key={_KEY}&sentry_version=7";\n',
    ):
        [(rule, _, severity, message)] = _found("src/diagnose.js", text)
        assert (rule, severity) == ("url-query-secret", Severity.LOW), text
        assert "Sentry" in message


def test_a_sentry_dsn_with_its_secret_part_and_other_query_keys_stay_high() -> None:
    dsn = f'SENTRY_DSN = "https://{_KEY}:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b@sentry.qarz.kz/12"\n'
    assert [s.rank >= Severity.HIGH.rank for s in _severities("src/settings.py", dsn)] == [True]
    for text in (
        f'URL = "https://api.scoring.kz/v1/check?api_key={_KEY}"\n',
        f'URL = "https://api.scoring.kz/v1/check?client_key={_KEY}"\n',
    ):
        assert _severities("src/client.js", text) == [Severity.HIGH], text


def _package(section: str, command: str) -> str:
    return (
        '{\n  "name": "loans-app",\n'
        f'  "{section}": {{\n    "configurations": {{\n      "android.release": {{\n'
        f'        "build": "{command}"\n      }}\n    }}\n  }}\n}}\n'
    )


def test_a_keystore_password_in_the_detox_build_configuration_is_a_test_credential() -> None:
    command = f"keytool -genkeypair -keystore e2e.keystore -alias e2e -storepass {_PASS} -dname cn=e2e"
    found = _found("package.json", _package("detox", command))
    assert [(r, n, s) for r, n, s, _ in found] == [("command-line-secret-flag", 6, Severity.MEDIUM)]
    assert "detox" in found[0][3]


def test_the_same_command_outside_a_test_tools_section_stays_high() -> None:
    command = f"keytool -genkeypair -keystore release.keystore -alias rel -storepass {_PASS}"
    assert _severities("package.json", _package("release", command)) == [Severity.HIGH]
    scripts = f'{{\n  "scripts": {{\n    "sign": "{command}",\n    "detox": "detox test"\n  }}\n}}\n'
    assert _severities("package.json", scripts) == [Severity.HIGH]
    # a section named like a test tool, but not at the top of package.json
    nested = f'{{\n  "config": {{\n    "detox": {{\n      "build": "{command}"\n    }}\n  }}\n}}\n'
    assert _severities("package.json", nested) == [Severity.HIGH]
    # another JSON file with a `detox` key is not package.json
    assert _severities("deploy/settings.json", _package("detox", command)) == [Severity.HIGH]


def test_release_signing_passwords_stay_high() -> None:
    props = f"MYAPP_UPLOAD_STORE_PASSWORD={_PASS}\n"
    assert _severities("android/gradle.properties", props) == [Severity.HIGH]
    gradle = (
        "android {\n  signingConfigs {\n    release {\n      storeFile file('release.keystore')\n"
        f"      storePassword '{_PASS}'\n    }}\n  }}\n}}\n"
    )
    assert _severities("android/app/build.gradle", gradle) == [Severity.HIGH]


def test_a_detox_configuration_file_is_a_test_tools_configuration() -> None:
    command = f"keytool -genkeypair -keystore e2e.keystore -alias e2e -storepass {_PASS}"
    rc = (
        f'{{\n  "configurations": {{\n    "android.release": {{\n      "build": "{command}"\n    }}\n  }}\n'
        "}\n"
    )
    assert _severities(".detoxrc.json", rc) == [Severity.MEDIUM]
