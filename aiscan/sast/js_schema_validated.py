"""Request-body fields a schema (joi, zod) or the application's own check rejected objects for.

`javascript-nosql-injection` reports `Borrower.findOne({ iin: req.body.iin })` because a JSON body
can carry `{"iin": {"$ne": ""}}`. Handlers often validate the body first and return a 400 when it
does not fit: `const { error } = validate(req.body); if (error) return res.status(400)...`, with
`validate` in the model's file building a joi schema; or `Schema.safeParse(req.body)` of a zod
object; or `if (!isIin(req.body.iin)) return ...` with `isIin` in a module of its own. The rule
reads one file and its sanitisers see neither the schema nor the check, and a check whose result
is not used is no check at all.

What each library guarantees, from its source:

- joi: `Joi.string()` fails with `string.base` for any value whose `typeof` is not `"string"`
  (`lib/types/string/index.js` `_base` up to 15.x, `lib/types/string.js` `validate` from 16), and
  it converts only strings (trim, case); `Joi.number()`, `Joi.boolean()` and `Joi.date()` convert
  from strings or numbers and fail for objects. The request's own `req.body` is not converted: a
  field that passed such a schema holds a string, a number, a boolean or null, never an operator.
  `Joi.any()`, `Joi.object()`, `Joi.array()`, `Joi.alternatives()`, a `when()` or `concat()` (which
  may swap the type), `custom()` and `failover()` (which replaces a failure) are not taken.
- zod: `z.string()`, `z.number()`, `z.boolean()`, `z.bigint()`, `z.date()`, `z.email()`,
  `z.uuid()`, `z.enum()`, `z.nativeEnum()`, `z.literal()` fail for an object. `z.coerce.*` and
  `z.preprocess` turn the object into the parsed copy's string while `req.body` keeps the object,
  and `.catch()`, `.or()`, `.and()`, `.pipe()` change what passes: not taken. `safeParse` never
  throws, so its `success` must be tested before the query; `parse`/`parseAsync` throw.
- The application's own check: a function of one parameter that only returns `/re/.test(p)` with a
  pattern that rejects "[object Object]" (see `aiscan.sast.js_validated_fields.rejects_objects`), or
  a conjunction (`&&`, no `||`) with a term `typeof p === "string"` (or `"number"`, `"boolean"`).
- Not taken: validator.js and express-validator chains (express-validator runs each standard
  validator on `toString(value)`, "[object Object]" for an object, so `isLength`, `notEmpty` or
  `matches` with a loose pattern pass objects, and the chain only records errors until
  `validationResult(req)` is read); class-validator DTOs (`@IsString()` tests `typeof`, but the
  rule does not report a query in a NestJS service, where DTO fields are queried).

A finding is dropped only when all of these hold, read as text:

- the reported line passes an object literal, written on that line as the first argument of a
  query method (`find`, `findOne`, `updateOne`, ...), whose values are literals, `req.body.FIELD`
  (or `request.body.FIELD`), or names bound from the same body by one `const { a, b: c } =
  req.body` (no rest element, not reassigned, the body not assigned after it) before the line,
  and none of whose keys is an operator (`$where` runs a string as code); nothing else of the
  request is on the line;
- before it, at the level of a block that holds the line (not in a branch), stands a check that
  covers every such field: a result-checked call (`const { error } = F(req.body)` or
  `const r = F(req.body)` then `if (error)`/`if (r.error)`/`if (!r.success)` whose block ends with
  `return` or `throw`, or a one-line `if (...) return ...`), a throwing call as a statement
  (`await S.validateAsync(req.body)`, `S.parse(req.body)`), or `if (!check(FIELD) || ...)` with an
  early return as above;
- `F` is `S.validate`, `S.validateAsync`, `S.safeParse` (a schema constant `S` defined once in the
  file, or else once in the tree, as `Joi.object({...})`, `Joi.object().keys({...})`,
  `z.object({...})`), or a function of one parameter `p`, defined once in the file or else once in
  the tree, whose one `return` is `Joi.validate(p, schema)`, `schema.validate(p)` or
  `schema.safeParse(p)` with `schema` such a constant or a plain `{...}` of joi fields, `p` not
  assigned in it;
- the body is not assigned (`req.body = `, `req.body.x = `, `Object.assign(req.body, ...)`,
  `delete req.body.x`) between the check and the line.

Or, for a schema applied by route middleware in another file
(`router.post('/', payloadCheck(schemas.loanCreate), loans.create)`): the line is in a top-level
handler (`exports.create = async (req, res) => {`, `const create = ...`, `function create(req,
res)`) defined once in the tree, whose request parameter is the body's owner and which does not
assign the body before the line; every mention of its name in the tree is that definition or the
last argument of a route call (`.get/.post/.put/.patch/.delete/.all(...)`), and there is at least
one; every such route passes a middleware `M(S)` where `S` is a schema constant as above (its last
name, defined once in the route's file or else in the tree) and `M` is defined once as
`const M = (schema) => async (req, res, next) => { try { [const { body: p } = req] await
schema.validateAsync(p); next() } catch (e) { ... } }` (zod: `schema.parse(p)`), with no
`next(` before the validation and no `next()` in the catch; the fields validated on every route
cover the filter's.

Names are matched, not imports: a validator, schema or handler is taken by its name when the tree
defines it once, so a name imported from a package that the tree also defines is read as the
tree's. Anything else keeps the finding. Never run. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from aiscan.models import Finding
from aiscan.sast.js_validated_fields import (
    FUNCTION_START,
    balanced_end,
    block_end,
    holding_statements,
    indent,
    is_code,
    pattern_check,
    split_or,
)

RULE = "javascript-nosql-injection"

Lines = Callable[[str], Sequence[str]]

_ID = r"[A-Za-z_$][\w$]*"
_LITERAL = re.compile(r"""^(?:'[^'\\]*'|"[^"\\]*"|-?\d+(?:\.\d+)?|true|false|null)$""")
_BODY = r"(?P<owner>req|request)\s*\.\s*body"
_ASSIGN_OP = r"\s*(?:[-+*/%&|^]|\?\?|\|\||&&)?=(?![=>])"

