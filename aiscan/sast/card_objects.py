"""Payment card data logged through an object logged whole, in C#, Java, Kotlin, Python,
JavaScript and TypeScript.

An order or payment type often carries the card it is paid with:

    public record CreateOrderCommand(..., string CardNumber, string CardSecurityNumber, ...);
    data class Repayment(val loanId: String, val cardNumber: String, val cvv: String)

and a handler logs the object, not its members: `_logger.LogInformation("{@Command}", command)`,
`log.info("refund {}", request)`, `logger.info("repayment $repayment")`, `log.info("%s", payout)`,
`console.log(order)`. The type is usually declared in another file than the logging call, which a
single-file rule cannot see. The rules `csharp-`, `java-`, `kotlin-`, `python-` and
`javascript-card-data-object-logged` report every logging call that logs a bare name; this module
keeps such a finding only when, read as text (never run):

- a name the call logs whole (not a member of it: `command.WalletId` is not the command) has a
  type known before the call, in the same file: declared (`TopUpCommand command`, `repayment:
  LoanRepayment`, `payout: Payout`, `input: CardInput`), constructed (`var copy = new
  InstalmentOrder()`, `val again = LoanRepayment(…)`, `again = Payout(…)`), or inferred: the
  result of a method the tree declares with one result type (`var order = await
  store.LoadAsync(id)` with `Task<OrderDto> LoadAsync(…)`, `def build() -> Payout`, `fun find():
  Fee`), a member of a value whose type is known (`var command = message.Command` with
  `Wrapper<CreateOrderCommand> message` and `class Wrapper<T> { T Command }`), a mongoose
  document (`await Voucher.findById(…)` of `mongoose.model("Voucher", schema)`), or a dict or
  object literal written with a card key (`payload = {"card_number": …}`); destructured or
  serialised, a generic wrapper's type arguments count too
  (`new IdentifiedCommand<CreateOrderCommand, bool>(…)`), and a value typed by a generic
  parameter stands for every type of the tree that implements what the parameter is constrained
  to, directly or through the tree's own interfaces (`where TRequest : IRequest<TResponse>` and
  `record CreateOrderCommand(…) : ICommand<…>` with `interface ICommand<T> : IRequest<T>`);
- that type is declared in a file of the tree with a member named for a card's number or security
  code (`CardNumber`, `Pan`, `Cvv`, `Cvc`, `CardSecurityNumber`, `card_number`, …) that is not
  marked to be left out (`[JsonIgnore]`, `@JsonIgnore`, `@ToString.Exclude`, `@Transient`,
  `[LogMasked]`, `@Sensitive`…, Python's `SecretStr`), or with a member whose type is such a type,
  one object deeper or more (order → payment → card number);
- the call prints that member: destructured (C#'s `{@Name}`), serialised (`JsonSerializer.Serialize`,
  `JsonConvert.SerializeObject`, `writeValueAsString`, `toJson`, `encodeToString`, `json.dumps`,
  `asdict`, `vars`, `__dict__`, `model_dump`/`dict()` without `exclude`, `JSON.stringify`,
  `util.inspect`) or, in JavaScript, handed to the logger as an argument or inside an object
  (`console.log(order)`, pino's `logger.info({ order }, …)`, winston's metadata) for any such type;
  printed by its string form (a placeholder, concatenation, interpolation, `%s`, an f-string,
  structlog's key) only when that form lists the members: a C# record without its own
  `PrintMembers`/`ToString`, a Java record, a class with Lombok's `@Data`/`@ToString`/`@Value`, a
  Kotlin data class, a Python dataclass (a field with `repr=False` left out), attrs class, pydantic
  model, NamedTuple or dict, or a type whose own string form names the card member; a holder's
  string form prints the card one object deeper when both forms list their members.

A class's default string form (its type's name in C#, a hash in Java and Kotlin, `<… object at …>`
in Python, `[object Object]` in JavaScript) prints no card data and is not reported. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from aiscan.inventory import EXTENSIONS
from aiscan.models import Finding

RULES = {
    "csharp-card-data-object-logged": "csharp",
    "java-card-data-object-logged": "java",
    "kotlin-card-data-object-logged": "kotlin",
    "python-card-data-object-logged": "python",
    "javascript-card-data-object-logged": "javascript",
}
_JS = {"javascript", "typescript"}

# a card's number or security code, as a member is named (not the holder's name or the expiry)
_CARD_MEMBER = re.compile(
    r"(?i)^_?(card_?(number|num|no|pan)|pan|primary_?account_?number|cvv2?|cvc2?|card_?(cvv|cvc)|"
    r"card_?(security|verification)_?(number|code|value))$"
)
_LEFT_OUT = re.compile(
    r"(?i)(JsonIgnore|ToString\.Exclude|@Transient|\[NonSerialized|LogMasked|NotLogged|Sensitive|Redact|"
    r"PersonalData|DataClassification)"
)
TYPE_DECLARATION = re.compile(
    r"^[ \t]*(?P<head>(?:[@\[][^\n]*\n[ \t]*)*(?:(?:public|private|protected|internal|static|sealed|abstract|"
    r"partial|final|open|readonly|data|value|inner|file)\s+)*)"
    r"(?P<kind>record\s+struct|record\s+class|record|class|struct|interface|object)\s+(?P<name>[A-Z]\w*)"
    r"(?P<params><[^<>{}();]*(?:<[^<>{}();]*>[^<>{}();]*)*>)?",
    re.MULTILINE,
)
_MEMBER = {
    # string CardNumber { get; set; }, string CardNumber, (positional record parameters), fields
    "csharp": re.compile(r"\b(?:string|long|ulong|int|decimal|char\[\])\??\s+(\w+)\s*(?=[{;=,)])"),
    "java": re.compile(r"\b(?:String|long|Long|int|Integer|char\[\]|BigInteger)\s+(\w+)\s*(?=[;=,)])"),
    "kotlin": re.compile(r"\b(?:val|var)\s+(\w+)\s*:\s*(?:String|Long|Int|CharArray|BigInteger)\b"),
}
# a member typed by a class: `public PaymentDto Payment { get; }`, `PaymentDto Payment,` (a record's
# parameter), `private PaymentCard card;`, `val card: FeeCard`
_TYPED_MEMBER = {
    "csharp": re.compile(
        r"(?:(?:^[ \t]*|[{;][ \t]*)(?:\[[^\]\n]*\][ \t]*)*"
        r"(?:(?:public|private|protected|internal|required|readonly|virtual|override|init|new)\s+)+|[(,]\s*)"
        r"(?P<type>[A-Z][\w.]*)(?P<args><[^;{}()=]*?>)?\??\s+(?P<name>\w+)\s*(?=[{;=,)])",
        re.MULTILINE,
    ),
    "java": re.compile(
        r"(?:(?:^[ \t]*|[{;][ \t]*)(?:@\w+(?:\([^)\n]*\))?\s+)*"
        r"(?:(?:public|private|protected|final|transient)\s+)+|[(,]\s*)"
        r"(?P<type>[A-Z][\w.]*)(?P<args><[^;{}()=]*?>)?\s+(?P<name>\w+)\s*(?=[;=,)])",
        re.MULTILINE,
    ),
    "kotlin": re.compile(r"\b(?:val|var)\s+(?P<name>\w+)\s*:\s*(?P<type>[A-Z][\w.]*)(?P<args><[^=,)]*?>)?"),
}
_OWN_STRING_FORM = {
    "csharp": re.compile(r"\bPrintMembers\s*\(|\boverride\s+string\s+ToString\s*\("),
    "java": re.compile(r"\bString\s+toString\s*\(\s*\)"),
    "kotlin": re.compile(r"\boverride\s+fun\s+toString\s*\("),
    "python": re.compile(r"\bdef\s+__(?:repr|str)__\s*\("),
    "javascript": re.compile(r"^\s*toString\s*\(\s*\)", re.MULTILINE),
    "typescript": re.compile(r"^\s*(?:public\s+)?toString\s*\(\s*\)", re.MULTILINE),
}
_LOMBOK = re.compile(r"@(?:lombok\.)?(?:Data|ToString|Value)\b")
_SERIALISED = re.compile(
    r"\b(?:Serialize|SerializeObject|writeValueAsString|writeValueAsBytes|toJson|toJSONString|encodeToString|"
    r"dumps|asdict|astuple|vars|pformat|stringify|inspect|unmarshal|model_dump|model_dump_json)\s*"
    r"(?:<[^>]*>)?\s*\(\s*(\w+)\s*[,)]"
)
# Python: a model or an object turned into its fields (`payout.__dict__`, `request.model_dump()`)
_PY_DUMPED = re.compile(
    r"\b(\w+)\s*\.\s*(?:__dict__|_asdict\s*\(|dict\s*\(|json\s*\(|model_dump(?:_json)?\s*\()"
)
_STRING = re.compile(r'(?P<prefix>\$@|@\$|\$|@)?"(?P<body>(?:[^"\\\n]|\\.)*)"')
_PY_STRING = re.compile(
    r"(?P<prefix>[rRbBuUfF]{0,2})(?P<q>'''|\"\"\"|'|\")(?P<body>(?:\\.|(?!(?P=q))[^\\])*)(?P=q)", re.DOTALL
)
_JS_STRING = re.compile(r"(?P<q>`|'|\")(?P<body>(?:\\.|(?!(?P=q))[^\\])*)(?P=q)", re.DOTALL)
_HOLE_CS = re.compile(r"\{([^{}:,]+)")
_HOLE_KT = re.compile(r"\$\{([^}]*)\}|\$([A-Za-z_]\w*)")
_HOLE_PY = re.compile(r"\{([^{}:!]+)")
_HOLE_JS = re.compile(r"\$\{([^}]*)\}")
_WHOLE = r"(?<![\w.$])%s\b(?!\s*(?:\?\.|!!\.|\.)\s*(?!(?:ToString|toString)\b)\w)(?!\s*\()"
# a wrapper whose result is the value it wraps
_WRAPPERS = {
    "Task",
    "ValueTask",
    "Optional",
    "Mono",
    "CompletableFuture",
    "Future",
    "Promise",
    "Single",
    "Maybe",
    "Uni",
    "ActionResult",
    "Deferred",
    "Awaitable",
    "Coroutine",
}
_RETURNS = {
    # Task<OrderDto> LoadAsync(, PaymentDto Build(, public static Payment of(
    "csharp": re.compile(
        r"\b(?P<type>[A-Z][\w.]*)(?P<args><[^()=;{}]*?>)?\??\s+(?P<name>\w+)\s*(?:<[^()]*>)?\s*\("
    ),
    "java": re.compile(r"\b(?P<type>[A-Z][\w.]*)(?P<args><[^()=;{}]*?>)?\s+(?P<name>\w+)\s*\("),
    "kotlin": re.compile(
        r"\bfun\s+(?:<[^>]*>\s*)?(?:[\w.]+\.)?(?P<name>\w+)\s*\([^)]*\)\s*:\s*(?P<type>[A-Z][\w.]*)(?P<args><[^=]*?>)?"
    ),
    "python": re.compile(
        r"\bdef\s+(?P<name>\w+)\s*\([^)]*\)\s*->\s*['\"]?(?P<type>[A-Z][\w.]*)(?P<args>\[[^\]:]*\])?"
    ),
    "javascript": re.compile(
        r"\bfunction\s+(?P<name>\w+)\s*\([^)]*\)\s*:\s*(?P<type>[A-Z][\w.]*)(?P<args><[^>]*>)?"
    ),
    "typescript": re.compile(
        r"(?:\bfunction\s+|^[ \t]*(?:(?:public|private|protected|static|async)\s+)*)(?P<name>\w+)\s*"
        r"\([^)]*\)\s*:\s*(?P<type>[A-Z][\w.]*)(?P<args><[^>]*>)?",
        re.MULTILINE,
    ),
}
_PY_CLASS = re.compile(
    r"^(?P<head>(?:@[^\n]*\n)*)class\s+(?P<name>[A-Z]\w*)\s*(?:\((?P<bases>[^)]*)\))?\s*:", re.MULTILINE
)
_PY_LISTS_BASES = re.compile(r"\b(?:BaseModel|BaseSettings|NamedTuple|TypedDict|Struct|Schema)\b")
_PY_LISTS_DECORATOR = re.compile(
    r"@(?:dataclasses\.)?dataclass\b(?!\([^)]*repr\s*=\s*False)|@(?:attr\.s|attrs\.define|define|frozen|attr\.attrs)\b"
)
_JS_TYPE = re.compile(
    r"^[ \t]*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?"
    r"(?P<kind>interface|class|type)\s+(?P<name>[A-Z]\w*)(?P<params><[^>{=]*>)?[^{=\n]*?(?:=\s*)?\{",
    re.MULTILINE,
)
_JS_SCHEMA = re.compile(r"\b(?P<var>\w+)\s*=\s*new\s+(?:mongoose\.)?Schema\s*\(\s*\{")
_JS_MODEL = re.compile(r"\bmodel\s*\(\s*['\"](?P<name>\w+)['\"]\s*,\s*(?P<schema>\w+)")


@dataclass(frozen=True)
class Carrier:
    """A type that declares card members (the ones not marked to be left out); a member one object
    deeper or more is named by its path (`Payment.CardNumber`)."""

    name: str
    members: tuple[str, ...]
    prints: bool  # its string form lists the card members
    bases: tuple[str, ...] = ()  # the simple names of the types it extends or implements, transitively


@dataclass(frozen=True)
class TypeInfo:
    """A type declared in the tree, as far as card data is concerned."""

    name: str
    language: str
    params: tuple[str, ...]  # its generic parameters
    card: tuple[str, ...]  # its own card members, not left out
    fields: tuple[tuple[str, str, tuple[str, ...]], ...]  # (member, type, type arguments), not left out
    lists: bool  # its string form lists its members (a record, a data class, a dataclass, …)
    own: str | None  # the text of its own string form
    bases: tuple[str, ...]


@dataclass(frozen=True)
class TreeIndex:
    """The tree's types, its card carriers and the result types of its methods."""

    types: Mapping[str, TypeInfo]
    carriers: Mapping[str, Carrier]
    returns: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]  # method -> distinct result types
    # the same for each family of languages whose code sees each other's types (.NET, the JVM,
    # Python, JavaScript and TypeScript): a name is looked up in its own family
    families: Mapping[str, TreeIndex] = field(default_factory=dict)


