"""Keep secrets out of every output: a short, recognisable form of a value, and the redaction
of every text a finding carries out of aiscan (snippet, message, title).

Redaction does not depend on the secrets analyzer having reported a value: `SourceRedactor`
runs the secret and personal-data detectors over each finding's own text, masks the values the
secrets analyzer found anywhere in the tree (except a value that is the name of one of its
folders or files, which its paths show anyway), and, where the text handles credentials (a
password-like name, a login or connection call, a credentials weakness), masks every string
literal in it, since a positional password (`FTP("host", "user", "pw")`) has no name to find.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

import ahocorasick_rs

from aiscan.models import AnalyzerRun, Finding

# The secret and personal-data values the detectors find in a text: (path, text) -> values.
Detect = Callable[[str, str], Iterable[str]]

# Numbers from a small space (identity, card, phone and account numbers, PINs), with their
# separators and an optional country code: a prefix and a hash of one could be reversed by
# trying every candidate, so they are shown by length only.
_ENUMERABLE = re.compile(r"^(?:[A-Za-z]{2})?[\d\s()+./-]+$")
# Below this length a hash would let a short password be cracked offline; it is left out.
MIN_HASHED_LENGTH = 16


def describe_secret(value: str) -> dict[str, str | int]:
    """Enough to recognise a value without revealing it: a short prefix, its length, a hash.
    Enumerable numbers get their length only; short values a shorter prefix and no hash."""
    if _ENUMERABLE.match(value):
        return {"length": len(value)}
    # A provider's prefix (ghp_, AKIA, sk_l) is worth showing on a long token; of a short
    # password it would be a good part of the secret.
    shown = value[:4] if len(value) >= 20 else value[:2] if len(value) >= 8 else ""
    described: dict[str, str | int] = {"prefix": shown, "length": len(value)}
    if len(value) >= MIN_HASHED_LENGTH:
        described["sha256"] = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return described


def mask(value: str) -> str:
    d = describe_secret(value)
    digest = f", sha256:{d['sha256']}" if "sha256" in d else ""
    return f"{d.get('prefix', '')}…[redacted {d['length']} chars{digest}]"


MIN_MASKED_LENGTH = 4  # shorter values are left as they are: masking them would mask words
MAX_REMEMBERED_TEXTS = 4096


def names_in_paths(paths: Iterable[str]) -> frozenset[str]:
    """The folder and file names of `paths`, and each file name without its last suffix: a value
    equal to one is printed in every path that holds it, so masking it across a report (in run
    reasons that quote paths) hides nothing and only makes the paths unreadable."""
    names: set[str] = set()
    for path in paths:
        parts = [p for p in path.split("/") if p not in ("", ".", "..")]
        names.update(parts)
        if parts:
            stem = parts[-1].rsplit(".", 1)[0]
            if stem:
                names.add(stem)
    return frozenset(names)


def redact_text(text: str, values: Iterable[str]) -> str:
    for v in sorted(set(values), key=len, reverse=True):
        if len(v) >= MIN_MASKED_LENGTH and v in text:
            text = text.replace(v, mask(v))
    return text


REDACTED_MARK = "…[redacted "  # in every masked value
_QUOTED = re.compile(r"""(?P<q>["'`])(?P<body>[^"'`\n]{4,})(?P=q)""")


def mask_string_literals(text: str) -> str:
    """Mask every quoted literal of four characters or more (for snippets of secret findings
    whose value the analyzer did not isolate). Values already masked are left as they are."""

    def one(m: re.Match[str]) -> str:
        if REDACTED_MARK in m.group("body"):  # already masked
            return m.group(0)
        return m.group("q") + mask(m.group("body")) + m.group("q")

    return _QUOTED.sub(one, text)


# A text that handles credentials: a credential's name, or a call that takes one positionally.
# `pass` is a name only where no lower-case letter follows it (`db_pass`, `dbPassHash`): prose
# such as a rule's message saying what "passes" a check handles none.
CREDENTIAL_CONTEXT = re.compile(
    r"(?i)pass(?:wd|words?|phrases?|codes?|keys?)?(?-i:(?![a-z]))"
    r"|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key"
    r"|credential|auth|bearer|cookie|session[_-]?id|salt|\bdsn\b|conn(?:ection)?[_-]?str"
    r"|\b(?:ftp(?:_tls)?|smtp(?:_ssl)?|imap4(?:_ssl)?|pop3(?:_ssl)?|telnet|ldap\w*|bind\w*|connect"
    r"|login|logon|signin|sign_in|authenticate|create_engine|basicauth|digestauth)\s*\("
)
# Weaknesses whose findings are about a credential itself: every literal of theirs is masked.
CREDENTIAL_CWES = frozenset({"CWE-256", "CWE-257", "CWE-259", "CWE-260", "CWE-321", "CWE-522", "CWE-798"})
SECRET_REQUIREMENT = "p19.6"  # noqa: S105 (the requirement on secrets in code, not a secret)


class SourceRedactor:
    """Masks secrets and personal data in the texts findings carry, with the secrets engine's
    own detectors plus the values the secrets analyzer found elsewhere in the scan."""

    def __init__(self, detect: Detect, known: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        self.detect = detect
        # A value that is the name of a folder or file of the tree (`names`: names_in_paths) is
        # left out: the paths of the report show it anyway. The detectors and the masking of
        # credential texts still mask it in its own finding and wherever it is assigned.
        self.known = frozenset(known) - frozenset(names)
        # Which of the known values a text holds is found in one pass over the text, however
        # many values a scan found (a dump of an account table gives thousands).
        maskable = [v for v in self.known if len(v) >= MIN_MASKED_LENGTH]
        matched = sorted(v for v in maskable if _encodable(v))
        self._known_in = ahocorasick_rs.AhoCorasick(matched) if matched else None
        self._known_apart = [v for v in maskable if not _encodable(v)]  # lone surrogates
        # Findings of one rule share their title and message: each distinct text is read once.
        self._done: dict[tuple[str, str], str] = {}

    def text(self, text: str, path: str = "snippet", *, credentials: bool = False) -> str:
        """`text` with every detected value masked, and with every string literal masked when
        it handles credentials (or `credentials` says the finding is about one)."""
        text = self.detected(text, path)
        if text and (credentials or CREDENTIAL_CONTEXT.search(text)):
            text = mask_string_literals(text)
        return text

    def detected(self, text: str, path: str = "snippet") -> str:
        """`text` with every value the detectors find in it, or the secrets analyzer found
        anywhere, masked."""
        if not text:
            return text
        key = (path, text)
        done = self._done.get(key)
        if done is None:
            found = set(self.detect(path or "snippet", text))
            found.update(self._known_values_in(text))
            done = redact_text(text, found)
            if len(self._done) >= MAX_REMEMBERED_TEXTS:
                self._done.clear()
            self._done[key] = done
        return done

    def _known_values_in(self, text: str) -> list[str]:
        found = [v for v in self._known_apart if v in text]
        if self._known_in is None:
            return found
        if not _encodable(text):  # a path's undecodable bytes, kept as lone surrogates
            return found + [v for v in self.known if len(v) >= MIN_MASKED_LENGTH and v in text]
        return found + self._known_in.find_matches_as_strings(text, overlapping=True)

    def finding(self, f: Finding) -> Finding:
        credentials = bool(CREDENTIAL_CWES.intersection(f.cwe)) or SECRET_REQUIREMENT in f.requirements
        path = f.location.path
        snippet = self.text(f.location.snippet, path, credentials=credentials)
        message = self.text(f.message, path)
        title = self.text(f.title, path)
        properties = _redact_properties(f.properties, lambda value: self.text(value, path))
        if (snippet, message, title) == (f.location.snippet, f.message, f.title) and properties is None:
            return f
        return replace(
            f,
            title=title,
            message=message,
            location=replace(f.location, snippet=snippet),
            properties=f.properties if properties is None else properties,
        )

    def findings(self, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        return tuple(self.finding(f) for f in findings)

    def run(self, run: AnalyzerRun) -> AnalyzerRun:
        """A run's reason and gaps, which may quote a tool's error about a line of source."""
        gaps = tuple(replace(g, reason=self.detected(g.reason, g.path)) for g in run.gaps)
        return replace(run, reason=self.detected(run.reason), gaps=gaps)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _redact_properties(properties: Mapping[str, Any], redact: Callable[[str], str]) -> dict[str, Any] | None:
    """The properties with their free-text values redacted, or None when nothing changed."""
    redacted = {k: redact(v) for k, v in properties.items() if isinstance(v, str)}
    changed = {k: v for k, v in redacted.items() if v != properties[k]}
    return {**properties, **changed} if changed else None
