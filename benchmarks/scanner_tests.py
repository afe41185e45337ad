"""Two labelled sources for measuring secrets detection from outside, read as data (never run):
the test cases of Talisman's content detectors and DeepSecrets' engine tests, each labelled by
what its test asserts (a value the test expects reported is a secret case, one it expects not
reported is a false case).

**Talisman** (github.com/thoughtworks/talisman) tests its pattern detector in
`detector/pattern/pattern_detector_test.go`: `shouldPassDetectionOfSecretPattern(filename,
[]byte(EXPR), t)` asserts the content is reported, `shouldFailDetectionOfSecretPattern` that it is
not; some calls sit in a loop over `values := [7]string{...}` and build the content from
`values[i]`, `strings.ToTitle(values[i])` and `strings.ToUpper(values[i])`, which are evaluated
here (nothing else is). Its file-content detector tests (`detector/filecontent/*_test.go`) give
each test function one content, held in a `const`, a `:=` variable or a literal passed to
`[]byte(...)`; the test asserts failures (`HasFailures`, an expected message, `Equal(t, s, res)`)
or none. Which test functions are read, the name of the Go value holding the content, the label
and the cases set apart are written in `benchmarks/talisman/tests.csv` (read from the tests
before any scan); the tests of Talisman's ignore and threshold settings (`.talismanrc`, allowed
patterns, checksums) assert behaviour of those settings, not of a value, and are not read.
Decided before any scan:

- a content repeated by several tests is one case (the AWS example secret key is in three);
- the two tests whose file joins a hex value and the base64 value already cases alone are not
  read (their contents are the two single cases);
- set apart, not counted: an access key id alone (`AKIA...`, an identifier, as in every other
  set), a card number (personal data, not a secret), a hex string that decodes to a plain
  phrase (`hello world!`: an encoding of no credential), and the pattern case `AWS key :` (no
  value at all);
- a multi-line content is one case over all its lines, except where the manifest names the line
  the test's expected message quotes (`line`).

Each content is written, as Talisman's tests name it, to `secret.txt` (pattern tests) or
`filename` (file-content tests), in `talisman/<pattern|filecontent>/<nn>/` (no path part
naming a test, which would make it a test file for aiscan).

**DeepSecrets** (github.com/avito-tech/deepsecrets) tests its regex engine on
`tests/fixtures/regex_checks.txt` (`tests/core/engines/regex/test_regex.py`: nine findings, two
Slack tokens, five private key blocks and two of the five URLs with credentials; the three
`amqp://login:$password@`, `${password}`, `%password%` lines are not reported) and its semantic
engine on `tests/fixtures/4.py` (one finding on the `pass` entry, the only token that test
searches) and `tests/fixtures/2.json` (three findings among six tokens: two are named, the
`access_Token` and `accessToken` entries; the third is not tied to a token, so the four other
string entries are set apart). The lines are written in `benchmarks/deepsecrets/labels.csv`;
`tests/fixtures/1.toml` is not read (its test names neither of its two findings).

`benchmarks/talisman/files.csv` and `benchmarks/deepsecrets/files.csv` list the files read and
the stored commit of each. Fetch them keeping their paths, then:

    python benchmarks/bench_secrets_outside.py --talisman DIR --deepsecrets DIR2 [--show]
"""

from __future__ import annotations

import csv
from pathlib import Path, PurePosixPath

from go_literals import string_value, tokens
from rule_test_files import Case, CaseSet

HERE = Path(__file__).resolve().parent
TALISMAN_TESTS = HERE / "talisman" / "tests.csv"
DEEPSECRETS_LABELS = HERE / "deepsecrets" / "labels.csv"
# The one pattern case with no value at all (a label and a colon), set apart.
NO_VALUE = frozenset({"AWS key :"})
PATTERN_CALLS = {"shouldPassDetectionOfSecretPattern": True, "shouldFailDetectionOfSecretPattern": False}

Tok = tuple[str, str]


def go_functions(src: str) -> dict[str, list[Tok]]:
    """The body tokens (inside the outer braces) of each top-level `func Name(...) {...}`."""
    toks = tokens(src)
    out: dict[str, list[Tok]] = {}
    i = 0
    while i < len(toks) - 1:
        if toks[i] == ("ident", "func") and toks[i + 1][0] == "ident":
            name = toks[i + 1][1]
            j = i + 2
            while toks[j] != ("punct", "{"):
                j += 1
            end = _closing(toks, j)
            out[name] = toks[j + 1 : end]
            i = end
        i += 1
    return out


