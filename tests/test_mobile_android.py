"""Android checks on the release build: manifest merge (main, flavours, release; debug left out),
targetSdk-dependent defaults, network security config, Gradle build types (aiscan.mobile)."""

from __future__ import annotations

from pathlib import Path

from aiscan.mobile.gradle import parse_gradle
from aiscan.models import RunStatus
from tests.mobile_support import flaws, scan, write_tree

NS = 'xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools"'


def manifest(app_attrs: str = "", body: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<manifest {NS}>\n'
        f'    <application android:label="x"{app_attrs}>\n{body}    </application>\n</manifest>\n'
    )


def gradle(target: str = "34", extra: str = "") -> str:
    return (
        "plugins { id 'com.android.application' }\nandroid {\n    defaultConfig {\n"
        f"        targetSdk {target}\n    }}\n{extra}}}\n"
    )


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    base = {"settings.gradle": "include ':app'\n", "app/build.gradle": gradle()}
    base.update(files)
    return write_tree(tmp_path / "t", base)


def test_missing_allow_backup_is_the_default_true_and_reported_on_the_application_tag(tmp_path: Path) -> None:
    root = tree(
        tmp_path, {"app/src/main/AndroidManifest.xml": manifest(' android:usesCleartextTraffic="false"')}
    )
    found = flaws(scan(root), "android-allow-backup")
    assert [(f.location.path, f.location.start_line) for f in found] == [
        ("app/src/main/AndroidManifest.xml", 3)
    ]
    assert "default is true" in found[0].message


def test_a_flavour_manifest_overrides_main_and_a_placeholder_is_not_guessed(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {
            "app/src/main/AndroidManifest.xml": manifest(' android:allowBackup="true"'),
            "app/src/prod/AndroidManifest.xml": manifest(' android:allowBackup="false"'),
        },
    )
    assert flaws(scan(root), "android-allow-backup") == []
    placeholder = tree(
        tmp_path / "p", {"app/src/main/AndroidManifest.xml": manifest(' android:allowBackup="${backup}"')}
    )
    assert flaws(scan(placeholder), "android-allow-backup") == []


def test_release_manifest_wins_and_debug_manifest_is_ignored(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {
            "app/src/main/AndroidManifest.xml": manifest(
                ' android:allowBackup="false"',
                '        <activity android:name=".Pay" android:exported="true" />\n',
            ),
            "app/src/release/AndroidManifest.xml": manifest(
                "", '        <activity android:name=".Pay" tools:node="remove" />\n'
            ),
            "app/src/debug/AndroidManifest.xml": manifest(' android:debuggable="true"'),
        },
    )
    outcome = scan(root)
    assert flaws(outcome, "android-exported-component") == []
    assert flaws(outcome, "android-debuggable") == []


def test_attribute_lines_are_exact_whether_on_the_tag_line_or_below(tmp_path: Path) -> None:
    text = (
        f'<manifest {NS}>\n  <application android:debuggable="true"\n'
        '      android:allowBackup="true"\n      android:label="x">\n'
        '    <service android:name=".Sync"\n        android:exported="true"/>\n'
        "  </application>\n</manifest>\n"
    )
    outcome = scan(tree(tmp_path, {"app/src/main/AndroidManifest.xml": text}))
    assert [f.location.start_line for f in flaws(outcome, "android-debuggable")] == [2]
    assert [f.location.start_line for f in flaws(outcome, "android-allow-backup")] == [3]
    assert [f.location.start_line for f in flaws(outcome, "android-exported-component")] == [6]


FILTERED = (
    '        <activity android:name=".Deeplink">\n            <intent-filter>\n'
    '                <action android:name="android.intent.action.VIEW" />\n'
    "            </intent-filter>\n        </activity>\n"
)


def test_implicit_export_depends_on_target_sdk_resolved_from_shared_build_files(tmp_path: Path) -> None:
    files = {
        "build.gradle": "ext {\n    targetSdkVersion = 30\n}\n",
        "app/build.gradle": gradle("rootProject.ext.targetSdkVersion"),
        "app/src/main/AndroidManifest.xml": manifest(' android:allowBackup="false"', FILTERED),
    }
    found = flaws(scan(tree(tmp_path, files)), "android-implicitly-exported-component")
    assert [f.location.start_line for f in found] == [4] and "targetSdk 30" in found[0].message
    files["gradle/libs.versions.toml"] = '[versions]\ntargetSdk = "34"\n'
    files["build.gradle"] = "// nothing here\n"
    files["app/build.gradle"] = gradle("libs.versions.targetSdk.get().toInt()")
    assert flaws(scan(tree(tmp_path / "b", files)), "android-implicitly-exported-component") == []