def _language(path: str) -> str | None:
    dot = path.rfind(".")
    return _LANGUAGE_OF_SUFFIX.get(path[dot:].lower()) if dot >= 0 else None


def _simple(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _arguments(text: str) -> tuple[str, ...]:
    return tuple(_simple(a) for a in re.findall(r"[A-Z][\w.]*", text or ""))


def _left_out(body: str, at: int) -> bool:
    """Whether the member at `at` is marked, on its line or the one before, to be left out."""
    line_start = body.rfind("\n", 0, at)
    prev_start = body.rfind("\n", 0, max(line_start, 0))
    return bool(_LEFT_OUT.search(body[prev_start + 1 : at]))


def _dedup(members: list[str]) -> tuple[str, ...]:
    unique = {m.lower(): m for m in reversed(members)}  # a property and its constructor's parameter
    return tuple(sorted(unique.values(), key=members.index))


def _typed_types(path: str, text: str, language: str) -> list[TypeInfo]:
    declared = list(TYPE_DECLARATION.finditer(text))
    found = []
    for i, match in enumerate(declared):
        body = text[match.end() : declared[i + 1].start() if i + 1 < len(declared) else len(text)]
        card = [
            m.group(1)
            for m in _MEMBER[language].finditer(body)
            if _CARD_MEMBER.match(m.group(1)) and not _left_out(body, m.start())
        ]
        kind = match.group("kind")
        # a record's parameters are its members; another type's constructor or method parameters
        # are not
        header = len(re.split(r"[{;]", body, maxsplit=1)[0])
        fields = [
            (m.group("name"), _simple(m.group("type")), _arguments(m.group("args") or ""))
            for m in _TYPED_MEMBER[language].finditer(body)
            if not _left_out(body, m.start())
            and (
                language == "kotlin"
                or not re.match(r"[(,]", m.group(0))
                or (kind.startswith("record") and m.start() < header)
            )
        ]
        own = _OWN_STRING_FORM[language].search(body)
        if language == "csharp":
            lists = kind.startswith("record")
        elif language == "java":
            lists = kind == "record" or bool(_LOMBOK.search(match.group("head")))
        else:
            lists = "data" in match.group("head").split()
        params = tuple(
            re.findall(r"(?:^|[<,])\s*(?:in\s+|out\s+|reified\s+)?([A-Z]\w*)", match.group("params") or "")
        )
        found.append(
            TypeInfo(
                match.group("name"),
                language,
                params,
                _dedup(card),
                tuple(fields),
                lists,
                body[own.start() :] if own else None,
                base_types(body),
            )
        )
    return found


def _python_types(text: str) -> list[TypeInfo]:
    declared = list(_PY_CLASS.finditer(text))
    found = []
    for match in declared:
        rest = text[match.end() :]
        end = re.search(r"^(?=[^\s#])", rest, re.MULTILINE)
        body = rest[: end.start()] if end else rest
        indent = re.search(r"^([ \t]+)\S", body, re.MULTILINE)
        level = indent.group(1) if indent else "    "
        card, fields, hidden = [], [], []
        for m in re.finditer(
            rf"^{level}(?P<name>\w+)\s*:\s*(?P<ann>[^=\n]+?)\s*(?:=\s*(?P<default>[^\n]*))?$",
            body,
            re.MULTILINE,
        ):
            name, ann, default = m.group("name"), m.group("ann"), m.group("default") or ""
            if re.search(r"\bSecret(?:Str|Bytes)\b", ann) or _left_out(body, m.start()):
                continue
            if _CARD_MEMBER.match(name):
                card.append(name)
                if re.search(r"\brepr\s*=\s*False", default):
                    hidden.append(name)
                continue
            types = [t for t in re.findall(r"\b([A-Z]\w*)\b", ann) if t not in {"Optional", "List", "Union"}]
            if types:
                fields.append((name, _simple(types[-1]), ()))
        # a plain class's attributes (printed by vars(), __dict__)
        for m in re.finditer(r"\bself\.(\w+)\s*(?::[^=\n]*)?=", body):
            if _CARD_MEMBER.match(m.group(1)):
                card.append(m.group(1))
        bases = match.group("bases") or ""
        lists = bool(_PY_LISTS_DECORATOR.search(match.group("head")) or _PY_LISTS_BASES.search(bases))
        own = _OWN_STRING_FORM["python"].search(body)
        shown = [c for c in card if c not in hidden]
        info = TypeInfo(
            match.group("name"),
            "python",
            (),
            _dedup(card),
            tuple(fields),
            lists and (bool(shown) or not card),
            body[own.start() :] if own else None,
            tuple(_simple(b) for b in re.findall(r"[A-Z][\w.]*", bases)),
        )
        found.append(info)
    return found


def _braced(text: str, start: int) -> str:
    """The text from `start` (just after an opening brace) to its closing brace."""
    depth = 1
    for n in range(start, len(text)):
        if text[n] == "{":
            depth += 1
        elif text[n] == "}":
            depth -= 1
            if depth == 0:
                return text[start:n]
    return text[start:]


def _js_types(text: str, language: str) -> list[TypeInfo]:
    found = []
    for match in _JS_TYPE.finditer(text):
        body = _braced(text, match.end())
        top = re.sub(r"\{[^{}]*\}", "{}", re.sub(r"\{[^{}]*\}", "{}", body))  # its own members only
        card, fields = [], []
        for m in re.finditer(
            r"(?:^|[;,{])\s*(?:(?:readonly|public|private|protected)\s+)*(?P<name>\w+)\??\s*[:;=]\s*(?P<type>[\w.]*)",
            top,
            re.MULTILINE,
        ):
            if _CARD_MEMBER.match(m.group("name")):
                card.append(m.group("name"))
            elif re.match(r"[A-Z]", m.group("type") or ""):
                fields.append((m.group("name"), _simple(m.group("type")), ()))
        own = _OWN_STRING_FORM[language].search(body)
        declared = text[match.start() : match.end()]
        found.append(
            TypeInfo(
                match.group("name"),
                language,
                tuple(re.findall(r"([A-Z]\w*)", match.group("params") or "")),
                _dedup(card),
                tuple(fields),
                False,
                body[own.start() :] if own else None,
                tuple(re.findall(r"\b(?:extends|implements)\s+([A-Z]\w*)", declared)),
            )
        )
    # mongoose: a model's documents carry its schema's members
    schemas = {m.group("var"): _braced(text, m.end()) for m in _JS_SCHEMA.finditer(text)}
    for m in _JS_MODEL.finditer(text):
        schema = schemas.get(m.group("schema"))
        if schema is None:
            continue
        top = re.sub(r"\{[^{}]*\}", "{}", re.sub(r"\{[^{}]*\}", "{}", schema))
        card = [
            k
            for k in re.findall(r"(?:^|[,{])\s*['\"]?(\w+)['\"]?\s*:", top, re.MULTILINE)
            if _CARD_MEMBER.match(k)
        ]
        found.append(TypeInfo(m.group("name"), language, (), _dedup(card), (), False, None, ()))
    return found


_FAMILY = {
    "csharp": "dotnet",
    "java": "jvm",
    "kotlin": "jvm",
    "python": "python",
    "javascript": "js",
    "typescript": "js",
}
# the suffixes of those languages, as the inventory reads them
_LANGUAGE_OF_SUFFIX = {suffix: language for suffix, language in EXTENSIONS.items() if language in _FAMILY}


def tree_index(texts: Mapping[str, str]) -> TreeIndex:
    """The types of these files (path -> text), their card carriers (a type's body is read from
    its declaration to the next type declared in the file), and the result types of the methods
    they declare; all together and by family of languages."""
    merged = _index(texts)
    return replace(merged, families=family_indexes(texts))


def family_indexes(texts: Mapping[str, str], only: Iterable[str] | None = None) -> dict[str, TreeIndex]:
    """The index of each family of languages among these files, or of the families in `only`."""
    wanted = None if only is None else set(only)
    by_family: dict[str, dict[str, str]] = {}
    for path, text in texts.items():
        language = _language(path)
        if language is not None and (wanted is None or _FAMILY[language] in wanted):
            by_family.setdefault(_FAMILY[language], {})[path] = text
    return {family: _index(own) for family, own in by_family.items()}


def _index(texts: Mapping[str, str]) -> TreeIndex:
    types: dict[str, TypeInfo] = {}
    returns: dict[str, dict[tuple[str, tuple[str, ...]], None]] = {}
    for path, text in texts.items():
        language = _language(path)
        if language is None:
            continue
        if language in ("csharp", "java", "kotlin"):
            infos = _typed_types(path, text, language)
        elif language == "python":
            infos = _python_types(text)
        else:
            infos = _js_types(text, language)
        for info in infos:
            same = types.get(info.name)
            if same is not None:
                # one name declared twice (`ICommand` and `ICommand<T>`): what either extends counts
                bases = tuple(dict.fromkeys(same.bases + info.bases))
                info = replace(info, bases=bases) if info.card or info.fields else replace(same, bases=bases)
            types[info.name] = info
        for m in _RETURNS[language].finditer(text):
            if m.group("name") in {"if", "for", "while", "switch", "catch", "return", "new", "using", "lock"}:
                continue
            result = (_simple(m.group("type")), _arguments(m.group("args") or ""))
            if result[0] in _WRAPPERS and result[1]:
                result = (result[1][0], result[1][1:])
            returns.setdefault(m.group("name"), {})[result] = None
    return TreeIndex(types, _carriers(types), {k: tuple(v) for k, v in returns.items()})


def _all_bases(name: str, types: Mapping[str, TypeInfo]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    todo = list(types[name].bases) if name in types else []
    while todo:
        base = todo.pop(0)
        if base in seen:
            continue
        seen[base] = None
        if base in types:
            todo.extend(types[base].bases)
    return tuple(seen)


def _names(text: str | None, member: str) -> bool:
    return bool(text) and re.search(rf"\b{re.escape(member)}\b", text or "") is not None


def _carriers(types: Mapping[str, TypeInfo]) -> dict[str, Carrier]:
    """The carriers: types with a card member of their own, then, up to four objects deep, types
    with a member whose type (or type argument: `List<PaymentDto>`) is a carrier."""
    found: dict[str, Carrier] = {}
    for info in types.values():
        if info.card:
            prints = any(_names(info.own, m) for m in info.card) if info.own is not None else info.lists
            found[info.name] = Carrier(info.name, info.card, prints, _all_bases(info.name, types))
    for _ in range(4):
        added = False
        for info in types.values():
            if info.name in found and not types[info.name].fields:
                continue
            members: list[str] = list(info.card)
            prints = info.name in found and found[info.name].prints
            for member, type_name, arguments in info.fields:
                inner = next(
                    (found[t] for t in (type_name, *arguments) if t in found and t != info.name), None
                )
                if inner is None:
                    continue
                members += [f"{member}.{m}" for m in inner.members if f"{member}.{m}" not in members]
                lists = _names(info.own, member) if info.own is not None else info.lists
                prints = prints or (lists and inner.prints)
            if tuple(members) != (found[info.name].members if info.name in found else ()):
                found[info.name] = Carrier(info.name, tuple(members), prints, _all_bases(info.name, types))
                added = True
        if not added:
            break
    return found


def card_carriers(texts: Mapping[str, str]) -> dict[str, Carrier]:
    """The types of these files (path -> text) that declare a card member, or hold one one object
    deeper or more, by name."""
    return dict(tree_index(texts).carriers)


def base_types(body: str) -> tuple[str, ...]:
    """The types a declaration extends or implements: what follows its `:` (C#, Kotlin) or
    `extends`/`implements` (Java) before the body opens, outside its parameters' brackets."""
    head = re.split(r"[{;]", body, maxsplit=1)[0]
    depth, start = 0, None
    for n, ch in enumerate(head):
        if ch in "(<":
            depth += 1
        elif ch in ")>":
            depth -= 1
        elif depth == 0 and ch == ":":
            start = n + 1
            break
    rest = head[start:] if start is not None else ""
    java = re.search(r"\b(?:extends|implements)\b(.*)", head, re.DOTALL)
    if java:
        rest = java.group(1)
    # the outer names only: IRequest<bool> is an IRequest
    outer = re.sub(r"<[^<>]*>", "", re.sub(r"<[^<>]*>", "", rest))
    return tuple(
        dict.fromkeys(re.findall(r"\b([A-Z]\w*)", re.sub(r"\bwhere\b.*", "", outer, flags=re.DOTALL)))
    )


def _constraint(name: str, before: str) -> tuple[str, ...]:
    """The interfaces a generic parameter is constrained to (`where TRequest : IRequest<TResponse>`,
    `<T extends Payment>`, `<T : Payment>`), by simple name."""
    n = re.escape(name)
    found: list[str] = []
    for m in re.finditer(rf"\bwhere\s+{n}\s*:\s*([^{{\n]*?)(?=\bwhere\b|\{{|$)", before, re.MULTILINE):
        found += re.findall(r"\b([A-Z]\w*)", re.sub(r"<[^<>]*>", "", m.group(1)))
    for m in re.finditer(rf"[<,]\s*{n}\s*(?:extends|:)\s*([A-Z][\w.]*)", before):
        found.append(m.group(1).rsplit(".", 1)[-1])
    return tuple(dict.fromkeys(f for f in found if f not in {"class", "struct", "new", "notnull"}))


def _code_and_holes(call: str, language: str) -> tuple[str, bool, set[str]]:
    """The call's text with its string literals replaced by the names they interpolate, whether a
    message destructures a value (C#'s `{@Name}`), and the names only interpolated into text (a
    JavaScript template's `${order}`, printed by the object's string form)."""
    destructures = False
    interpolated: set[str] = set()

    def holes(m: re.Match[str]) -> str:
        nonlocal destructures
        body = m.group("body")
        prefix = m.group("prefix") or ""
        if language == "csharp":
            if "$" in prefix:
                return " " + " ".join(h.strip() for h in _HOLE_CS.findall(body)) + " "
            destructures = destructures or "{@" in body
            return " "
        if language == "kotlin":
            return " " + " ".join(a or b for a, b in _HOLE_KT.findall(body)) + " "
        return " "

    if language == "python":

        def python(m: re.Match[str]) -> str:
            if "f" in m.group("prefix").lower():
                return " " + " ".join(h.strip() for h in _HOLE_PY.findall(m.group("body"))) + " "
            return " "

        return _PY_STRING.sub(python, call), False, interpolated
    if language in _JS:

        def javascript(m: re.Match[str]) -> str:
            if m.group("q") != "`":
                return " "
            found = [h.strip() for h in _HOLE_JS.findall(m.group("body"))]
            interpolated.update(h for h in found if re.fullmatch(r"[A-Za-z_$][\w$]*", h))
            return " " + " ".join(found) + " "

        return _JS_STRING.sub(javascript, call), False, interpolated
    return _STRING.sub(holes, call), destructures, interpolated


def _literal(name: str, before: str, language: str) -> Carrier | None:
    """The last dict or object literal assigned to `name` before the call, when written with a card
    key (`payload = {"card_number": …}`, `const body = { cardNumber, cvv }`)."""
    n = re.escape(name)
    if language == "python":
        pattern = rf"(?<![\w.]){n}\s*(?::[^=\n]*)?=\s*(?:\{{(?P<dict>[^{{}}]*)\}}|dict\((?P<call>[^()]*)\))"
    else:
        pattern = rf"\b(?:const|let|var)\s+{n}\s*(?::[^=\n]*)?=\s*\{{(?P<dict>[^{{}}]*)\}}"
    last = None
    for m in re.finditer(pattern, before):
        last = m
    if last is None:
        return None
    if last.group("dict") is not None:
        keys = re.findall(r"(?:^|[,{])\s*['\"]?(\w+)['\"]?\s*(?=[:,}]|$)", last.group("dict"), re.MULTILINE)
    else:
        keys = re.findall(r"(\w+)\s*=", last.group("call") or "")
    card = tuple(k for k in keys if _CARD_MEMBER.match(k))
    if not card:
        return None
    return Carrier("dict" if language == "python" else "object", card, True)


def _declared_type(
    name: str, before: str, language: str, index: TreeIndex | None = None, depth: int = 0
) -> tuple[str, tuple[str, ...]] | None:
    """The simple name of the type `name` is declared with last before the call, if written or
    inferred from a method's result or a member's type, and the simple names of its type arguments
    (`IdentifiedCommand<CreateOrderCommand, bool>`)."""
    n = re.escape(name)
    # what a message says is not a declaration (`"Handle request={Request}"`)
    quotes = r"\"(?:[^\"\\\n]|\\.)*\"" + (
        r"|'(?:[^'\\\n]|\\.)*'" if language != "csharp" and language != "java" else ""
    )
    before = re.sub(quotes, '""', before)
    generic = r"(<[^()=;{}<>]*(?:<[^()=;{}<>]*>[^()=;{}<>]*)*>)?"
    if language == "kotlin":
        forms = [
            rf"\b{n}\s*:\s*([A-Z][\w.]*){generic}",
            rf"\b(?:val|var)\s+{n}\s*=\s*([A-Z][\w.]*){generic}\s*\(",
        ]
        calls = [rf"\b(?:val|var)\s+{n}\s*=\s*(?:[\w.]+\s*\.\s*)?([a-z]\w*)\s*\("]
        members = [rf"\b(?:val|var)\s+{n}\s*=\s*(\w+)\s*\.\s*(\w+)\s*(?:$|[;\n])"]
    elif language == "python":
        forms = [
            rf"(?<![\w.]){n}\s*:\s*(?:Optional\[|['\"])?([A-Z][\w.]*)(\[[^\]]*\])?",
            rf"(?<![\w.]){n}\s*=\s*(?:await\s+)?([A-Z][\w.]*)()\s*(?:\.\s*(?:model_validate|parse_obj|parse_raw|"
            r"from_orm|model_construct|construct|from_dict)\s*)?\(",
        ]
        calls = [rf"(?<![\w.]){n}\s*=\s*(?:await\s+)?(?:[\w.]+\s*\.\s*)?([a-z_]\w*)\s*\("]
        members = [rf"(?<![\w.]){n}\s*=\s*(\w+)\s*\.\s*(\w+)\s*$"]
    elif language in _JS:
        forms = [
            rf"(?<![\w.$]){n}\??\s*:\s*([A-Z][\w.]*){generic}",
            rf"\b(?:const|let|var)\s+{n}\s*=\s*(?:await\s+)?new\s+([A-Z][\w.]*){generic}",
            # a mongoose model's documents: `await Voucher.findById(…)`, `Voucher.create(…)`
            rf"\b(?:const|let|var)\s+{n}\s*=\s*(?:await\s+)?([A-Z]\w*)()\s*\.\s*(?:find\w*|create|insert\w*)\s*\(",
        ]
        calls = [rf"\b(?:const|let|var)\s+{n}\s*=\s*(?:await\s+)?(?:[\w.]+\s*\.\s*)?([a-z]\w*)\s*\("]
        members = []
    else:
        forms = [
            rf"\b([A-Z][\w.]*){generic}\??\s+{n}\s*[,)=;:]",
            rf"\b(?:var|final\s+var)\s+{n}\s*=\s*new\s+([A-Z][\w.]*){generic}",
        ]
        calls = [
            rf"\b(?:var|final\s+var)\s+{n}\s*=\s*(?:await\s+)?(?:[\w.]+\s*\.\s*)?(\w+)\s*(?:<[^()]*>)?\s*\("
        ]
        members = [rf"\b(?:var|final\s+var)\s+{n}\s*=\s*(\w+)\s*\.\s*(\w+)\s*;"]
    best: tuple[int, str, tuple[str, ...]] | None = None
    for form in forms:
        for m in re.finditer(form, before, re.MULTILINE):
            if best is None or m.start() > best[0]:
                best = (m.start(), _simple(m.group(1)), _arguments(m.group(2) or ""))
    if index is not None:
        # inferred: the result of a method the tree declares with one result type
        for form in calls:
            for m in re.finditer(form, before, re.MULTILINE):
                if best is not None and m.start() <= best[0]:
                    continue
                results = index.returns.get(m.group(1), ())
                if len(results) == 1:
                    best = (m.start(), results[0][0], results[0][1])
        # inferred: a member of a value whose type is known (`var command = message.Command`)
        if depth < 2:
            for form in members:
                for m in re.finditer(form, before, re.MULTILINE):
                    if best is not None and m.start() <= best[0]:
                        continue
                    owner = _declared_type(m.group(1), before[: m.start()], language, index, depth + 1)
                    member = _member_type(owner, m.group(2), index) if owner else None
                    if member is not None:
                        best = (m.start(), member[0], member[1])
    if best is None:
        return None
    return best[1], best[2]


def _member_type(
    owner: tuple[str, tuple[str, ...]], member: str, index: TreeIndex
) -> tuple[str, tuple[str, ...]] | None:
    """The type of a member of a value of type `owner` (its generic parameters read as the owner's
    type arguments: `Wrapper<CreateOrderCommand>.Message` is a CreateOrderCommand)."""
    info = index.types.get(owner[0])
    if info is None:
        return None
    for name, type_name, arguments in info.fields:
        if name == member or name.lower() == member.lower():
            if type_name in info.params:
                at = info.params.index(type_name)
                return (owner[1][at], ()) if at < len(owner[1]) else None
            return type_name, arguments
    return None


def logged_carrier(
    call: str, before: str, language: str, known: Mapping[str, Carrier], index: TreeIndex | None = None
) -> Carrier | None:
    """The card carrier `call` (the logging call's text) prints, given the file's text up to the
    end of the call (`before`), the tree's carriers and (for types inferred from a method's result
    or a member) its index; None when it prints none."""
    code, destructures, interpolated = _code_and_holes(call, language)
    serialised = set(_SERIALISED.findall(code))
    if language == "python":
        # a model dumped without leaving fields out, an object's attributes
        serialised |= {
            m.group(1)
            for m in _PY_DUMPED.finditer(code)
            if "exclude" not in code[m.end() : m.end() + 200].split(")")[0]
        }
    # the logger and the method are not logged values
    head = re.match(r"\s*(?:[\w.$]+\s*\.\s*)?[\w$]+\s*[({]", code)
    args = code[head.end() :] if head else code
    if language == "python":
        args = re.sub(r"(?<![\w.=!<>])\w+\s*=(?!=)", " ", args)  # a keyword's name is not a value
    elif language in _JS:
        args = re.sub(r"(?<![\w.$?])[\w$]+\s*:(?!:)", " ", args)  # nor is an object's key
    for name in dict.fromkeys(re.findall(r"(?<![\w.$])[A-Za-z_$][\w$]*", args)):
        escaped = re.escape(name)
        if not re.search(_WHOLE % escaped, args) and not (name in serialised and language == "python"):
            continue
        literal = _literal(name, before, language) if language == "python" or language in _JS else None
        if literal is not None:
            # a dict or object literal with a card key, assigned to the name before the call
            if language == "python" or not _only_as_text(name, args, interpolated):
                return literal
            continue
        typed = _declared_type(name, before, language, index)
        if typed is None:
            continue
        if language in _JS:
            whole = not _only_as_text(name, args, interpolated)
        else:
            whole = destructures or name in serialised
        carrier = known.get(typed[0])
        if carrier is not None and (carrier.prints or whole):
            return carrier
        # a generic wrapper destructured or serialised prints the carrier it holds
        held = [known[a] for a in typed[1] if a in known]
        if whole and held:
            return held[0]
        # a generic parameter stands for every carrier that implements what it is constrained to
        # (a pipeline behaviour's `TRequest request`, `where TRequest : IRequest<TResponse>`)
        interfaces = set(_constraint(typed[0], before)) if carrier is None else set()
        implementing = [c for c in known.values() if interfaces & set(c.bases)]
        for c in implementing:
            if whole or c.prints:
                return c
    return None


def _only_as_text(name: str, args: str, interpolated: set[str]) -> bool:
    """JavaScript: whether `name` is printed only through its string form (a template's `${order}`,
    `"…" + order`), which is `[object Object]` for an object without its own toString."""
    e = re.escape(name)
    if re.search(rf"(?:\+\s*{e}\b|\b{e}\s*\+)", args):
        return True
    return name in interpolated and len(re.findall(rf"(?<![\w.$]){e}\b", args)) <= 1


def keep_card_object_logs(
    findings: Iterable[Finding], paths: Iterable[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """The findings less those of the card-object rules that log no card carrier; the kept ones
    name the type and its card members. `paths` are the tree's source files; they are read only
    when there is a finding of those rules."""
    findings = tuple(findings)
    # only the families of languages with a candidate are read (a Python tree's bundled
    # JavaScript is not, unless a JavaScript call is a candidate)
    families = {
        _FAMILY[_language(f.location.path) or RULES[f.rule_id]] for f in findings if f.rule_id in RULES
    }
    if not families:
        return findings
    texts = {p: "\n".join(lines(p)) for p in paths if (lang := _language(p)) and _FAMILY[lang] in families}
    indexes = family_indexes(texts, families)
    kept = []
    for f in findings:
        if f.rule_id not in RULES:
            kept.append(f)
            continue
        language = _language(f.location.path) or RULES[f.rule_id]
        start = f.location.start_line
        if start is None:
            continue
        text = lines(f.location.path)
        end = max(f.location.end_line or start, start)
        call = "\n".join(text[start - 1 : end])
        own = indexes.get(_FAMILY[language])
        if own is None:
            continue
        carrier = logged_carrier(call, "\n".join(text[:end]), language, own.carriers, own)
        if carrier is None:
            continue
        members = ", ".join(f"`{m}`" for m in carrier.members)
        kept.append(replace(f, message=f"{f.message} (`{carrier.name}` declares {members})"))
    return tuple(kept)
