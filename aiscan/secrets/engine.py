"""Scan one text for secrets and client identifiers. Pure: text and path in, detections out.

Speed comes from not running what cannot match. Every detector names the keywords without
which its pattern cannot match (or, for numbers, the digit shapes). One pass of an Aho-Corasick
automaton over the file (lower-cased, digits folded to 0, as bytes) finds every keyword at
once; a detector whose pattern starts at its keyword (`anchored`) is then tried only at those
offsets, the others run once over the whole text, and the rest never run. Line numbers are
computed only for actual matches.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import ahocorasick_rs

from aiscan.inline_allow import ALLOW_MARKER, Allow, find_allows
from aiscan.models import Severity
from aiscan.secrets import context as cx
from aiscan.secrets import context_checks as cc
from aiscan.secrets import decoded as dk
from aiscan.secrets import defaults as df
from aiscan.secrets import devices as dv
from aiscan.secrets import glyphs as gl
from aiscan.secrets import guessable as gs
from aiscan.secrets import pairs, salts, sql_seed
from aiscan.secrets import pii as pii_mod
from aiscan.secrets import structure as st
from aiscan.secrets import validate as v
from aiscan.secrets import weak as wk
from aiscan.secrets import xcode as xc
from aiscan.secrets.detectors import STRUCTURE_VALIDATORS, Detector, Placeholders, Ruleset
from aiscan.secrets.doc_comments import doc_comment_spans
from aiscan.secrets.docstrings import docstring_spans, in_spans
from aiscan.secrets.help_tables import example_column_spans

_NL = re.compile(r"\n")


@dataclass(frozen=True)
class Detection:
    detector: Detector
    value: str
    start: int
    end: int
    line: int
    end_line: int
    col: int
    key: str = ""  # the name a generic value was assigned to
    # DOCSTRING when the value is written inside a docstring or documentation comment,
    # HELP_EXAMPLE in the example column of a help table, FIXTURE in a configuration only tests name
    context: str = ""
    recurs_from: int = 0  # for a recurring value: the line of the secret it repeats


@dataclass(frozen=True)
class Dump:
    """Many distinct valid identifiers of one kind in one file: a data dump."""

    detector: Detector
    values: frozenset[str]  # canonical forms
    raw: frozenset[str]  # as written, for redaction
    first_line: int
    last_line: int


@dataclass(frozen=True)
class FileScan:
    path: str
    lines: tuple[str, ...] = ()
    detections: tuple[Detection, ...] = ()
    dumps: tuple[Dump, ...] = ()
    allows: tuple[Allow, ...] = field(default=())

    def line_text(self, n: int) -> str:
        return self.lines[n - 1] if 0 < n <= len(self.lines) else ""


# Lower-case ASCII letters and fold every digit to 0: keywords match case-insensitively, and
# digit shapes ("000000000000" for twelve digits in a row) match any number.
_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"abcdefghijklmnopqrstuvwxyz0000000000")


_FOLD_STR = str.maketrans("0123456789", "0000000000")


def fold(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape").translate(_FOLD)


class _Setting(NamedTuple):
    """A setting as the word kinds (weak passwords, guessable secrets) judge it."""

    key: str  # the full name
    quoted: bool
    placeholders: Placeholders
    op: str
    after: str  # the rest of the line
    head: str  # what stands before the name on its line


class Engine:
    """A ruleset prepared for scanning: one automaton over every detector's keywords."""

    def __init__(self, ruleset: Ruleset) -> None:
        self.ruleset = ruleset
        content = [d for d in ruleset.detectors if d.pattern is not None]
        self.always = tuple(d for d in content if not d.keywords and not d.shapes)
        needles: dict[bytes, list[Detector]] = {}
        for d in content:
            for kw in d.keywords:
                for variant in {kw, kw.upper(), kw.capitalize()}:  # bytes.lower() is ASCII-only
                    needles.setdefault(fold(variant), []).append(d)
        self.needles = tuple(needles)
        self.needle_detectors = tuple(tuple(dict.fromkeys(ds)) for ds in needles.values())
        self.automaton = ahocorasick_rs.BytesAhoCorasick(list(self.needles))
        # For text that is not pure ASCII, the same needles over characters, so that offsets
        # are character offsets.
        self.text_automaton = ahocorasick_rs.AhoCorasick(
            [n.decode("utf-8", "surrogateescape") for n in self.needles]
        )
        self.shaped = tuple((d, tuple(shape.encode() for shape in d.shapes)) for d in content if d.shapes)
        self.file_detectors = tuple(d for d in ruleset.detectors if d.kind == "file")
        self.order = {d.id: i for i, d in enumerate(ruleset.detectors)}
        self.requires = {d.id: tuple(fold(r) for r in d.requires) for d in content if d.requires}

    def file_name_hits(self, path: str) -> tuple[Detector, ...]:
        name = path.rsplit("/", 1)[-1]
        return tuple(
            d for d in self.file_detectors if d.file_names is not None and d.file_names.fullmatch(name)
        )

    def plan(self, text: str) -> list[tuple[Detector, list[int] | None]]:
        """The detectors to run on a text, each with the offsets to try it at (None: search the
        whole text)."""
        folded = fold(text)
        exact = True
        if len(folded) == len(text):  # pure ASCII: byte offsets are character offsets
            hits = self.automaton.find_matches_as_indexes(folded, overlapping=True)
        else:
            lowered = text.lower()
            exact = len(lowered) == len(text)  # lower() may change lengths in rare scripts
            hits = self.text_automaton.find_matches_as_indexes(lowered.translate(_FOLD_STR), overlapping=True)
        chosen: dict[str, tuple[Detector, list[int] | None]] = {d.id: (d, None) for d in self.always}
        for d, shapes in self.shaped:
            if any(shape in folded for shape in shapes):
                chosen[d.id] = (d, None)
        for index, start, _ in hits:
            for d in self.needle_detectors[index]:
                if d.anchored and exact:
                    entry = chosen.setdefault(d.id, (d, []))
                    if entry[1] is not None:
                        entry[1].append(start)
                else:
                    chosen[d.id] = (d, None)
        return sorted(
            (e for e in chosen.values() if all(r in folded for r in self.requires.get(e[0].id, ()))),
            key=lambda e: self.order[e[0].id],
        )

    def scan(self, path: str, text: str, *, known_formats_only: bool = False) -> FileScan:
        """Every detection in one file's text. `known_formats_only`: only the detectors whose
        value carries its own format (provider-prefixed tokens, private keys), for third-party
        bundles, whose identifiers and prompts the keyword detectors would read as credentials."""
        raw: list[_Raw] = []
        pii: dict[str, list[tuple[str, str, int]]] = {}
        pii_candidates: dict[str, int] = {}
        published_cards: set[str] = set()  # the card networks' published test numbers
        searched: dict[str, list[re.Match[str]]] = {}  # detectors sharing a pattern search once
        deferred: list[Detector] = []
        script: sql_seed.Script | None = None  # a SQL script's statements, read in order
        xcode_state = xc.machine_written(path)
        for det, offsets in self.plan(text):
            assert det.pattern is not None
            if known_formats_only and not det.known_format:
                continue
            if det.validator == "recurring":
                deferred.append(det)  # needs the values the others report
                continue
            if det.validator == "default-password" and v.file_role(path) != "config":
                continue  # reported in configuration files only: not tried elsewhere
            if det.validator == "pair-in-note" and not v.note_file(path):
                continue  # written in notes and documents only: not tried elsewhere
            if det.validator in ("sql-seed", "sql-seed-client") and not sql_seed.sql_script(path):
                continue  # read in SQL scripts only: in a program the text is a string's pieces
            if xcode_state and det.validator in xc.NAMED_VALUE_CHECKS:
                continue  # Xcode's own state file: its names are Xcode's, its values identifiers
            if offsets is None:
                matches = searched.get(det.pattern.pattern)
                if matches is None:
                    matches = searched[det.pattern.pattern] = list(det.pattern.finditer(text))
            else:
                matches = list(_matches(det.pattern, text, offsets))
            for m in matches:
                value = m.group("value")
                if value is None:
                    continue
                start, end = m.span("value")
                if det.validator == "sql-insert":  # the value in the password column
                    span = v.sql_password_span(m.group("cols"), value)
                    if span is None:
                        continue
                    value, start, end = value[span[0] : span[1]], start + span[0], start + span[1]
                if det.validator == "sql-seed":  # one match per statement, a value per row
                    script = script or sql_seed.Script(text)
                    raw.extend(self._sql_seed_raws(det, m, script))
                    continue
                if det.validator == "sql-seed-client":  # the same, for machine credentials
                    script = script or sql_seed.Script(text)
                    raw.extend(self._sql_client_raws(det, m, script))
                    continue
                if det.validator == "csv":  # one match per file, a value per credential cell
                    raw.extend(self._csv_raws(det, m, path))
                    continue
                if det.validator in cc.MULTIPLE:  # a list's items, a YAML mapping's children
                    raw.extend(self._context_raws(det, m, text, path))
                    continue
                if det.kind == "pii":
                    pii_candidates[det.id] = pii_candidates.get(det.id, 0) + 1
                    if det.validator == "card" and pii_mod.is_published_test_card(v.digits(value)):
                        published_cards.add(v.digits(value))
                    if det.validator and v.pii_ok(det.validator, value):
                        canon = v.normalise_pii(det.validator, value)
                        pii.setdefault(det.id, []).append((value, canon, start))
                    continue
                if self._secret_ok(det, m, value, text, path):
                    if det.validator == "url-credentials" and _key_id_user(m):
                        # s3://KEYID:SECRET@bucket: the user is an access key id, masked with it
                        start = m.start("user")
                        value = text[start:end]
                    # A block (a private key) is located at its armour line, a value written on
                    # the lines after its name (a YAML block, a name/value pair, string pieces)
                    # from its name, any other value where it is.
                    later_line = "\n" in text[m.start() : start]
                    anchor = m.start() if det.validator == "private-key" or later_line else start
                    key = ""
                    if "key" in det.pattern.groupindex and m.group("key"):
                        key = _full_name(text, m.start("key"), m.group("key"))
                    if det.validator == "assignment" and key:
                        line_end = text.find("\n", end)
                        after = text[end : line_end if line_end >= 0 else len(text)]
                        tail = v.signing_phrase_tail(key, path, after)
                        value, end = value + tail, end + len(tail)
                    raw.append(_Raw(det, value, start, end, anchor, key))
        recurs: dict[int, int] = {}
        for det in deferred if raw else ():
            again, recurs = self._recurrences(det, raw, text, path)
            raw.extend(again)
        allows_present = ALLOW_MARKER in text
        if not raw and not pii and not allows_present:
            return FileScan(path)
        newlines = [m.start() for m in _NL.finditer(text)]
        lines = tuple(text.split("\n"))

        def line_of(offset: int) -> int:
            return bisect.bisect_right(newlines, offset - 1) + 1 if offset else 1

        def col_of(offset: int) -> int:
            i = bisect.bisect_right(newlines, offset - 1)
            return offset - (newlines[i - 1] + 1 if i else 0) + 1

        detections = [
            Detection(
                r.det,
                r.value,
                r.start,
                r.end,
                line_of(r.anchor),
                line_of(max(r.start, r.end - 1)),
                col_of(r.anchor),
                r.key,
                recurs_from=line_of(recurs[id(r)]) if id(r) in recurs else 0,
            )
            for r in _resolve_overlaps(raw)
        ]
        if any(d.detector.id in dv.DEVICE_DETECTORS for d in detections):
            detections = [self._device_context(d, text) for d in detections]
        if any(d.detector.id in _DOCSTRING_AWARE for d in detections):
            spans = docstring_spans(text) if path.endswith(".py") else doc_comment_spans(path, text)
            detections = [
                replace(d, context=DOCSTRING)
                if d.detector.id in _DOCSTRING_DETECTORS and in_spans(spans, d.start)
                else d
                for d in detections
                if not (d.detector.id in _EXAMPLES_IN_DOCSTRINGS and in_spans(spans, d.start))  # an example
            ]
        if path.lower().endswith(".csv") and detections:
            examples = example_column_spans(path, text)
            detections = [
                replace(d, context=HELP_EXAMPLE) if in_spans(examples, d.start) else d for d in detections
            ]
        dumps: list[Dump] = []
        for det_id, found in pii.items():
            det = self.ruleset.get(det_id)
            distinct = {canon for _, canon, _ in found}
            is_dump = (
                det.dump_threshold
                and len(distinct) >= det.dump_threshold
                and len(found) * 2 >= pii_candidates.get(det_id, 0)
                and not (det.validator == "card" and self._test_card_list(path, published_cards, distinct))
            )
            if is_dump:
                line_nums = [line_of(s) for _, _, s in found]
                dumps.append(
                    Dump(
                        det,
                        frozenset(distinct),
                        frozenset(r for r, _, _ in found),
                        min(line_nums),
                        max(line_nums),
                    )
                )
                continue
            for value, _, start in found:
                n = line_of(start)
                if det.context is not None and not _has_context(det, lines, n):
                    continue
                detections.append(Detection(det, value, start, start + len(value), n, n, col_of(start)))
        allows = tuple(find_allows(lines)) if allows_present else ()
        detections.sort(key=lambda d: (d.line, d.col, d.detector.id))
        return FileScan(path, lines, tuple(detections), tuple(dumps), allows)

    def _test_card_list(self, path: str, published: set[str], valid: set[str]) -> bool:
        """A file in a test, fixture or example path beside enough of the card networks'
        published test numbers, or whose valid numbers are mostly made by hand (pii.py), is a
        gateway's list of test cards (its other numbers are the gateway's sandbox numbers), not a
        dump of clients' cards."""
        if not self.ruleset.test_paths.search(path):
            return False
        made_up = sum(1 for n in valid if pii_mod.is_made_up_card(n))
        return len(published) >= pii_mod.TEST_CARD_LIST_MIN or made_up * 2 >= len(valid)

    def _recurrences(
        self, det: Detector, raw: list[_Raw], text: str, path: str
    ) -> tuple[list[_Raw], dict[int, int]]:
        """A reported secret's value where it recurs under another secret's name in the file,
        each with the offset of the first report of that value. Only reported values are looked
        for; a default password is its own detector's, wherever it is set."""
        first: dict[str, int] = {}
        for r in sorted(raw, key=lambda r: r.start):
            if r.det.kind == "secret" and r.det.id not in _NO_RECURRENCE and len(r.value) >= 4:
                first.setdefault(r.value, r.start)
        found: list[_Raw] = []
        origin: dict[int, int] = {}
        if not first:
            return found, origin
        for m in _occurrences(det, first, text):
            value = m.group("value")
            start, end = m.span("value")
            if any(start < r.end and r.start < end for r in raw):
                continue
            key = m.group("key")
            word = _SECRET_WORD_AT_END.search(key)
            if word is None or not _key_boundary(text, m.start("key") + word.start(), word.group(0)):
                continue  # `bypass`, `monkey`: the word must start a part of the name
            if df.recurrence_ok(key, bool(m.group("q")), path):
                item = _Raw(det, value, start, end, start, key)
                found.append(item)
                origin[id(item)] = first[value]
        return found, origin

    def _csv_raws(self, det: Detector, m: re.Match[str], path: str) -> list[_Raw]:
        ph = self.ruleset.placeholders
        return [
            _Raw(det, value, start, start + len(value), start, name)
            for name, value, start in st.csv_values(path, m.group("cols"), m.group("value"), m.start("value"))
            if v.assignment_ok(name, value, True, path, ph)
        ]

    def _sql_seed_raws(self, det: Detector, m: re.Match[str], script: sql_seed.Script) -> list[_Raw]:
        found = script.seeded_passwords(m.group("table"), m.group("cols"), m.start("value"), m.start())
        return [_Raw(det, value, start, start + len(value), start, "password") for value, start in found]

    def _sql_client_raws(self, det: Detector, m: re.Match[str], script: sql_seed.Script) -> list[_Raw]:
        found = script.seeded_client_secrets(m.group("table"), m.group("cols"), m.start("value"), m.start())
        return [_Raw(det, value, start, start + len(value), start, "secret") for value, start in found]

    def _context_raws(self, det: Detector, m: re.Match[str], text: str, path: str) -> list[_Raw]:
        assert det.validator is not None
        found = cc.values(det.validator, m, text, path, self.ruleset.placeholders)
        return [_Raw(det, value, start, start + len(value), start, name) for name, value, start in found]

    def _structure_ok(self, det: Detector, m: re.Match[str], value: str, text: str, path: str) -> bool:
        """The checks of the detectors in rulesets/secrets/structure.yaml."""
        ph = self.ruleset.placeholders
        if det.validator == "element":
            one_line_element = "\n" not in m.group(0) and m.group(0).endswith(f"</{m.group('tag')}>")
            if one_line_element and not st.holds_inner_stop(value):
                return False  # `<password>...</password>` without `;` inside: the assignment rule's
            if st.is_code_splice(value):
                return False  # `<pass>".substr($ids,1)."</pass>`: the code writing the element
            name = st.secret_name(m.group("tag").strip("$"))
            return name is not None and v.assignment_ok(name, value, True, path, ph)
        if det.validator == "inner-name":
            if not _key_boundary(text, m.start("key"), m.group("key")):
                return False
            cut = st.inner_secret_name(_full_name(text, m.start("key"), m.group("key") + m.group("tail")))
            quoted = bool(m.group("q"))
            if cut is None or v.name_strength(cut) not in ("strong", "password"):
                return False  # `key_down_event`, `tokenizer_vocab`: only names of secrets inside
            if v.mostly_words(value):
                return False  # `"password_bytes": "IAmSensitiveBytes"` in a docstring
            return v.assignment_ok(cut, value, quoted, path, ph, m.group("op") or "=")
        if det.validator == "user-key":
            return v.key_as_user_ok(value, ph)
        if det.validator == "line-value":
            return self._line_value_ok(m, value, text, path)
        if det.validator == "spaced-value":
            return self._spaced_value_ok(m, value, text, path)
        if det.validator == "basic-decoded":
            if v.is_placeholder(value, ph):
                return False
            if st.decodes_to_credentials(value):
                return v.basic_credentials_ok(value, ph)
            return len(value) >= 16 and v.entropy(value) >= 3.5
        if det.validator == "auth-decoded":
            if not st.name_ends_at(text, m.start("key"), m.group("key")):
                return False  # `oauth`, `preauth`: a word ending in the letters, not the name's last word
            return v.basic_credentials_ok(value, ph)
        if det.validator == "braced-credentials":
            if v.is_reference(value) or not v.url_credentials_ok("", value, ph):
                return False  # `{CLIENT_SECRET}`, `{password}`: the template's own names
            return v.machine_made(m.group("user")) or v.assignment_ok("password", value, True, path, ph)
        if det.validator == "serialized-member":
            return self._serialized_member_ok(m, value, text)
        if det.validator == "redis-password":
            if _line_of(text, m.start()).lstrip().startswith("#"):
                return False  # redis.conf documents each directive in a comment (`# requirepass foobared`)
            return v.assignment_ok("password", value, True, path, ph) and not v.is_reference(value)
        line = _line_of(text, m.start(), m.end())
        if det.validator == "openshift-token":
            return st.openshift_token(value, line) and not v.is_placeholder(value, ph)
        return v.header_token_ok(value, line, path, ph)

    def _serialized_member_ok(self, m: re.Match[str], value: str, text: str) -> bool:
        """A machine-made member of an object serialised under a secret's name (`Apitoken`,
        `auth_token`): not an identifier member, a UUID (ids are not reported) or a placeholder."""
        if not _key_boundary(text, m.start("key"), m.group("key")):
            return False
        name = _full_name(text, m.start("key"), m.group("key"))
        if v.name_strength(name) not in ("strong", "password") or not st.credential_member(m.group("member")):
            return False
        if v.is_uuid(value) or v.is_placeholder(value, self.ruleset.placeholders):
            return False
        return v.machine_made(value)

    def _line_value_ok(self, m: re.Match[str], value: str, text: str, path: str) -> bool:
        """An unquoted configuration value that holds `;`, `<` or `,` (the one-line rule ends the
        value there): the name starts its line and names a secret, the file keeps values to the
        end of the line."""
        if not st.runs_to_line_end(path) or not _key_boundary(text, m.start("key"), m.group("key")):
            return False
        full = _full_name(text, m.start("key"), m.group("key") + m.group("tail"))
        name = st.secret_name(full)
        if name is None or not st.line_value_candidate(text, m.end("tail") - len(full), value):
            return False
        return v.assignment_ok(name, value, True, path, self.ruleset.placeholders, m.group("op"))

    def _spaced_value_ok(self, m: re.Match[str], value: str, text: str, path: str) -> bool:
        """A name and a value with only spaces between, alone on their line, in a file whose
        values run to the end of the line: judged by the name of the secret and the value. The
        name may be written in two words, the service's then the secret's (`relay SECRET`), and
        is judged whole (`public key` is a public key's name)."""
        if not st.runs_to_line_end(path) or not _key_boundary(text, m.start("key"), m.group("key")):
            return False
        full = _full_name(text, m.start("key"), m.group("key") + m.group("tail"))
        name = st.secret_name(full) or st.access_name(full)
        start = m.end("tail") - len(full)
        if name is None:
            return False
        if not st.name_starts_line(text, start):
            service = st.service_before_name(text, start)
            if service is None:
                return False
            name = f"{service}_{name}"
        return v.spaced_value_ok(name, value, self.ruleset.placeholders)

    def _secret_ok(self, det: Detector, m: re.Match[str], value: str, text: str, path: str) -> bool:
        ph = self.ruleset.placeholders
        if _in_example_url(text, m.start("value")):
            return False
        if v.public_client_key(value):
            return False  # a key its service publishes to every browser: not a secret, in any detector
        if v.encrypted_value(value) or v.jwt_header_alone(value):
            return False  # ciphertext a tool keeps the key of; a token's header with nothing it authorises
        if det.min_length and len(value) < det.min_length:
            return False
        if det.min_entropy and v.entropy(value) < det.min_entropy:
            return False
        if det.context is not None and not det.context.search(_context_window(det, text, m)):
            return False
        if v.snmp_localized_key(value, text, m.start("value")):
            return False  # an SNMPv3 key localized with the engine id, not the password
        name = det.validator
        if name in ("assignment", "weak-password", "guessable-secret") and "q" in m.re.groupindex:
            quote = m.group("q") or ""
            unescaped = bool(quote) and text[m.start("q") - 1 : m.start("q")] != "\\"
            if unescaped and v.closes_literal(cx.line_head(text, m.start("q")), quote, value):
                return False  # `"Session token ",b=(0,m.f)(h,"`: code between two literals
            value = v.as_judged(value, quote, path)  # `APP_SECRET='$ecr3t...'` in a .env
        if name in _STRUCTURE_CHECKS:
            return self._structure_ok(det, m, value, text, path)
        if name in cc.SINGLE:
            return cc.check(name, m, text, path, ph)
        if name == "assignment":
            word = m.group("key") or ""
            full = _full_name(text, m.start("key"), word)
            if det.name is not None:
                named = det.name.search(full)
                if named is None:
                    return False
                word = full[named.start() :]
            boundary = _key_boundary(text, m.start("key") + len(m.group("key")) - len(word), word)
            if not boundary and not (
                _one_word_key_name(full, word, value) or _one_word_service_key(full, word)
            ):
                return False
            name_start = m.start("key") + len(m.group("key")) - len(full)
            if xc.property_list_key(text, name_start, full, path):
                return False  # `<key>…</key>` in a property list: the name of the entry after it
            line_head = text[max(text.rfind("\n", 0, name_start) + 1, name_start - 120) : name_start]
            groups = m.groupdict()
            spaced = groups.get("sym2") is not None and not (groups.get("op") or "").strip()
            if spaced and groups.get("q") is None and not _after_lone_colon(text, name_start):
                return False  # `db_password <value>`: a bare value after a space only follows `:name`
            if v.ARN_LEAD.search(line_head):
                return False  # `arn:aws:secretsmanager:...:secret:<name>`: a resource's type
            if v.DYNAMIC_REFERENCE_LEAD.search(line_head):
                return False  # `{{resolve:secretsmanager:...:SecretString:password:...}}`: a reference
            if v.BETWEEN_LITERALS.match(value):
                return False  # `';Password=',parameters('pw'))`: code between two literals
            cred = _URL_CREDENTIALS.match(value)
            if cred and not v.url_credentials_ok(cred["user"], cred["pw"], ph, cred["host"], path):
                return False  # `password: http://user:xxxx@host/`: the URL's password judged as such
            if _URL_HOST_LEAD.search(text, max(0, name_start - 3), name_start) and _PORT.match(value):
                return False  # `user/pw@dbhostpsw01:1521:sid`: a URL's host and port
            # A quoted name that opens a call's arguments: put("password", "..."), not a list.
            opened = text[max(0, name_start - 40) : max(0, name_start - 1)].rstrip()[-1:]
            key_quoted = name_start > 0 and text[name_start - 1] in "\"'" and opened == "("
            op = m.group("op") if "op" in m.re.groupindex else "="
            if st.access_modifier(full, op or ""):
                return False  # `private hash = "..."`: a class member, named after the modifier
            quoted = "q" in m.re.groupindex and bool(m.group("q"))
            # --password=... inside a command line: a literal even without its own quotes.
            quoted = quoted or text[max(0, name_start - 2) : name_start] == "--"
            line_end = text.find("\n", m.end())
            after = text[m.end() : line_end if line_end >= 0 else len(text)]
            if gl.glyph_map_entry(value, text, m.start("value")):
                return False  # `"form-textbox-password": 985077` among other code points: an icon
            converted = "op" in m.re.groupindex and m.group("op") is not None
            converted = converted and gl.guid_conversion(text[m.end("op") : m.start("value")])
            if converted and v.name_strength(full) == "weak":
                return False  # `RotationKey = new Guid("...")`: an identifier the type declares
            if not v.assignment_ok(full, value, quoted, path, ph, op or "=", key_quoted, after):
                at = m.start("value")
                beside_user = pairs.plain_password_beside_user(
                    full, value, quoted, path, ph, op or "=", after, text, at
                )
                if not beside_user and not dk.typed_cipher_key(full, value, quoted, text, at, ph):
                    return False
            lead = text[max(text.rfind("\n", 0, name_start) + 1, name_start - 40) : name_start]
            if v.OPENPGP_LEAD.search(lead) and v.names_openpgp_key_id(lead + full, value):
                return False  # `Release GPG key: <fingerprint>`: a public key's id
            if st.public_search_key(full, text):
                return False  # a search box's key, published by design
            if salts.salt_beside_digest(full, text, name_start):
                return False  # a password's salt kept beside its digest in the same record
            return not self._fixture_login_password(full, value, m, text, path)
        if name == "default-password":
            return df.default_password_ok(m.group("key"), value, path)
        if name == "weak-password":
            return self._weak_password_ok(m, value, text, path)
        if name == "guessable-secret":
            return self._guessable_secret_ok(m, value, text, path)
        if name == "byte-list-key":
            return dk.byte_list_key_ok(value, text, m.start())
        if name == "weak-url-password":
            return wk.weak_url_password_ok(value, m.group("host") or "", ph, path)
        if name == "weak-account":
            return wk.weak_account_password_ok(m.group("user") or "", value, ph)
        if name == "weak-prose-password":
            return wk.weak_prose_password_ok(value, path, ph)
        if name == "url-credentials":
            host = m.group("host") if "host" in m.re.groupindex else ""
            return v.url_credentials_ok(m.group("user") or "", value, ph, host or "", path)
        if name == "jenkins-secret":
            return v.jenkins_secret_ok(value)
        if name == "private-key":
            return v.private_key_ok(value, ph)
        if name == "der-private-key":
            return v.der_private_key_ok(value)
        if name == "der-key-pieces":
            return v.der_key_pieces_ok(value)
        if name == "base64-pem-key":
            return v.base64_pem_key_ok(value, ph)
        if name == "base64-github-token":
            return v.base64_github_token_ok(value, ph)
        if name == "tink-keyset":
            return v.tink_keyset_ok(value, ph)
        if name == "dash-groups":
            return v.dash_groups_ok(value, ph)
        if name == "jwt":
            start = m.start("value")
            transcript = cx.in_transcript(text, start)
            joined = re.sub(r"\s+", "", value)  # a token cut at its dots, one part a line
            return v.jwt_ok(joined, ph, path, transcript) and not cx.under_basic(text, start)
        if name == "url-query":
            return v.url_query_secret_ok(m.group("name") + m.group("key"), value, ph)
        if name == "connection":
            quote = m.group("q") if "q" in m.re.groupindex else None
            return v.connection_ok(value, ph, quote or "")
        if name == "pieces":
            full = _full_name(text, m.start("key"), m.group("key"))
            return v.assignment_ok(full, v.joined_pieces(value), True, path, ph)
        if name == "sql-insert":
            return v.assignment_ok("password", value, True, path, ph) and not v.is_password_hash(value)
        if name == "pgpass":  # host:port:database:user:password, the last field a password
            return v.assignment_ok("password", value, True, path, ph)
        if name == "prose-password":
            return v.prose_password_ok(value, ph)
        if name == "password-after-name":
            return v.password_after_name_ok(value, path, ph)
        if name == "pair-in-note":
            users = (m.group(g) for g in ("user", "user2", "user3") if g in m.re.groupindex)
            return v.pair_in_note_ok(next((u for u in users if u), ""), value, path, ph)
        if name == "token":
            if not v.token_ok(value, ph):
                return False
            named = _LEADING_NAME.match(m.group(0))
            return not (named and st.public_search_key(_full_name(text, m.start(), named.group(0)), text))
        if name == "prefixed-body":
            # a prefix lends a typed body (`XYZabc123XYZabc123...`) the variety of a random one:
            # the body after it is judged alone, as a value with no name to go by, and a body of
            # consecutive characters (`1234567890abcdef` repeated, a count) is typed too
            body = m.group("body")
            return not v.is_placeholder(value, ph) and v.token_ok(body, ph) and not v.is_alphabet(body)
        if name == "basic-auth":
            return v.basic_auth_ok(value, ph)
        if name == "base64-key":
            return v.base64_key_ok(value) and not v.is_placeholder(value, ph)
        if det.id in dv.DEVICE_DETECTORS:
            if not dv.in_own_block(det.id, text, m.start("value")):
                return False  # a `name=` outside `/snmp community`, a ` key` outside a server block
            return self._device_value_ok(det, value, text, path)
        # `glc_abcdef...XYZ`: an alphabet behind a service's prefix is typed, not issued
        return not (v.is_placeholder(value, ph) or v.spells_alphabet(value))

    def _example_looking(self, value: str) -> bool:
        """A placeholder word, an alphabet typed in order (`0123456789ABCDEF...`) or a word naming
        the credential (`somekey`)."""
        ph = self.ruleset.placeholders
        return v.is_placeholder(value, ph) or v.spells_alphabet(value) or dv.names_itself(value)

    def _device_value_ok(self, det: Detector, value: str, text: str, path: str) -> bool:
        """A value on a device's credential line (aiscan/secrets/devices.py). A FortiOS `ENC` value
        under the device's own key is ciphertext, as a type 6 value is. A value that looks like an
        example (`somekey`, `foofoo`, `0123456789ABCDEF...`) counts only in a file that is a
        device's configuration, outside tests, examples and documentation: there it is what the
        device runs with once the file is deployed (reported below the gate, DEVICE_EXAMPLE). A
        masked, removed or templated value never counts."""
        if det.id == "fortios-encrypted-secret" and dv.fortios_key(text) == "own":
            return False
        if not self._example_looking(value):
            return True
        config = v.file_role(path) == "config" or path.lower().endswith(".rsc")
        return (
            config
            and not dv.removed_value(value)
            and not self.ruleset.test_paths.search(path)
            and not _DOCUMENTATION.search(path)
            and dv.device_configuration(text)
        )

    def _device_context(self, d: Detection, text: str) -> Detection:
        """FORTIOS_SHARED_KEY for an `ENC` value of a backup that does not enable
        private-data-encryption; DEVICE_EXAMPLE for a value that looks like an example."""
        if d.detector.id == "fortios-encrypted-secret" and dv.fortios_key(text) == "shared":
            return replace(d, context=FORTIOS_SHARED_KEY)
        if d.detector.id in dv.DEVICE_DETECTORS and self._example_looking(d.value):
            return replace(d, context=DEVICE_EXAMPLE)
        return d

    def _weak_password_ok(self, m: re.Match[str], value: str, text: str, path: str) -> bool:
        """A weak or dummy password under a password's name (aiscan/secrets/weak.py)."""
        if not _key_boundary(text, m.start("key"), m.group("key")):
            return False  # `bypass`, `userpasswords`
        s = self._setting(m, text)
        confirmation = bool(m.group("confirm")) or wk.is_confirmation(s.key)
        if (confirmation or " " in value) and not wk.retyped_nearby(text, m.start("value"), m.group("value")):
            return False  # a confirmation or a phrase is a password only where it is typed twice
        key = "password" if confirmation else s.key
        if v.joined_at_run_time(value, s.quoted, path, s.after):
            return False  # `"Repay@" + digits`: the fixed part of a password built at run time
        return wk.weak_password_ok(key, value, s.quoted, path, s.placeholders, s.op, s.after, s.head)

    def _guessable_secret_ok(self, m: re.Match[str], value: str, text: str, path: str) -> bool:
        """A signing, encryption or API secret made of words (aiscan/secrets/guessable.py)."""
        s = self._setting(m, text)
        if v.joined_at_run_time(value, s.quoted, path, s.after):
            return False  # `"loan-svc:" + suffix`: the fixed part of a secret built at run time
        bare = s.key.strip("\"'[]$@:")
        section = ""
        if gs.section_qualifies(bare, "jwt") and gs.names_a_signing_section(text, path):
            section = gs.config_section(text, m.start("key"), path)
        return gs.guessable_secret_ok(
            s.key, value, s.quoted, path, s.placeholders, s.op, s.after, s.head, section
        )

    def _setting(self, m: re.Match[str], text: str) -> _Setting:
        """What the two word kinds judge a setting by: its full name, whether the value is quoted,
        the placeholders, the operator, the rest of the line and what stands before the name."""
        word = m.group("key")
        full = _full_name(text, m.start("key"), word)
        line_end = text.find("\n", m.end())
        after = text[m.end() : line_end if line_end >= 0 else len(text)]
        head = cx.line_head(text, m.start("key") + len(word) - len(full))
        return _Setting(full, bool(m.group("q")), self.ruleset.placeholders, m.group("op"), after, head)

    def _fixture_login_password(self, name: str, value: str, m: re.Match[str], text: str, path: str) -> bool:
        """In a test or fixture file, a password made from the user's own name (`alice123`)."""
        if v.name_strength(name) != "password" or not self.ruleset.test_paths.search(path):
            return False
        return st.fixture_password_from_login(text, m.start("value"), value)

    def _default_severity(self, det: Detector, path: str, line: str, why: str = "") -> tuple[Severity, str]:
        """A default password: medium where it is set, low in a test path or commented out."""
        why = why or _DEFAULT
        if df.commented_out(line):
            return Severity.LOW, f"{why}; the setting is commented out"
        if det.severity_in_tests is not None and self.ruleset.test_paths.search(path):
            return det.severity_in_tests, f"{why}; in a test, fixture or example path"
        if det.id != "default-password":
            return Severity.MEDIUM, why
        return det.severity, why

    def _weak_severity(self, det: Detector, path: str, value: str, line: str = "") -> tuple[Severity, str]:
        """A weak password: low; a vendor's default medium, except in a test or example; critical
        given to a remote host the line names (a connection string to a cloud database)."""
        if v.file_role(path) == "example":
            return Severity.LOW, f"{_WEAK}; in an example or template file, the value a copy of it runs with"
        in_tests = self.ruleset.test_paths.search(path) is not None
        remote = det.id in _HOST_WEAK_KINDS and not in_tests and not wk.is_documentation_text(path)
        if remote and not df.commented_out(line) and _remote_host(line) is not None:
            return (
                Severity.CRITICAL,
                f"{_WEAK}; the password of a remote host, the first one tried against it",
            )
        if wk.is_vendor_default(value) and not in_tests:
            return Severity.MEDIUM, f"{_WEAK}; a well-known default password, the first one tried"
        return det.severity, _WEAK

    def _guessable_severity(self, det: Detector, path: str) -> tuple[Severity, str]:
        """A guessable signing or API secret: medium; low in a test, fixture or example file and
        in documentation."""
        if wk.is_documentation_text(path):
            return Severity.LOW, f"{_GUESSABLE}; in documentation, an example readers copy"
        if v.file_role(path) == "example":
            return Severity.LOW, f"{_GUESSABLE}; in an example or template file, what a copy of it runs with"
        if det.severity_in_tests is not None and self.ruleset.test_paths.search(path):
            return det.severity_in_tests, f"{_GUESSABLE}; in a test, fixture or example path"
        return det.severity, _GUESSABLE

    def severity_for(self, det: Detector, path: str) -> Severity:
        return self.assess(det, path)[0]

    def assess(
        self, det: Detector, path: str, line: str = "", context: str = "", key: str = "", value: str = ""
    ) -> tuple[Severity, str]:
        """The severity of a detection and why: lower in tests, fixtures, examples and
        documentation (a docstring's example included); critical for credentials of a remote
        host or in a production configuration; a weak signing secret says so; otherwise the
        detector's own."""
        if det.id == "default-password":
            return self._default_severity(det, path, line)
        if det.id in _WEAK_KINDS:
            return self._weak_severity(det, path, value, line)
        if det.id == "guessable-secret":
            return self._guessable_severity(det, path)
        if (
            det.id == "url-credentials"
            and _default_account_in_url(line, value)
            and _remote_host(line) is None
        ):
            return self._default_severity(det, path, line, _DEFAULT_IN_URL)
        if det.severity_in_tests is not None and self.ruleset.test_paths.search(path):
            return det.severity_in_tests, "in a test, fixture, example or documentation path"
        if det.kind == "pii":
            return det.severity, "one client's identifier"
        if det.severity_in_tests is not None and v.file_role(path) == "example":
            return det.severity_in_tests, "in an example or template file"
        if det.severity_in_tests is not None and _DOCUMENTATION.search(path):
            return det.severity_in_tests, "in a documentation file"
        if det.severity_in_tests is not None and context == DOCSTRING and det.id in _DOCSTRING_DETECTORS:
            return det.severity_in_tests, _DOCUMENTED_EXAMPLE
        if det.severity_in_tests is not None and _API_EXAMPLE_LINE.match(line) and _API_DOCUMENT.search(path):
            return det.severity_in_tests, _API_EXAMPLE
        if det.severity_in_tests is not None and context == HELP_EXAMPLE:
            return det.severity_in_tests, _HELP_EXAMPLE
        if det.severity_in_tests is not None and context == FIXTURE:
            return det.severity_in_tests, _FIXTURE
        if det.severity_in_tests is not None and _EXAMPLE_COMMENT.match(line):
            return det.severity_in_tests, _COMMENT_EXAMPLE
        if det.id in _NAMED_DETECTORS and _GENERATED_OPTION.match(line) and _INITIALIZER.search(path):
            return Severity.MEDIUM, _GENERATED_OPTION_WHY
        if context == DEVICE_EXAMPLE:
            return Severity.MEDIUM, _DEVICE_EXAMPLE
        if context == FORTIOS_SHARED_KEY:
            return Severity.HIGH, _FORTIOS_SHARED_KEY
        if det.id in _COMPARISONS and _COMMENTED_LINE.match(line):
            return det.severity, _COMMENTED_COMPARISON
        if det.id == "env-name-secret":
            return det.severity, _ENV_NAME
        if det.kind == "secret" and det.severity is Severity.HIGH:
            if _PRODUCTION.search(path):
                return Severity.CRITICAL, "in a production configuration"
            host = _remote_host(line) if det.id in _CREDENTIAL_DETECTORS else None
            if host is not None:
                return Severity.CRITICAL, "credentials of a remote host"
            cloud = _CLOUD_STORAGE_KEY.search(line) or _CLOUD_CREDENTIALS_FILE.search(path)
            if det.id in _NAMED_DETECTORS and cloud:
                return Severity.CRITICAL, "a cloud or object-storage key (access to the stored data)"
            if det.id in _NAMED_DETECTORS and v.is_weak_signing_value(key, value):
                return det.severity, _WEAK_SIGNING
        if det.id == "jenkins-encrypted-secret":
            return det.severity, "encrypted with the Jenkins instance's key, which decrypts it offline"
        return det.severity, _WHY.get(det.severity, "")