def _closing(toks: list[Tok], start: int) -> int:
    """The index of the bracket closing the one at `start`."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    opening = toks[start][1]
    depth = 0
    for k in range(start, len(toks)):
        if toks[k] == ("punct", opening):
            depth += 1
        elif toks[k] == ("punct", pairs[opening]):
            depth -= 1
            if depth == 0:
                return k
    raise ValueError(f"unbalanced {opening}")


def evaluate(expr: list[Tok], env: dict[str, str], item: str | None = None) -> str:
    """A string expression of literals, names in `env`, `values[i]` (= `item`) and
    `strings.ToTitle`/`strings.ToUpper` of those, joined by `+`; anything else is an error."""
    out = []
    k = 0
    while k < len(expr):
        kind, text = expr[k]
        if kind in ("str", "raw"):
            out.append(string_value(text))
            k += 1
        elif text in ("strings.ToTitle", "strings.ToUpper") and expr[k + 1] == ("punct", "("):
            end = _closing(expr, k + 1)
            out.append(evaluate(expr[k + 2 : end], env, item).upper())
            k = end + 1
        elif text == "values" and item is not None and [t for _, t in expr[k + 1 : k + 4]] == ["[", "i", "]"]:
            out.append(item)
            k += 4
        elif kind == "ident" and text in env:
            out.append(env[text])
            k += 1
        else:
            raise ValueError(f"cannot evaluate {text!r}")
        if k < len(expr):
            if expr[k] != ("punct", "+"):
                raise ValueError(f"expected + before {expr[k][1]!r}")
            k += 1
    return "".join(out)


def _statement_value(body: list[Tok], k: int) -> list[Tok]:
    """The tokens of the expression starting at `k`, to the end of its statement: a `+` at the
    end of a line joins the next, so the expression ends at the first token that is neither a
    `+` nor preceded by one (other than the first)."""
    expr = [body[k]]
    k += 1
    while k < len(body) and (body[k] == ("punct", "+") or expr[-1] == ("punct", "+")):
        expr.append(body[k])
        k += 1
    return expr


def local_strings(body: list[Tok]) -> dict[str, str]:
    """The string values a function body assigns: `const N string = E`, `const N = E`, `N := E`."""
    env: dict[str, str] = {}
    for k in range(len(body) - 2):
        kind, name = body[k]
        if kind != "ident":
            continue
        if body[k + 1] == ("punct", ":=") and body[k + 2][0] in ("str", "raw"):
            start = k + 2
        elif k and body[k - 1] == ("ident", "const"):
            start = k + 3 if body[k + 1] == ("ident", "string") else k + 2
        else:
            continue
        try:
            env[name] = evaluate(_statement_value(body, start), env)
        except (ValueError, IndexError):
            continue
    return env


def addition_literal(body: list[Tok]) -> str:
    """The literal passed as `[]byte("...")` to `gitrepo.NewAddition` in a body."""
    for k in range(len(body) - 6):
        if body[k] == ("ident", "gitrepo.NewAddition"):
            end = _closing(body, k + 1)
            inner = body[k + 2 : end]
            for m in range(len(inner) - 1):
                if inner[m] == ("ident", "byte") and inner[m + 2][0] in ("str", "raw"):
                    return string_value(inner[m + 2][1])
    raise KeyError("no literal content in the test")


def pattern_cases(body: list[Tok]) -> list[tuple[str, bool]]:
    """(content, expected reported) of each pattern-detector call in a body, the calls inside the
    `for` loop once per item of `values := [N]string{...}`."""
    values: list[str] = []
    loop = (0, -1)
    for k, tok in enumerate(body):
        if tok == ("ident", "values") and body[k + 1] == ("punct", ":="):
            brace = next(m for m in range(k, len(body)) if body[m] == ("punct", "{"))
            end = _closing(body, brace)
            values = [string_value(t) for kind, t in body[brace + 1 : end] if kind == "str"]
        if tok == ("ident", "for"):
            brace = next(m for m in range(k, len(body)) if body[m] == ("punct", "{"))
            loop = (brace, _closing(body, brace))
    out: list[tuple[str, bool]] = []
    for k, tok in enumerate(body):
        if tok[1] not in PATTERN_CALLS:
            continue
        end = _closing(body, k + 1)
        args = body[k + 2 : end]
        byte = next(m for m in range(len(args)) if args[m] == ("ident", "byte"))
        expr = args[byte + 2 : _closing(args, byte + 1)]
        items: list[str | None] = list(values) if loop[0] < k < loop[1] else [None]
        out.extend((evaluate(expr, {}, item), PATTERN_CALLS[tok[1]]) for item in items)
    return out


def _write(dest: Path, path: str, text: str) -> None:
    (dest / path).parent.mkdir(parents=True, exist_ok=True)
    (dest / path).write_text(text, encoding="utf-8")


def _lines(text: str) -> tuple[int, ...]:
    return tuple(range(1, len(text.splitlines()) + 1))


def load_talisman(root: Path, dest: Path, tests: Path = TALISMAN_TESTS) -> CaseSet:
    """The cases of the test functions the manifest lists, each content written once to
    `dest/<case.path>`; a listed function or value missing from its file is an error."""
    with tests.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen: dict[str, Case] = {}
    scored: list[Case] = []
    apart: list[Case] = []
    functions: dict[str, dict[str, list[Tok]]] = {}
    for row in rows:
        if row["file"] not in functions:
            functions[row["file"]] = go_functions((root / row["file"]).read_text(encoding="utf-8"))
        body = functions[row["file"]][row["test"]]
        kind = "pattern" if row["value"] == "calls" else "filecontent"
        if kind == "pattern":
            found = pattern_cases(body)
        elif row["value"] == "literal":
            found = [(addition_literal(body), row["label"] == "secret")]
        else:
            found = [(local_strings(body)[row["value"]], row["label"] == "secret")]
        for text, secret in found:
            if text in seen:
                if seen[text].secret != secret:
                    raise ValueError(f"{row['test']}: a content labelled both ways")
                continue
            path = f"{kind}/{len(seen) + 1:02d}/{'secret.txt' if kind == 'pattern' else 'filename'}"
            _write(dest, path, text)
            lines = (int(row["line"]),) if row["line"] else _lines(text)
            set_apart = text in NO_VALUE if kind == "pattern" else bool(row["apart"])
            group = f"talisman {kind}" + (" (set apart)" if set_apart else "")
            case = Case("talisman", path, lines, secret, group)
            seen[text] = case
            (apart if set_apart else scored).append(case)
    return CaseSet(scored, apart, [])


def talisman_file(case: Case) -> str:
    """A content's place in the scanned tree: `talisman/<pattern|filecontent>/<nn>/<name>`."""
    return str(PurePosixPath("talisman", case.path))


