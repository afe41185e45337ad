"""Secrets detection measured from outside: the true- and false-positive samples that gitleaks'
rule generators are validated against, scored with aiscan (and detect-secrets beside it).

gitleaks writes, beside each rule in `cmd/generate/config/rules/*.go`, a list of samples the rule
must find (`tps`, `r.TPs`) and a list it must not (`fps`, `r.FPs`); many samples are built by
`utils.GenerateSampleSecrets(identifier, secret)`, which writes one secret in some thirty syntaxes
(INI, JSON, XML, YAML, C#, Go, Java, Kotlin, PHP, Python, CSV, logstash, Makefile) listed in
`cmd/generate/config/utils/generate.go`. These samples were written by other people, for another
tool, and aiscan's detectors were not written against them.

The data is not part of this repository. Fetch the files into a folder (keeping their paths in the
gitleaks repository), e.g. /tmp/outside/gitleaks/cmd/generate/config/{rules,utils}/*.go, then:

    python benchmarks/bench_secrets_outside.py --gitleaks /tmp/outside/gitleaks [--show] [--work DIR]

What the script does: it reads the Go source as data (never builds or runs it); for each rule file
it collects the string literals of the sample lists, evaluates `+` concatenation,
`GenerateSampleSecret(s)` (from the templates it reads in generate.go) and
`secrets.NewSecret(regex)` / `newPlausibleSecret(regex)` (a random string of the regex's shape,
seeded). Each sample becomes one file, named after its syntax when the template names one
(`settings.json`, `values.yaml`, `main.go`, `Main.java`, `Program.cs`, `app.py`, `index.php`,
`Main.kt`, `config.xml`, `settings.ini`, `Makefile`, `data.csv`, `pipeline.conf`), `run.sh` for the
curl rules, `notes.txt` otherwise (never a name with `sample` or `test` in it, which would make it
an example or a test file for aiscan). A sample counts as found when a
finding falls anywhere in its file; a false-positive sample counts as a false alarm the same way.
"""

from __future__ import annotations

import argparse
import random
import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_secrets import run_aiscan, run_detect_secrets

_TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)|(?P<raw>`[^`]*`)|(?P<str>"(?:\\.|[^"\\\n])*")"""
    r"""|(?P<ident>[A-Za-z_$][\w$.]*)|(?P<punct>\.\.\.|:=|[(){}\[\],+:=])|(?P<ws>\s+)|(?P<other>.)""",
    re.S,
)
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_GO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'"}


def go_string(tok: str) -> str:
    if tok.startswith("`"):
        return tok[1:-1]
    return re.sub(r"\\(.)", lambda m: _GO_ESCAPES.get(m.group(1), "\\" + m.group(1)), tok[1:-1])


def tokens(src: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(src):
        kind = m.lastgroup or "other"
        if kind not in ("comment", "ws"):
            out.append((kind, m.group(0)))
    return out


class RegexSample:
    """A random string matching a simple regular expression (classes, repeats, groups,
    alternatives), walked from Python's own parse of it."""

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)

    def make(self, pattern: str) -> str:
        return self._walk(sre_parse.parse(pattern))

    def _walk(self, tree: Any) -> str:
        out = []
        for op, arg in tree:
            out.append(self._one(op, arg))
        return "".join(out)

    def _one(self, op: Any, arg: Any) -> str:
        if op == sre_c.LITERAL:
            return chr(arg)
        if op == sre_c.IN:
            return self._pick_in(arg)
        if op == sre_c.ANY:
            return self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            lo, hi, sub = arg
            hi = min(hi, lo + 8) if hi != sre_c.MAXREPEAT else lo + 8
            return "".join(self._walk(sub) for _ in range(self.rng.randint(lo, hi)))
        if op == sre_c.SUBPATTERN:
            return self._walk(arg[-1])
        if op == sre_c.BRANCH:
            return self._walk(self.rng.choice(arg[1]))
        if op == sre_c.AT:
            return ""
        raise ValueError(f"unsupported regex element {op}")

    def _pick_in(self, items: Any) -> str:
        chars: list[str] = []
        for op, arg in items:
            if op == sre_c.LITERAL:
                chars.append(chr(arg))
            elif op == sre_c.RANGE:
                chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
            elif op == sre_c.CATEGORY:
                chars.extend(
                    {
                        sre_c.CATEGORY_DIGIT: "0123456789",
                        sre_c.CATEGORY_WORD: _WORD_CHARS,
                    }.get(arg, "")
                )
            else:
                raise ValueError(f"unsupported class element {op}")
        return self.rng.choice(chars)