# Weak and dummy passwords, under a password's name, in a URL's credentials or curl's, named in
# a document, or given to an account or a connection call beside its user.
_WEAK_KINDS = frozenset(
    {
        "weak-password",
        "weak-url-password",
        "weak-prose-password",
        "weak-curl-password",
        "weak-account-password",
        "weak-call-password",
    }
)
# Detectors whose values are not looked for again under other names: a default or a weak word
# is what it is wherever it is set, not one secret written twice.
_NO_RECURRENCE = _WEAK_KINDS | {
    "default-password",
    "sql-seeded-account-password",
    "sql-seeded-client-secret",
    "guessable-secret",
}
# Weak passwords set in configuration or a URL, whose line may name the host they open.
_HOST_WEAK_KINDS = frozenset({"weak-password", "weak-url-password"})
# The checks of rulesets/secrets/structure.yaml, in `_structure_ok`.
_STRUCTURE_CHECKS = frozenset(STRUCTURE_VALIDATORS)
_WHY = {
    Severity.CRITICAL: "grants access by itself (a private key or a cloud or service key)",
    Severity.HIGH: "a credential in clear text",
    Severity.MEDIUM: "a credential of limited reach",
    Severity.LOW: "a value of limited reach",
}
_DEFAULT = "a well-known default password: a vendor's default, the first one tried"
_DEFAULT_IN_URL = (
    "a well-known default password as a URL's user and password (a built-in account's default,"
    " the first one tried): reported as a default password set under its name is"
)
# A URL's user and password (`scheme://user:password@`).
_URL_ACCOUNT = re.compile(r"//([^:/@\s\"'`]+):([^@/\s\"'`]+)@")


