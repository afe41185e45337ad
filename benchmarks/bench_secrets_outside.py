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

Two more sources, described in `outside_sources.py`: Nosey Parker's rule examples
(`--noseyparker DIR`, DIR holding `rules/*.yml`) and CredSweeper's test samples labelled by reading
(`--credsweeper DIR`, DIR holding `tests/samples/`, labels in
`benchmarks/credsweeper_samples/labels.csv`; the second and third parts' with `--labels
benchmarks/credsweeper_samples/labels_2.csv` or `labels_3.csv`). A fourth, described in
`trufflehog_tests.py`: the test tables of TruffleHog's detectors (`--trufflehog DIR`, DIR holding
`pkg/detectors/<name>/<name>_test.go`), labelled by what each case expects (the second draw's
detectors alone with `--trufflehog-files benchmarks/trufflehog_files_2.csv`). A fifth, described in
`whispers_fixtures.py`: Whispers' test fixtures (`--whispers DIR`, DIR holding `tests/fixtures/`),
labelled line by line by the `hardcoded` mark and the compliant/noncompliant parts. A sixth and a
seventh, described in `rule_test_files.py`: the annotated test files of semgrep-rules' secret rules
(`--semgrep DIR`, DIR holding `generic/secrets/security/`) and ripsecrets' test cases
(`--ripsecrets DIR`, DIR holding `test/`). An eighth, described in `kingfisher_rules.py`:
Kingfisher's rule examples (`--kingfisher DIR`, DIR holding `rules/*.yml`; with
`--kingfisher-seen NP` the samples also in Nosey Parker's rules under `NP/rules/` are reported
apart). A ninth, described in `trivy_tests.py`: the test files of Trivy's secret scanner
(`--trivy DIR`, DIR holding `pkg/fanal/secret/testdata/`), labelled by the findings its tests
expect, every other line a false case; the second part's files with `--trivy-files
benchmarks/trivy_files_2.csv`. A tenth, described in `secretlint_snapshots.py`: the snapshot
tests of secretlint's rules (`--secretlint DIR`, DIR holding `packages/@secretlint/`), labelled
by each fixture's expected `output.json`. An eleventh, described in `betterleaks_rules.py`:
the samples betterleaks' rule generators are validated against (`--betterleaks DIR`, DIR holding
the files of `benchmarks/betterleaks/files.csv`), a draw of 30 rule files not among gitleaks'
rules (the next 30 with `--betterleaks-files benchmarks/betterleaks/files_2.csv`, the 30 after
those with `files_3.csv`, then `files_4.csv` and `files_5.csv`), each rule's
samples to find and not to find, with the components of composite rules and the false samples
that reuse a secret's value reported apart. A twelfth, described in `sonar_text_examples.py`: the
examples of sonar-text's secret rules for databases, brokers and Django (`--sonar DIR`, DIR
holding `configuration/<provider>.yaml`; the second draw, cloud, CI, messaging, mail, payment and
monitoring providers, with `--sonar-files benchmarks/sonar_text/files_2.csv`; the third, the
private keys and the other providers, with `files_3.csv`), each labelled by
its `containsSecret`, the false examples scanned under a document's or a test folder's name
reported apart. A thirteenth, described in `kics_secrets.py`: the test files of KICS's "Passwords
And Secrets" query (`--kics DIR`, DIR holding `assets/queries/common/passwords_and_secrets/test/`),
Terraform, CloudFormation, Kubernetes, Ansible, Dockerfiles and ARM templates labelled by the
findings KICS's test expects, every other line of its positive and negative files a false case.
A fourteenth, described in `checkov_secrets.py`: the resource files of Checkov's
secrets tests (`--checkov DIR`, DIR holding `tests/secrets/`), labelled by the findings its tests
expect (the files of `benchmarks/checkov/files.csv`). A fifteenth, described in `fake_leaks.py`:
leaktk's fake-leaks files (`--fake-leaks DIR`, DIR holding the files of
`benchmarks/fake_leaks/files.csv`), each file labelled by the `valid`/`invalid` folder its people
keep it in. A sixteenth, described in `detect_secrets_tests.py`: the parametrized cases of
detect-secrets' own plugin tests (`--detect-secrets-tests DIR`, DIR holding the files of
`benchmarks/detect_secrets_tests/files.csv`), each input in its own file, labelled by the test's
`should_flag`. A seventeenth, described in `titus_rules.py`: the examples of Titus's rule files
that no earlier manifest names (`--titus DIR`, DIR holding the files of
`benchmarks/titus/rules.csv`). An eighteenth, described in `horusec_leaks.py`: the samples of
Horusec's leaks engine (`--horusec DIR`, DIR holding `internal/services/engines/leaks/samples.go`),
labelled by the findings its tests expect, each safe sample a false case. A nineteenth, described
in `horusec_engines.py`: the samples of Horusec's other engines' credential rules, with the other
JavaScript rules' samples as code with no secret reported apart (`--horusec-engines DIR`, DIR
holding `internal/services/engines/<engine>/samples.go`). A twentieth and a twenty-first,
described in `scanner_tests.py`: the contents of Talisman's content-detector tests
(`--talisman DIR`, DIR holding the files of `benchmarks/talisman/files.csv`) and DeepSecrets'
engine fixtures (`--deepsecrets DIR`, DIR holding the files of `benchmarks/deepsecrets/files.csv`),
each labelled by what its test asserts. A twenty-second, described in `veles_tests.py`: the
detector test tables of Veles, OSV-SCALIBR's secret scanning library (`--veles DIR`, DIR holding
the files of `benchmarks/veles/files.csv`), each case labelled by the results it expects. Sources
may be given together; with
`--work DIR` each one's tree is written to `DIR/<source>`. The TruffleHog measurement also prints
each tool's wall-clock time over its tree.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_secrets import run_aiscan, run_detect_secrets
from betterleaks_rules import FILES as BETTERLEAKS_FILES
from betterleaks_rules import load as load_betterleaks
from checkov_secrets import FILES as CHECKOV_FILES
from checkov_secrets import checkov_file
from checkov_secrets import load as load_checkov
from detect_secrets_tests import FILES as DETECT_SECRETS_FILES
from detect_secrets_tests import load as load_detect_secrets_tests
from detect_secrets_tests import plugin_case_file
from fake_leaks import FILES as FAKE_LEAKS_FILES
from fake_leaks import fake_leaks_file
from fake_leaks import load as load_fake_leaks
from go_literals import string_value, tokens
from horusec_engines import FILES as HORUSEC_ENGINES_FILES
from horusec_engines import engines_file
from horusec_engines import load as load_horusec_engines
from horusec_leaks import FILES as HORUSEC_FILES
from horusec_leaks import horusec_file
from horusec_leaks import load as load_horusec
from kics_secrets import FILES as KICS_FILES
from kics_secrets import kics_file
from kics_secrets import load as load_kics
from kingfisher_rules import kingfisher_file, load_kingfisher
from outside_sources import (
    NOT_SECRETS,
    LineLabel,
    credsweeper_file,
    credsweeper_group,
    load_credsweeper_labels,
    load_noseyparker,
    noseyparker_file,
    spans_by_file,
)
from rule_test_files import Case, CaseSet, tree_file
from rule_test_files import load as load_rule_tests
from scanner_tests import (
    DEEPSECRETS_LABELS,
    TALISMAN_TESTS,
    deepsecrets_file,
    load_deepsecrets,
    load_talisman,
    talisman_file,
)
from secretlint_snapshots import measure as measure_secretlint
from sonar_text_examples import FILES as SONAR_FILES
from sonar_text_examples import labels_for as sonar_labels_for
from sonar_text_examples import load as load_sonar
from sonar_text_examples import sonar_file
from titus_rules import FILES as TITUS_FILES
from titus_rules import load_titus, titus_file
from trivy_tests import FILES as TRIVY_FILES
from trivy_tests import load as load_trivy
from trivy_tests import trivy_file
from trufflehog_tests import NOT_SECRETS as TRUFFLEHOG_IDENTIFIERS
from trufflehog_tests import load_trufflehog, trufflehog_file
from veles_tests import FILES as VELES_FILES
from veles_tests import load_veles, veles_file
from whispers_fixtures import FixtureLine, load_whispers, whispers_file

LABELS = Path(__file__).resolve().parent / "credsweeper_samples" / "labels.csv"

_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


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
            return [("", string_value(text))], i + 1
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
            templates[string_value(toks[n][1])] = string_value(toks[n + 2][1])
        if toks[n][1].endswith("Sprintf") and toks[n + 2][0] == "str":
            single = string_value(toks[n + 2][1])
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


def write_tree(tree: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text + "\n", encoding="utf-8")


def print_file_scores(names: dict[str, tuple[str, bool, str]], hit_files: set[str], show: bool) -> None:
    """Per group, samples found and false samples reported; `names` maps a sample's file to
    (group, positive, text)."""
    tot = [0, 0, 0, 0]
    for group in sorted({g for g, _, _ in names.values()}):
        mine = [(k, pos) for k, (g, pos, _) in names.items() if g == group]
        tp = sum(1 for k, pos in mine if pos and k in hit_files)
        npos = sum(1 for _, pos in mine if pos)
        fp = sum(1 for k, pos in mine if not pos and k in hit_files)
        neg = len(mine) - npos
        tot = [tot[0] + tp, tot[1] + npos, tot[2] + fp, tot[3] + neg]
        print(f"    {group:<20} found {tp:>3}/{npos:<3}  false alarms {fp:>2}/{neg}")
    print_total(tot[0], tot[1], tot[2], tot[3])
    if show:
        for k, (_, pos, text) in sorted(names.items()):
            if pos != (k in hit_files):
                print(f"    {'MISSED' if pos else 'FALSE '} {k}: {masked(text)[:150]!r}")
        print()


def print_total(tp: int, pos: int, fp: int, neg: int, unit: str = "samples") -> None:
    recall = tp / pos if pos else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"    total                recall {recall:.3f} ({tp}/{pos})  precision {precision:.3f} "
        f"({fp} of {neg} false {unit} reported)  F1 {f1:.3f}\n"
    )


def measure_gitleaks(root: Path, tree: Path, tools: list[tuple[str, Any]], show: bool) -> None:
    samples = load(root)
    if not samples:
        raise SystemExit(f"no samples under {root}")
    names = {file_name(s, n): s for n, s in enumerate(samples)}
    write_tree(tree, {k: s.text for k, s in names.items()})
    rules = sorted({s.rule for s in samples})
    print(
        f"gitleaks samples from {root}: {sum(s.positive for s in samples)} true, "
        f"{sum(not s.positive for s in samples)} false, rules {', '.join(rules)}\n"
    )
    for tool, runner in tools:
        hit_files = {path for path, _, _ in runner(tree)[2]}
        print(f"  {tool}")
        print_file_scores(
            {k: (s.rule, s.positive, s.text) for k, s in names.items()}, hit_files, show and tool == "aiscan"
        )


def measure_betterleaks(
    root: Path, manifest: Path, tree: Path, tools: list[tuple[str, Any]], show: bool
) -> None:
    data = load_betterleaks(root, lambda seed: RegexSample(seed).make, manifest)
    if not data.scored:
        raise SystemExit(f"no rule files under {root}")
    every = data.scored + data.components + data.renamed
    samples = [Sample(s.rule, s.positive, s.text, s.syntax) for s in every]
    names = {file_name(s, n): s for n, s in enumerate(samples)}
    write_tree(tree, {k: s.text for k, s in names.items()})
    keys = list(names)  # in the order of `every`: scored, components, renamed
    counted = {k: names[k] for k in keys[: len(data.scored)]}
    comp = keys[len(data.scored) : len(data.scored) + len(data.components)]
    renamed = keys[len(data.scored) + len(data.components) :]
    print(
        f"betterleaks rule samples from {root}: {sum(s.positive for s in data.scored)} true, "
        f"{sum(not s.positive for s in data.scored)} false, {len({s.rule for s in data.scored})} rules "
        f"({len(data.components)} samples of component rules and {len(data.renamed)} false samples "
        f"reusing a secret's value reported apart; {data.unevaluated} samples built by code, left out)\n"
    )
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        hit_files = {path for path, _, _ in hits}
        print(f"  {tool} ({wall:.2f} s wall)")
        groups = {k: (s.rule, s.positive, s.text) for k, s in counted.items()}
        print_file_scores(groups, hit_files, show and tool == "aiscan")
        for label, by_template in (("written one by one", False), ("written by a template", True)):
            part = [k for k in counted if bool(counted[k].syntax) == by_template]
            pos = [k for k in part if counted[k].positive]
            neg = [k for k in part if not counted[k].positive]
            found = sum(k in hit_files for k in pos)
            print(
                f"    {label}: found {found}/{len(pos)} ({found / max(1, len(pos)):.3f}), "
                f"false alarms {sum(k in hit_files for k in neg)}/{len(neg)}"
            )
        print(
            f"    reported apart (not counted): component rules {sum(k in hit_files for k in comp)}"
            f"/{len(comp)} samples, false samples reusing a secret's value "
            f"{sum(k in hit_files for k in renamed)}/{len(renamed)}\n"
        )


def measure_noseyparker(root: Path, tree: Path, tools: list[tuple[str, Any]], show: bool) -> None:
    scored, apart = load_noseyparker(root)
    if not scored:
        raise SystemExit(f"no rule files under {root}")
    names = {noseyparker_file(s, n): s for n, s in enumerate(scored + apart)}
    write_tree(tree, {k: s.text for k, s in names.items()})
    counted = {k: s for k, s in names.items() if s.rule not in NOT_SECRETS}
    providers = sorted({s.provider for s in scored})
    print(
        f"Nosey Parker rule examples from {root}: {sum(s.positive for s in scored)} examples, "
        f"{sum(not s.positive for s in scored)} negative examples, {len(providers)} rule files "
        f"({len(apart)} samples of identifier rules reported apart)\n"
    )
    for tool, runner in tools:
        hit_files = {path for path, _, _ in runner(tree)[2]}
        print(f"  {tool}")
        print_file_scores(
            {k: (s.provider, s.positive, s.text) for k, s in counted.items()},
            hit_files,
            show and tool == "aiscan",
        )
        ident = [k for k, s in names.items() if s.rule in NOT_SECRETS and s.positive]
        print(
            f"    identifier rules (not counted): {sum(k in hit_files for k in ident)}/{len(ident)} "
            "examples reported\n"
        )


def measure_kingfisher(
    root: Path, noseyparker: Path | None, tree: Path, tools: list[tuple[str, Any]], show: bool
) -> None:
    data = load_kingfisher(root, noseyparker)
    if not data.scored:
        raise SystemExit(f"no rule files under {root}")
    names = {kingfisher_file(s, n): s for n, s in enumerate(data.scored + data.identifiers + data.seen)}
    apart = (
        f"{len(data.identifiers)} examples of identifier rules and {len(data.seen)} samples also "
        "in Nosey Parker's rules"
    )
    measure_rule_examples(
        f"Kingfisher rule examples from {root}",
        names,
        data.scored,
        (("identifier rules", data.identifiers), ("also in Nosey Parker", data.seen)),
        apart,
        tree,
        tools,
        show,
    )


def measure_rule_examples(
    title: str,
    names: dict[str, Any],
    scored_examples: Sequence[Any],
    apart_groups: Sequence[tuple[str, Sequence[Any]]],
    apart: str,
    tree: Path,
    tools: list[tuple[str, Any]],
    show: bool,
) -> None:
    """Score a rule collection's examples (`names`: file name -> example with `provider`,
    `positive` and `text`): the `scored_examples` per rule file, each group of `apart_groups` on
    its own line, not counted."""
    write_tree(tree, {k: s.text for k, s in names.items()})
    scored = {id(s) for s in scored_examples}
    counted = {k: s for k, s in names.items() if id(s) in scored}
    print(
        f"{title}: {sum(s.positive for s in scored_examples)} examples, "
        f"{sum(not s.positive for s in scored_examples)} negative examples, "
        f"{len({s.provider for s in scored_examples})} rule files ({apart} reported apart)\n"
    )
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        hit_files = {path for path, _, _ in hits}
        print(f"  {tool} ({wall:.2f} s wall)")
        print_file_scores(
            {k: (s.provider, s.positive, s.text) for k, s in counted.items()},
            hit_files,
            show and tool == "aiscan",
        )
        for group_title, group in apart_groups:
            mine = [k for k, s in names.items() if any(s is g for g in group)]
            pos = [k for k in mine if names[k].positive]
            neg = [k for k in mine if not names[k].positive]
            print(
                f"    {group_title} (not counted): {sum(k in hit_files for k in pos)}/{len(pos)} examples, "
                f"{sum(k in hit_files for k in neg)}/{len(neg)} negative examples reported"
            )
        print()


def measure_trufflehog(
    root: Path, tree: Path, tools: list[tuple[str, Any]], show: bool, manifest: Path | None = None
) -> None:
    data = load_trufflehog(root, manifest)
    if not data.scored:
        raise SystemExit(f"no detector test files under {root}")
    names = {trufflehog_file(c, n): c for n, c in enumerate(data.scored + data.apart)}
    write_tree(tree, {k: c.text for k, c in names.items()})
    detectors = sorted({c.detector for c in data.scored})
    print(
        f"TruffleHog detector tests from {root}: {sum(c.positive for c in data.scored)} cases expecting "
        f"results, {sum(not c.positive for c in data.scored)} expecting none, {len(detectors)} detectors "
        f"({len(data.apart)} cases of {', '.join(sorted(TRUFFLEHOG_IDENTIFIERS))} reported apart; "
        f"{data.unevaluated} cases not evaluable, {data.conflicting} inputs labelled both ways, left out)\n"
    )
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        hit_files = {path for path, _, _ in hits}
        print(f"  {tool} ({wall:.2f} s wall)")
        counted = {k: c for k, c in names.items() if c.detector not in TRUFFLEHOG_IDENTIFIERS}
        groups = {k: (c.detector, c.positive, c.text) for k, c in counted.items()}
        print_file_scores(groups, hit_files, show and tool == "aiscan")
        apart = [k for k, c in names.items() if c.detector in TRUFFLEHOG_IDENTIFIERS]
        print(
            f"    reported apart (not counted): {sum(k in hit_files for k in apart if names[k].positive)}"
            f"/{sum(names[k].positive for k in apart)} cases expecting results, "
            f"{sum(k in hit_files for k in apart if not names[k].positive)}"
            f"/{sum(not names[k].positive for k in apart)} expecting none reported\n"
        )


def measure_veles(root: Path, files: Path, tree: Path, tools: list[tuple[str, Any]], show: bool) -> None:
    """Veles' detector tests: each case's input in its own file, scored per detector."""
    data = load_veles(root, files)
    if not data.scored:
        raise SystemExit(f"no detector test files under {root}")
    names = {veles_file(c, n): c for n, c in enumerate(data.scored)}
    write_tree(tree, {k: c.text for k, c in names.items()})
    print(
        f"Veles detector tests from {root}: {sum(c.positive for c in data.scored)} cases expecting "
        f"results, {sum(not c.positive for c in data.scored)} expecting none, "
        f"{len({c.detector for c in data.scored})} detector files ({data.empty} empty inputs, "
        f"{data.unevaluated} cases not evaluable, {data.conflicting} inputs labelled both ways, left out)\n"
    )
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        hit_files = {path for path, _, _ in hits}
        print(f"  {tool} ({wall:.2f} s wall)")
        groups = {
            k: (c.detector, c.positive, f"{c.name}: {masked(c.text.strip())}") for k, c in names.items()
        }
        print_file_scores(groups, hit_files, show and tool == "aiscan")


def measure_detect_secrets_tests(
    root: Path, files: Path, tree: Path, tools: list[tuple[str, Any]], show: bool
) -> None:
    """detect-secrets' plugin tests: each parametrized input in its own file, scored per plugin."""
    data = load_detect_secrets_tests(root, files)
    if not data.scored:
        raise SystemExit(f"no plugin test files under {root}")
    names = {plugin_case_file(c, n): c for n, c in enumerate(data.scored + data.apart)}
    write_tree(tree, {k: c.text for k, c in names.items()})
    print(
        f"detect-secrets plugin tests from {root}: {sum(c.positive for c in data.scored)} secret cases, "
        f"{sum(not c.positive for c in data.scored)} false cases, {len({c.plugin for c in data.scored})} "
        f"plugins ({len(data.apart)} false cases labelled a secret by another plugin's test reported "
        f"apart; {data.unevaluated} inputs built by code and {data.unlabelled} unlabelled, left out)\n"
    )
    scored = {k: c for k, c in names.items() if c in data.scored}
    apart = [k for k, c in names.items() if c not in data.scored]
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        hit_files = {path for path, _, _ in hits}
        print(f"  {tool} ({wall:.2f} s wall)")
        groups = {k: (c.plugin, c.positive, masked(c.text.strip())) for k, c in scored.items()}
        print_file_scores(groups, hit_files, show and tool == "aiscan")
        print(
            f"    reported apart (not counted): {sum(k in hit_files for k in apart)}/{len(apart)} reported\n"
        )


def measure_titus(root: Path, files: Path, tree: Path, tools: list[tuple[str, Any]], show: bool) -> None:
    data = load_titus(root, files)
    if not data.scored:
        raise SystemExit(f"no rule files under {root}")
    names = {titus_file(s, n): s for n, s in enumerate(data.scored + data.identifiers)}
    measure_rule_examples(
        f"Titus rule examples from {root}",
        names,
        data.scored,
        (("identifier rules", data.identifiers),),
        f"{len(data.identifiers)} examples of identifier rules",
        tree,
        tools,
        show,
    )


def measure_sonar(root: Path, files: Path, tree: Path, tools: list[tuple[str, Any]], show: bool) -> None:
    data = load_sonar(root, files, sonar_labels_for(files))
    if not data.scored:
        raise SystemExit(f"no rule files under {root}/configuration")
    names = {sonar_file(ex, n): ex for n, ex in enumerate(data.scored + data.apart)}
    write_tree(tree, {k: ex.text.rstrip("\n") for k, ex in names.items()})
    print(
        f"sonar-text rule examples from {root}: {sum(ex.positive for ex in data.scored)} examples with a "
        f"secret, {sum(not ex.positive for ex in data.scored)} without, "
        f"{len({ex.provider for ex in data.scored})} rule files ({len(data.apart)} false examples under a "
        f"document's or a test folder's name reported apart)"
    )
    for note in data.disagreements:
        print(f"  label differs: {note}")
    print()
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        hit_files = {path for path, _, _ in hits}
        print(f"  {tool} ({wall:.2f} s wall)")
        counted = {k: ex for k, ex in names.items() if ex.label != "by-path"}
        print_file_scores({k: (ex.provider, ex.positive, "") for k, ex in counted.items()}, hit_files, False)
        apart = [k for k, ex in names.items() if ex.label == "by-path"]
        print(
            f"    reported apart (not counted): {sum(k in hit_files for k in apart)}/{len(apart)} reported\n"
        )
        if show and tool == "aiscan":
            for k, ex in sorted(counted.items()):
                if ex.positive != (k in hit_files):
                    lines = [masked(line.strip())[:110] for line in ex.text.splitlines() if line.strip()]
                    print(f"    {'MISSED' if ex.positive else 'FALSE '} {k}: {' | '.join(lines)[:240]!r}")
            print()


def covers_fixture_line(by_file: dict[str, list[tuple[int, int]]], lab: FixtureLine) -> bool:
    return any(a <= lab.line <= b for a, b in by_file.get(whispers_file(lab.path), []))


def measure_whispers(root: Path, tree: Path, tools: list[tuple[str, Any]], show: bool) -> None:
    data = load_whispers(root)
    paths = sorted({lab.path for lab in data.labels + data.apart})
    for p in paths:
        dest = tree / whispers_file(p)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes((root / p).read_bytes())
    pos = [lab for lab in data.labels if lab.secret]
    neg = [lab for lab in data.labels if not lab.secret]
    print(
        f"Whispers fixtures from {root}: {len(paths)} files, {len(pos)} secret lines, {len(neg)} false lines "
        f"({len(data.apart)} lines of language.html reported apart)"
    )
    for note in data.disagreements:
        print(f"  count differs from Whispers' test: {note}")
    print()
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        by_file = spans_by_file(hits)

        covered = partial(covers_fixture_line, by_file)

        print(f"  {tool} ({wall:.2f} s wall)")
        for path in paths:
            mine = [lab for lab in data.labels if lab.path == path]
            if mine:
                p = [lab for lab in mine if lab.secret]
                n = [lab for lab in mine if not lab.secret]
                name = path.removeprefix("tests/fixtures/")
                print(
                    f"    {name:<20} found {sum(map(covered, p)):>3}/{len(p):<3}  "
                    f"false alarms {sum(map(covered, n)):>2}/{len(n)}"
                )
        print_total(sum(map(covered, pos)), len(pos), sum(map(covered, neg)), len(neg), "lines")
        labelled = {(whispers_file(lab.path), lab.line) for lab in data.labels + data.apart}
        stray = {(p, s) for p, s, e in hits if not any((p, n) in labelled for n in range(s, e + 1))}
        print(f"    findings on no labelled line: {len(stray)}\n")
        if show and tool == "aiscan":
            lines = {p: (root / p).read_text(encoding="utf-8").splitlines() for p in paths}
            for lab in data.labels:
                if lab.secret != covered(lab):
                    what = "MISSED" if lab.secret else "FALSE "
                    shown = masked(lines[lab.path][lab.line - 1].strip())[:120]
                    print(f"    {what} {lab.path}:{lab.line} {shown!r}")
            print()


def masked(text: str) -> str:
    """A line with each run of eight or more token characters cut to its first four (no value
    in full)."""
    return re.sub(r"[A-Za-z0-9+/=-]{8,}", lambda m: m.group()[:4] + "…", text)


def covers_case(
    by_file: dict[str, list[tuple[int, int]]], case: Case, place: Callable[[Case], str] = tree_file
) -> bool:
    return any(a <= n <= b for a, b in by_file.get(place(case), []) for n in case.lines)


def measure_rule_tests(
    source: str,
    root: Path,
    tree: Path,
    tools: list[tuple[str, Any]],
    show: bool,
    data: CaseSet | None = None,
    place: Callable[[Case], str] = tree_file,
) -> None:
    """Cases labelled on lines of files: semgrep-rules' and ripsecrets' tests, or `data` (Trivy's
    tests) with each file at `place(case)` in the tree."""
    data = data or load_rule_tests(root, source)
    if not data.scored:
        raise SystemExit(f"no {source} test files under {root}")
    paths = sorted({c.path for c in data.scored + data.apart})
    for case in data.scored + data.apart:
        dest = tree / place(case)
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes((root / case.path).read_bytes())
    pos = [c for c in data.scored if c.secret]
    neg = [c for c in data.scored if not c.secret]
    print(
        f"{source} test files from {root}: {len(paths)} files with labels, {len(pos)} secret cases, "
        f"{len(neg)} false cases ({len(data.apart)} cases reported apart)"
    )
    for note in data.disagreements:
        print(f"  count differs: {note}")
    print()
    for tool, runner in tools:
        wall, _, hits, _ = runner(tree)
        by_file = spans_by_file(hits)
        covered = partial(covers_case, by_file, place=place)
        print(f"  {tool} ({wall:.2f} s wall)")
        for group in sorted({c.group for c in data.scored}):
            p = [c for c in pos if c.group == group]
            n = [c for c in neg if c.group == group]
            print(
                f"    {group:<44} found {sum(map(covered, p)):>2}/{len(p):<2}  "
                f"false alarms {sum(map(covered, n))}/{len(n)}"
            )
        print_total(sum(map(covered, pos)), len(pos), sum(map(covered, neg)), len(neg), "cases")
        labelled = {(place(c), n) for c in data.scored + data.apart for n in c.lines}
        stray = {(p, s) for p, s, e in hits if not any((p, n) in labelled for n in range(s, e + 1))}
        apart_hit = sum(map(covered, data.apart))
        print(
            f"    findings on no labelled line: {len(stray)}; "
            f"cases apart reported: {apart_hit}/{len(data.apart)}\n"
        )
        if show and tool == "aiscan":
            for case in data.scored:
                if case.secret != covered(case):
                    text = (root / case.path).read_text(encoding="utf-8").splitlines()[case.lines[0] - 1]
                    what = "MISSED" if case.secret else "FALSE "
                    print(f"    {what} {case.path}:{case.lines[0]} {masked(text.strip())[:120]!r}")
            for path, start in sorted(stray):
                print(f"    STRAY  {path}:{start}")
            for case in data.apart:
                if covered(case):
                    what = "APART+" if case.secret else "APART-"
                    print(f"    {what} {case.path}:{case.lines[0]} (reported; {case.group})")
            print()


def covers(by_file: dict[str, list[tuple[int, int]]], lab: LineLabel) -> bool:
    return any(a <= lab.line <= b for a, b in by_file.get(credsweeper_file(lab.path), []))


def measure_credsweeper(
    root: Path, labels_csv: Path, tree: Path, tools: list[tuple[str, Any]], show: bool
) -> None:
    labels = load_credsweeper_labels(labels_csv)
    paths = sorted({lab.path for lab in labels})
    missing = [p for p in paths if not (root / p).is_file()]
    if missing:
        raise SystemExit(f"{len(missing)} labelled files missing under {root}, e.g. {missing[0]}")
    for p in paths:
        dest = tree / credsweeper_file(p)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes((root / p).read_bytes())
    print(
        f"CredSweeper samples from {root}: {len(paths)} files, {sum(lab.secret for lab in labels)} secret "
        f"lines, {sum(not lab.secret for lab in labels)} other labelled lines\n"
    )
    for tool, runner in tools:
        hits = runner(tree)[2]
        by_file = spans_by_file(hits)

        covered = partial(covers, by_file)

        print(f"  {tool}")
        for title, key in (
            ("by group", lambda lab: credsweeper_group(lab.path)),
            ("by category", lambda lab: lab.category),
        ):
            print(f"    {title}")
            for group in sorted({key(lab) for lab in labels}):
                mine = [lab for lab in labels if key(lab) == group]
                pos = [lab for lab in mine if lab.secret]
                neg = [lab for lab in mine if not lab.secret]
                print(
                    f"      {group:<18} found {sum(map(covered, pos)):>3}/{len(pos):<3}  "
                    f"false alarms {sum(map(covered, neg)):>2}/{len(neg)}"
                )
        pos = [lab for lab in labels if lab.secret]
        neg = [lab for lab in labels if not lab.secret]
        print_total(sum(map(covered, pos)), len(pos), sum(map(covered, neg)), len(neg), "lines")
        labelled = {(credsweeper_file(lab.path), lab.line) for lab in labels}
        stray = {(p, s) for p, s, e in hits if not any((p, n) in labelled for n in range(s, e + 1))}
        print(f"    findings on no labelled line: {len(stray)}\n")
        if show and tool == "aiscan":
            for lab in labels:
                if lab.secret != covered(lab):
                    what = "MISSED" if lab.secret else "FALSE "
                    print(f"    {what} {lab.path}:{lab.line} {lab.category}: {lab.reason}")
            print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gitleaks", type=Path, help="holds cmd/generate/config")
    parser.add_argument("--noseyparker", type=Path, help="holds rules/*.yml of Nosey Parker")
    parser.add_argument("--kingfisher", type=Path, help="holds rules/*.yml of Kingfisher")
    parser.add_argument(
        "--kingfisher-seen",
        type=Path,
        help="holds rules/*.yml of Nosey Parker: Kingfisher's samples found there are reported apart",
    )
    parser.add_argument("--credsweeper", type=Path, help="holds tests/samples/ of CredSweeper")
    parser.add_argument("--trufflehog", type=Path, help="holds pkg/detectors/*/*_test.go of TruffleHog")
    parser.add_argument(
        "--trufflehog-files", type=Path, help="manifest of a TruffleHog draw: only its detectors are read"
    )
    parser.add_argument("--whispers", type=Path, help="holds tests/fixtures/ of Whispers")
    parser.add_argument("--semgrep", type=Path, help="holds generic/secrets/security/ of semgrep-rules")
    parser.add_argument("--ripsecrets", type=Path, help="holds test/ of ripsecrets")
    parser.add_argument("--trivy", type=Path, help="holds pkg/fanal/secret/testdata/ of Trivy")
    parser.add_argument("--trivy-files", type=Path, default=TRIVY_FILES, help="manifest of the Trivy part")
    parser.add_argument("--secretlint", type=Path, help="holds packages/@secretlint/ of secretlint")
    parser.add_argument("--betterleaks", type=Path, help="holds the files of the betterleaks manifest")
    parser.add_argument(
        "--betterleaks-files", type=Path, default=BETTERLEAKS_FILES, help="manifest of the betterleaks draw"
    )
    parser.add_argument("--sonar", type=Path, help="holds configuration/*.yaml of sonar-text's secret rules")
    parser.add_argument(
        "--sonar-files", type=Path, default=SONAR_FILES, help="list of the sonar-text draw (labels beside it)"
    )
    parser.add_argument(
        "--kics", type=Path, help="holds assets/queries/common/passwords_and_secrets/test/ of KICS"
    )
    parser.add_argument("--kics-files", type=Path, default=KICS_FILES, help="manifest of the KICS files")
    parser.add_argument("--checkov", type=Path, help="holds tests/secrets/ of Checkov")
    parser.add_argument(
        "--checkov-files", type=Path, default=CHECKOV_FILES, help="manifest of the Checkov files"
    )
    parser.add_argument("--fake-leaks", type=Path, help="holds the files of leaktk's fake-leaks")
    parser.add_argument(
        "--fake-leaks-files", type=Path, default=FAKE_LEAKS_FILES, help="manifest of the fake-leaks draw"
    )
    parser.add_argument(
        "--detect-secrets-tests", type=Path, help="holds tests/plugins/*_test.py of detect-secrets"
    )
    parser.add_argument(
        "--detect-secrets-files",
        type=Path,
        default=DETECT_SECRETS_FILES,
        help="manifest of the detect-secrets plugin tests",
    )
    parser.add_argument("--titus", type=Path, help="holds the files of the Titus manifest")
    parser.add_argument(
        "--titus-files", type=Path, default=TITUS_FILES, help="manifest of the Titus rule files"
    )
    parser.add_argument("--horusec", type=Path, help="holds the leaks engine's samples.go of Horusec")
    parser.add_argument(
        "--horusec-files", type=Path, default=HORUSEC_FILES, help="labels of Horusec's leaks samples"
    )
    parser.add_argument(
        "--horusec-engines", type=Path, help="holds the samples.go of Horusec's JavaScript and Java engines"
    )
    parser.add_argument(
        "--horusec-engines-files",
        type=Path,
        default=HORUSEC_ENGINES_FILES,
        help="labels of Horusec's other engines' samples",
    )
    parser.add_argument("--talisman", type=Path, help="holds the detector tests of Talisman")
    parser.add_argument(
        "--talisman-tests", type=Path, default=TALISMAN_TESTS, help="the Talisman test functions read"
    )
    parser.add_argument("--deepsecrets", type=Path, help="holds the engine test fixtures of DeepSecrets")
    parser.add_argument(
        "--deepsecrets-labels", type=Path, default=DEEPSECRETS_LABELS, help="labels of DeepSecrets' fixtures"
    )
    parser.add_argument("--veles", type=Path, help="holds the files of the Veles manifest")
    parser.add_argument(
        "--veles-files", type=Path, default=VELES_FILES, help="manifest of the Veles detector tests"
    )
    parser.add_argument("--labels", type=Path, default=LABELS, help="labels of the CredSweeper samples")
    parser.add_argument("--work", type=Path, help="write the sample trees here (default: a temporary folder)")
    parser.add_argument("--show", action="store_true", help="list missed samples and false alarms")
    parser.add_argument("--skip-detect-secrets", action="store_true")
    args = parser.parse_args()
    sources = (args.gitleaks, args.noseyparker, args.credsweeper, args.trufflehog, args.whispers)
    others = (
        args.semgrep,
        args.ripsecrets,
        args.kingfisher,
        args.trivy,
        args.secretlint,
        args.betterleaks,
        args.sonar,
        args.kics,
        args.checkov,
        args.fake_leaks,
        args.detect_secrets_tests,
        args.titus,
        args.horusec,
        args.horusec_engines,
        args.talisman,
        args.deepsecrets,
        args.veles,
    )
    if not any((*sources, *others)):
        parser.error(
            "give --gitleaks, --noseyparker, --credsweeper, --trufflehog, --whispers, --semgrep, "
            "--ripsecrets, --kingfisher, --trivy, --secretlint, --betterleaks, --sonar, --kics, --checkov, "
            "--fake-leaks, --detect-secrets-tests, --titus, --horusec, --horusec-engines, --talisman, "
            "--deepsecrets or --veles"
        )
    tools: list[tuple[str, Any]] = [("aiscan", run_aiscan)]
    if not args.skip_detect_secrets:
        tools.append(("detect-secrets", run_detect_secrets))
    with tempfile.TemporaryDirectory() as tmp:
        base = args.work or Path(tmp)
        for name, source in (
            ("gitleaks", args.gitleaks),
            ("noseyparker", args.noseyparker),
            ("credsweeper", args.credsweeper),
            ("trufflehog", args.trufflehog),
            ("whispers", args.whispers),
            ("semgrep", args.semgrep),
            ("ripsecrets", args.ripsecrets),
            ("kingfisher", args.kingfisher),
            ("trivy", args.trivy),
            ("secretlint", args.secretlint),
            ("betterleaks", args.betterleaks),
            ("sonar", args.sonar),
            ("kics", args.kics),
            ("checkov", args.checkov),
            ("fake-leaks", args.fake_leaks),
            ("detect-secrets-tests", args.detect_secrets_tests),
            ("titus", args.titus),
            ("horusec", args.horusec),
            ("horusec-engines", args.horusec_engines),
            ("talisman", args.talisman),
            ("deepsecrets", args.deepsecrets),
            ("veles", args.veles),
        ):
            if source is None:
                continue
            tree = base / name
            shutil.rmtree(tree, ignore_errors=True)
            tree.mkdir(parents=True)
            if name == "gitleaks":
                measure_gitleaks(source, tree, tools, args.show)
            elif name == "noseyparker":
                measure_noseyparker(source, tree, tools, args.show)
            elif name == "trufflehog":
                measure_trufflehog(source, tree, tools, args.show, args.trufflehog_files)
            elif name == "kingfisher":
                measure_kingfisher(source, args.kingfisher_seen, tree, tools, args.show)
            elif name == "whispers":
                measure_whispers(source, tree, tools, args.show)
            elif name == "secretlint":
                measure_secretlint(source, tree, tools, args.show, print_total)
            elif name == "betterleaks":
                measure_betterleaks(source, args.betterleaks_files, tree, tools, args.show)
            elif name == "sonar":
                measure_sonar(source, args.sonar_files, tree, tools, args.show)
            elif name in ("semgrep", "ripsecrets"):
                measure_rule_tests(name, source, tree, tools, args.show)
            elif name == "trivy":
                data = load_trivy(source, args.trivy_files)
                measure_rule_tests(name, source, tree, tools, args.show, data, trivy_file)
            elif name == "kics":
                data = load_kics(source, args.kics_files)
                measure_rule_tests(name, source, tree, tools, args.show, data, kics_file)
            elif name == "checkov":
                data = load_checkov(source, args.checkov_files)
                measure_rule_tests(name, source, tree, tools, args.show, data, checkov_file)
            elif name == "fake-leaks":
                data = load_fake_leaks(source, args.fake_leaks_files)
                measure_rule_tests(name, source, tree, tools, args.show, data, fake_leaks_file)
            elif name == "detect-secrets-tests":
                measure_detect_secrets_tests(source, args.detect_secrets_files, tree, tools, args.show)
            elif name == "veles":
                measure_veles(source, args.veles_files, tree, tools, args.show)
            elif name == "titus":
                measure_titus(source, args.titus_files, tree, tools, args.show)
            elif name == "horusec":
                samples = base / "horusec-samples"
                shutil.rmtree(samples, ignore_errors=True)
                data = load_horusec(source, samples, args.horusec_files)
                measure_rule_tests(name, samples, tree, tools, args.show, data, horusec_file)
            elif name == "horusec-engines":
                samples = base / "horusec-engines-samples"
                shutil.rmtree(samples, ignore_errors=True)
                data = load_horusec_engines(source, samples, args.horusec_engines_files)
                measure_rule_tests(name, samples, tree, tools, args.show, data, engines_file)
            elif name in ("talisman", "deepsecrets"):
                samples = base / f"{name}-contents"
                shutil.rmtree(samples, ignore_errors=True)
                if name == "talisman":
                    data = load_talisman(source, samples, args.talisman_tests)
                    place = talisman_file
                else:
                    data = load_deepsecrets(source, samples, args.deepsecrets_labels)
                    place = deepsecrets_file
                measure_rule_tests(name, samples, tree, tools, args.show, data, place)
            else:
                measure_credsweeper(source, args.labels, tree, tools, args.show)


if __name__ == "__main__":
    main()
