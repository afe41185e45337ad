"""Files Xcode writes itself, and the names of a property list.

Xcode keeps its source-control state (`*.xcscmblueprint`, `*.xccheckout`), the list of a user's
schemes (`xcschememanagement.plist`), its workspace checks and settings
(`IDEWorkspaceChecks.plist`, `*.xcsettings`), performance-test baselines (`*.xcbaseline/*.plist`)
and a user's window state (`*.xcuserstate`) in files no developer edits: the values there sit
under Xcode's own names (`DVTSourceControlWorkspaceBlueprintPrimaryRemoteRepositoryKey`,
`IDESourceControlWCCIdentifierKey`) and are repository hashes, UUIDs and object ids. A value's
name says nothing there, so the detectors that judge a value by its name are not tried; those
that know a value by its own shape (a URL's password, a provider's token, a private key) are.
What a developer types (an `.xcconfig`, `Info.plist`, a scheme's environment variables and
launch arguments, `project.pbxproj`'s build settings) is read as any file is.

In every property list, the text of a `<key>` element is the name of the entry that follows it,
never a value: `<key>5B7E2C91-...</key>` (a run destination's UUID) names a dictionary.
"""

from __future__ import annotations

import functools
import posixpath
import re

_STATE_SUFFIXES = (".xcscmblueprint", ".xccheckout", ".xcsettings", ".xcuserstate")
_STATE_NAMES = frozenset({"xcschememanagement.plist", "ideworkspacechecks.plist"})
# The detectors' checks that judge a value by the name written before it.
NAMED_VALUE_CHECKS = frozenset(
    {"assignment", "element", "line-value", "spaced-value", "inner-name", "weak-password", "guessable-secret"}
)


def machine_written(path: str) -> bool:
    """One of Xcode's own state files (module docstring), known by its name or its folder."""
    lower = path.lower().replace("\\", "/")
    name = posixpath.basename(lower)
    if name.endswith(_STATE_SUFFIXES) or name in _STATE_NAMES:
        return True
    folder = posixpath.basename(posixpath.dirname(lower))
    return folder.endswith(".xcbaseline") and name.endswith(".plist")


_PLIST_ROOT = re.compile(r"<!DOCTYPE\s+plist\b|<plist[\s>]")


@functools.lru_cache(maxsize=8)
def _property_list(text: str) -> bool:
    """Once per file (a str caches its hash): an XML property list's root near the top."""
    return _PLIST_ROOT.search(text, 0, 2048) is not None


def property_list_key(text: str, name_start: int, name: str, path: str) -> bool:
    """The name read is a property list's `<key>` element: what it holds names an entry."""
    if name != "key" or text[name_start - 1 : name_start] != "<":
        return False
    return path.lower().endswith(".plist") or _property_list(text)