def _default_account_in_url(line: str, value: str) -> bool:
    """The line's URL gives a product's default password as both its user and its password
    (`amqp://guest:guest@`, `postgresql://postgres:postgres@`): the account as installed, which
    a password setting of the same word reports as a default (medium), not as a chosen secret.
    For a remote host the URL stays critical (`assess`)."""
    word = value.lower()
    if word not in df.DEFAULT_PASSWORDS:
        return False
    return any(u.lower() == p.lower() == word for u, p in _URL_ACCOUNT.findall(line))


_WEAK = (
    "a weak or dummy password: a word anyone can guess, harmless only while no deployed system runs with it"
)
_GUESSABLE = (
    "a signing, encryption or API secret made of words: whoever reads the source can sign tokens "
    "or call the API with it"
)
_WEAK_SIGNING = (
    "a weak signing secret: a word anyone can guess, "
    "so tokens, sessions or cookies signed with it can be forged"
)
# Documentation text (README.md, docs written in reStructuredText or AsciiDoc, and a Python
# package's metadata, PKG-INFO or *.dist-info/METADATA, which carries the README as its long
# description): its credentials are usage examples, weighed like those of an example file. HTML
# is not among them: it may be served.
_DOCUMENTATION = re.compile(
    r"\.(?:md|markdown|rst|adoc|asciidoc|org)$|(?:^|/)PKG-INFO$|\.dist-info/METADATA$", re.I
)
# The example value an API description gives a field (OpenAPI, JSON Schema: `example:`,
# `x-example:`, `"example": ...`), shown to every reader of the API's documentation.
_API_EXAMPLE_LINE = re.compile(r"""^\s*(?:-\s+)?["']?(?:x-)?examples?["']?\s*:""")
_API_DOCUMENT = re.compile(r"\.(?:ya?ml|json)$", re.I)
_API_EXAMPLE = "the example value of an API description (shown to its readers)"
# The example column of a help table (help_tables.py: a CSV whose header names an EXAMPLE column).
HELP_EXAMPLE = "help-example"
# A comment line that opens by saying it gives an example (`# eg : http://admin:...@camera`,
# `// for example: ...`, ` * Example: ...`): the value is the comment's example. A comment that
# does not say so may be a credential commented out, and stays as it is.
_EXAMPLE_COMMENT = re.compile(
    r"^\s*(?:#+|//+|--|;+|\*|/\*+|<!--|%+)\s*(?:e\.?\s?g\.?|for\s+example|examples?|ex\.?)\s*[:,-]?\s",
    re.I,
)
_COMMENT_EXAMPLE = "an example a comment gives (the comment says so)"
# A comparison with a literal on a line commented out (`# if password == "..."`): nothing
# compares, but the value the code once accepted is a credential kept in the repository.
_COMPARISONS = frozenset({"secret-compared", "secret-compared-left"})
_COMMENTED_LINE = re.compile(r"^\s*(?:#|//|--|;|\*|/\*|<!--|%)")
_COMMENTED_COMPARISON = (
    "the comparison is commented out; the value it accepted is still a credential in the repository"
)
# A key-like value given as the name to an environment look-up (`os.getenv("<key>")`).
_ENV_NAME = (
    "an environment variable's name is an identifier: this key-like value is the credential "
    "written where its name belongs, in the code, and the look-up returns nothing"
)
# An option a framework's generator lists, commented out, in a Rails initializer with the random
# value it made when it ran (Devise: `# config.pepper = '<SecureRandom.hex(64)>'`, `# config.secret_key
# = ...`): the application does not run with it while the line stays commented. A hex run of 64
# characters or more, the whole value: a typed word or a shorter key copied in keeps its severity.
_GENERATED_OPTION = re.compile(r"""^\s*#+\s*config\.\w+\s*=\s*(["'])[0-9a-fA-F]{64,}\1\s*$""")
_INITIALIZER = re.compile(r"(?:^|/)config/initializers/[^/]+\.rb$")
_GENERATED_OPTION_WHY = (
    "a generator's option commented out in a Rails initializer, with the random value the generator "
    "wrote: unused while the line stays commented"
)
# A configuration file that only test code names (fixtures.py: a test fixture).
FIXTURE = "fixture"
# A device credential line whose value looks like an example, in a file that is a device's
# configuration; a FortiOS `ENC` value of a backup that does not enable private-data-encryption.
DEVICE_EXAMPLE = "device-example"
FORTIOS_SHARED_KEY = "fortios-shared-key"
_DEVICE_EXAMPLE = (
    "a value that looks like an example, on a credential line of a device's configuration: "
    "the credential the device runs with once this configuration is deployed"
)
_FORTIOS_SHARED_KEY = (
    "encrypted under the built-in key every FortiGate shares (published with CVE-2019-6693): "
    "the backup does not enable private-data-encryption"
)
_FIXTURE = "in a configuration that only test code names (a test fixture)"
_HELP_EXAMPLE = "the example column of a help table (shown to its readers)"
# A Python docstring is documentation too, for the values known only by the name they are given
# or their place in a URL or an HTTP header (`Authorization: Token ...`, the header a docstring
# shows a client how to send); a key recognised by its own format counts wherever it is written.
# A documentation comment (doc_comments.py: a Go doc comment, a `/** ... */` block, `///` lines)
# is the same, in the languages that write their documentation in comments.
DOCSTRING = "docstring"
_DOCUMENTED_EXAMPLE = "in a docstring or documentation comment (a usage example)"
_DOCSTRING_DETECTORS = frozenset(
    {
        "generic-secret-assignment",
        "name-value-secret",
        "value-name-secret",
        "key-value-pair",
        "url-credentials",
        "url-query-secret",
        "connection-string-password",
        "dsn-credentials",
        "authorization-header",
        "authorization-header-bare",
        # credentials known by their place in a basic-auth call or header
        "http-basic-auth",
        "basic-auth-short",
        # a device configuration shown as a usage example (rulesets/secrets/devices.yaml)
        *dv.DEVICE_DETECTORS,
    }
)
# A weak password or a guessable secret in a docstring is a usage example
# (`connect(user="scott", password="tiger")`) and is not reported at all.
_EXAMPLES_IN_DOCSTRINGS = frozenset(
    {"weak-password", "weak-url-password", "weak-curl-password", "guessable-secret"}
)
_DOCSTRING_AWARE = _DOCSTRING_DETECTORS | _EXAMPLES_IN_DOCSTRINGS
# Paths of production configuration: `application-prod.yml`, `.env.production`, `prod/`.
_PRODUCTION = re.compile(r"(?:^|[/._-])(?:prod|production|live)(?:[/._-]|$)", re.I)
# Detectors whose line names the host the credentials are for.
_CREDENTIAL_DETECTORS = frozenset(
    {
        "url-credentials",
        "connection-string-password",
        "command-line-password",
        "credential-call",
        "oracle-jdbc-credentials",
        "dsn-credentials",
        "authorization-header",
        "authorization-header-bare",
    }
)
# Detectors of a value assigned to a name, and the names of cloud and object-storage keys
# (AWS, S3-compatible storage such as MinIO, Yandex Object Storage, GCS, Azure storage).
_NAMED_DETECTORS = frozenset(
    {
        "generic-secret-assignment",
        "name-value-secret",
        "value-name-secret",
        "key-value-pair",
        "command-line-secret-flag",
    }
)
_CLOUD_STORAGE_KEY = re.compile(
    r"(?:aws|s3|minio|gcs|storage|bucket)[\w.-]{0,24}?(?:secret|access[_.-]?key|credentials)"
    r"|secret[_.-]?access[_.-]?key",
    re.I,
)
# Credential files of cloud and object-storage clients (s3cmd, rclone, boto, the AWS CLI).
_CLOUD_CREDENTIALS_FILE = re.compile(r"(?:^|/)(?:\.s3cfg|rclone\.conf|\.boto|\.aws/credentials)$")
_HOSTS = re.compile(
    r"@(?:tcp|udp)\((?P<dsn>[A-Za-z0-9.\[\]:-]+)\)"
    r"|@(?P<at>[A-Za-z0-9.\[\]:-]+)"
    r"|(?i:server|host|data source|address|hostname)\s*=\s*(?:tcp:)?(?P<kv>[A-Za-z0-9.-]+)"
    r"|\s-h\s*(?P<flag>[A-Za-z0-9.-]+)|//(?P<url>[A-Za-z0-9.-]+)[:/]"
)
_LOCAL = re.compile(
    r"^(?:localhost|127\.[\d.]+|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal)$"
    r"|\.(?:local|localhost|test|example|invalid|internal\.test)$",
    re.I,
)


