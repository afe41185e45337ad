"""Xcode's own machine-written files and the names of a property list.

Xcode writes its source-control state (`*.xcscmblueprint`, `*.xccheckout`), its scheme list
(`xcschememanagement.plist`), its workspace checks and settings (`IDEWorkspaceChecks.plist`,
`*.xcsettings`), its performance baselines (`*.xcbaseline/*.plist`) and a user's window state
(`*.xcuserstate`) itself: the values there sit under Xcode's own names
(`...RepositoryIdentifierKey`, `IDESourceControlWCCIdentifierKey`) and are repository hashes,
UUIDs and object ids, not secrets. In any property list the text of a `<key>` element is a
dictionary's name, never a value (a run destination's UUID, an object id).

What a developer types stays reported: a key in an `.xcconfig`, a password or token in
`Info.plist`, an environment variable or a launch argument of a scheme, a URL's password.
Values made up here.
"""

from __future__ import annotations

from aiscan.models import Severity
from aiscan.secrets.findings import detection_findings
from tests.secrets_holdout import ENGINE

# made up for this test
_KEY = "4f8a1c2e9b7d3f6a0c5e8b1d2f4a7c9e"
_HASH = "9c41e7a2b05d3f86c1e4a97b2d0f5c83e6a1b4d7"
_UUID = "5B7E2C91-3D4A-4F60-9A8B-1C2D3E4F5A6B"
_PASS = "Qz7rT2mK#loans"
_PLIST_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
    '<plist version="1.0">\n'
)


def _found(path: str, text: str) -> list[tuple[str, int | None, Severity]]:
    scan = ENGINE.scan(path, text)
    return [(f.rule_id, f.location.start_line, f.severity) for f in detection_findings(scan, ENGINE)]


def test_a_run_destination_uuid_as_a_property_list_key_is_a_name() -> None:
    baseline = (
        f"{_PLIST_HEAD}<dict>\n\t<key>runDestinationsByUUID</key>\n\t<dict>\n\t\t<key>{_UUID}</key>\n"
        "\t\t<dict>\n\t\t\t<key>targetArchitecture</key>\n\t\t\t<string>arm64</string>\n"
        "\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n"
    )
    assert _found("ios/Loans.xcodeproj/xcshareddata/xcbaselines/A1.xcbaseline/Info.plist", baseline) == []
    # the same shape in an app's own property list: the key is still a name
    assert _found("ios/Loans/Settings.plist", baseline) == []


def test_xcode_scheme_management_object_ids_are_not_secrets() -> None:
    management = (
        f"{_PLIST_HEAD}<dict>\n\t<key>SuppressBuildableAutocreation</key>\n\t<dict>\n"
        "\t\t<key>8AD256121D6DE5F600C7D842</key>\n\t\t<dict>\n\t\t\t<key>primary</key>\n\t\t\t<true/>\n"
        "\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n"
    )
    path = "ios/Loans.xcodeproj/xcuserdata/dev.xcuserdatad/xcschemes/xcschememanagement.plist"
    assert _found(path, management) == []


def test_xcode_source_control_blueprint_hashes_are_not_secrets() -> None:
    blueprint = (
        "{\n"
        f'  "DVTSourceControlWorkspaceBlueprintPrimaryRemoteRepositoryKey" : "{_HASH}",\n'
        f'  "DVTSourceControlWorkspaceBlueprintIdentifierKey" : "{_UUID}",\n'
        '  "DVTSourceControlWorkspaceBlueprintRemoteRepositoriesKey" : [\n    {\n'
        f'      "DVTSourceControlWorkspaceBlueprintRemoteRepositoryIdentifierKey" : "{_HASH}"\n'
        "    }\n  ]\n}\n"
    )
    path = "ios/Loans.xcodeproj/project.xcworkspace/xcshareddata/Loans.xcscmblueprint"
    assert _found(path, blueprint) == []


def test_xcode_source_control_checkout_hashes_are_not_secrets() -> None:
    checkout = (
        f"{_PLIST_HEAD}<dict>\n\t<key>IDESourceControlProjectIdentifier</key>\n\t<string>{_UUID}</string>\n"
        f"\t<key>IDESourceControlWCCIdentifierKey</key>\n\t<string>{_HASH}</string>\n</dict>\n</plist>\n"
    )
    path = "ios/Loans.xcodeproj/project.xcworkspace/xcshareddata/Loans.xccheckout"
    assert _found(path, checkout) == []