def test_launcher_and_permission_protected_components_are_not_reported(tmp_path: Path) -> None:
    body = (
        '        <activity android:name=".Main" android:exported="true">\n            <intent-filter>\n'
        '                <action android:name="android.intent.action.MAIN" />\n'
        '                <category android:name="android.intent.category.LAUNCHER" />\n'
        "            </intent-filter>\n        </activity>\n"
        '        <service android:name=".Job" android:exported="true"'
        ' android:permission="android.permission.BIND_JOB_SERVICE" />\n'
    )
    outcome = scan(
        tree(
            tmp_path,
            {"app/src/main/AndroidManifest.xml": manifest("", body), "app/build.gradle": gradle("30")},
        )
    )
    assert flaws(outcome, "android-exported-component") == []
    assert flaws(outcome, "android-implicitly-exported-component") == []


def test_the_target_of_a_launcher_activity_alias_is_the_launcher_activity(tmp_path: Path) -> None:
    # the launcher entry is an <activity-alias>; the activity it points to is the app's public
    # front door, named in full or relative to the package
    body = (
        '        <activity android:name="kz.mfo.app.ui.HomeActivity" android:exported="true" />\n'
        '        <activity android:name=".ui.PayActivity" android:exported="true" />\n'
        '        <activity android:name=".ui.TransferActivity" android:exported="true" />\n'
        '        <activity-alias android:name=".Home" android:targetActivity=".ui.HomeActivity">\n'
        "            <intent-filter>\n"
        '                <action android:name="android.intent.action.MAIN" />\n'
        '                <category android:name="android.intent.category.LAUNCHER" />\n'
        "            </intent-filter>\n        </activity-alias>\n"
        '        <activity-alias android:name="kz.mfo.app.Pay"\n'
        '            android:targetActivity="kz.mfo.app.ui.PayActivity">\n'
        "            <intent-filter>\n"
        '                <action android:name="android.intent.action.MAIN" />\n'
        '                <category android:name="android.intent.category.LEANBACK_LAUNCHER" />\n'
        "            </intent-filter>\n        </activity-alias>\n"
    )
    text = manifest(' android:allowBackup="false"', body).replace(
        "<manifest ", '<manifest package="kz.mfo.app" '
    )
    outcome = scan(
        tree(tmp_path, {"app/src/main/AndroidManifest.xml": text, "app/build.gradle": gradle("30")})
    )
    found = flaws(outcome, "android-exported-component")
    assert [f.message.split()[1] for f in found] == [".ui.TransferActivity"]
    assert flaws(outcome, "android-implicitly-exported-component") == []


def nsc(base: str, extra: str = "") -> str:
    head = '<?xml version="1.0" encoding="utf-8"?>\n<network-security-config>\n'
    return f"{head}    <base-config {base}/>\n{extra}</network-security-config>\n"


def test_network_security_config_governs_cleartext(tmp_path: Path) -> None:
    attrs = (
        ' android:allowBackup="false" android:usesCleartextTraffic="true"'
        ' android:networkSecurityConfig="@xml/nsc"'
    )
    files = {
        "app/src/main/AndroidManifest.xml": manifest(attrs),
        "app/src/main/res/xml/nsc.xml": nsc(
            'cleartextTrafficPermitted="false"',
            '    <domain-config cleartextTrafficPermitted="true">\n        <domain>10.0.2.2</domain>\n'
            "    </domain-config>\n",
        ),
    }
    assert flaws(scan(tree(tmp_path, files)), "android-cleartext-traffic") == []
    files["app/src/main/res/xml/nsc.xml"] = nsc(
        'cleartextTrafficPermitted="false"',
        '    <domain-config cleartextTrafficPermitted="true">\n        <domain>sms.example.kz</domain>\n'
        "    </domain-config>\n",
    )
    found = flaws(scan(tree(tmp_path / "b", files)), "android-cleartext-traffic")
    assert [(f.location.path, f.location.start_line) for f in found] == [("app/src/main/res/xml/nsc.xml", 4)]
    assert "sms.example.kz" in found[0].message