def _key_id_user(m: re.Match[str]) -> bool:
    """The user part of credentials is a machine-made key id, not a person's login."""
    if "user" not in m.re.groupindex or not m.group("user") or m.end("user") + 1 != m.start("value"):
        return False
    return v.machine_made(m.group("user"))


def _remote_host(line: str) -> str | None:
    """The first host on the line that is neither this machine nor a bare service name
    (`db`, `redis` in a compose file), or None."""
    for m in _HOSTS.finditer(line):
        host = next(g for g in m.groups() if g).split(":")[0].strip("[]")
        if host and "." in host and not _LOCAL.search(host) and not v.is_example_host(host):
            return host
    return None


def _matches(pattern: re.Pattern[str], text: str, offsets: list[int]) -> Iterable[re.Match[str]]:
    """The pattern tried at each offset (overlapping matches are resolved after validation)."""
    for pos in sorted(set(offsets)):
        m = pattern.match(text, pos)
        if m is not None:
            yield m


_URL_HOST = re.compile(r"://(?:[^\s/@]*@)?([A-Za-z0-9.-]+)")


def _in_example_url(text: str, start: int) -> bool:
    """The value is part of a URL on a documentation host (https://example.com/?token=...)."""
    line_start = text.rfind("\n", 0, start) + 1
    scheme = text.rfind("://", line_start, start)
    if scheme < 0:
        return False
    host = _URL_HOST.match(text, scheme)
    return host is not None and v.is_example_host(host.group(1))


