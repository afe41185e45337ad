"""Secrets whose meaning comes from what surrounds them (rulesets/secrets/context.yaml): a
variable set by a command's environment flag, a password typed in answer to a prompt, base64
credentials in a Kubernetes Secret, the items of a list named for secrets, a YAML key named by
its parent, and the signature that makes a JSON Web Token a token. Pure functions over text;
the engine (aiscan/secrets/engine.py) judges the values they give with the assignment rules."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

from aiscan.secrets import structure as st

# -- names -------------------------------------------------------------------------------------

_NAME_TAIL = re.compile(r"[A-Za-z0-9_.-]*\Z")


def name_before(text: str, start: int) -> str:
    """The part of a name written before the word at `start` (`ADMIN_` of `ADMIN_TOKENS`)."""
    m = _NAME_TAIL.search(text, max(0, start - 60), start)
    return m.group(0) if m else ""


def line_head(text: str, start: int) -> str:
    """The text of the line before `start`."""
    return text[text.rfind("\n", 0, start) + 1 : start]


# -- prompts ------------------------------------------------------------------------------------

# What an expect script, pexpect or a shell prompt waits for before the password is sent.
_PASSWORD_PROMPT = re.compile(r"assw(?:or)?d|passphrase|pwd|парол", re.I)  # `*assword:` too
# A shell or script prompt: `read -p`, `echo`, `printf`, `input(`, PowerShell `Read-Host`.
_PROMPT_LINE = re.compile(r"\bread\b[^\n]*-p|\becho\b|\bprintf\b|\binput\(|Read-Host|\bprompt", re.I)


def is_prompt_line(line: str) -> bool:
    """A line that asks the user for something (where a `default password: X` is the default)."""
    return _PROMPT_LINE.search(line) is not None


def answer_value(value: str) -> str:
    """The password sent to a prompt without the carriage return or newline escape that ends it."""
    for end in ("\\r\\n", "\\r", "\\n"):
        if value.endswith(end):
            return value[: -len(end)]
    return value


def names_password(prompt: str) -> bool:
    """The prompt text an answer follows asks for a password (not a login or a confirmation)."""
    return _PASSWORD_PROMPT.search(prompt) is not None


# -- Kubernetes Secrets -------------------------------------------------------------------------

_SECRET_KIND = re.compile(r"^kind:[ \t]*[\"']?Secret[\"']?[ \t]*$", re.M)
_USER_NAME = re.compile(r"(?:^|[._-])(?:user(?:name)?|login|auth)$", re.I)


def is_kubernetes_secret(text: str) -> bool:
    """The document declares `kind: Secret` (its `data` values are base64)."""
    return _SECRET_KIND.search(text) is not None


def names_user(key: str) -> bool:
    """A Secret's member named for a user or a registry login (`username`, `proxy-user`, `auth`)."""
    return _USER_NAME.search(key) is not None


def docker_config_credentials(value: str) -> Iterator[tuple[str, str]]:
    """The credentials a base64 `.dockerconfigjson` (or `.dockercfg`) holds: ("auth", base64
    user:password) and ("password", text) pairs, one per registry."""
    raw = st.decoded_text(value)
    if raw is None:
        return
    try:
        config = json.loads(raw)
    except ValueError:
        return
    if not isinstance(config, dict):
        return
    registries = config.get("auths", config)
    if not isinstance(registries, dict):
        return
    for entry in registries.values():
        if not isinstance(entry, dict):
            continue
        for field in ("auth", "password"):
            item = entry.get(field)
            if isinstance(item, str) and item:
                yield field, item


# -- lists named for secrets --------------------------------------------------------------------

# A name of several secrets: `tokens`, `api_keys`, `ADMIN_TOKENS`, `passwords`, `secrets`.
_PLURAL = re.compile(r"(?:token|key|secret|password|passwd|pwd|credential)s$", re.I)
# Lists of values that are not anyone's secret: dictionaries of passwords to refuse, a tokenizer's
# special tokens, stop words.
_LIST_DESCRIPTOR = re.compile(
    r"common|weak|banned|forbidden|blocked|blacklist|denylist|blocklist|leaked|breached|popular|"
    r"invalid|bad|special|stop|reserved|known|test|sample|example|mock|dummy|fake|allowed|extra|"
    r"dkim|verification",  # DKIM and domain-verification tokens are published in DNS
    re.I,
)
_ITEM = re.compile(r"""(?P<q>["'])(?P<v>[^"'\r\n]{1,300})(?P=q)|(?P<bare>[^,\s"'\[\]]+)""")
_YAML_ITEM = re.compile(r"""^[ \t]*-[ \t]+(?P<q>["']?)(?P<v>[^\s"'#][^\r\n"'#]*?)(?P=q)[ \t]*(?:#[^\n]*)?$""")


def list_name(name: str) -> str | None:
    """The singular name the items of a list are judged by (`tokens` -> `token`), or None when
    the name is not a plural of a secret's name or describes values that are not secrets."""
    name = name.strip("\"'$")
    if not _PLURAL.search(name) or _LIST_DESCRIPTOR.search(name):
        return None
    return name[:-1]