@dataclass
class Sample:
    rule: str
    positive: bool
    text: str
    syntax: str  # the template's name when GenerateSampleSecrets made it


class GoSamples:
    """Evaluates the sample-list expressions of one rule file."""

    def __init__(self, templates: dict[str, str], single: str, regex: RegexSample) -> None:
        self.templates = templates
        self.single = single
        self.regex = regex

    def collect(self, rule: str, src: str) -> list[Sample]:
        toks = tokens(src)
        out: list[Sample] = []
        mode: bool | None = None
        i = 0
        while i < len(toks):
            kind, text = toks[i]
            if kind == "ident" and text.split(".")[-1] in ("tps", "TPs"):
                mode = True
            elif kind == "ident" and text.split(".")[-1] in ("fps", "FPs"):
                mode = False
            elif mode is not None and (kind in ("raw", "str") or self._is_call(toks, i)):
                try:
                    values, i = self._expr(toks, i)
                except ValueError:
                    values, i = [], self._skip_item(toks, i)
                out.extend(Sample(rule, mode, text, syntax) for syntax, text in values)
                continue
            i += 1
        return out

    @staticmethod
    def _is_call(toks: list[tuple[str, str]], i: int) -> bool:
        name = toks[i][1].split(".")[-1]
        return (
            toks[i][0] == "ident"
            and i + 1 < len(toks)
            and toks[i + 1][1] == "("
            and name in ("GenerateSampleSecrets", "GenerateSampleSecret", "NewSecret", "newPlausibleSecret")
        )

    @staticmethod
    def _skip_item(toks: list[tuple[str, str]], i: int) -> int:
        depth = 0
        while i < len(toks):
            t = toks[i][1]
            if t in "([{":
                depth += 1
            elif t in ")]}":
                if depth == 0:
                    return i
                depth -= 1
            elif t == "," and depth == 0:
                return i
            i += 1
        return i

    def _expr(self, toks: list[tuple[str, str]], i: int) -> tuple[list[tuple[str, str]], int]:
        """operand ('+' operand)*; an operand that is a list (GenerateSampleSecrets) stands alone."""
        parts, i = self._operand(toks, i)
        while i < len(toks) and toks[i][1] == "+":
            more, i = self._operand(toks, i + 1)
            parts = [(a[0] or b[0], a[1] + b[1]) for a in parts for b in more]
        return parts, i

    def _operand(self, toks: list[tuple[str, str]], i: int) -> tuple[list[tuple[str, str]], int]:
        kind, text = toks[i]
        if kind in ("raw", "str"):
            return [("", go_string(text))], i + 1
        if not self._is_call(toks, i):
            raise ValueError(f"not a literal: {text}")
        name = text.split(".")[-1]
        args: list[list[tuple[str, str]]] = []
        i += 2
        while toks[i][1] != ")":
            value, i = self._expr(toks, i)
            args.append(value)
            if toks[i][1] == ",":
                i += 1
        i += 1
        if name in ("NewSecret", "newPlausibleSecret"):
            return [("", self.regex.make(args[0][0][1]))], i
        ident, secret = args[0][0][1], args[1][0][1]
        if name == "GenerateSampleSecret":
            return [("", self.single.replace("%s", ident, 1).replace("%s", secret, 1))], i
        made = [(k, t.replace("{i}", ident).replace("{s}", secret)) for k, t in self.templates.items()]
        return made, i


def read_templates(generate_go: Path) -> tuple[dict[str, str], str]:
    toks = tokens(generate_go.read_text(encoding="utf-8"))
    templates: dict[str, str] = {}
    single = '%s_api_token = "%s"'
    for n in range(len(toks) - 2):
        if toks[n][0] in ("str", "raw") and toks[n + 1][1] == ":" and toks[n + 2][0] in ("str", "raw"):
            templates[go_string(toks[n][1])] = go_string(toks[n + 2][1])
        if toks[n][1].endswith("Sprintf") and toks[n + 2][0] == "str":
            single = go_string(toks[n + 2][1])
    return templates, single


