"""The checks of rulesets/secrets/context.yaml: each finds the name a value is judged by in what
surrounds it (an environment flag's variable, a prompt, a Kubernetes Secret, a list's name, a
YAML parent) and hands the value to the assignment rules of aiscan/secrets/validate.py."""

from __future__ import annotations

import re

from aiscan.secrets import context as cx
from aiscan.secrets import decoded as dk
from aiscan.secrets import structure as st
from aiscan.secrets import validate as v
from aiscan.secrets.detectors import Placeholders

# Checks of one match; and checks that give several values per match (a list's items, a
# mapping's children), as (name, value, offset) triples.
SINGLE = frozenset({"env-flag", "env-name", "prompt-answer", "kube-secret", "decoded-key"})
MULTIPLE = frozenset({"secret-list", "nested-yaml"})


def check(validator: str, m: re.Match[str], text: str, path: str, ph: Placeholders) -> bool:
    value = m.group("value")
    if validator == "env-flag":
        return env_flag_ok(m.group("key"), value, path, ph)
    if validator == "env-name":
        return env_name_secret_ok(value, ph)
    if validator == "prompt-answer":
        return prompt_answer_ok(m, text, path, ph)
    if validator == "kube-secret":
        head = cx.line_head(text, m.start("key"))
        name = cx.name_before(text, m.start("key")) + m.group("key")
        if not head.startswith((" ", "\t")) or head.strip() not in ("", name[: -len(m.group("key"))]):
            return False  # a member of the Secret's `data`, indented under it
        return kube_secret_ok(name, value, text, ph)
    if validator == "decoded-key":
        return decoded_key_match_ok(m, text, ph)
    raise ValueError(validator)


# The arguments of `.replace(...)` that remove a spaced secret's spaces: `/ /g`, `/\s/g`, `" "`.
_REMOVES_SPACES = re.compile(r"""^[ \t]*(?:/(?: |\\s)\+?/g?|["'] ["'])""")


def decoded_key_match_ok(m: re.Match[str], text: str, ph: Placeholders) -> bool:
    """A key decoded by a call (`decoded-key`, `decoded-key-suffix`): `Buffer.from` only with a
    `hex`/`base64` encoding, `.replace(...)` only on a base32 secret spaced in groups of four
    whose spaces it removes."""
    call, value = m.group("call"), m.group("value")
    if call == "Buffer.from" and not m.group("enc"):
        return False
    if call.startswith("replace"):
        if " " not in value or not _REMOVES_SPACES.match(m.group("args")):
            return False
    elif " " in value:
        return False
    start = m.start("call") if m.start("call") < m.start("q") else m.start("q")
    return dk.decoded_key_ok(value, call, text, start, ph)


Found = list[tuple[str, str, int]]


def values(validator: str, m: re.Match[str], text: str, path: str, ph: Placeholders) -> Found:
    if validator == "secret-list":
        return list_values(m, text, path, ph)
    if validator == "nested-yaml":
        return nested_values(m, text, path, ph)
    raise ValueError(validator)


def env_flag_ok(key: str, value: str, path: str, ph: Placeholders) -> bool:
    """`-e NAME=value`: a literal on a command line (as `--password=value`), judged by the
    variable's name; the options after it are other arguments, not the rest of a setting."""
    name = st.secret_name(key)
    if name is None or v.is_reference(value):
        return False
    return v.assignment_ok(name, value, True, path, ph, "=", after="")


# An environment variable's name as shells and CI write it: upper-case letters, digits, underscores.
_UPPER_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def env_name_secret_ok(value: str, ph: Placeholders) -> bool:
    """The argument of an environment look-up (`os.getenv("...")`) that no one would use as a
    variable's name: a value machine-made (random letters and digits, base64, long hex, a UUID),
    not an upper-case name nor a name in camel or snake case."""
    if v.is_placeholder(value, ph) or v.is_reference(value):
        return False
    if _UPPER_NAME.match(value) and not v.machine_made(value.lower()):
        return False  # `STRIPE_SECRET_KEY_2024_ROTATED`
    return v.machine_made(value)