def test_a_url_password_in_xcode_source_control_state_stays_reported() -> None:
    checkout = (
        f"{_PLIST_HEAD}<dict>\n\t<key>IDESourceControlProjectURL</key>\n"
        f"\t<string>https://deploy:{_KEY}@git.qarz.kz/loans.git</string>\n</dict>\n</plist>\n"
    )
    path = "ios/Loans.xcodeproj/project.xcworkspace/xcshareddata/Loans.xccheckout"
    assert [(r, s) for r, _, s in _found(path, checkout)] == [("url-credentials", Severity.CRITICAL)]


def test_a_key_in_an_xcconfig_stays_high() -> None:
    text = f"PRODUCT_NAME = Loans\nSCORING_API_KEY = {_KEY}\n"
    assert _found("ios/Config/Release.xcconfig", text) == [("generic-secret-assignment", 2, Severity.HIGH)]


def test_a_password_and_a_token_in_info_plist_stay_high() -> None:
    plist = (
        f"{_PLIST_HEAD}<dict>\n\t<key>LedgerPassword</key>\n\t<string>{_PASS}</string>\n"
        f"\t<key>ApiToken</key>\n\t<string>{_KEY}</string>\n</dict>\n</plist>\n"
    )
    assert _found("ios/Loans/Info.plist", plist) == [
        ("plist-secret", 5, Severity.HIGH),
        ("plist-secret", 7, Severity.HIGH),
    ]


def test_a_token_in_a_schemes_environment_variables_stays_high() -> None:
    scheme = (
        "<Scheme>\n <LaunchAction>\n  <EnvironmentVariables>\n"
        f'   <EnvironmentVariable key="API_TOKEN" value="{_KEY}" isEnabled="YES"/>\n'
        "  </EnvironmentVariables>\n  <CommandLineArguments>\n"
        f'   <CommandLineArgument argument = "--password={_PASS}" isEnabled = "YES">\n'
        "   </CommandLineArgument>\n  </CommandLineArguments>\n </LaunchAction>\n</Scheme>\n"
    )
    path = "ios/Loans.xcodeproj/xcshareddata/xcschemes/Loans.xcscheme"
    assert [(r, s) for r, _, s in _found(path, scheme)] == [
        ("generic-secret-assignment", Severity.HIGH),
        ("command-line-secret-flag", Severity.HIGH),
    ]


def test_a_key_element_outside_a_property_list_is_still_read() -> None:
    text = f"<license>\n  <key>{_KEY}</key>\n</license>\n"
    assert _found("config/licence.xml", text) == [("generic-secret-assignment", 2, Severity.HIGH)]


def test_a_token_in_a_schemes_environment_variables_as_xcode_writes_them_is_high() -> None:
    # Xcode writes each attribute on a line of its own
    scheme = (
        "<Scheme>\n <LaunchAction>\n  <EnvironmentVariables>\n   <EnvironmentVariable\n"
        f'      key = "API_TOKEN"\n      value = "{_KEY}"\n      isEnabled = "YES">\n'
        "   </EnvironmentVariable>\n  </EnvironmentVariables>\n </LaunchAction>\n</Scheme>\n"
    )
    path = "ios/Loans.xcodeproj/xcshareddata/xcschemes/Loans.xcscheme"
    assert _found(path, scheme) == [("name-value-secret", 5, Severity.HIGH)]


def test_a_scheme_variable_named_for_no_secret_is_not_reported() -> None:
    scheme = (
        "<EnvironmentVariable\n"
        f'   key = "OS_ACTIVITY_MODE"\n   value = "{_KEY}"\n   isEnabled = "YES">\n</EnvironmentVariable>\n'
        "<EnvironmentVariable\n"
        '   key = "API_TOKEN"\n   value = "$(API_TOKEN)"\n   isEnabled = "YES">\n</EnvironmentVariable>\n'
    )
    assert _found("ios/Loans.xcodeproj/xcshareddata/xcschemes/Loans.xcscheme", scheme) == []