# File names by syntax. Neutral names: a name with `sample`, `example` or `test` in it would make
# the file an example or a test for aiscan, which changes what it reports.
_NAMES = [
    ("json", "settings.json"),
    ("yaml", "values.yaml"),
    ("xml", "config.xml"),
    ("ini", "settings.ini"),
    ("go", "main.go"),
    ("java", "Main.java"),
    ("kotlin", "Main.kt"),
    ("php", "index.php"),
    ("python", "app.py"),
    ("c#", "Program.cs"),
    ("csv", "data.csv"),
    ("logstash", "pipeline.conf"),
    ("make", "Makefile"),
]


def file_name(sample: Sample, n: int) -> str:
    folder = f"{sample.rule}/{'tp' if sample.positive else 'fp'}-{n:03d}"
    syntax = sample.syntax.lower()
    for prefix, name in _NAMES:
        if syntax.startswith(prefix):
            return f"{folder}/{name}"
    return f"{folder}/{'run.sh' if sample.rule == 'curl' else 'notes.txt'}"


def load(gitleaks: Path) -> list[Sample]:
    base = gitleaks / "cmd" / "generate" / "config"
    templates, single = read_templates(base / "utils" / "generate.go")
    samples: list[Sample] = []
    for go in sorted((base / "rules").glob("*.go")):
        if go.name.endswith("_test.go"):
            continue
        parser = GoSamples(templates, single, RegexSample(go.name))
        samples.extend(parser.collect(go.stem, go.read_text(encoding="utf-8")))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gitleaks", type=Path, required=True, help="holds cmd/generate/config")
    parser.add_argument("--work", type=Path, help="write the sample tree here (default: a temporary folder)")
    parser.add_argument("--show", action="store_true", help="list missed samples and false alarms")
    parser.add_argument("--skip-detect-secrets", action="store_true")
    args = parser.parse_args()
    samples = load(args.gitleaks)
    if not samples:
        raise SystemExit(f"no samples under {args.gitleaks}")
    tmp = None
    if args.work:
        tree = args.work
        shutil.rmtree(tree, ignore_errors=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        tree = Path(tmp.name)
    names = {}
    for n, s in enumerate(samples):
        name = file_name(s, n)
        names[name] = s
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(s.text + "\n", encoding="utf-8")
    tools = [("aiscan", run_aiscan)]
    if not args.skip_detect_secrets:
        tools.append(("detect-secrets", run_detect_secrets))
    rules = sorted({s.rule for s in samples})
    print(
        f"gitleaks samples from {args.gitleaks}: {sum(s.positive for s in samples)} true, "
        f"{sum(not s.positive for s in samples)} false, rules {', '.join(rules)}\n"
    )
    for tool, runner in tools:
        hit_files = {path for path, _, _ in runner(tree)[2]}
        print(f"  {tool}")
        tot = [0, 0, 0, 0]
        for rule in rules:
            tp = sum(1 for k, s in names.items() if s.rule == rule and s.positive and k in hit_files)
            pos = sum(1 for s in names.values() if s.rule == rule and s.positive)
            fp = sum(1 for k, s in names.items() if s.rule == rule and not s.positive and k in hit_files)
            neg = sum(1 for s in names.values() if s.rule == rule and not s.positive)
            tot = [tot[0] + tp, tot[1] + pos, tot[2] + fp, tot[3] + neg]
            print(f"    {rule:<12} found {tp:>3}/{pos:<3}  false alarms {fp:>2}/{neg}")
        tp, pos, fp, neg = tot
        recall = tp / pos if pos else 0.0
        precision = tp / (tp + fp) if tp + fp else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"    total        recall {recall:.3f} ({tp}/{pos})  precision {precision:.3f} "
            f"({fp} of {neg} false samples reported)  F1 {f1:.3f}\n"
        )
        if args.show and tool == "aiscan":
            for k, s in sorted(names.items()):
                if s.positive != (k in hit_files):
                    what = "MISSED" if s.positive else "FALSE "
                    print(f"    {what} {k}: {s.text[:150]!r}")
            print()
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