def inline_items(body: str, body_start: int) -> Iterator[tuple[str, int, bool]]:
    """(value, offset, quoted) of each item of a one-line list `a, "b", 'c'`."""
    for m in _ITEM.finditer(body):
        if m.group("v") is not None:
            yield m.group("v"), body_start + m.start("v"), True
        else:
            yield m.group("bare"), body_start + m.start("bare"), False


def yaml_items(body: str, body_start: int) -> Iterator[tuple[str, int, bool]]:
    """(value, offset, quoted) of each `- item` line of a YAML block list."""
    pos = body_start
    for line in body.split("\n"):
        m = _YAML_ITEM.match(line)
        if m:
            yield m.group("v"), pos + m.start("v"), bool(m.group("q"))
        pos += len(line) + 1


# -- YAML keys named by their parent ------------------------------------------------------------

# Parents that sign tokens: their `secret` or `key` child is a signing secret (`jwt.secret`).
_SIGNING_PARENT = re.compile(r"(?:^|[._-])(?:jwt|session|cookie|signing|hmac|auth)$", re.I)
_SECRET_CHILD = re.compile(r"(?:secret|key|signing[_-]?key)$", re.I)
# Parents that name a secret: each plain child is one such secret (`secret:` / `access:`).
_SECRET_PARENT = re.compile(r"^(?:secrets?|tokens?|passwords?|api[_-]?keys?)$", re.I)
_CHILD = re.compile(
    r"^(?P<ind>[ \t]+)(?P<key>[A-Za-z_][\w-]{0,60}):[ \t]+"
    r"(?P<q>[\"']?)(?P<v>[^\s\"'#][^\r\n#]*?)(?P=q)[ \t]*(?:#[^\n]*)?$"
)


def is_yaml(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in (".yml", ".yaml")


def nested_name(parent: str, child: str) -> str | None:
    """The name a child's value is judged by: `jwt.secret` for a signing parent's secret,
    `access_secret` for a plain child of a parent named for secrets; None for children that
    describe the secret (`name`, `ttl`, `enabled`) or for other parents."""
    if _SIGNING_PARENT.search(parent) and _SECRET_CHILD.search(child):
        return f"{parent}.{child}"
    if _SECRET_PARENT.match(parent) and not _SECRET_CHILD.search(child):
        if child.lower() in st.DESCRIPTORS or st.secret_name(child) is not None:
            return None
        singular = parent[:-1] if parent.lower().endswith("s") else parent
        return f"{child}_{singular}"
    return None


def children(body: str, body_start: int, parent_indent: str) -> Iterator[tuple[str, str, int, bool]]:
    """(key, value, offset, quoted) of the direct children of a YAML mapping whose lines follow
    it in `body`: the first line's indentation is the children's, deeper lines are skipped, and
    the mapping ends at the first line indented no deeper than the parent."""
    indent: str | None = None
    pos = body_start
    for line in body.split("\n"):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if not line.strip() or len(lead) <= len(parent_indent):
            break
        if indent is None:
            indent = lead
        m = _CHILD.match(line)
        if m and m.group("ind") == indent:
            yield m.group("key"), m.group("v"), pos + m.start("v"), bool(m.group("q"))
        pos += len(line) + 1


# -- JSON Web Token signatures ------------------------------------------------------------------

# Signature lengths in bytes by algorithm family: HMAC (SHA-256/384/512), ECDSA (P-256/384/521),
# EdDSA (Ed25519, Ed448); RSA signatures are as long as the modulus, 1024 bits or more.
_SIGNATURE_BYTES: dict[str, Callable[[int], bool]] = {
    "HS": lambda n: n in (32, 48, 64),
    "ES": lambda n: n in (64, 96, 132),
    "Ed": lambda n: n in (64, 114),
    "RS": lambda n: n >= 128,
    "PS": lambda n: n >= 128,
}


_BASIC_BEFORE = re.compile(r"(?i)basic[ \t]+$")


def under_basic(text: str, start: int) -> bool:
    """The value follows `Basic ` (an `Authorization: Basic` header): it is sent as base64
    credentials, not as a token, whatever its shape (see the Basic checks)."""
    return _BASIC_BEFORE.search(text, max(0, start - 12), start) is not None


_PROMPT_START = re.compile(r"[ \t]*(?:>>>|\.\.\.|In \[\d+\]:)[ \t]")


def in_transcript(text: str, start: int) -> bool:
    """The value is on an interactive interpreter's input line (`>>> `, `... `, `In [3]: `) or on
    the output line after one: a documented example, not the program's own data."""
    line_start = text.rfind("\n", 0, start) + 1
    if _PROMPT_START.match(text, line_start):
        return True
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start > 0 and _PROMPT_START.match(text, prev_start) is not None


def signed(alg: object, signature: str) -> bool:
    """The header's algorithm signs (not `none`) and the third part is a base64url signature of
    the length that algorithm makes."""
    if not isinstance(alg, str) or alg.lower() == "none" or not signature:
        return False
    try:
        raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except (binascii.Error, ValueError):
        return False
    check = _SIGNATURE_BYTES.get(alg[:2])
    return check(len(raw)) if check else len(raw) >= 32