# a field's schema that rejects objects, and what after it may change that
_JOI_FIELD = re.compile(r"^(?:Joi|joi)\s*\.\s*(?:string|number|boolean|bool|date)\s*\(\s*\)")
_JOI_UNSAFE = re.compile(r"\.\s*(?:when|concat|custom|failover|external|alter|tailor|fork)\s*\(")
_ZOD_FIELD = re.compile(
    r"^z\s*\.\s*(?:string|number|boolean|bigint|date|email|uuid|enum|nativeEnum|literal)\s*\("
)
_ZOD_UNSAFE = re.compile(r"\.\s*(?:or|and|catch|pipe)\s*\(|\bz\s*\.")


# -- reading ------------------------------------------------------------------------------------


def _closing(text: str, start: int) -> int | None:
    """The index just after the bracket closing the one at `start`, skipping quoted text."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    quote = ""
    i = start
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
        elif c in pairs:
            stack.append(pairs[c])
        elif c in ")]}":
            if not stack or stack.pop() != c:
                return None
            if not stack:
                return i + 1
        i += 1
    return None


def _entries(inner: str) -> list[str]:
    """The top-level comma-separated entries of an object literal's inside."""
    out, depth, start, quote = [], 0, 0, ""
    i = 0
    while i < len(inner):
        c = inner[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(inner[start:i].strip())
            start = i + 1
        i += 1
    out.append(inner[start:].strip())
    return [e for e in out if e]


def _returns_early(lines: Sequence[str], c: int, rest: str) -> bool:
    """Whether the `if` on line `c`, with `rest` after its condition, returns or throws."""
    rest = rest.strip()
    if rest == "{":
        end = c + 1
        while end < len(lines) and not (indent(lines[end]) == indent(lines[c]) and is_code(lines[end])):
            end += 1
        if end >= len(lines) or lines[end].strip() != "}":
            return False
        body = [line for line in lines[c + 1 : end] if is_code(line)]
        return (
            bool(body)
            and bool(re.match(r"\s*(?:return|throw)\b", body[-1]))
            and indent(body[-1]) == indent(body[0])
        )
    return re.match(r"(?:return|throw)\b", rest) is not None


def _if(line: str) -> tuple[str, str] | None:
    """The condition and the rest of a line `if (...) ...`."""
    if not re.match(r"\s*if\s*\(", line):
        return None
    opened = line.index("(")
    close = balanced_end(line, opened)
    if close is None:
        return None
    return line[opened + 1 : close - 1].strip(), line[close:]


# -- definitions --------------------------------------------------------------------------------


def _in_scope(name: str, path: str, scripts: Collection[str], read: Lines, find: Callable) -> object | None:  # type: ignore[type-arg]
    """The one definition `find` gives for `name` in `path`, or else the one in the whole tree."""
    here = find(name, read(path))
    if len(here) == 1:
        return here[0]  # type: ignore[no-any-return]
    if here:
        return None
    found = []
    for other in sorted(scripts):
        if other == path:
            continue
        text = read(other)
        if any(name in line for line in text):
            found.extend(find(name, text))
    return found[0] if len(found) == 1 else None


def _functions(name: str, lines: Sequence[str]) -> list[tuple[str, list[str]]]:
    """Each definition of a function `name` of one parameter: the parameter and its body's lines
    (an expression body is read as `return EXPR`)."""
    n = re.escape(name)
    param = r"(?P<p>" + _ID + r")\s*(?::[^,)=]*)?"
    block = [
        re.compile(
            r"^\s*(?:export\s+)?(?:async\s+)?function\s+"
            + n
            + r"\s*\(\s*"
            + param
            + r"\)\s*(?::[^{]*)?\{\s*$"
        ),
        re.compile(
            r"^\s*(?:(?:public|private|protected|static|async)\s+)*"
            + n
            + r"\s*\(\s*"
            + param
            + r"\)\s*(?::[^{]*)?\{\s*$"
        ),
    ]
    arrow = re.compile(
        r"^\s*(?:export\s+)?(?:const|let|var)\s+" + n + r"\s*(?::[^=]+)?=\s*(?:async\s+)?"
        r"(?:function\s*\(\s*" + param + r"\)|\(\s*" + param.replace("?P<p>", "?P<q>") + r"\)\s*(?::[^=]*)?=>"
        r"|(?P<r>" + _ID + r")\s*=>)\s*(?P<rest>.*?)\s*;?\s*$"
    )
    found: list[tuple[str, list[str]]] = []
    for i, line in enumerate(lines):
        header = next((m for m in (p.match(line) for p in block) if m), None)
        p: str | None = None
        rest = "{"
        if header is not None:
            p = header.group("p")
        else:
            a = arrow.match(line)
            if a is not None:
                p = a.group("p") or a.group("q") or a.group("r")
                rest = a.group("rest")
        if p is None:
            continue
        if rest != "{":
            if not rest or rest.startswith("{"):
                return []  # a block opened on the line with more after it: not read
            found.append((p, [f"return {rest}"]))
            continue
        end = block_end(lines, i)
        if end is None:
            return []
        found.append((p, list(lines[i + 1 : end])))
    return found


def _schemas(name: str, lines: Sequence[str]) -> list[tuple[str, dict[str, bool]]]:
    """Each definition of a schema constant `name`: its library and whether each field's schema
    rejects objects."""
    text = "\n".join(lines)
    found = []
    for m in re.finditer(
        r"(?:^|\n)[ \t]*(?:export\s+)?(?:const|let|var)\s+" + re.escape(name) + r"\s*(?::[^=\n]+)?=\s*", text
    ):
        schema = _schema_expression(text, m.end())
        if schema is not None:
            found.append(schema)
        else:
            return []
    return found


def _schema_expression(text: str, at: int) -> tuple[str, dict[str, bool]] | None:
    """The schema written at `at`: `{...}` of joi fields, `Joi.object({...})`,
    `Joi.object().keys({...})` or `z.object({...})`."""
    rest = text[at:]
    opening = re.match(r"\{", rest)
    kind = "joi"
    if opening is None:
        opening = re.match(r"(?:Joi|joi)\s*\.\s*object\s*\(\s*(?:\)\s*\.\s*keys\s*\(\s*)?\{", rest)
        if opening is None:
            opening = re.match(r"z\s*\.\s*(?:object|strictObject)\s*\(\s*\{", rest)
            kind = "zod"
    if opening is None:
        return None
    brace = at + opening.end() - 1
    end = _closing(text, brace)
    if end is None:
        return None
    # what the statement adds after the fields (`.unknown()`, `.strict()`, an `.or(...)`)
    tail = re.split(r";|\n\s*\n|\n(?=\S)", text[end:], maxsplit=1)[0]
    if _ZOD_UNSAFE.search(tail) or _JOI_UNSAFE.search(tail) or re.search(r"\.\s*extend\s*\(", tail):
        return None
    fields: dict[str, bool] = {}
    for entry in _entries(text[brace + 1 : end - 1]):
        pair = re.fullmatch(
            r"""(?:(?P<k>""" + _ID + r""")|'(?P<q>[^']*)'|"(?P<d>[^"]*)")\s*:\s*(?P<v>[\s\S]+)""", entry
        )
        if pair is None:
            return None
        key = pair.group("k") or pair.group("q") or pair.group("d")
        value = pair.group("v").strip()
        if kind == "joi":
            head = _JOI_FIELD.match(value)
            chain = value[head.end() :] if head else ""
            ok = (
                head is not None
                and not _JOI_UNSAFE.search(chain)
                and not re.search(r"\b(?:Joi|joi)\s*\.\s*(?!ref\s*\()", chain)
            )
        else:
            head = _ZOD_FIELD.match(value)
            args_end = _closing(value, head.end() - 1) if head else None
            ok = head is not None and args_end is not None and not _ZOD_UNSAFE.search(value[args_end:])
        fields[key] = ok
    return kind, fields


# -- what a call validates ----------------------------------------------------------------------


def _validated(
    callee: str, path: str, scripts: Collection[str], read: Lines
) -> tuple[str, str, set[str]] | None:
    """For a call `callee(req.body)`: the library, the method's kind ("result" or "throws") and the
    fields that can hold no object once the call passes."""
    method = re.fullmatch(
        r"(?P<s>" + _ID + r")\s*\.\s*(?P<m>validate|validateAsync|safeParse|safeParseAsync|parse|parseAsync)",
        callee,
    )
    if method is not None:
        schema = _in_scope(method.group("s"), path, scripts, read, _schemas)
        if not isinstance(schema, tuple):
            return None
        kind, fields = schema
        m = method.group("m")
        if kind == "joi" and m in ("validate", "validateAsync"):
            return kind, "result" if m == "validate" else "throws", {f for f, ok in fields.items() if ok}
        if kind == "zod" and m in ("safeParse", "safeParseAsync", "parse", "parseAsync"):
            return kind, "result" if m.startswith("safe") else "throws", {f for f, ok in fields.items() if ok}
        return None
    plain = re.fullmatch(r"(?:(?:this|" + _ID + r")\s*\.\s*)?(?P<f>" + _ID + ")", callee)
    if plain is None:
        return None
    function = _in_scope(plain.group("f"), path, scripts, read, _functions)
    if not isinstance(function, tuple):
        return None
    param, body = function
    p = re.escape(param)
    text = "\n".join(line for line in body if is_code(line))
    returns = re.findall(r"\breturn\b", text)
    if len(returns) != 1 or re.search(
        r"(?<![\w$.])" + p + r"(?:\s*\.\s*[\w$]+|\[[^\]]*\])*" + _ASSIGN_OP, text
    ):
        return None
    ret = re.search(r"\breturn\s+(?P<e>[\s\S]*?)\s*;?\s*$", text)
    if ret is None:
        return None
    expression = ret.group("e").strip()
    call = re.fullmatch(
        r"(?:Joi|joi)\s*\.\s*validate\s*\(\s*" + p + r"\s*,\s*(?P<s>" + _ID + r")\s*(?:,[^()]*)?\)",
        expression,
    )
    if call is None:
        call = re.fullmatch(
            r"(?P<s>" + _ID + r")\s*\.\s*(?P<m>validate|safeParse)\s*\(\s*" + p + r"\s*(?:,[^()]*)?\)",
            expression,
        )
    if call is None:
        return None
    # the schema: a constant of the function's body, or else of the file or the tree
    local = _schemas(call.group("s"), body)
    found: object | None = local[0] if len(local) == 1 else None
    if not local:
        found = _in_scope(call.group("s"), path, scripts, read, _schemas)
    if not isinstance(found, tuple):
        return None
    kind, fields = found
    wanted_kind = "zod" if "safeParse" in expression else "joi"
    if kind != wanted_kind:
        return None
    return kind, "result", {f for f, ok in fields.items() if ok}


def _own_check(callee: str, path: str, scripts: Collection[str], read: Lines) -> bool:
    """Whether a function `callee` of the application returns true only for a value that is not an
    object: an anchored pattern's test, or a `typeof` test in a conjunction."""
    plain = re.fullmatch(r"(?:(?:this|" + _ID + r")\s*\.\s*)?(?P<f>" + _ID + ")", callee)
    if plain is None:
        return False
    function = _in_scope(plain.group("f"), path, scripts, read, _functions)
    if not isinstance(function, tuple):
        return False
    param, body = function
    if pattern_check(param, body):
        return True
    code = [line.strip() for line in body if is_code(line)]
    if len(code) != 1:
        return False
    ret = re.fullmatch(r"return\s+(?P<e>.+?)\s*;?", code[0])
    if ret is None:
        return False
    expression = ret.group("e")
    if len(split_or(expression)) != 1:
        return False
    p = re.escape(param)
    typeof = re.compile(
        r"\(?\s*(?:typeof\s+" + p + r"\s*===?\s*(['\"])(?:string|number|boolean)\1"
        r"|(['\"])(?:string|number|boolean)\2\s*===?\s*typeof\s+" + p + r")\s*\)?"
    )
    return any(typeof.fullmatch(term.strip()) for term in re.split(r"&&", expression))


# -- the handler --------------------------------------------------------------------------------


# the filter written as the first argument of a query method
_QUERY_CALL = re.compile(
    r"\.\s*(?:find|findOne|findOneAndUpdate|findOneAndDelete|findOneAndReplace|updateOne|updateMany|deleteOne"
    r"|deleteMany|countDocuments|exists|where|update|remove)\s*(?:<[^<>()]*>)?\s*\(\s*\{"
)


def _sink(lines: Sequence[str], index: int) -> tuple[str, set[str]] | None:
    """The body's name (`req` or `request`) and the body fields the object literal on line `index`
    takes, when every value is a literal or such a field."""
    line = lines[index]
    found = re.search(_QUERY_CALL, line)
    if found is None:
        return None
    brace = found.end() - 1
    end = _closing(line, brace)
    if end is None or not re.match(r"\s*[,)]", line[end:]):
        return None
    outside = line[:brace] + line[end:]
    # nothing else of the request (`req.db.Model.findOne(...)` reads no request data)
    if re.search(
        r"(?<![\w$.])(?:req|request|ctx)\s*(?:\??\.\s*(?:query|body|params|cookies|signedCookies|headers|files?"
        r"|get|header|param|request|queryStringParameters)\b|\[|(?![\w$\s.]))",
        outside,
    ):
        return None
    owners: set[str] = set()
    fields: set[str] = set()
    holding = holding_statements(lines, index)
    for entry in _entries(line[brace + 1 : end - 1]):
        pair = re.fullmatch(
            r"(?:(?P<k>" + _ID + r")|'(?P<q>[^']*)'|\"(?P<d>[^\"]*)\")\s*:\s*(?P<v>.+)", entry
        )
        if pair is not None and (pair.group("k") or pair.group("q") or pair.group("d") or "").startswith("$"):
            return None  # an operator's operand: `$where` runs a string as code
        if pair is None and re.fullmatch(_ID, entry):
            value = entry  # shorthand
        elif pair is not None:
            value = pair.group("v").strip()
        else:
            return None
        if _LITERAL.match(value):
            continue
        direct = re.fullmatch(_BODY + r"\s*\.\s*(?P<f>" + _ID + ")", value)
        if direct is not None:
            owners.add(direct.group("owner"))
            fields.add(direct.group("f"))
            continue
        if not re.fullmatch(_ID, value):
            return None
        bound = _bound(lines, holding, index, value)
        if bound is None:
            return None
        owners.add(bound[0])
        fields.add(bound[1])
    if len(owners) != 1:
        return None
    return owners.pop(), fields


def _bound(lines: Sequence[str], holding: Sequence[int], index: int, name: str) -> tuple[str, str] | None:
    """The body and field a name was destructured from, once, before line `index`, and not
    reassigned since."""
    found: list[tuple[int, str, str]] = []
    for k in holding:
        d = re.match(
            r"^\s*(?:const|let|var)\s*\{(?P<inner>[^{}]*)\}\s*(?::[^=]+)?=\s*" + _BODY + r"\s*;?\s*$",
            lines[k],
        )
        if d is None:
            continue
        for entry in _entries(d.group("inner")):
            if entry.startswith("..."):
                return None
            e = re.fullmatch(r"(?P<f>" + _ID + r")\s*(?::\s*(?P<local>" + _ID + r"))?\s*(?:=.*)?", entry)
            if e is None:
                return None
            if (e.group("local") or e.group("f")) == name:
                found.append((k, d.group("owner"), e.group("f")))
    if len(found) != 1:
        return None
    k, owner, field = found[0]
    if _body_changed(owner, lines[k + 1 : index]):
        return None  # the name holds the field as it was before the body changed
    n = re.escape(name)
    for line in lines[k + 1 : index]:
        if re.search(r"(?<![\w$.])" + n + r"(?:" + _ASSIGN_OP + r"|\s*(?:\+\+|--))", line) or re.search(
            r"(?:\+\+|--)\s*" + n + r"\b", line
        ):
            return None
    return owner, field


def _body_changed(owner: str, lines: Sequence[str]) -> bool:
    o = re.escape(owner)
    for line in lines:
        if (
            re.search(
                r"(?<![\w$.])" + o + r"(?:\s*\.\s*body(?:\s*\.\s*[\w$]+|\[[^\]]*\])*)?" + _ASSIGN_OP, line
            )
            or re.search(r"Object\s*\.\s*assign\s*\(\s*" + o + r"\s*\.\s*body\b", line)
            or re.search(r"\bdelete\s+" + o + r"\s*\.\s*body\b", line)
        ):
            return True
    return False


_RESULT_CALL = re.compile(
    r"^\s*(?:const|let|var)\s+(?P<bind>\{\s*(?:error\s*(?:,\s*value\s*)?|value\s*,\s*error\s*)\}|"
    + _ID
    + r")"
    r"\s*(?::[^=]+)?=\s*(?:await\s+)?(?P<callee>[\w$.\s]+?)\s*\(\s*" + _BODY + r"\s*(?:,[^()]*)?\)\s*;?\s*$"
)
_THROWING_CALL = re.compile(
    r"^\s*(?:(?:const|let|var)\s+" + _ID + r"\s*(?::[^=]+)?=\s*)?(?:await\s+)?(?P<callee>" + _ID + r"\s*\.\s*"
    r"(?:validateAsync|parse|parseAsync))\s*\(\s*" + _BODY + r"\s*\)\s*;?\s*$"
)


def _covered(lines: Sequence[str], index: int, path: str, scripts: Collection[str], read: Lines) -> bool:
    sink = _sink(lines, index)
    if sink is None:
        return False
    owner, wanted = sink
    holding = holding_statements(lines, index)
    covered: set[str] = set()
    for pos, k in enumerate(holding):
        line = lines[k]
        thrown = _THROWING_CALL.match(line)
        if thrown is not None and thrown.group("owner") == owner:
            what = _validated(re.sub(r"\s+", "", thrown.group("callee")), path, scripts, read)
            if what is not None and what[1] == "throws" and not _body_changed(owner, lines[k + 1 : index]):
                covered |= what[2]
            continue
        result = _RESULT_CALL.match(line)
        if result is not None and result.group("owner") == owner:
            what = _validated(re.sub(r"\s+", "", result.group("callee")), path, scripts, read)
            if what is None or what[1] != "result":
                continue
            bind = result.group("bind")
            if bind.startswith("{"):
                if what[0] != "joi":
                    continue
                condition = r"error"
                name = "error"
            else:
                name = bind
                condition = re.escape(bind) + (r"\s*\.\s*error" if what[0] == "joi" else "")
                if what[0] == "zod":
                    condition = r"!\s*" + re.escape(bind) + r"\s*\.\s*success"
            for c in holding[pos + 1 :]:
                test = _if(lines[c])
                if test is None or not re.fullmatch(condition, test[0]):
                    continue
                between = lines[k + 1 : c]
                if any(re.search(r"(?<![\w$.])" + re.escape(name) + _ASSIGN_OP, b) for b in between):
                    break
                if _returns_early(lines, c, test[1]) and not _body_changed(owner, lines[k + 1 : index]):
                    covered |= what[2]
                break
            continue
        test = _if(line)
        if test is None or not _returns_early(lines, k, test[1]):
            continue
        for term in split_or(test[0]):
            call = re.fullmatch(r"!\s*(?P<callee>[\w$.]+?)\s*\(\s*(?P<arg>[^()]+?)\s*\)", term)
            if call is None:
                continue
            arg = call.group("arg")
            direct = re.fullmatch(_BODY + r"\s*\.\s*(?P<f>" + _ID + ")", arg)
            if direct is not None:
                target: tuple[str, str] | None = (direct.group("owner"), direct.group("f"))
            elif re.fullmatch(_ID, arg):
                target = _bound(lines, holding, k, arg)
                # and the name kept from the check to the query
                if target is not None and _bound(lines, holding, index, arg) != target:
                    target = None
            else:
                target = None
            if target is None or target[0] != owner or _body_changed(owner, lines[k + 1 : index]):
                continue
            if _own_check(call.group("callee"), path, scripts, read):
                covered.add(target[1])
    return bool(wanted) and wanted <= covered


# -- a schema applied by route middleware -------------------------------------------------------

_ROUTE_CALL = re.compile(r"\.\s*(?:get|post|put|patch|delete|all)\s*\(")


def _handler(lines: Sequence[str], index: int) -> tuple[str, str, int] | None:
    """The name a top-level handler holding line `index` is defined by (`exports.NAME = async (req,
    res) => {`, `const NAME = ...`, `function NAME(req, res) {`), its request parameter and its
    header's line."""
    level = indent(lines[index])
    for j in range(index - 1, -1, -1):
        line = lines[j]
        if not is_code(line) or indent(line) >= level:
            continue
        level = indent(line)
        if not FUNCTION_START.search(line):
            continue
        if level != 0:
            return None
        header = re.match(
            r"^(?:(?:module\s*\.\s*)?exports\s*\.\s*(?P<a>"
            + _ID
            + r")|(?:export\s+)?(?:const|let|var)\s+(?P<b>"
            + _ID
            + r"))\s*=\s*(?:async\s+)?(?:function\b[^(]*)?\(\s*(?P<req>"
            + _ID
            + r")\s*(?::[^,)]*)?,[^)]*\)\s*(?::[^=]*)?(?:=>)?\s*\{\s*$",
            line,
        ) or re.match(
            r"^(?:export\s+)?(?:async\s+)?function\s+(?P<a>"
            + _ID
            + r")\s*\(\s*(?P<req>"
            + _ID
            + r")\s*(?::[^,)]*)?,",
            line,
        )
        if header is None:
            return None
        return header.group("a") or header.group("b"), header.group("req"), j
    return None


def _middleware(name: str, path: str, scripts: Collection[str], read: Lines) -> str | None:
    """The method (`validateAsync` or `parse`) through which a middleware factory `name` (one
    definition in the file, or else in the tree) validates the body before it calls `next()`:
    `const NAME = (schema) => async (req, res, next) => { try { await schema.validateAsync(req.body);
    next() } catch (e) { ...no next()... } }` (the body also read through `const { body: p } = req`
    or `const p = req.body`)."""

    def find(n: str, lines: Sequence[str]) -> list[tuple[str, str, str, list[str]]]:
        header = re.compile(
            r"^\s*(?:export\s+)?(?:const|let|var)\s+"
            + re.escape(n)
            + r"\s*=\s*\(?\s*(?P<s>"
            + _ID
            + r")\s*\)?\s*=>"
            r"\s*(?:async\s+)?\(\s*(?P<req>"
            + _ID
            + r")\s*,\s*"
            + _ID
            + r"\s*,\s*(?P<next>"
            + _ID
            + r")\s*\)\s*=>\s*\{\s*$"
        )
        found = []
        for i, line in enumerate(lines):
            m = header.match(line)
            if m is None:
                continue
            end = block_end(lines, i)
            if end is None:
                return []
            found.append((m.group("s"), m.group("req"), m.group("next"), list(lines[i + 1 : end])))
        return found

    definition = _in_scope(name, path, scripts, read, find)
    if not isinstance(definition, tuple):
        return None
    schema, req, nxt, body = definition
    code = [line for line in body if is_code(line)]
    if not code:
        return None
    base = indent(code[0])
    s, r, n = re.escape(schema), re.escape(req), re.escape(nxt)
    text = "\n".join(code)
    if re.search(r"(?<![\w$.])(?:" + s + "|" + r + r"(?:\s*\.\s*body)?)" + _ASSIGN_OP, text):
        return None
    tries = [k for k, line in enumerate(code) if line.strip() == "try {" and indent(line) == base]
    if len(tries) != 1 or tries[0] != 0:
        return None
    inner = []
    k = 1
    while k < len(code) and indent(code[k]) > base:
        inner.append(code[k])
        k += 1
    if k >= len(code) or not re.match(r"\s*\}\s*catch\b", code[k]) or not inner:
        return None
    rest = code[k + 1 :]
    if any(re.search(r"(?<![\w$.])" + n + r"\s*\(\s*\)", line) for line in rest):
        return None  # on to the handler after a failure
    level = indent(inner[0])
    names = [r + r"\s*\.\s*body"]
    checked = None
    for line in inner:
        if checked is None and re.search(r"(?<![\w$.])" + n + r"\s*\(", line):
            return None  # on to the handler before the body is validated
        if indent(line) != level:
            continue
        alias = re.fullmatch(
            r"\s*const\s+(?:\{\s*body\s*:\s*(?P<a>"
            + _ID
            + r")\s*\}\s*=\s*"
            + r
            + r"|(?P<b>"
            + _ID
            + r")\s*=\s*"
            + r
            + r"\s*\.\s*body)\s*;?\s*",
            line,
        )
        if alias is not None and checked is None:
            names.append(re.escape(alias.group("a") or alias.group("b")))
            continue
        call = re.fullmatch(
            r"\s*await\s+"
            + s
            + r"\s*\.\s*(?P<m>validateAsync|parseAsync|parse)\s*\(\s*(?:"
            + "|".join(names)
            + r")\s*(?:,[^()]*)?\)\s*;?\s*",
            line,
        ) or re.fullmatch(
            s + r"\s*\.\s*(?P<m>parse)\s*\(\s*(?:" + "|".join(names) + r")\s*\)\s*;?\s*", line.strip()
        )
        if call is not None and checked is None:
            checked = call.group("m")
            continue
    return checked


def _routed_fields(
    lines: Sequence[str], index: int, path: str, scripts: Collection[str], read: Lines
) -> set[str]:
    """The body fields every route of the handler holding line `index` has its middleware validate."""
    handler = _handler(lines, index)
    sink = _sink(lines, index)
    if handler is None or sink is None:
        return set()
    name, req, start = handler
    owner, _ = sink
    if owner != req or _body_changed(owner, lines[start + 1 : index]):
        return set()
    word = re.compile(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])")
    definitions = 0
    routes: list[tuple[str, list[str]]] = []
    for other in sorted(scripts):
        text_lines = read(other)
        if not any(name in line for line in text_lines):
            continue
        text = "\n".join(text_lines)
        spans: list[tuple[int, int]] = []
        for m in _ROUTE_CALL.finditer(text):
            end = _closing(text, m.end() - 1)
            if end is None:
                continue
            args = _entries(text[m.end() : end - 1])
            if args and re.fullmatch(r"(?:" + _ID + r"\s*\.\s*)*" + re.escape(name), args[-1]):
                spans.append((m.end(), end))
                routes.append((other, args[:-1]))
        for m in word.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start : text.find("\n", m.start()) if "\n" in text[m.start() :] else len(text)]
            if re.match(
                r"^(?:(?:module\s*\.\s*)?exports\s*\.\s*|(?:export\s+)?(?:const|let|var|async\s+function|function)\s+)"
                + re.escape(name)
                + r"\b",
                line,
            ):
                definitions += 1
            elif not any(a <= m.start() < b for a, b in spans):
                return set()  # named elsewhere: called or wrapped outside a route
    if definitions != 1 or not routes:
        return set()
    covered: set[str] | None = None
    for route_path, middleware in routes:
        fields: set[str] = set()
        for arg in middleware:
            call = re.fullmatch(
                r"(?P<m>" + _ID + r")\s*\(\s*(?:" + _ID + r"\s*\.\s*)*(?P<s>" + _ID + r")\s*\)", arg
            )
            if call is None:
                continue
            method = _middleware(call.group("m"), route_path, scripts, read)
            schema = _in_scope(call.group("s"), route_path, scripts, read, _schemas)
            if method is None or not isinstance(schema, tuple):
                continue
            kind, schema_fields = schema
            if (kind == "joi") != (method == "validateAsync"):
                continue
            fields |= {f for f, ok in schema_fields.items() if ok}
        covered = fields if covered is None else covered & fields
    return covered or set()


def drop_schema_validated(
    findings: Sequence[Finding], scripts: Collection[str], lines: Lines
) -> tuple[Finding, ...]:
    """The findings without `javascript-nosql-injection` findings whose filter takes only body
    fields a schema or the application's own check rejected objects for (see the module's text).
    `scripts` are the tree's JavaScript and TypeScript paths."""
    out = []
    for f in findings:
        path, line = f.location.path, f.location.start_line
        if f.rule_id == RULE and line is not None and path in scripts:
            text = lines(path)
            if 0 < line <= len(text) and _covered(text, line - 1, path, scripts, lines):
                continue
            sink = _sink(text, line - 1) if 0 < line <= len(text) else None
            if sink is not None and sink[1] <= _routed_fields(text, line - 1, path, scripts, lines):
                continue
        out.append(f)
    return tuple(out)
