"""iOS checks: App Transport Security in XML and binary plists, INFOPLIST_KEY_* build settings,
UserDefaults versus Keychain, file protection (aiscan.mobile)."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

from aiscan.models import RunStatus
from tests.mobile_support import flaws, present, scan, write_tree


def info(extra: dict[str, Any], fmt: Any = plistlib.FMT_XML) -> bytes:
    return plistlib.dumps({"CFBundleIdentifier": "kz.example", **extra}, fmt=fmt, sort_keys=False)


def test_arbitrary_loads_with_exception_domains_is_still_reported_on_its_line(tmp_path: Path) -> None:
    ats = {
        "NSAllowsArbitraryLoads": True,
        "NSExceptionDomains": {"api.example.kz": {"NSIncludesSubdomains": True}},
    }
    root = write_tree(tmp_path / "t", {"App/Info.plist": info({"NSAppTransportSecurity": ats})})
    found = flaws(scan(root), "ios-ats-arbitrary-loads")
    text = (root / "App/Info.plist").read_text().splitlines()
    assert len(found) == 1 and "NSAllowsArbitraryLoads" in text[found[0].location.start_line - 1]  # type: ignore[operator]
    assert "exception domain" in found[0].message


def test_ios10_keys_override_arbitrary_loads_and_web_content_is_reported(tmp_path: Path) -> None:
    ats = {"NSAllowsArbitraryLoads": True, "NSAllowsArbitraryLoadsInWebContent": True}
    outcome = scan(write_tree(tmp_path / "t", {"App/Info.plist": info({"NSAppTransportSecurity": ats})}))
    assert flaws(outcome, "ios-ats-arbitrary-loads") == []
    assert len(flaws(outcome, "ios-ats-web-content-loads")) == 1


def test_binary_plists_are_read_without_lines(tmp_path: Path) -> None:
    ats = {"NSExceptionDomains": {"old.example.kz": {"NSExceptionMinimumTLSVersion": "TLSv1.1"}}}
    data = info({"NSAppTransportSecurity": ats}, plistlib.FMT_BINARY)
    outcome = scan(write_tree(tmp_path / "t", {"App/Info.plist": data, "App/App.swift": "import UIKit\n"}))
    found = flaws(outcome, "ios-ats-insecure-exception-domain")
    assert [(f.location.path, f.location.start_line) for f in found] == [("App/Info.plist", None)]
    assert "TLSv1.1" in found[0].message


def test_exception_domains_for_localhost_and_tls12_pass(tmp_path: Path) -> None:
    ats = {
        "NSExceptionDomains": {
            "localhost": {"NSExceptionAllowsInsecureHTTPLoads": True},
            "api.example.kz": {"NSExceptionMinimumTLSVersion": "TLSv1.2"},
        }
    }
    outcome = scan(write_tree(tmp_path / "t", {"App/Info.plist": info({"NSAppTransportSecurity": ats})}))
    assert flaws(outcome, "ios-ats-insecure-exception-domain") == []


def test_plain_http_to_onion_services_is_not_an_insecure_exception(tmp_path: Path) -> None:
    # .onion names are reached only through Tor, which encrypts and authenticates the connection
    ats = {
        "NSExceptionDomains": {
            "onion": {"NSExceptionAllowsInsecureHTTPLoads": True, "NSIncludesSubdomains": True},
            "wallet.onion": {"NSExceptionAllowsInsecureHTTPLoads": True},
            "rates.example.kz": {"NSExceptionAllowsInsecureHTTPLoads": True},
        }
    }
    outcome = scan(write_tree(tmp_path / "t", {"App/Info.plist": info({"NSAppTransportSecurity": ats})}))
    found = flaws(outcome, "ios-ats-insecure-exception-domain")
    assert [f.message.split(":")[0] for f in found] == ["rates.example.kz"]


def test_plists_of_tests_and_pods_are_not_the_app(tmp_path: Path) -> None:
    bad = info({"NSAppTransportSecurity": {"NSAllowsArbitraryLoads": True}})
    root = write_tree(
        tmp_path / "t",
        {"App/Info.plist": info({}), "AppTests/Info.plist": bad, "Pods/Lib/Info.plist": bad},
    )
    assert flaws(scan(root), "ios-ats-arbitrary-loads") == []


def test_userdefaults_secrets_in_swift_and_objective_c_but_not_keychain_wrappers(tmp_path: Path) -> None:
    swift = (
        "import KeychainSwift\n\nlet keychain = KeychainSwift()\n"
        'func save(_ t: String) {\n    keychain.set(t, forKey: "token")\n'
        "    UserDefaults.standard.set(t, forKey: Keys.refreshToken)\n"
        '    UserDefaults.standard.set(true, forKey: "seenIntro")\n}\n'
        '@AppStorage("userPin") var pin = ""\n'
    )
    objc = '[[NSUserDefaults standardUserDefaults] setObject:password forKey:@"password"];\n'
    root = write_tree(
        tmp_path / "t", {"App/Info.plist": info({}), "App/Store.swift": swift, "App/Legacy.m": objc}
    )
    outcome = scan(root)
    got = sorted((f.location.path, f.location.start_line) for f in flaws(outcome, "ios-userdefaults-secret"))
    assert got == [("App/Legacy.m", 1), ("App/Store.swift", 6), ("App/Store.swift", 9)]
    assert present(outcome, "ios-keychain-storage")


def test_infoplist_key_build_settings_in_the_xcode_project(tmp_path: Path) -> None:
    pbx = (
        "{\n\tbuildSettings = {\n\t\tINFOPLIST_KEY_UIFileSharingEnabled = YES;\n\t};\n"
        '\tproductType = "com.apple.product-type.application";\n}\n'
    )
    root = write_tree(
        tmp_path / "t", {"App.xcodeproj/project.pbxproj": pbx, "App/App.swift": "import UIKit\n"}
    )
    outcome = scan(root)
    assert outcome.run.status is RunStatus.OK
    found = flaws(outcome, "ios-file-sharing-enabled")
    assert [(f.location.path, f.location.start_line) for f in found] == [("App.xcodeproj/project.pbxproj", 3)]
    # the app's folder is the Xcode project's: absent protections are reported there
    assert {f.location.path for f in flaws(outcome, "ios-jailbreak-detection")} == {"./"}
    # a project that builds no application (a framework, a tool) is not an app
    framework = write_tree(
        tmp_path / "f",
        {"Kit.xcodeproj/project.pbxproj": pbx.replace("application", "framework"), "K.swift": ""},
    )
    assert scan(framework).run.status is RunStatus.PARTIAL


def test_file_protection_none_and_keychain_always(tmp_path: Path) -> None:
    code = (
        "import Foundation\n"
        "try data.write(to: url, options: .noFileProtection)\n"
        "let a = [kSecAttrAccessible: kSecAttrAccessibleAlways]\n"
        "// kSecAttrAccessibleAlways in a comment does not count\n"
    )
    outcome = scan(write_tree(tmp_path / "t", {"App/Info.plist": info({}), "App/Files.swift": code}))
    assert [f.location.start_line for f in flaws(outcome, "ios-file-protection-none")] == [2]
    assert [f.location.start_line for f in flaws(outcome, "ios-keychain-accessible-always")] == [3]


def test_a_flutter_macos_plist_is_not_a_mobile_app(tmp_path: Path) -> None:
    bad = info({"NSAppTransportSecurity": {"NSAllowsArbitraryLoads": True}})
    root = write_tree(
        tmp_path / "t",
        {
            "ios/Runner/Info.plist": info({}),
            "macos/Runner/Info.plist": bad,
            "lib/main.dart": "void main() {}\n",
        },
    )
    outcome = scan(root)
    assert flaws(outcome, "ios-ats-arbitrary-loads") == []
    assert {f.location.path for f in flaws(outcome, "ios-jailbreak-detection")} == {"ios/"}


def test_a_macos_installer_packages_plist_is_not_a_mobile_app(tmp_path: Path) -> None:
    # a Java server's installers: the macOS package's Info.plist (Installer's IFPkgFlag keys)
    package = info(
        {"CFBundleIdentifier": "kz.mfo.server", "IFPkgFlagAuthorizationAction": "AdminAuthorization"}
    )
    root = write_tree(
        tmp_path / "t",
        {
            "installers/src/main/resources/installers/macosxpkg/Info.plist": package,
            "installers/src/main/resources/installers/pkg/Info.plist": package,
            "server/src/main/java/kz/mfo/Server.java": "class Server {}\n",
        },
    )
    assert flaws(scan(root), "ios-jailbreak-detection") == []


def test_an_app_plist_beside_an_installer_package_is_still_an_app(tmp_path: Path) -> None:
    package = info({"IFPkgFlagAuthorizationAction": "AdminAuthorization"})
    root = write_tree(
        tmp_path / "t",
        {"installer/macosxpkg/Info.plist": package, "App/Info.plist": info({}), "App/A.swift": ""},
    )
    assert {f.location.path for f in flaws(scan(root), "ios-jailbreak-detection")} == {"./"}


def test_an_app_property_list_kept_as_a_template_is_read(tmp_path: Path) -> None:
    # the build copies Runner/InfoBase.plist to Runner/Info.plist
    ats = {"NSAppTransportSecurity": {"NSAllowsArbitraryLoads": True}}
    template = info({"CFBundlePackageType": "APPL", **ats})
    files: dict[str, str | bytes] = {
        "ios/Runner/InfoBase.plist": template,
        "ios/Runner/AppDelegate.swift": "import UIKit\n",
    }
    outcome = scan(write_tree(tmp_path / "t", files))
    assert [f.location.path for f in flaws(outcome, "ios-ats-arbitrary-loads")] == [
        "ios/Runner/InfoBase.plist"
    ]
    assert outcome.run.status is RunStatus.OK
    # beside the property list the build made, the template is not read a second time
    files["ios/Runner/Info.plist"] = template
    found = flaws(scan(write_tree(tmp_path / "b", files)), "ios-ats-arbitrary-loads")
    assert [f.location.path for f in found] == ["ios/Runner/Info.plist"]
