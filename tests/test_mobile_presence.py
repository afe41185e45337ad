"""Presence checks of point 25 on native, React Native, Flutter and Capacitor apps, and how their
evidence turns a requirement PASS or FAIL (aiscan.mobile.presence, aiscan.compliance.evaluate)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aiscan.analyzers.base import ScanContext
from aiscan.compliance.catalogue import load_catalogue
from aiscan.compliance.evaluate import evaluate
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.mobile.analyzer import MobileConfigAnalyzer
from aiscan.models import AnalyzerRun, Component, RunStatus, Status, assign_fingerprints
from tests.conftest import TODAY
from tests.mobile_support import flaws, present, scan, write_tree

MANIFEST = (
    '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n'
    '    <application android:allowBackup="false" android:usesCleartextTraffic="false" />\n</manifest>\n'
)
ROOT_KT = (
    'package kz.x\nval p = "/system/xbin/su"\nfun f(a: android.app.Activity) { if (isRooted()) a.finish() }\n'
)
PLIST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
    "\t<key>CFBundleIdentifier</key>\n\t<string>kz.example</string>\n</dict>\n</plist>\n"
)


def native_android(root: Path, code: dict[str, str], gradle_deps: str = "") -> Path:
    files = {
        "android/settings.gradle": "include ':app'\n",
        "android/app/build.gradle": "plugins { id 'com.android.application' }\ndependencies {\n"
        + gradle_deps
        + "}\n",
        "android/app/src/main/AndroidManifest.xml": MANIFEST,
    }
    files.update({f"android/app/src/main/java/kz/x/{k}": v for k, v in code.items()})
    return write_tree(root, files)


def test_hand_written_su_check_that_blocks_is_recognised(tmp_path: Path) -> None:
    code = (
        "package kz.x\n\nimport java.io.File\n\nfun isDeviceRooted(): Boolean =\n"
        '    arrayOf("/system/xbin/su", "/sbin/su").any { File(it).exists() }\n\n'
        "fun onStart(a: android.app.Activity) {\n    if (isDeviceRooted()) a.finish()\n}\n"
    )
    outcome = scan(native_android(tmp_path / "t", {"Root.kt": code}))
    evidence = present(outcome, "android-root-detection")
    assert [(e.location.path, e.location.start_line) for e in evidence] == [
        ("android/app/src/main/java/kz/x/Root.kt", 6)
    ]
    assert flaws(outcome, "integrity-check-not-enforced") == []
    assert flaws(outcome, "android-root-detection") == []


def test_commented_out_detection_does_not_count_and_absence_names_the_app_folder(tmp_path: Path) -> None:
    code = "package kz.x\n\n// RootBeer(context).isRooted was removed\nclass A\n"
    outcome = scan(native_android(tmp_path / "t", {"A.kt": code}))
    missing = flaws(outcome, "android-root-detection")
    assert [f.location.path for f in missing] == ["android/"]
    assert "RootBeer" in missing[0].message and "looked for" in missing[0].message


def test_a_declared_dependency_counts_but_an_uncalled_check_is_reported(tmp_path: Path) -> None:
    outcome = scan(
        native_android(
            tmp_path / "t",
            {"A.kt": "package kz.x\nclass A\n"},
            "    implementation 'com.scottyab:rootbeer-lib:0.1.0'\n",
        )
    )
    evidence = present(outcome, "android-root-detection")
    assert evidence and evidence[0].location.path == "android/app/build.gradle"
    assert "declared" in evidence[0].message
    assert [f.location.path for f in flaws(outcome, "integrity-check-not-enforced")] == [
        "android/app/build.gradle"
    ]


def test_play_integrity_verdict_sent_to_the_server_is_enforcement(tmp_path: Path) -> None:
    code = (
        "package kz.x\n\nimport com.google.android.play.core.integrity.IntegrityManagerFactory\n\n"
        "fun token(c: android.content.Context) =\n"
        "    IntegrityManagerFactory.create(c).requestIntegrityToken(req)\n"
    )
    outcome = scan(native_android(tmp_path / "t", {"Integrity.kt": code}))
    assert present(outcome, "android-root-detection")
    assert flaws(outcome, "integrity-check-not-enforced") == []


def test_react_native_jail_monkey_covers_both_platforms(tmp_path: Path) -> None:
    package = '{\n  "dependencies": {\n    "react-native": "0.74.1",\n    "jail-monkey": "2.8.0"\n  }\n}\n'
    guard = (
        "import JailMonkey from 'jail-monkey';\n\nexport function guard(setBlocked) {\n"
        "  if (JailMonkey.isJailBroken()) {\n    setBlocked(true);\n  }\n}\n"
    )
    root = native_android(tmp_path / "rn", {})
    write_tree(
        root,
        {
            "package.json": package,
            "src/guard.js": guard,
            "ios/App/Info.plist": PLIST,
            "ios/App.xcodeproj/project.pbxproj": "{\n}\n",
        },
    )
    outcome = scan(root)
    for rule in ("android-root-detection", "ios-jailbreak-detection"):
        evidence = present(outcome, rule)
        assert [(e.location.path, e.location.start_line) for e in evidence] == [("src/guard.js", 1)], rule
    assert flaws(outcome, "integrity-check-not-enforced") == []


def test_react_native_privacy_packages_cover_screenshots_and_the_app_switcher(tmp_path: Path) -> None:
    # react-native-obscure sets FLAG_SECURE on Android; react-native-privacy-snapshot blurs the
    # iOS window when the app resigns active
    package = (
        '{\n  "dependencies": {\n    "react-native": "0.74.1",\n'
        '    "react-native-obscure": "1.2.1",\n    "react-native-privacy-snapshot": "1.0.0"\n  }\n}\n'
    )
    privacy = (
        "import Obscure from 'react-native-obscure';\n\n"
        "export const hide = () => Obscure.activateObscure();\n"
    )
    root = native_android(tmp_path / "rn", {})
    write_tree(
        root,
        {
            "package.json": package,
            "src/privacy.android.js": privacy,
            "ios/App/Info.plist": PLIST,
            "ios/App.xcodeproj/project.pbxproj": "{\n}\n",
        },
    )
    outcome = scan(root)
    assert [e.location.path for e in present(outcome, "android-screen-protection")] == [
        "src/privacy.android.js"
    ]
    assert [e.location.path for e in present(outcome, "ios-snapshot-protection")] == ["package.json"]
    assert flaws(outcome, "android-screen-protection") == flaws(outcome, "ios-snapshot-protection") == []


def test_flutter_packages_in_pubspec_and_dart_code(tmp_path: Path) -> None:
    pubspec = (
        "name: loans\ndependencies:\n  flutter:\n    sdk: flutter\n  upgrader: ^10.0.0\n  freerasp: ^6.0.0\n"
    )
    dart = (
        "import 'package:upgrader/upgrader.dart';\n\n"
        "final app = UpgradeAlert(upgrader: Upgrader(minAppVersion: '3.0.0'), showIgnore: false);\n"
    )
    root = native_android(tmp_path / "fl", {})
    write_tree(root, {"pubspec.yaml": pubspec, "lib/main.dart": dart, "ios/Runner/Info.plist": PLIST})
    outcome = scan(root)
    assert present(outcome, "android-update-notice")[0].location.path == "lib/main.dart"
    assert present(outcome, "ios-forced-update")[0].location.path == "lib/main.dart"
    # freeRASP only declared in pubspec.yaml: recognised, and said to be never called
    assert present(outcome, "ios-jailbreak-detection")[0].location.path == "pubspec.yaml"
    assert flaws(outcome, "integrity-check-not-enforced")


def test_a_flutter_project_whose_pubspec_is_a_template_is_still_the_project(tmp_path: Path) -> None:
    # the build writes pubspec.yaml from pubspec_base.yaml: the Dart code is the app's all the same
    pubspec = "dependencies:\n  flutter:\n    sdk: flutter\n  flutter_secure_storage: ^9.0.0\n"
    dart = (
        "import 'package:flutter_secure_storage/flutter_secure_storage.dart';\n\n"
        "final storage = FlutterSecureStorage();\n"
    )
    root = native_android(tmp_path / "fl", {})
    write_tree(
        root, {"pubspec_base.yaml": pubspec, "lib/core/keys.dart": dart, "ios/Runner/Info.plist": PLIST}
    )
    outcome = scan(root)
    assert [e.location.path for e in present(outcome, "android-secure-storage")] == ["lib/core/keys.dart"]
    assert [e.location.path for e in present(outcome, "ios-keychain-storage")] == ["lib/core/keys.dart"]


def test_objective_c_fork_check_and_cydia_probe(tmp_path: Path) -> None:
    objc = (
        "#import <Foundation/Foundation.h>\n\nBOOL IsJailbroken(void) {\n    int pid = fork();\n"
        "    if (pid >= 0) { return YES; }\n    return NO;\n}\n"
    )
    root = write_tree(tmp_path / "t", {"App/Info.plist": PLIST, "App/Jail.m": objc})
    evidence = present(scan(root), "ios-jailbreak-detection")
    assert [(e.location.path, e.location.start_line) for e in evidence] == [("App/Jail.m", 4)]


def test_hygiene_notice_in_kazakh_strings(tmp_path: Path) -> None:
    root = native_android(tmp_path / "t", {})
    write_tree(
        root,
        {
            "android/app/src/main/res/values-kk/strings.xml": (
                '<resources>\n    <string name="h">SMS-кодты ешкімге айтпаңыз</string>\n</resources>\n'
            )
        },
    )
    evidence = present(scan(root), "android-cyber-hygiene-notice")
    assert evidence and evidence[0].location.path.endswith("values-kk/strings.xml")


def test_presence_evidence_passes_and_absence_fails_the_requirement(tmp_path: Path) -> None:
    catalogue = load_catalogue()
    with_root = scan(
        native_android(
            tmp_path / "a",
            {"R.kt": ROOT_KT},
        )
    )
    without = scan(native_android(tmp_path / "b", {"A.kt": "package kz.x\nclass A\n"}))

    def status(outcome: object, rid: str) -> tuple[Status, str]:
        runs = [AnalyzerRun("mobile-config", RunStatus.OK, "aiscan")]
        findings = assign_fingerprints(outcome.findings)  # type: ignore[attr-defined]
        results = evaluate(catalogue, findings, runs, (Component.MOBILE,), today=TODAY)
        r = next(r for r in results if r.requirement_id == rid)
        return r.status, r.reason

    assert status(with_root, "p25.2")[0] is Status.FAIL  # remote-control detection is still missing
    st, why = status(without, "p25.2")
    assert st is Status.FAIL
    st, why = status(with_root, "p25.10")
    assert st is Status.MANUAL  # absent location: a medium finding, below the threshold
    remote = (
        "package kz.x\nfun c(am: android.view.accessibility.AccessibilityManager) =\n"
        "    am.getEnabledAccessibilityServiceList(0)\n"
    )
    both = scan(
        native_android(
            tmp_path / "c",
            {
                "R.kt": ROOT_KT,
                "Remote.kt": remote,
            },
        )
    )
    st, why = status(both, "p25.2")
    assert st is Status.PASS and "protection found" in why and "R.kt:2" in why


def test_mobile_component_without_an_app_project_is_partial(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "t", {"Sources/Lib/Thing.swift": "struct Thing {}\n"})
    outcome = scan(root)
    assert outcome.run.status is RunStatus.PARTIAL
    assert "no AndroidManifest.xml, Info.plist or Xcode project" in outcome.run.gaps[0].reason


def test_no_mobile_component_is_ok_and_silent(tmp_path: Path) -> None:
    outcome = scan(write_tree(tmp_path / "t", {"app.py": "print('hi')\n"}))
    assert outcome.run.status is RunStatus.OK and outcome.findings == ()


def test_a_scoped_scan_reports_flaws_of_its_files_but_no_absent_protection(tmp_path: Path) -> None:
    root = native_android(tmp_path / "t", {"A.kt": "package kz.x\nclass A\n"})
    manifest = "android/app/src/main/AndroidManifest.xml"
    (root / manifest).write_text(MANIFEST.replace('allowBackup="false"', 'allowBackup="true"'))
    inv = build_inventory(root, only=[manifest])
    config = replace(ScanConfig(root), only_paths=(manifest,))
    outcome = MobileConfigAnalyzer().run(ScanContext(config, inv))
    assert {f.rule_id for f in outcome.findings} == {"android-allow-backup"}
    assert "presence checks left to the full scan" in outcome.run.reason


def test_a_root_detection_package_is_recognised_by_its_name(tmp_path: Path) -> None:
    root = native_android(tmp_path / "t", {})
    write_tree(root, {"pubspec.yaml": "name: loans\ndependencies:\n  flutter_root_detection: ^1.2.0\n"})
    evidence = present(scan(root), "android-root-detection")
    assert [(e.location.path, e.location.start_line) for e in evidence] == [("pubspec.yaml", 3)]