def test_cleartext_to_onion_services_is_not_cleartext_on_the_network(tmp_path: Path) -> None:
    # a .onion name is reached only through Tor, which encrypts the connection and authenticates
    # the service by its address (RFC 7686); plain HTTP to it crosses no network in clear
    attrs = ' android:allowBackup="false" android:networkSecurityConfig="@xml/nsc"'
    domains = '        <domain includeSubdomains="true">onion</domain>\n'
    domains += "        <domain>exampleabcdefghijklmnopqrstuvwxyz234567abcdefghijklmnop.onion</domain>\n"
    files = {
        "app/src/main/AndroidManifest.xml": manifest(attrs),
        "app/src/main/res/xml/nsc.xml": nsc(
            'cleartextTrafficPermitted="false"',
            f'    <domain-config cleartextTrafficPermitted="true">\n{domains}    </domain-config>\n',
        ),
    }
    assert flaws(scan(tree(tmp_path, files)), "android-cleartext-traffic") == []
    mixed = domains + "        <domain>rates.example.kz</domain>\n"
    files["app/src/main/res/xml/nsc.xml"] = nsc(
        'cleartextTrafficPermitted="false"',
        f'    <domain-config cleartextTrafficPermitted="true">\n{mixed}    </domain-config>\n',
    )
    found = flaws(scan(tree(tmp_path / "b", files)), "android-cleartext-traffic")
    assert len(found) == 1 and found[0].message == "cleartext HTTP permitted for rates.example.kz"


def test_base_config_default_permits_cleartext_below_api_28(tmp_path: Path) -> None:
    files = {
        "app/build.gradle": gradle("27"),
        "app/src/main/AndroidManifest.xml": manifest(
            ' android:allowBackup="false" android:networkSecurityConfig="@xml/nsc"'
        ),
        "app/src/main/res/xml/nsc.xml": nsc(""),
    }
    assert len(flaws(scan(tree(tmp_path, files)), "android-cleartext-traffic")) == 1
    files["app/build.gradle"] = gradle("28")
    assert flaws(scan(tree(tmp_path / "b", files)), "android-cleartext-traffic") == []


def test_target_sdk_from_the_manifest_when_no_build_file(tmp_path: Path) -> None:
    text = manifest(' android:allowBackup="false"').replace(
        "    <application", '    <uses-sdk android:targetSdkVersion="25" />\n    <application'
    )
    root = write_tree(tmp_path / "legacy", {"AndroidManifest.xml": text})
    assert len(flaws(scan(root), "android-cleartext-traffic")) == 1


def test_library_modules_are_not_apps_of_their_own(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {
            "app/src/main/AndroidManifest.xml": manifest(' android:allowBackup="false"'),
            "lib/build.gradle": "plugins { id 'com.android.library' }\n",
            "lib/src/main/AndroidManifest.xml": manifest(""),
        },
    )
    outcome = scan(root)
    assert outcome.run.status is RunStatus.OK
    assert flaws(outcome, "android-allow-backup") == []


def test_gradle_release_build_type_is_read_as_text_and_comments_do_not_count() -> None:
    text = (
        "plugins { id 'com.android.application' }\nandroid {\n  buildTypes {\n    debug { debuggable true }\n"
        "    release {\n      // debuggable true\n      minifyEnabled true\n    }\n  }\n}\n"
    )
    facts = parse_gradle(text)
    assert facts.release_debuggable is None
    assert facts.release_minify is not None and facts.release_minify.value == "true"
    kts = 'android {\n  buildTypes {\n    getByName("release") {\n      isDebuggable = true\n    }\n  }\n}\n'
    located = parse_gradle(kts).release_debuggable
    assert located is not None and located.line == 4


def test_a_release_switch_given_by_a_variable_of_the_same_build_file_is_resolved() -> None:
    # the React Native template: `def enableProguardInReleaseBuilds = false`, then
    # `minifyEnabled enableProguardInReleaseBuilds`
    text = (
        "apply plugin: 'com.android.application'\n"
        "def enableProguardInReleaseBuilds = false\nval debugRelease = true\n"
        "android {\n  buildTypes {\n    release {\n      minifyEnabled enableProguardInReleaseBuilds\n"
        "      debuggable debugRelease\n    }\n  }\n}\n"
    )
    facts = parse_gradle(text)
    assert facts.release_minify is not None and (facts.release_minify.value, facts.release_minify.line) == (
        "false",
        7,
    )
    assert facts.release_debuggable is not None and facts.release_debuggable.value == "true"
    # a value the build computes is not guessed
    computed = text.replace(
        "def enableProguardInReleaseBuilds = false", "def enableProguardInReleaseBuilds = isCi()"
    )
    assert parse_gradle(computed).release_minify is None


