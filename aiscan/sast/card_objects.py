"""Payment card data logged through an object logged whole, in C#, Java and Kotlin.

An order or payment type often carries the card it is paid with:

    public record CreateOrderCommand(..., string CardNumber, string CardSecurityNumber, ...);
    data class Repayment(val loanId: String, val cardNumber: String, val cvv: String)

and a handler logs the object, not its members: `_logger.LogInformation("{@Command}", command)`,
`log.info("refund {}", request)`, `logger.info("repayment $repayment")`. The type is usually
declared in another file than the logging call, which a single-file rule cannot see. The rules
`csharp-`, `java-` and `kotlin-card-data-object-logged` report every logging call that logs a bare
name; this module keeps such a finding only when, read as text (never run):

- a name the call logs whole (not a member of it: `command.WalletId` is not the command) is
  declared before the call, in the same file, with a type (`TopUpCommand command`,
  `var copy = new InstalmentOrder()`, `repayment: LoanRepayment`, `val again = LoanRepayment(…)`);
  destructured or serialised, a generic wrapper's type arguments count too
  (`new IdentifiedCommand<CreateOrderCommand, bool>(…)`), and a value typed by a generic
  parameter stands for every type of the tree that implements what the parameter is constrained
  to (a MediatR pipeline behaviour's `TRequest request` with `where TRequest : IRequest<TResponse>`
  logs every command, eShop's `CreateOrderCommand : IRequest<bool>` among them);
- that type is declared in a C#, Java or Kotlin file of the tree with a member named for a card's
  number or security code (`CardNumber`, `Pan`, `Cvv`, `Cvc`, `CardSecurityNumber`, …) that is not
  marked to be left out (`[JsonIgnore]`, `@JsonIgnore`, `@ToString.Exclude`, `@Transient`,
  `[LogMasked]`, `@Sensitive`…);
- the call prints that member: destructured (C#'s `{@Name}`) or serialised to JSON
  (`JsonSerializer.Serialize`, `JsonConvert.SerializeObject`, `writeValueAsString`, `toJson`,
  `encodeToString`) for any such type; printed by its string form (a placeholder, concatenation,
  interpolation, `ToString()`) only when that form lists the members: a C# record without its own
  `PrintMembers`/`ToString`, a Java record, a class with Lombok's `@Data`/`@ToString`/`@Value`, a
  Kotlin data class, or a type whose own `ToString`/`toString` names the card member.

A class's default string form (its type's name in C#, a hash in Java and Kotlin) prints no card
data and is not reported. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from aiscan.models import Finding

RULES = {
    "csharp-card-data-object-logged": "csharp",
    "java-card-data-object-logged": "java",
    "kotlin-card-data-object-logged": "kotlin",
}
_LANGUAGE_OF_SUFFIX = {".cs": "csharp", ".java": "java", ".kt": "kotlin", ".kts": "kotlin"}

# a card's number or security code, as a member is named (not the holder's name or the expiry)
_CARD_MEMBER = re.compile(
    r"(?i)^_?(card_?(number|num|no|pan)|pan|primary_?account_?number|cvv2?|cvc2?|card_?(cvv|cvc)|"
    r"card_?(security|verification)_?(number|code|value))$"
)
_LEFT_OUT = re.compile(
    r"(?i)(JsonIgnore|ToString\.Exclude|@Transient|\[NonSerialized|LogMasked|NotLogged|Sensitive|Redact|"
    r"PersonalData|DataClassification)"
)
_TYPE = re.compile(
    r"^[ \t]*(?P<head>(?:[@\[][^\n]*\n[ \t]*)*(?:(?:public|private|protected|internal|static|sealed|abstract|"
    r"partial|final|open|readonly|data|value|inner|file)\s+)*)"
    r"(?P<kind>record\s+struct|record\s+class|record|class|struct|interface|object)\s+(?P<name>[A-Z]\w*)",
    re.MULTILINE,
)
_MEMBER = {
    # string CardNumber { get; set; }, string CardNumber, (positional record parameters), fields
    "csharp": re.compile(r"\b(?:string|long|ulong|int|decimal|char\[\])\??\s+(\w+)\s*(?=[{;=,)])"),
    "java": re.compile(r"\b(?:String|long|Long|int|Integer|char\[\]|BigInteger)\s+(\w+)\s*(?=[;=,)])"),
    "kotlin": re.compile(r"\b(?:val|var)\s+(\w+)\s*:\s*(?:String|Long|Int|CharArray|BigInteger)\b"),
}
_OWN_STRING_FORM = {
    "csharp": re.compile(r"\bPrintMembers\s*\(|\boverride\s+string\s+ToString\s*\("),
    "java": re.compile(r"\bString\s+toString\s*\(\s*\)"),
    "kotlin": re.compile(r"\boverride\s+fun\s+toString\s*\("),
}
_LOMBOK = re.compile(r"@(?:lombok\.)?(?:Data|ToString|Value)\b")
_SERIALISED = re.compile(
    r"\b(?:Serialize|SerializeObject|writeValueAsString|writeValueAsBytes|toJson|toJSONString|encodeToString)\s*"
    r"(?:<[^>]*>)?\s*\(\s*(\w+)\s*[,)]"
)
_STRING = re.compile(r'(?P<prefix>\$@|@\$|\$|@)?"(?P<body>(?:[^"\\\n]|\\.)*)"')
_HOLE_CS = re.compile(r"\{([^{}:,]+)")
_HOLE_KT = re.compile(r"\$\{([^}]*)\}|\$([A-Za-z_]\w*)")
_WHOLE = r"(?<![\w.$])%s\b(?!\s*(?:\?\.|!!\.|\.)\s*(?!(?:ToString|toString)\b)\w)(?!\s*\()"


@dataclass(frozen=True)
class Carrier:
    """A type that declares card members (the ones not marked to be left out)."""

    name: str
    members: tuple[str, ...]
    prints: bool  # its string form lists the card members
    bases: tuple[str, ...] = ()  # the simple names of the types it extends or implements


def _language(path: str) -> str | None:
    dot = path.rfind(".")
    return _LANGUAGE_OF_SUFFIX.get(path[dot:].lower()) if dot >= 0 else None


def card_carriers(texts: Mapping[str, str]) -> dict[str, Carrier]:
    """The types of these files (path -> text) that declare a card member, by name. A type's body
    is read from its declaration to the next type declared in the file."""
    found: dict[str, Carrier] = {}
    for path, text in texts.items():
        language = _language(path)
        if language is None:
            continue
        declared = list(_TYPE.finditer(text))
        for i, match in enumerate(declared):
            body = text[match.end() : declared[i + 1].start() if i + 1 < len(declared) else len(text)]
            members = []
            for member in _MEMBER[language].finditer(body):
                if not _CARD_MEMBER.match(member.group(1)):
                    continue
                line_start = body.rfind("\n", 0, member.start())
                prev_start = body.rfind("\n", 0, max(line_start, 0))
                if _LEFT_OUT.search(body[prev_start + 1 : member.start()]):
                    continue
                members.append(member.group(1))
            if not members:
                continue
            kind = match.group("kind")
            own = _OWN_STRING_FORM[language].search(body)
            if own:
                # its own string form: prints the card when it names a card member
                prints = any(re.search(rf"\b{re.escape(m)}\b", body[own.start() :]) for m in members)
            elif language == "csharp":
                prints = kind.startswith("record")
            elif language == "java":
                prints = kind == "record" or bool(_LOMBOK.search(match.group("head")))
            else:
                prints = "data" in match.group("head").split()
            name = match.group("name")
            unique = {m.lower(): m for m in reversed(members)}  # a property and its constructor's parameter
            kept = tuple(sorted(unique.values(), key=members.index))
            found[name] = Carrier(name, kept, prints, _bases(body))
    return found


def _bases(body: str) -> tuple[str, ...]:
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


def _code_and_holes(call: str, language: str) -> tuple[str, bool]:
    """The call's text with its string literals replaced by the names they interpolate, and
    whether a message destructures a value (C#'s `{@Name}`)."""
    destructures = False

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

    return _STRING.sub(holes, call), destructures


def _declared_type(name: str, before: str, language: str) -> tuple[str, tuple[str, ...]] | None:
    """The simple name of the type `name` is declared with last before the call, if written, and
    the simple names of its type arguments (`IdentifiedCommand<CreateOrderCommand, bool>`)."""
    n = re.escape(name)
    generic = r"(<[^()=;{}]*?>)?"
    if language == "kotlin":
        forms = [
            rf"\b{n}\s*:\s*([A-Z][\w.]*){generic}",
            rf"\b(?:val|var)\s+{n}\s*=\s*([A-Z][\w.]*){generic}\s*\(",
        ]
    else:
        forms = [
            rf"\b([A-Z][\w.]*){generic}\??\s+{n}\s*[,)=;:]",
            rf"\b(?:var|final\s+var)\s+{n}\s*=\s*new\s+([A-Z][\w.]*){generic}",
        ]
    best: tuple[int, str, str] | None = None
    for form in forms:
        for m in re.finditer(form, before):
            if best is None or m.start() > best[0]:
                best = (m.start(), m.group(1), m.group(2) or "")
    if best is None:
        return None
    arguments = tuple(a.rsplit(".", 1)[-1] for a in re.findall(r"[A-Z][\w.]*", best[2]))
    return best[1].rsplit(".", 1)[-1], arguments


def logged_carrier(call: str, before: str, language: str, known: Mapping[str, Carrier]) -> Carrier | None:
    """The card carrier `call` (the logging call's text) prints, given the file's text up to the
    end of the call (`before`) and the tree's carriers; None when it prints none."""
    code, destructures = _code_and_holes(call, language)
    serialised = set(_SERIALISED.findall(code))
    # the logger and the method are not logged values
    head = re.match(r"\s*(?:[\w.]+\s*\.\s*)?\w+\s*[({]", code)
    args = code[head.end() :] if head else code
    for name in dict.fromkeys(re.findall(r"(?<![\w.$])[A-Za-z_]\w*", args)):
        if not re.search(_WHOLE % re.escape(name), args):
            continue
        typed = _declared_type(name, before, language)
        if typed is None:
            continue
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


def keep_card_object_logs(
    findings: Iterable[Finding], paths: Iterable[str], lines: Callable[[str], Sequence[str]]
) -> tuple[Finding, ...]:
    """The findings less those of the card-object rules that log no card carrier; the kept ones
    name the type and its card members. `paths` are the tree's source files; they are read only
    when there is a finding of those rules."""
    findings = tuple(findings)
    if not any(f.rule_id in RULES for f in findings):
        return findings
    texts = {p: "\n".join(lines(p)) for p in paths if _language(p)}
    known = card_carriers(texts)
    kept = []
    for f in findings:
        language = RULES.get(f.rule_id)
        if language is None:
            kept.append(f)
            continue
        start = f.location.start_line
        if start is None or not known:
            continue
        text = lines(f.location.path)
        end = max(f.location.end_line or start, start)
        call = "\n".join(text[start - 1 : end])
        carrier = logged_carrier(call, "\n".join(text[:end]), language, known)
        if carrier is None:
            continue
        members = ", ".join(f"`{m}`" for m in carrier.members)
        kept.append(replace(f, message=f"{f.message} (`{carrier.name}` declares {members})"))
    return tuple(kept)
