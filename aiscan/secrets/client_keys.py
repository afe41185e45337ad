"""Keys their vendors ship inside every build of a client, known by where they are set.

An error-reporting notifier (Bugsnag) or an analytics SDK (Amplitude, Segment, Mixpanel) is
configured in the app with a key that only submits events to the vendor's project: the vendor
designs it to be read out of any installed build, and it opens nothing on a server. Such a key
is still reported (anyone can send events to the project with it), low, with that reason. The
same vendors' server credentials (Bugsnag's data-access auth token, Amplitude's secret key,
Mixpanel's API secret) are other names and keep their detector's severity.

Where the key is told by its place: a setting whose name is the vendor's key
(`BUGSNAG_API_KEY`, `com.bugsnag.android.API_KEY`, `AMPLITUDE_API_KEY`, `SEGMENT_WRITE_KEY`,
`MIXPANEL_TOKEN`), the `apiKey` of a `bugsnag` dictionary in a property list (Bugsnag's iOS
configuration) or a legacy `BugsnagAPIKey`, and the `apiKey` of an open
`Bugsnag.start({...})` call; the `sentry_key` of a Sentry ingest URL (the public key of the
project's DSN, which the browser SDK sends with every event: `.../envelope/?sentry_key=...`).
A DSN written with its secret part (`https://public:secret@host/1`, deprecated) is not this.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[^a-z0-9]+")
# The setting's name, lower-cased with its separators taken out, ends with the vendor's key.
_VENDOR_SETTING = (
    (re.compile(r"bugsnag(?:android|ios|js|notifier)?apikey$"), "Bugsnag", "error-reporting notifier"),
    (re.compile(r"amplitudeapikey$"), "Amplitude", "analytics"),
    (re.compile(r"segment(?:io)?writekey$"), "Segment", "analytics"),
    (re.compile(r"mixpanel(?:project)?token$"), "Mixpanel", "analytics"),
)
# Property list: the dictionary a key belongs to, named by the `<key>` before its `<dict>`.
_PLIST_KEY = re.compile(r"<key>\s*([^<]{1,80}?)\s*</key>")
_PLIST_DICT = re.compile(r"<dict>|</dict>")
_PLIST_OWNERS = {"bugsnag": ("Bugsnag", "error-reporting notifier")}
# A Bugsnag client started in code: `Bugsnag.start({ apiKey: '...' })`.
_BUGSNAG_CALL = re.compile(r"\bBugsnag(?:Performance)?\s*\.\s*(?:start|init|configure)\s*\(")
_CALL_WINDOW = 400
# The DSN's public key as the SDK sends it, a query parameter of the ingest URL.
_SENTRY_QUERY = "sentry_key="


def _by_setting(name: str) -> tuple[str, str] | None:
    flat = _SEPARATORS.sub("", name.lower())
    for pattern, vendor, kind in _VENDOR_SETTING:
        if pattern.search(flat):
            return vendor, kind
    return None


def _plist_owner(text: str, offset: int) -> str:
    """The name of the dictionary that holds `offset` in a property list, or ''."""
    depth = 0
    opened = -1
    for m in reversed(list(_PLIST_DICT.finditer(text, 0, offset))):
        if m.group(0) == "</dict>":
            depth += 1
        elif depth:
            depth -= 1
        else:
            opened = m.start()
            break
    if opened < 0:
        return ""
    keys = list(_PLIST_KEY.finditer(text, max(0, opened - 200), opened))
    return keys[-1].group(1) if keys else ""


def _in_bugsnag_call(text: str, offset: int) -> bool:
    window = text[max(0, offset - _CALL_WINDOW) : offset]
    calls = list(_BUGSNAG_CALL.finditer(window))
    return bool(calls) and ")" not in window[calls[-1].end() :]


def client_key(path: str, text: str, offset: int, name: str) -> tuple[str, str] | None:
    """(vendor, kind) when the value at `offset`, set under `name` (empty when the detector did
    not name it), is a key its vendor ships inside every client build; otherwise None."""
    if path.lower().endswith(".plist"):
        keys = list(_PLIST_KEY.finditer(text, max(0, offset - 300), offset + 1))
        tag = keys[-1].group(1) if keys else ""
        found = _by_setting(tag)
        if found or _SEPARATORS.sub("", tag.lower()) != "apikey":
            return found
        return _PLIST_OWNERS.get(_plist_owner(text, offset).lower())
    if text[max(0, offset - len(_SENTRY_QUERY)) : offset].lower() == _SENTRY_QUERY:
        return "Sentry", "error-reporting"
    if not name:
        return None
    found = _by_setting(name)
    if found:
        return found
    if _SEPARATORS.sub("", name.lower()).endswith("apikey") and _in_bugsnag_call(text, offset):
        return "Bugsnag", "error-reporting notifier"
    return None


def client_key_why(vendor: str, kind: str) -> str:
    return (
        f"a {vendor} {kind} key: shipped inside every build of the client by the vendor's design, "
        "it only submits events to the project (not a server secret; rotate it if the project is flooded)"
    )