def test_kotlin_multiplatform_android_main_is_the_main_manifest_and_flutter_profile_is_not_release(
    tmp_path: Path,
) -> None:
    root = write_tree(
        tmp_path / "kmp",
        {
            "settings.gradle.kts": 'include(":composeApp")\n',
            "composeApp/build.gradle.kts": 'plugins { id("com.android.application") }\n',
            "composeApp/src/androidMain/AndroidManifest.xml": manifest(
                ' android:usesCleartextTraffic="false"'
            ),
            "composeApp/src/profile/AndroidManifest.xml": manifest(' android:debuggable="true"'),
        },
    )
    outcome = scan(root)
    assert [f.location.path for f in flaws(outcome, "android-allow-backup")] == [
        "composeApp/src/androidMain/AndroidManifest.xml"
    ]
    assert flaws(outcome, "android-debuggable") == []


def test_android_studio_template_backup_rules_exclude_nothing(tmp_path: Path) -> None:
    template = (
        '<?xml version="1.0" encoding="utf-8"?>\n<data-extraction-rules>\n    <cloud-backup>\n'
        "        <!-- TODO: Use <include> and <exclude> to control what is backed up. -->\n"
        "    </cloud-backup>\n</data-extraction-rules>\n"
    )
    attrs = '\n        android:allowBackup="true"\n        android:dataExtractionRules="@xml/rules"'
    files = {
        "app/src/main/AndroidManifest.xml": manifest(attrs),
        "app/src/main/res/xml/rules.xml": template,
    }
    found = flaws(scan(tree(tmp_path, files)), "android-allow-backup")
    assert [f.location.start_line for f in found] == [5]
    assert "include or exclude nothing" in found[0].message
    files["app/src/main/res/xml/rules.xml"] = template.replace(
        "<!-- TODO: Use <include> and <exclude> to control what is backed up. -->",
        '<exclude domain="sharedpref" path="." />',
    )
    assert flaws(scan(tree(tmp_path / "b", files)), "android-allow-backup") == []


def test_a_module_with_an_unknown_plugin_is_an_app_only_with_a_launcher_activity(tmp_path: Path) -> None:
    launcher = (
        '        <activity android:name=".Main" android:exported="true">\n            <intent-filter>\n'
        '                <action android:name="android.intent.action.MAIN" />\n'
        '                <category android:name="android.intent.category.LAUNCHER" />\n'
        "            </intent-filter>\n        </activity>\n"
    )
    root = tree(
        tmp_path,
        {
            "app/build.gradle.kts": 'plugins { id("mfo.convention.app") }\n',
            "app/src/main/AndroidManifest.xml": manifest("", launcher),
            "feature/build.gradle.kts": 'plugins { id("mfo.convention.feature") }\n',
            "feature/src/main/AndroidManifest.xml": manifest(""),
        },
    )
    outcome = scan(root)
    assert [f.location.path for f in flaws(outcome, "android-allow-backup")] == [
        "app/src/main/AndroidManifest.xml"
    ]
    assert outcome.run.reason == "apps: Android app/"


def test_a_manifest_kept_as_a_template_is_read_when_the_source_set_has_no_manifest(tmp_path: Path) -> None:
    # the build copies AndroidManifestBase.xml to AndroidManifest.xml, filling in placeholders
    template = manifest(' android:icon="${APP_ICON}" android:versionName="__versionName__"')
    files = {
        "app/src/main/AndroidManifestBase.xml": template,
        "app/src/main/kotlin/kz/mfo/MainActivity.kt": "package kz.mfo\n\nclass MainActivity\n",
    }
    found = flaws(scan(tree(tmp_path, files)), "android-allow-backup")
    assert [f.location.path for f in found] == ["app/src/main/AndroidManifestBase.xml"]
    # beside the real manifest, the template is not read a second time
    files["app/src/main/AndroidManifest.xml"] = template
    found = flaws(scan(tree(tmp_path / "b", files)), "android-allow-backup")
    assert [f.location.path for f in found] == ["app/src/main/AndroidManifest.xml"]