# Words that end a password's name even glued to the word before (`mysqlrootpwd`); `pass` is
# left out (`bypass`, `compass`).
_PASSWORD_ENDINGS = frozenset({"pwd", "passwd", "password", "psw"})
# A secret's qualifier written as one word with its key word (`apikey`, `accesstoken`), starting
# the name or a part of it: after a lower-case letter when it opens a camel-case part
# (`azureFunctionkey`), or in lower case after an acronym (`DTaccesstoken`).
_COMPOUND_NAME = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[a-z]))(?:x-)?"
    r"(?i:api|auth|access|secret|private|priv|client|bot|session|refresh|function)$"
)


_NAME_WINDOW = 160


def _occurrences(det: Detector, values: Iterable[str], text: str) -> Iterable[re.Match[str]]:
    """The detector's matches whose value is one of `values`, looked for only on the lines
    where a value occurs (a search for each value, then the pattern over that line)."""
    assert det.pattern is not None
    for value in values:
        at = text.find(value)
        while at >= 0:
            # The name and the operator before the value, on its line (a bounded window: a
            # minified file's one line may hold the value many times).
            line_start = max(text.rfind("\n", 0, at) + 1, at - _NAME_WINDOW)
            line_end = min(len(text), at + len(value) + 2)
            for m in det.pattern.finditer(text, line_start, line_end):
                if m.span("value") == (at, at + len(value)):
                    yield m
                    break
            at = text.find(value, at + len(value))