def _line_range(spec: str) -> tuple[int, ...]:
    first, _, last = spec.partition("-")
    return tuple(range(int(first), int(last or first) + 1))


def load_deepsecrets(root: Path, dest: Path, labels: Path = DEEPSECRETS_LABELS) -> CaseSet:
    """The labelled lines of DeepSecrets' fixtures, each fixture copied to `dest/<name>`; a blank
    labelled line is an error."""
    with labels.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    scored: list[Case] = []
    apart: list[Case] = []
    for row in rows:
        text = (root / row["path"]).read_text(encoding="utf-8")
        name = PurePosixPath(row["path"]).name
        _write(dest, name, text)
        lines = _line_range(row["lines"])
        src = text.splitlines()
        if any(n > len(src) or not src[n - 1].strip() for n in lines):
            raise ValueError(f"{row['path']}:{row['lines']}: a blank line or past the end")
        group = f"deepsecrets {row['engine']}" + (" (set apart)" if row["apart"] else "")
        case = Case("deepsecrets", name, lines, row["label"] == "secret", group)
        (apart if row["apart"] else scored).append(case)
    return CaseSet(scored, apart, [])


def deepsecrets_file(case: Case) -> str:
    """A fixture's place in the scanned tree: `deepsecrets/<name>`."""
    return str(PurePosixPath("deepsecrets", case.path))