def _statement_before(line: str, at: int) -> str:
    """The line from the start of the statement that holds offset `at`: after the last `;`, `{`
    or `}` before it, so that a prompt earlier on a minified line does not lend its words to a
    `SKIP_DEFAULT:0` constant later on."""
    start = max(line.rfind(sep, 0, at) for sep in ";{}") + 1
    return line[start:]


def prompt_answer_ok(m: re.Match[str], text: str, path: str, ph: Placeholders) -> bool:
    """A password sent after an `expect` whose prompt names a password, or the default password
    a prompt states."""
    value = cx.answer_value(m.group("value"))
    line_start = text.rfind("\n", 0, m.start()) + 1
    if "prompt" in m.re.groupindex:
        before = text[max(0, m.start() - 200) : m.start()]
        if not cx.names_password(m.group("prompt")) or "expect" not in before:
            return False
    else:
        line = _statement_before(text[line_start : m.end()], m.start() - line_start)
        if not cx.is_prompt_line(line) or not cx.names_password(line):
            return False
    if v.is_reference(value) or value.startswith("[") or v.is_placeholder(value, ph):
        return False
    return v.assignment_ok("password", value, True, path, ph, "=", after="")


def kube_secret_ok(key: str, value: str, text: str, ph: Placeholders) -> bool:
    """A Secret's user or auth member that decodes to `user:password`, or a `.dockerconfigjson`
    whose registries hold such an `auth` or a password."""
    if not cx.is_kubernetes_secret(text):
        return False
    if key.startswith(".docker"):
        for field, item in cx.docker_config_credentials(value):
            if field == "auth" and v.basic_credentials_ok(item, ph):
                return True
            if field == "password" and v.assignment_ok("password", item, True, "", ph):
                return True
        return False
    return cx.names_user(key) and v.basic_credentials_ok(value, ph)


def list_values(m: re.Match[str], text: str, path: str, ph: Placeholders) -> Found:
    """The items of a list named for secrets that pass as values of its singular name."""
    full = cx.name_before(text, m.start("key")) + m.group("key")
    block = "\n" in m.group(0)[: m.start("value") - m.start()]
    if block and cx.line_head(text, m.start("key")).strip(" \t\"'") != full[: -len(m.group("key"))]:
        return []  # a YAML list's name starts its line
    name = cx.list_name(full)
    if name is None or st.secret_name(name) is None or v.name_strength(name) not in ("strong", "password"):
        return []
    body, start = m.group("value"), m.start("value")
    items = list(cx.yaml_items(body, start) if block else cx.inline_items(body, start))
    if not block and v.file_role(path) != "config" and not all(quoted for _, _, quoted in items):
        return []  # `[u("test"), b"..."]`, `[IDENT, NUMBER]`: in code, a list of expressions
    return [
        (name, item, offset)
        for item, offset, quoted in items
        if not v.is_reference(item) and v.assignment_ok(name, item, quoted, path, ph, "=")
    ]


def nested_values(m: re.Match[str], text: str, path: str, ph: Placeholders) -> Found:
    """The direct children of a YAML parent whose name the parent gives (`jwt` / `secret`)."""
    prefix = cx.name_before(text, m.start("key"))
    head = cx.line_head(text, m.start("key") - len(prefix))
    if head.strip():
        return []  # the parent's name starts its line
    parent = prefix + m.group("key")
    found = []
    for child, item, offset, quoted in cx.children(m.group("value"), m.start("value"), head):
        name = cx.nested_name(parent, child)
        if name is None or v.is_reference(item):
            continue
        if v.assignment_ok(name, item, quoted, path, ph, ":", after=""):
            found.append((name, item, offset))
    return found
