"""Weak and dummy passwords written where a password goes: their own finding kind.

A password setting or argument given a word anyone would guess (`changeme`, `qwerty123`,
`secret7`, `sekret`, `guest`, `root` passed to a connection call) is not a leaked secret: the
value tells an attacker nothing he would not try first. It is still a password a system accepts
wherever the file is used as it stands: a test database, a container started from a compose or
Terraform file, a `.env` copied from `.env.dist`. So it is reported as its own kind,
`weak-password`, at low severity (medium for a vendor's default outside tests), which lists it
without blocking a release under the default policy (only high and critical findings fail
p19.6). The generic rules report every password that looks chosen (`Kd8#mPq2!zLw`) as a secret,
at their own severity, and take precedence over this kind.

Values that are not passwords at all stay unreported: the field's own word (`password:
'password'`), placeholders by their shape (`<your-password>`, `your_password_here`,
`REPLACE_ME`, `********`, `xxxx`, `${DB_PASSWORD}`), references and expressions, the words a
password setting takes that are no password (`required|min:8`, `hashed`, `string`, `invalid`,
`true`), translations of the word "password", documentation prose and plain words, and a trust
store's password.

The password's own word with digits or signs added (`password123!`, `Password7`) is the commonest
weak password, not the field's word. In documentation, an example's password (a code block, a
literal block, a command line) is what a reader copies into the system being set up: it is
reported (low) when it has a typed password's shape, letters and a digit or a sign; a plain word
there (`mypassword`, `changeme`) stays the example's placeholder. A long command-line option
takes its quoted value after a space (`--password 'x'`). Where a value is a literal with no
quotes of its own, it counts as quoted: a connection string's or a URL query's password
(`;Pwd=x;`, `?user=app&password=x`), a command line's long option (`--password=x`) and an
environment variable given to the command that follows it (`PGPASSWORD=x psql ...`).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from aiscan.secrets import defaults as df
from aiscan.secrets import validate as v
from aiscan.secrets.detectors import Placeholders
from aiscan.secrets.pairs import FIELD_WORDS, LOCALE_PATH

# A password a person types: letters, digits and the signs of a keyboard's top row, at least
# two letters (a run of digits is a PIN or a number, judged by the generic rule).
_TYPED = re.compile(r"[A-Za-z0-9!@#$%^&*._+-]{4,40}")
# Words that say a value is to be filled in, or hidden, rather than used.
_NOT_A_VALUE = re.compile(
    r"your|here|replace|enter|insert|fill|example|placeholder|redact|hidden|masked|remove|todo|"
    r"tbd|fixme|xxx|\*|\.\.\.|^none$|^null$|^nil$|^empty$|^unset$|^notset$|^not[-_]set$|^undefined$"
    r"|^changeit$",  # the JDK's default: the default-password kind's, in configuration only
    re.I,
)
NOT_A_VALUE = _NOT_A_VALUE
# Words a password field's rule, state or error takes: `invalid`, `mismatch`, `too_short`.
_STATE_WORDS = frozenset(
    {
        "invalid", "incorrect", "wrong", "mismatch", "missing", "expired", "weak", "strong", "short",
        "long", "valid", "error", "match", "same", "different", "reset", "change", "new", "old",
        "current", "hash", "salt", "sha", "md", "auth", "login", "token", "key",
    }
)  # fmt: skip
STATE_WORDS = _STATE_WORDS
# The operators that set a value: `=`, `:`, `=>`, `:=` and a setter's or a call's `(`.
_SETTING_OPS = ("=", ":", ":=", "=>", "(")
# The words of a password's name, given as its value: the field's word, not a password.
_PASSWORD_WORDS = frozenset({"password", "passwd", "pass", "pwd", "passw", "passphrase", "pw"})
# A password's word inside a value made of joined words names something (a field, a file); a
# project's `<word>-pass` is the generic rule's (validate.named_password).
_NAMES_A_PASSWORD = re.compile(r"pass|pwd", re.I)
# A declaration's type between the name and `=` (`password: string = `, `val password: String =`).
_TYPE_BEFORE_EQUALS = re.compile(r"^([\"'\]]{0,2}[ \t]*):[ \t]*[A-Za-z_][\w.\[\]<>?]*[ \t]*(?==)")
# Identifiers: snake_case and camelCase words (`auth_ntlm`, `overEvery`), dotted names.
_IDENTIFIER = re.compile(
    r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+"
)
# A comment line (a usage example in a comment, a disabled setting): `//`, `#`, `*`, `--`, `;`.
_COMMENT_LINE = re.compile(r"^[ \t]*(?://|#|\*|/\*|--|;|<!--|rem[ \t])", re.I)
# A long option opening a continued command line (`--username bob --password 'x'`), not a comment.
_OPTION_LINE = re.compile(r"^[ \t]*--[A-Za-z]")
# What may stand before an unquoted setting's name on its line: indentation, `export`, a list dash,
# a Dockerfile's `ENV` or `ARG` instruction (`ENV DB_PASSWORD=x` sets the image's environment).
_SETTING_START = re.compile(r"^[ \t]*(?:export[ \t]+|-[ \t]+|(?:ENV|ARG)[ \t]+)?[\"']?$")
# What stands before a name inside an inline map: its opening brace and the pairs before it.
_IN_INLINE_MAP = re.compile(r"^[ \t]*(?:-[ \t]+)?\{(?:[^{}\"'#]*,)?[ \t]*[\"']?$")
# Before a password's name inside a connection string or a URL's query: `;`, `?` or `&`.
_IN_CONNECTION = re.compile(r"[;?&][ \t]*$")
# What ends a value there: the next pair, the string's quote, the end of the line.
_CONNECTION_END = re.compile(r"^(?:[;&\"'`]|$)")
# Environment variables given to a command, before the password's (`A=1 PGPASSWORD=`).
_ENV_PREFIX = re.compile(r"^[ \t]*(?:[A-Za-z_][A-Za-z0-9_]*=[^\s\"'`]*[ \t]+)*$")
# The command the variables are given to, after the value (`psql -h db`, `mysql`).
_COMMAND_AFTER = re.compile(r"^[ \t]+[a-z][a-z0-9_.-]*(?:[ \t]|$)")
# Translation files, whatever folder they are in: `messages_et.properties`, `strings.xml`,
# `Localizable.strings`, gettext catalogues.
_LOCALE_FILE = re.compile(
    r"(?:^|/)(?:messages|strings|labels|localizable)(?:[_.-][a-z]{2,3}(?:[_-][A-Za-z]{2,4})?)?"
    r"\.(?:properties|xml|strings|json|ya?ml|resx)$|\.(?:po|pot|xliff|xlf|arb)$",
    re.I,
)
# A template of configuration, copied to become it: the marker is a dotted part of the name
# (`.env.dist`, `config.sample.yml`, `stack.template`), not a word of it (`examples-1.json`, an
# API's documented requests).
_TEMPLATE_NAME = re.compile(r"(?:^|\.)(?:examples?|samples?|dist|templates?|tmpl|tpl)(?:\.|$)", re.I)
_DOC_SUFFIXES = (".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".org", ".txt", ".html", ".htm")
# Documentation text proper, written for readers (is_documentation_text).
_DOCUMENTATION_TEXT = re.compile(r"\.(?:md|markdown|rst|adoc|asciidoc|org)$", re.I)
# What a person adds to a word to make it a password: a digit or a sign of the keyboard's top row.
_ADDED_TO_WORD = re.compile(r"[0-9!@#$%^&*+]")


# A password's confirmation field, named before or after the password's word:
# `confirmPassword`, `confirm_password`, `retype_new_password`, `passwordConfirm`.
_CONFIRMATION_NAME = re.compile(
    r"(?:^|[_.-])(?:confirm(?:ation)?|repeat|retype)[_.-]?(?:new[_.-]?)?pass(?:word|wd)?$"
    r"|pass(?:word|wd)?[_.-]?(?:confirm(?:ation)?|repeat|again)$",
    re.I,
)
# A phrase of plain words (`whoop whoop whoop`, `correct horse battery`): two to six words.
_PHRASE = re.compile(r"[A-Za-z0-9]{2,20}(?: [A-Za-z0-9]{2,20}){1,5}")
# Words of a field's label, prompt or validation message (`is too short`, `must match`, `Your
# secret phrase`): a phrase holding one is text about the password, not the password.
_MESSAGE_WORDS = frozenset(
    {
        "is", "are", "be", "been", "must", "should", "can", "cannot", "not", "no", "required",
        "blank", "empty", "invalid", "match", "matches", "too", "short", "long", "least", "most",
        "characters", "chars", "enter", "please", "your", "my", "field", "missing", "confirm",
        "confirmation", "password", "passwords", "phrase", "type", "retype", "again", "new", "old",
        "current", "same", "different", "error", "wrong", "incorrect", "valid", "at", "of", "the",
        "a", "an", "to", "and", "or", "for", "with", "min", "max", "minimum", "maximum", "length",
        "here", "this", "that", "secret", "show", "hide", "forgot", "reset", "change", "strong", "weak",
    }
)  # fmt: skip
# How many lines apart a password and its confirmation may be.
_NEAR_LINES = 3


def is_confirmation(name: str) -> bool:
    """A name of the field a password is typed into a second time."""
    return _CONFIRMATION_NAME.search(name.strip("\"'[]$@:")) is not None


def password_phrase(value: str) -> bool:
    """A phrase of plain words that is no label, prompt or message."""
    if _PHRASE.fullmatch(value) is None or _NOT_A_VALUE.search(value):
        return False
    return not any(word.lower() in _MESSAGE_WORDS for word in value.split())


def retyped_nearby(text: str, at: int, value: str) -> bool:
    """The same quoted literal, at `at` in `text`, given to another password's or confirmation's
    name within three lines: a password typed twice, as a sign-up form, a fixture or a seed
    does (`password: "...", password_confirmation: "..."`)."""
    start = at
    for _ in range(_NEAR_LINES + 1):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
    end = at
    for _ in range(_NEAR_LINES + 1):
        found = text.find("\n", end + 1)
        end = len(text) if found < 0 else found
    other = re.compile(
        r"(?i)(?:pass(?:word|wd)?|pwd)(?:[_.-]?(?:confirm(?:ation)?|repeat|again))?[\"'\]]{0,2}[ \t]*"
        r"(?:=>|:=|=|:)[ \t]*([\"'])(" + re.escape(value) + r")\1"
    )
    return any(m.start(2) != at for m in other.finditer(text, start, end))


def _name(key: str) -> str:
    return key.strip("\"'[]$@:")


def _not_a_password(key: str, value: str, placeholders: Placeholders) -> bool:
    """A value that is a field's word, a rule, a state, a placeholder's shape or the name of a
    setting, not a password anyone set."""
    if " " in value:
        return not password_phrase(value)  # a phrase counts only where it is retyped (engine)
    low = value.lower()
    bare = low.rstrip("0123456789")
    if not _TYPED.fullmatch(value) or sum(c.isalpha() for c in value) < 2:
        return True
    if _NOT_A_VALUE.search(value) or v.NOT_A_SECRET.search(value) or v.is_reference(value):
        return True
    if re.sub(r"[^a-z]", "", low) in _PASSWORD_WORDS and _ADDED_TO_WORD.search(value):
        return placeholders.patterns.search(value) is not None  # `password123!`: no field's word
    if bare in FIELD_WORDS - {"secret", "pass"} or bare in v.SETTING_WORDS or bare in _STATE_WORDS:
        return True
    if re.sub(r"[^a-z]", "", low) in re.sub(r"[^a-z]", "", v.setting_leaf(_name(key)).lower()):
        return True  # `password: 'password'`, `pass: 'pass'`: the setting's own word
    if low in _PASSWORD_WORDS or _IDENTIFIER.fullmatch(value):
        return True  # `Passwd: "password"`; `auth_ntlm`, `overEvery`, `opts.password`
    if _NAMES_A_PASSWORD.search(value) and re.search(r"[-_.]", value):
        return True  # `user-pass`, `smtp-password-file`: a field's or a file's name
    if v.is_path(value) or v.names_algorithm(value) or v.is_password_hash(value):
        return True
    if "_" in value and v.ENV_NAME.match(value):
        return True  # `DB_PASSWORD`: the name of a variable
    # One or two characters repeated (`aaaa`, `abab`): a mask; a template, a look-up, an ellipsis.
    return len(set(low)) <= 2 or placeholders.patterns.search(value) is not None


def weak_password_ok(
    key: str, value: str, quoted: bool, path: str, placeholders: Placeholders, op: str, after: str, head: str
) -> bool:
    """A hard-coded weak or dummy password: a literal under a password's name (`password`,
    `DB_PASS`, `certKeyStorePassword`, `pwd`) in code, configuration, a test, or an example or
    template file; not in documentation, comments or translations, nor a trust store's. `head`
    is the text of the line before the name."""
    name = _name(key)
    if not v.PASSWORD_SETTING.search(name) or v.name_strength(name) != "password":
        return False
    if df.TRUST_STORE.search(name):
        return False
    op = _TYPE_BEFORE_EQUALS.sub(r"\1", op)  # judged as the same assignment without its type
    if not op.strip():  # `--password 'x'`: a long command-line option's quoted value
        if not quoted or not head.rstrip().endswith("--"):
            return False
        op, head = "=", head.rstrip()[:-2]
    elif not quoted and inline_literal(op, head, after, value):
        quoted, head = True, head[:-2] if head.endswith("--") else head
    if is_documentation(path):
        if not example_setting(path, op, quoted, after, head) or not typed_shape(value):
            return False
    elif not literal_setting(path, op, quoted, after, head, _SETTING_OPS):
        return False
    return not _not_a_password(name, value, placeholders)


def inline_literal(op: str, head: str, after: str, value: str = "") -> bool:
    """An unquoted value set by `=` that is a literal wherever it is written: a connection
    string's or a URL query's password (`;Pwd=x;`, `?user=app&password=x"`), a command line's
    long option (`--password=x`), an environment variable given to a command (`PGPASSWORD=x psql`).
    A value that runs on into the next pair (`PWD=123456&SYSTEM_INFO`) is none."""
    if op.strip() != "=" or _commented(head) or "&" in value:
        return False
    if _IN_CONNECTION.search(head) or head.endswith("--"):
        return _CONNECTION_END.match(after) is not None or (head.endswith("--") and after[:1] in " \t")
    return _ENV_PREFIX.match(head) is not None and _COMMAND_AFTER.match(after) is not None


# Words joined to the password's own word (`mysqlrootpassword`, `stagingpassword`): three letters
# or more before it, so that `mypassword` and `dbpassword` stay the field's word.
_JOINED_TO_PASSWORD = re.compile(r"[a-z]{3,}(?:password|passwd)", re.I)


def weak_url_password_ok(value: str, host: str, placeholders: Placeholders, path: str = "") -> bool:
    """A weak or dummy password in a URL's credentials (`admin:secretPin731@`, `app:Passw0rd#7@`):
    a placeholder's word with digits or signs typed in, or words joined to the password's own
    word (`root:<product>rootpassword@`) outside documentation, for a host that is no
    documentation example. It is what the same value is under a password's name (where
    documentation, too, counts only a typed shape); a password that looks chosen is the
    url-credentials kind's, and a bare word (`password`, `mypassword`), a mask or a template
    stays a placeholder."""
    if v.is_example_host(host):
        return False
    if _JOINED_TO_PASSWORD.fullmatch(value):
        return not is_documentation(path) and not _NOT_A_VALUE.search(value)
    if not typed_shape(value):
        return False
    if not v.is_placeholder(value, placeholders):
        return False  # a chosen password: reported as a secret
    return not _not_a_password("password", value, placeholders)


def weak_prose_password_ok(value: str, path: str, placeholders: Placeholders) -> bool:
    """A weak or dummy password named in a document (`the default password is `<word>123``,
    `**Password:** Admin@123`): in documentation pages and notes only, a typed password's shape
    (letters with a digit or a sign) that is no field's word, template or reference. A value that
    looks chosen is left to the prose kinds, which report it as a secret."""
    if not v.note_file(path):
        return False
    value = value.rstrip(".,;:!?)")
    if v.prose_password_ok(value, placeholders):
        return False
    return typed_shape(value) and not _not_a_password("password", value, placeholders)


def _commented(head: str) -> bool:
    """The line before the name opens a comment (a long option opening the line is none)."""
    return _COMMENT_LINE.match(head) is not None and _OPTION_LINE.match(head) is None


def is_documentation(path: str) -> bool:
    """Documentation, whatever its name says (`docs/examples.md`, a package's `METADATA`)."""
    if v.file_role(path) == "docs" or df.DOCUMENTATION.search(path) is not None:
        return True
    return path.lower().endswith(_DOC_SUFFIXES)


def is_documentation_text(path: str) -> bool:
    """A page written for readers: Markdown, reStructuredText, AsciiDoc or Org, or a package's long
    description (`PKG-INFO`, `METADATA`). Not notes (`.txt`: a chat log or a note holds real
    credentials as often as examples), nor HTML, which may be served."""
    return _DOCUMENTATION_TEXT.search(path) is not None or df.DOCUMENTATION.search(path) is not None


def typed_shape(value: str) -> bool:
    """Letters with a digit or a sign: a password someone typed, not a placeholder word."""
    return sum(c.isalpha() for c in value) >= 2 and _ADDED_TO_WORD.search(value) is not None


def example_setting(path: str, op: str, quoted: bool, after: str, head: str) -> bool:
    """A password set in a documentation file's example: by a setting's operator, quoted, or
    unquoted on a line that holds the setting alone (a literal block, a configuration excerpt);
    not in a comment, nor in a translation."""
    if op.strip().strip("\"']").strip() not in _SETTING_OPS:
        return False
    if LOCALE_PATH.search(str(PurePosixPath(path).parent)) or _commented(head):
        return False
    if quoted:
        return True
    rest = after.strip().strip(",;").strip()
    return _SETTING_START.match(head) is not None and not rest


def documented_setting(path: str, op: str, quoted: bool, after: str, head: str) -> bool:
    """A setting written as a line of a documentation file's example (a code block, a literal
    block, a compose or shell excerpt): set as `example_setting` says, with its name opening the
    line (after indentation, `export`, a list's dash, `ENV`), not named inside a sentence."""
    return _SETTING_START.match(head) is not None and example_setting(path, op, quoted, after, head)


def literal_setting(
    path: str, op: str, quoted: bool, after: str, head: str, ops: tuple[str, ...] = _SETTING_OPS
) -> bool:
    """A literal set in code, configuration, a test, or an example or template file, by one of
    `ops`; not in documentation, comments or translations. `head` is the text of the line
    before the name, `after` the rest of the line after the value."""
    bare_op = op.strip().strip("\"']").strip()
    if bare_op not in ops:
        return False
    role = v.file_role(path)
    if role == "docs" or LOCALE_PATH.search(str(PurePosixPath(path).parent)) or _LOCALE_FILE.search(path):
        return False  # documentation; translations, whose values are a field's label
    if df.DOCUMENTATION.search(path) or path.lower().endswith(_DOC_SUFFIXES):
        return False  # documentation, whatever its name says (`docs/examples.md`)
    if role == "example" and not _TEMPLATE_NAME.search(PurePosixPath(path).name):
        return False  # an example that is no template of configuration: documentation
    if _commented(head):
        return False  # a usage example in a comment, a disabled setting
    if not quoted:
        # Unquoted, a value is a literal only in configuration and in example or template files
        # (which are configuration to be copied), set by a setting that starts and ends its line
        # or by a pair of an inline map (`{user: bob, password: x, role: admin}`).
        if role == "code" or bare_op == "(":
            return False
        if not (_SETTING_START.match(head) or _IN_INLINE_MAP.match(head)) or not v.ends_setting(after):
            return False
    return True


def is_vendor_default(value: str) -> bool:
    """`root`, `admin`, `guest`, `postgres`...: a product's own default password."""
    return value.lower() in df.DEFAULT_PASSWORDS


# The password's own word joined to an account's name (`pwdloans`, `loanspass`).
_JOINED_WORD = r"(?:pwd|pass|passwd|password|pw)"


def weak_account_password_ok(user: str, value: str, placeholders: Placeholders) -> bool:
    """A weak password given where only a password goes, beside the account it is for (a SQL
    statement creating or altering that account, the user and password arguments of a
    connection call): the account's own name, that name joined to the password's word, a
    product's default, or digits only (`123456`, which under a password's name is
    left to the generic rule). A placeholder, a reference, the password's own word and an empty
    or very short value are not."""
    value = value.strip()
    low, account = value.lower(), user.strip().lower()
    if len(value) < 4 or v.is_reference(value) or low in _PASSWORD_WORDS:
        return False
    if account and (low == account or re.fullmatch(rf"{_JOINED_WORD}[_.-]?{re.escape(account)}", low)):
        return True
    if account and re.fullmatch(rf"{re.escape(account)}[_.-]?{_JOINED_WORD}", low):
        return True
    if value.isdigit():
        return len(set(value)) > 1  # `123456`; one digit repeated (`0000`) is a mask
    return is_vendor_default(value) and not placeholders.patterns.search(value)