_SECRET_WORD_AT_END = re.compile(r"(?i:pass(?:word|wd)?|pwd|secret|token|key)$")


def _key_boundary(text: str, start: int, key: str) -> bool:
    """The sensitive word starts a name part: `db_password`, `dbPassword`, `DB_PASSWORD`, not
    `bypass` or `userpasswords`."""
    if start <= 0 or not key:
        return True
    prev = text[start - 1]
    if not prev.isalnum():
        return True
    if key.lower() in _PASSWORD_ENDINGS:
        return True  # `rootpwd`, `adminpassword`: no word ends in these but a password's name
    compound = _COMPOUND_NAME.search(text, max(0, start - 12), start)
    if compound and (key[0].islower() or (key.isupper() and compound.group().isupper())):
        return True  # `apikey`, `AUTHTOKEN`, `accesstoken`: a secret's name written as one word
    if prev.islower() and key[0].isupper():
        return True
    if prev.isupper() and key[0].isupper() and key[1:2].islower():
        return True  # an acronym, then the word: `APIToken`, `DBPassword`
    if key.islower() and text[max(0, start - 2) : start].isupper():
        return True  # an acronym, then the word in lower case: `JWTsecret`, `APItoken`
    return prev.isupper() and key.isupper() and len(key) >= 6


