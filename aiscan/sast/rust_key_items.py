"""Rust keys held in `const` and `static` items, wherever the crate declares them.

A service often keeps its JWT or cookie key beside its other settings:

    // src/config.rs
    pub const JWT_SECRET: &[u8] = b"...";
    // src/jwt.rs
    use crate::config::JWT_SECRET;
    ... EncodingKey::from_secret(JWT_SECRET) ...

Rust lets an item be declared below its use and in any module, which one file's patterns cannot
follow. The rule `rust-hardcoded-crypto-key-item` reports every key constructor given an item's
name (upper case, bare or by its module path: `JWT_SECRET`, `&KEY[..]`, `config::KEY.as_bytes()`);
this step keeps such a finding only when, read as text (never run), the item it names holds a
literal key (a string or byte-string literal, or an array of number literals, as the rule's other
branches take them):

- an item of that name declared anywhere in the finding's file (above or below the use, or in an
  inline `mod` of the file);
- else the item in the module the name comes from: the module path written in the call
  (`config::KEY`, `crate::config::KEY`, `super::KEY`), or the `use` declaration that imports the
  name (`use crate::config::KEY;`, `use crate::config::{A, KEY};`, `use crate::config::KEY as K;`,
  or a glob `use crate::config::*;`). A module path is read from the crate's `src/` folder (the
  nearest one above the file): `crate::a::b` is `src/a/b.rs` or `src/a/b/mod.rs`; `self::` and
  `super::` are taken from the file's own module.

An item holding a number or a call (`env!`, `include_bytes!`, `std::env::var`) is not a literal
key, and neither is a string made only of upper-case letters, digits and underscores (the name of
an environment variable, `"JWT_SECRET"`). An item the step cannot find (another crate, a
re-export, a macro) drops the finding. Pure.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from aiscan.models import Finding

Lines = Callable[[str], Sequence[str]]

RULE = "rust-hardcoded-crypto-key-item"

# the key expression at the finding's column: an optional borrow, a module path, the item's name
_KEY_EXPR = re.compile(
    r"&?\s*(?P<path>(?:(?:crate|self|super|[a-z_][a-z0-9_]*)::)*)(?P<name>[A-Z][A-Z0-9_]*)\b"
)
# a literal key, as the rule's other branches read one (wrappers, a string or an array of numbers)
_LITERAL = re.compile(
    r"""(?x)^(\w+::)*(Secret::new\(|GenericArray::from(_slice)?\(|String::from\()?
    &?\s*(
      (?P<string>b?r?\#*"[^"]*"\#*)(\s*\.\s*(as_bytes|as_ref|to_owned|to_string|to_vec|into|as_slice)\(\))*
    | \[\s*((0x[0-9a-fA-F_]+|[0-9][0-9_]*)(_?[ui]8)?\s*(,\s*|;\s*[0-9A-Z_]+\s*)?)*\]
    )\s*\)?(\s*\.\s*(to_owned|to_string|into|as_slice)\(\))*$"""
)
# the text of a string literal that names an environment variable, not a key
_ENV_NAME = re.compile(r'^b?r?#*"[A-Z][A-Z0-9_]*"#*$')
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_USE = re.compile(r"\buse\s+([^;]+);")
_VALUE_PART = re.compile(r'b?r(?P<h>#*)".*?"(?P=h)|b?"(?:\\.|[^"\\])*"|[()\[\]{};]', re.DOTALL)


def _item(text: str, name: str) -> tuple[int, str] | None:
    """(line, value) of the `const`/`static` item `name` declared in `text`, or None."""
    pattern = re.compile(
        r"^[ \t]*(?:pub(?:\([^)]*\))?\s+)?(?:const|static)\s+(?:mut\s+)?" + re.escape(name) + r"\s*:[^=]+?=",
        re.MULTILINE,
    )
    m = pattern.search(text)
    if m is None:
        return None
    # the value runs to the `;` outside brackets and string literals (`[7u8; 64]`, `b"a;b"`)
    depth = 0
    for part in _VALUE_PART.finditer(text, m.end()):
        piece = part.group()
        if piece in "([{":
            depth += 1
        elif piece in ")]}":
            depth -= 1
        elif piece == ";" and depth <= 0:
            return text.count("\n", 0, m.start()) + 1, text[m.end() : part.start()].strip()
    return None


def holds_literal_key(value: str) -> bool:
    """Whether an item's value is a literal key (not a number, a call or a variable's name)."""
    m = _LITERAL.match(value.strip())
    if m is None:
        return False
    string = m.group("string")
    return string is None or not _ENV_NAME.match(string)


def _uses(text: str) -> list[list[str]]:
    """Every path a file's `use` declarations bring in, as segments (`as` renames kept as
    `['crate', 'config', 'KEY as K']`; a glob ends in `*`)."""
    paths: list[list[str]] = []
    for m in _USE.finditer(_COMMENT.sub("", text)):
        paths.extend(_expand(re.sub(r"\s+", " ", m.group(1)).strip()))
    return paths


def _expand(tree: str) -> list[list[str]]:
    """`a::{b, c::{d, e}}` -> [[a, b], [a, c, d], [a, c, e]]."""
    tree = tree.strip()
    brace = tree.find("{")
    if brace < 0:
        return [[s.strip() for s in tree.split("::") if s.strip()]]
    prefix = [s.strip() for s in tree[:brace].split("::") if s.strip()]
    inner = tree[brace + 1 : tree.rfind("}")]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    out: list[list[str]] = []
    for part in parts:
        if part.strip():
            out.extend(prefix + sub for sub in _expand(part))
    return out


def _module_dir(path: str) -> tuple[str, list[str]] | None:
    """(src folder, module segments of the file) for a file under a crate's `src/`."""
    parts = path.split("/")
    if "src" not in parts:
        return None
    at = len(parts) - 1 - parts[::-1].index("src")
    src = "/".join(parts[: at + 1])
    rel = parts[at + 1 :]
    stem = rel[-1][:-3] if rel[-1].endswith(".rs") else rel[-1]
    if stem in ("mod", "lib", "main") or (len(rel) == 1 and stem in ("lib", "main")):
        return src, rel[:-1]
    return src, [*rel[:-1], stem]


def _module_files(path: str, segments: Sequence[str], tree: set[str]) -> list[str]:
    """The files of the module a path names from `path` (`crate::a::b`, `super::x`, `self::y`,
    `a::b` relative to the file's module)."""
    located = _module_dir(path)
    if located is None:
        return []
    src, own = located
    if not segments:
        return [path]
    if segments[0] == "crate":
        module = list(segments[1:])
    else:
        module = list(own)
        rest = list(segments)
        while rest and rest[0] in ("self", "super"):
            if rest.pop(0) == "super" and module:
                module.pop()
        module += rest
    if not module:
        return [f for f in (f"{src}/lib.rs", f"{src}/main.rs") if f in tree]
    base = posixpath.join(src, *module)
    return [f for f in (f"{base}.rs", f"{base}/mod.rs") if f in tree]


def _key_name(f: Finding, text: Sequence[str]) -> tuple[list[str], str] | None:
    line = f.location.start_line
    if line is None or not 1 <= line <= len(text):
        return None
    source = text[line - 1]
    column = max((f.location.start_col or 1) - 1, 0)
    m = _KEY_EXPR.match(source, column) or _KEY_EXPR.search(source)
    if m is None:
        return None
    return [s for s in m.group("path").split("::") if s], m.group("name")


def _declaration(f: Finding, lines: Lines, tree: set[str]) -> tuple[str, int] | None:
    """(path, line) of the literal-key item the finding names, or None."""
    path = f.location.path
    own = "\n".join(lines(path))
    named = _key_name(f, own.split("\n"))
    if named is None:
        return None
    segments, name = named
    candidates: list[tuple[str, str]] = []
    if not segments:
        candidates.append((path, name))
        for use in _uses(own):
            last = use[-1]
            if last == "*":
                candidates.extend((m, name) for m in _module_files(path, use[:-1], tree))
                continue
            original, _, alias = last.partition(" as ")
            if (alias.strip() or original.strip()) == name:
                candidates.extend((m, original.strip()) for m in _module_files(path, use[:-1], tree))
    else:
        # a path in the call: its first segment may itself be an imported module (`use crate::config;`)
        candidates.extend((m, name) for m in _module_files(path, segments, tree))
        for use in _uses(own):
            if use[-1] == segments[0] and len(use) > 1:
                full = use[:-1] + segments
                candidates.extend((m, name) for m in _module_files(path, full, tree))
    for file, item in candidates:
        text = own if file == path else "\n".join(lines(file))
        found = _item(text, item)
        if found is not None and holds_literal_key(found[1]):
            return file, found[0]
    return None


def keep_rust_key_items(
    findings: Iterable[Finding], paths: Iterable[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings less those of `rust-hardcoded-crypto-key-item` whose item is not found or
    holds no literal key; a kept one names where the item is declared. `paths` are the tree's
    Rust files, read only when there is such a finding."""
    findings = tuple(findings)
    if not any(f.rule_id == RULE for f in findings):
        return findings
    tree = set(paths)
    kept = []
    for f in findings:
        if f.rule_id != RULE:
            kept.append(f)
            continue
        where = _declaration(f, lines, tree)
        if where is None:
            continue
        file, line = where
        place = f"line {line}" if file == f.location.path else f"{file}:{line}"
        kept.append(replace(f, message=f"{f.message} (the item is declared at {place})"))
    return tuple(kept)
