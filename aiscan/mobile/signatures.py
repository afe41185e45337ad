"""What the presence checks look for, per rule: code, package and text signatures of the
protections point 25 asks for (root/jailbreak detection, remote-control detection, update flows,
screen protection, secure storage, location, cyber-hygiene advice). `where` limits a signature to
code ("code"), package and build manifests ("build"), user-facing strings ("text"), or any."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aiscan.mobile.needles import needles as literal_needles


@dataclass(frozen=True)
class Signature:
    pattern: re.Pattern[str]
    what: str
    where: str = "any"
    also: re.Pattern[str] | None = None  # the same file must also match this
    # Lower-case literals one of which a matching text must contain (None: no cheap test).
    needles: tuple[str, ...] | None = None

    def may_match(self, lowered: str) -> bool:
        return self.needles is None or any(n in lowered for n in self.needles)


def sig(
    pattern: str,
    what: str,
    where: str = "any",
    also: str | None = None,
    flags: int = 0,
    needles: tuple[str, ...] | None = None,
) -> Signature:
    compiled = re.compile(pattern, flags)
    also_re = re.compile(also, flags) if also else None
    return Signature(compiled, what, where, also_re, needles or literal_needles(pattern))


# Cross-platform packages (React Native, Flutter, Capacitor/Cordova), by what they protect.
_XP_ROOT_PACKAGES = (
    sig(r"\bJailMonkey\b|jail-monkey", "jail-monkey"),
    sig(r"\bFlutterJailbreakDetection\b|flutter_jailbreak_detection", "flutter_jailbreak_detection"),
    sig(r"\bSafeDevice\s*\.|\bsafe_device\b", "safe_device"),
    sig(
        r"jailbreak_root_detection|root_jailbreak_sniffer|\btrust_fall\b|root_checker|flutter_root_jailbreak"
        r"|\bJailbreakRootDetection\b|app_device_integrity|flutter_security_checker",
        "Flutter root/jailbreak package",
    ),
    sig(r"freerasp|\bTalsec\b|\buseFreeRasp\b", "freeRASP (Talsec)"),
    sig(
        r"capacitor-jailbreak-root-detection|cordova-plugin-iroot|\bIRoot\b|react-native-root-detection"
        r"|react-native-is-device-rooted|@react-native-community/rootbeer|react-native-google-play-integrity"
        r"|@capacitor-community/device-security|react-native-device-security",
        "root/jailbreak detection package",
    ),
)
_XP_ROOT: tuple[Signature, ...] = (
    *_XP_ROOT_PACKAGES,
    sig(
        r"(?i)(?:jail[-_]?break|root(?:ed)?)[-_](?:detect\w*|check\w*|sniffer|guard)",
        "root/jailbreak detection package",
        "build",
        needles=("jail", "root"),
    ),
)
_XP_UPDATE = (
    sig(r"\bupgrader\b|\bUpgradeAlert\b|\bUpgrader\b", "upgrader"),
    sig(r"\bnew_version(?:_plus)?\b|\bNewVersion(?:Plus)?\b", "new_version_plus"),
    sig(r"\bin_app_update\b|\bInAppUpdate\.", "in_app_update"),
    sig(r"react-native-version-check|\bVersionCheck\.", "react-native-version-check"),
    sig(
        r"sp-react-native-in-app-updates|\bSpInAppUpdates\b|react-native-in-app-updates?",
        "react-native in-app updates",
    ),
    sig(r"@capawesome/capacitor-app-update|\bAppUpdate\.getAppUpdateInfo", "capacitor-app-update"),
)
_SERVER_VERSION_GATE = sig(
    r"(?i)\bforce_?update\b|\bforced_?update\b|\bmandatory_?update\b|\bis_?update_?required\b|\bupdate_?required\b"
    r"|\bmin(?:imum)?_?supported_?(?:app_?)?(?:version|build)\b|\bminimum_?(?:app_?)?(?:version|build)\b"
    r"|\bmin_?app_?version\b|\bminAppVersion\b|\brequired_?version\b|\bblocked_?versions?\b",
    "minimum supported version from the server",
    "code",
)
_XP_FORCED = (
    sig(
        r"performImmediateUpdate|startImmediateUpdate|IAUUpdateKind\.IMMEDIATE|AppUpdateType\.IMMEDIATE"
        r"|immediateUpdateAllowed",
        "immediate in-app update",
    ),
    sig(
        r"showIgnore\s*:\s*false|allowDismissal\s*:\s*false|forceUpdate\s*:\s*true",
        "non-dismissable update dialog",
        "code",
    ),
    _SERVER_VERSION_GATE,
)
_XP_SCREEN = (
    sig(
        r"flutter_windowmanager|FlutterWindowManager\.addFlags|\bscreen_protector\b|\bScreenProtector\b"
        r"|\bno_screenshot\b|\bNoScreenshot\b|react-native-screenshot-prevent|react-native-prevent-screenshot"
        r"|\bRNScreenshotPrevent\b|blockScreenCapture|privacy-screen|\bPrivacyScreen\b|expo-screen-capture"
        r"|preventScreenCapture|\bsecure_application\b|\bSecureApplication\b",
        "screen-protection package",
    ),
)
_XP_STORAGE = (
    sig(r"flutter_secure_storage|\bFlutterSecureStorage\b", "flutter_secure_storage"),
    sig(
        r"react-native-keychain|\bKeychain\.setGenericPassword|\bsetInternetCredentials\b",
        "react-native-keychain",
    ),
    sig(r"react-native-encrypted-storage|\bEncryptedStorage\.", "react-native-encrypted-storage"),
    sig(r"expo-secure-store|\bSecureStore\.", "expo-secure-store"),
    sig(
        r"react-native-sensitive-info|capacitor-secure-storage|@aparajita/capacitor-secure-storage"
        r"|capacitor-secure-storage-plugin|\bSecureStoragePlugin\b",
        "secure-storage package",
    ),
)
_XP_LOCATION = (
    sig(r"\bgeolocator\b|\bGeolocator\.", "geolocator"),
    sig(
        r"package:location/|@react-native-community/geolocation|react-native-geolocation-service"
        r"|\bGeolocation\.getCurrentPosition|expo-location|getCurrentPositionAsync|@capacitor/geolocation"
        r"|navigator\.geolocation",
        "location package",
    ),
)
_HYGIENE = (
    sig(
        r"никому\s+не\s+(?:сообщайте|говорите|передавайте|называйте)|не\s+сообщайте\s+(?:никому|код|пароль|данные)"
        r"|не\s+передавайте\s+(?:никому|код|пароль|данные)"
        r"|кибергигиен|мошенник|не\s+устанавливайте[^.\n]{0,80}(?:удал[её]нн|доступ)"
        r"|сотрудники[^.\n]{0,60}никогда\s+не\s+(?:спрашивают|запрашивают|просят)"
        r"|ешкімге\s+(?:айтпаңыз|бермеңіз|хабарламаңыз)|алаяқ"
        r"|never\s+(?:share|tell|give|disclose)[^.\n]{0,40}(?:code|password|pin|otp|card)"
        r"|(?:do\s+not|don't)\s+share\s+your|will\s+never\s+ask\s+(?:you\s+)?for|cyber[- ]?hygiene"
        r"|\bfraudsters?\b|\bscammers?\b|remote[- ]access\s+app",
        "cyber-hygiene advice to the client",
        "text+code",
        flags=re.IGNORECASE,
    ),
)

# A check the app wrote itself, named for what it does (isRooted(), isJailbroken, ...).
_HAND_WRITTEN = sig(
    r"\b(?:fun|func|def|function|bool|boolean|Bool|Boolean|BOOL|var|val|let|static)(?:[)>]\s*|\s+)_?is(?:Device)?"
    r"(?:Rooted|Jail[Bb]roken)\b",
    "hand-written root/jailbreak check",
    "code",
    needles=("rooted", "jailbroken"),
)

ANDROID: dict[str, tuple[Signature, ...]] = {
    "android-root-detection": (
        sig(
            r"\bIntegrityManagerFactory\b|\bStandardIntegrityManager\b|\brequestIntegrityToken\b"
            r"|com\.google\.android\.play:integrity",
            "Play Integrity API",
        ),
        sig(
            r"\bSafetyNet\s*\.\s*getClient\b|\bSafetyNetClient\b|play-services-safetynet",
            "SafetyNet attestation",
        ),
        sig(r"\bRootBeer\b|com\.scottyab:rootbeer|rootbeer-lib", "RootBeer"),
        sig(r"\bTalsecConfig\b|com\.aheaditec\.talsec|\bTalsecApp\b", "freeRASP (Talsec)"),
        sig(r"\bRootTools\s*\.\s*isRootAvailable|com\.stericson", "RootTools"),
        sig(
            r"[\"']/(?:system/(?:x?bin|sbin|su/bin)|sbin|su/bin|data/local(?:/x?bin)?|system/sd/xbin|cache|dev)/su[\"']"
            r"|which[\"']\s*,\s*[\"']su[\"']|exec\(\s*[\"']su[\"']",
            "check for su binaries",
            "code",
        ),
        sig(
            r"com\.topjohnwu\.magisk|eu\.chainfire\.supersu|com\.noshufou\.android\.su|com\.koushikdutta\.superuser"
            r"|Superuser\.apk",
            "check for root-manager apps",
            "code",
        ),
        sig(r"[\"']test-keys[\"']", "check for test-keys builds", "code"),
        _HAND_WRITTEN,
        *_XP_ROOT,
    ),
    "android-remote-control-detection": (
        sig(
            r"getEnabledAccessibilityServiceList|ENABLED_ACCESSIBILITY_SERVICES|getInstalledAccessibilityServiceList",
            "check of enabled accessibility services",
            "code",
        ),
        sig(
            r"com\.teamviewer|com\.anydesk|com\.rustdesk|com\.sand\.airdroid|com\.carriez|com\.realvnc"
            r"|com\.splashtop",
            "check for installed remote-control apps",
            "code",
        ),
        sig(
            r"setHideOverlayWindows|HIDE_OVERLAY_WINDOWS|filterTouchesWhenObscured|FLAG_WINDOW_IS_(?:PARTIALLY_)?OBSCURED",
            "overlay / tapjacking protection",
            "any",
        ),
        sig(
            r"onScreenRecording|onScreenRecordingDetected|onAccessibilityServiceDetected|onMalware"
            r"|registerScreenRecordingCallback",
            "screen-recording or accessibility callback",
            "code",
        ),
    ),
    "android-update-notice": (
        sig(
            r"\bAppUpdateManager(?:Factory)?\b|com\.google\.android\.play:app-update|\bappUpdateInfo\b",
            "Play in-app updates",
        ),
        *_XP_UPDATE,
        *_XP_FORCED,
    ),
    "android-forced-update": _XP_FORCED,
    "android-screen-protection": (
        sig(r"\bFLAG_SECURE\b", "FLAG_SECURE", "code"),
        *_XP_SCREEN,
        # React Native: sets FLAG_SECURE on the activity's window (Android only)
        sig(r"react-native-obscure|\bObscure\.activateObscure\b", "react-native-obscure"),
    ),
    "android-secure-storage": (
        sig(
            r"\bEncryptedSharedPreferences\b|\bEncryptedFile\b|androidx\.security:security-crypto",
            "EncryptedSharedPreferences (androidx.security)",
        ),
        sig(r"[\"']AndroidKeyStore[\"']|\bKeyGenParameterSpec\b", "Android Keystore key", "code"),
        sig(r"net\.zetetic|\bSQLCipher\b|\bSupportOpenHelperFactory\b", "SQLCipher"),
        *_XP_STORAGE,
    ),
    "android-location-with-operations": (
        sig(
            r"\bFusedLocationProviderClient\b|\bLocationServices\s*\.|\bLocationManager\b|\bgetCurrentLocation\b"
            r"|\brequestLocationUpdates\b|\blastLocation\b|\bgetLastKnownLocation\b",
            "Android location API",
            "code",
        ),
        *_XP_LOCATION,
    ),
    "android-cyber-hygiene-notice": _HYGIENE,
}

IOS: dict[str, tuple[Signature, ...]] = {
    "ios-jailbreak-detection": (
        sig(r"\bIOSSecuritySuite\b|\bamIJailbroken\b", "IOSSecuritySuite"),
        sig(r"\bDTTJailbreakDetection\b", "DTTJailbreakDetection"),
        sig(r"\bTalsecRuntime\b|\bTalsecConfig\b|\bSecurityThreatCenter\b", "freeRASP (Talsec)"),
        sig(r"\bDCAppAttestService\b", "App Attest"),
        sig(
            r"/Applications/Cydia\.app|cydia://|/Library/MobileSubstrate|/private/var/lib/apt|[\"']/etc/apt"
            r"|/Applications/Sileo\.app|sileo://|/var/jb\b|/private/jailbreak|/bin/bash[\"']|/usr/sbin/sshd",
            "check for jailbreak files and URL schemes",
            "code",
        ),
        sig(r"\bfork\s*\(\s*\)", "fork() sandbox check", "code", also=r"(?i)jail|root|sandbox|tamper"),
        _HAND_WRITTEN,
        *_XP_ROOT,
    ),
    "ios-screen-capture-detection": (
        sig(
            r"\.isCaptured\b|capturedDidChangeNotification|UIScreenCapturedDidChange|sceneCaptureState",
            "screen capture / sharing check",
            "code",
        ),
        sig(
            r"onScreenRecording|screenRecording|\bscreen_protector\b|\bScreenProtectorKit\b",
            "screen-recording detection package",
        ),
    ),
    "ios-update-notice": (
        sig(
            r"\bSiren\b|\bHarpy\b|\bATAppUpdater\b|itunes\.apple\.com/lookup|apps\.apple\.com/lookup",
            "App Store version check",
        ),
        *_XP_UPDATE,
        *_XP_FORCED,
    ),
    "ios-forced-update": (
        sig(
            r"\.forceUpdate\b|alertType\s*[:=]\s*\.force\b|\.force\s*[,)]",
            "Siren forced update",
            "code",
            also=r"\bSiren\b",
        ),
        *_XP_FORCED,
    ),
    "ios-snapshot-protection": (
        sig(
            r"applicationWillResignActive|sceneWillResignActive|applicationDidEnterBackground|sceneDidEnterBackground"
            r"|willResignActiveNotification|didEnterBackgroundNotification|UIApplicationWillResignActive"
            r"|UIApplicationDidEnterBackground|\bscenePhase\b",
            "cover view when the app leaves the foreground",
            "code",
            also=r"UIVisualEffectView|UIBlurEffect|\.blur\(|\.redacted|privacy|[Ss]napshot|[Cc]over|isHidden\s*=\s*true"
            r"|ignoreSnapshotOnNextApplicationLaunch",
        ),
        *_XP_SCREEN,
        # React Native: blurs the window when the app resigns active (iOS only)
        sig(r"react-native-privacy-snapshot|\bPrivacySnapshot\.enabled\b", "react-native-privacy-snapshot"),
    ),
    "ios-keychain-storage": (
        sig(
            r"\bSecItemAdd\b|\bSecItemCopyMatching\b|\bkSecClassGenericPassword\b|\bkSecClassInternetPassword\b",
            "Keychain Services",
            "code",
        ),
        sig(
            r"\bKeychainAccess\b|\bKeychainSwift\b|\bSAMKeychain\b|\bSSKeychain\b|\bValet\b|\bLocksmith\b"
            r"|\bSimpleKeychain\b|\bKeychainWrapper\b",
            "Keychain wrapper library",
        ),
        *_XP_STORAGE,
    ),
    "ios-location-with-operations": (
        sig(r"\bCLLocationManager\b", "Core Location (CLLocationManager)", "code"),
        *_XP_LOCATION,
    ),
    "ios-cyber-hygiene-notice": _HYGIENE,
}

# Where an integrity check's result is used, and what blocking looks like next to it.
DETECTION_USE = re.compile(
    r"\bisRooted\w*|\bisJailBroken\b|\bisJailbroken\b|\bamIJailbroken\w*|\bjailbroken\b|\bisDeviceRooted\b"
    r"|\blocalVerdict\b|\bonRootDetected\b|\bonPrivilegedAccess\b|\bonJailbreak\w*|\bisRemoteControlled\b"
    r"|\bcheckIntegrity\b|\bisCompromised\b|\bisSafeDevice\b|\bisRealDevice\b|\bisRootedDevice\b|\bcanMockLocation\b"
    r"|\bdetectRoot\w*|\bcheckRoot\w*|\bisJailBrokenOrRooted\b|\bisDeviceSecure\b"
)
BLOCKING = re.compile(
    r"finish(?:Affinity|AndRemoveTask)?\s*\(|exitProcess|System\.exit|\bexit\s*\(|fatalError|\babort\s*\("
    r"|isEnabled\s*=\s*false|setEnabled\s*\(\s*false|\.disabled?\b|[Bb]lock|killProcess|\bthrow\b"
    r"|SystemNavigator\.pop|BackHandler\.exitApp|[Nn]avigat|\block|[Dd]en(?:y|ied)|guard\s+!|return\s+false"
)
SERVER_ATTESTATION = re.compile(
    r"requestIntegrityToken|SafetyNet\s*\.\s*getClient|DCAppAttestService|attestKey"
)