# What a key's name says before `key` or `salt` when written as one word: `signingkey`,
# `secureauthkey`, `loggedinsalt`, `noncekey` (WordPress's keys and salts, session secrets).
_KEY_QUALIFIER = re.compile(
    r"(?:auth|api|access|secret|private|signing|sign|nonce|session|master|encryption|crypt|cipher|"
    r"hmac|jwt|cookie|loggedin|secure|client|app)$"
)


def _one_word_key_name(full: str, word: str, value: str) -> bool:
    """`signingkey`, `loggedinsalt`: a lower-case name written as one word, a key's qualifier
    then a key's word, holding a machine-made value (not `monkey` nor `turkey`)."""
    if word.lower() not in ("key", "salt", "secret", "token") or not (full.isalpha() and full.islower()):
        return False
    return bool(_KEY_QUALIFIER.search(full[: -len(word)])) and v.machine_made(value)


def _one_word_service_key(full: str, word: str) -> bool:
    """`FLICKRKEY`, `yelpkey`: a service's name and `key` written as one word in one case (the
    value is judged as a service key's, aiscan/secrets/validate.py)."""
    one_case = full.isupper() or full.islower()
    return word.lower() == "key" and full.isalpha() and one_case and v.names_service_key(full)


def _has_context(det: Detector, lines: tuple[str, ...], n: int) -> bool:
    assert det.context is not None
    if det.context_lines:
        near = range(n - 1 - det.context_lines, n + det.context_lines)
        return any(det.context.search(lines[i]) for i in near if 0 <= i < len(lines))
    window = [lines[i] for i in (n - 1, n - 2, 0) if 0 <= i < len(lines)]
    return any(det.context.search(w) for w in window)


def _context_window(det: Detector, text: str, m: re.Match[str]) -> str:
    """The text a secret detector's context word is looked for in: the match's lines and the line
    above, or with `context_lines: N` the N lines above and below them."""
    start = text.rfind("\n", 0, m.start()) + 1
    for _ in range(det.context_lines or 1):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    for _ in range(det.context_lines):
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return text[start:end]


@dataclass(frozen=True)
class _Raw:
    det: Detector
    value: str
    start: int
    end: int
    anchor: int
    key: str


def _resolve_overlaps(raw: Iterable[_Raw]) -> list[_Raw]:
    """One report per value: where two detectors claim overlapping text, the higher priority
    (then the longer value) wins."""
    ranked = sorted(raw, key=lambda r: (-r.det.priority, -(r.end - r.start), r.start))
    kept: list[_Raw] = []
    spans: list[tuple[int, int]] = []  # the kept values' spans, disjoint, in order
    for item in ranked:
        if item.start >= item.end:  # an empty value overlaps nothing
            kept.append(item)
            continue
        # Only the kept spans on either side of where the item's would go can overlap it.
        i = bisect.bisect_left(spans, (item.start, item.end))
        if (i and spans[i - 1][1] > item.start) or (i < len(spans) and spans[i][0] < item.end):
            continue
        spans.insert(i, (item.start, item.end))
        kept.append(item)
    return sorted(kept, key=lambda r: r.start)


def _line_of(text: str, start: int, end: int | None = None) -> str:
    """The line (or lines) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start if end is None else end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


_LEADING_NAME = re.compile(r"[A-Za-z_$][\w$.-]*")
_NAME_CHARS = re.compile(r"[A-Za-z0-9_.$-]*\Z")  # \Z: `$` would match before the line's newline


# What opens a URL's host (`user:pw@host`, `scheme://host`, Oracle's `@//host`), and a port after
# its colon: a name standing there is a host's, and the number is no secret.
_URL_HOST_LEAD = re.compile(r"(?:@|@//|://)$")
# A value that is a URL with credentials (`scheme://user:password@host`), read as `url-credentials`
# reads one: its password part is what is judged.
_URL_CREDENTIALS = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://(?P<user>[^\s:/@'\"`<>\\]{0,64}):(?P<pw>[^\s:/@'\"`<>\\]{1,128})@(?P<host>[A-Za-z0-9.\[\]_-]+)"
)
_PORT = re.compile(r"\d{1,5}(?:[:/]|$)")


def _after_lone_colon(text: str, at: int) -> bool:
    """The name at `at` follows a colon that is not itself after a word character or a colon (a
    Ruby symbol, a note's key), as `:secret` does in the pattern."""
    if at < 1 or text[at - 1] != ":":
        return False
    return at < 2 or not (text[at - 2].isalnum() or text[at - 2] in "_:")


def _full_name(text: str, key_start: int, key: str) -> str:
    """The whole name a sensitive word ends (`DB_PASSWORD` for `PASSWORD`)."""
    if not key:
        return ""
    before = _NAME_CHARS.search(text, max(0, key_start - 60), key_start)
    prefix = before.group(0) if before else ""
    return (prefix + key).lstrip(".-$")
