"""A labelled source for measuring secrets detection from outside, read as data (never run): the
parametrized cases of detect-secrets' own plugin tests (github.com/Yelp/detect-secrets,
`tests/plugins/*_test.py`).

Each plugin test lists the inputs its detector is run on in a `@pytest.mark.parametrize`
decorator and asserts what it must report. The Python files are parsed (`ast`), never imported;
only literal values are read (`ast.literal_eval`), so a case built by a call (`json.dumps(...)`,
`textwrap.dedent(...)`) is counted as not evaluable and left out. A case's label comes from the
decorator's argument names:

- `should_flag` (`payload, should_flag`, `line,should_flag`, `file_content,should_flag`): the
  input is a secret case when the flag is true, a false case when it is false;
- `secrets_amount` (`file_content, secrets_amount, expected_secret`): a secret case when the
  amount is above zero;
- one argument only (`file_content` or `payload`): the list has no label of its own; the test's
  assertion gives it, recorded by hand in the manifest's `one_argument` column (`secret` when the
  test asserts a finding for every input, `-` when the file has none such). A list of one argument
  in a file marked `-` is left out.

Other decorators (a utility function's inputs and outputs, such as `content, expected_output` of the AWS
test) are not about what the detector reports and are left out. An input labelled a secret in one
plugin's test and not a secret in another's (a GitHub token among the GitLab detector's
negatives: not a secret only for that detector) is counted once, as a secret case; its false
label is reported apart.

The draw, in `benchmarks/detect_secrets_tests/files.csv` (path, stored commit, one_argument), is
the plugin tests of the credential kinds a lender's systems hold (cloud keys, connection and URL
passwords, tokens of code hosts, package registries, payment, mail, chat and AI providers, JWT,
private keys, vault tokens), chosen by file name before any value was read. Left out: the
keyword detector's tests (its lists are built by code, not literals), the IBM, SoftLayer,
Cloudant, DB2 and Box tests (providers a Kazakh lender does not use), e-mail and IP address tests
(not secrets) and the high-entropy tests (tests of a scoring function, no detector labels).

Each case is written to its own file `<plugin>/case-NNN/notes.txt` (a neutral name: `test` or
`example` in a path makes it a test or an example file for aiscan), holding the input as given
to the detector; a case is found when a finding falls anywhere in its file.

Fetch the listed files into `DIR/<path>`, e.g. /tmp/outside/detect-secrets/tests/plugins/
jwt_test.py, then:

    python benchmarks/bench_secrets_outside.py --detect-secrets-tests /tmp/outside/detect-secrets
"""

from __future__ import annotations

import ast
import csv
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

FILES = Path(__file__).resolve().parent / "detect_secrets_tests" / "files.csv"


@dataclass(frozen=True)
class PluginCase:
    plugin: str  # the test file's stem without `_test`
    text: str  # the input given to the detector
    positive: bool
    path: str  # the test file's path in its repository


@dataclass
class PluginCases:
    scored: list[PluginCase] = field(default_factory=list)
    apart: list[PluginCase] = field(default_factory=list)  # false here, a secret in another plugin's test
    unevaluated: int = 0  # inputs built by code
    unlabelled: int = 0  # one-argument lists with no label in the manifest


def _parametrize_lists(tree: ast.AST) -> list[tuple[list[str], list[ast.expr]]]:
    """(argument names, elements) of each `pytest.mark.parametrize(names, [elements])`."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "parametrize" or len(node.args) < 2:
            continue
        names_node, values = node.args[0], node.args[1]
        if not isinstance(names_node, ast.Constant) or not isinstance(names_node.value, str):
            continue
        if not isinstance(values, (ast.List, ast.Tuple)):
            continue
        names = [n.strip() for n in names_node.value.split(",") if n.strip()]
        found.append((names, list(values.elts)))
    return found


def read_plugin_test(path: str, text: str, one_argument: str) -> tuple[list[PluginCase], int, int]:
    """The labelled cases of one plugin test file; with the counts of inputs not evaluable and
    of inputs with no label."""
    plugin = PurePosixPath(path).stem.removesuffix("_test")
    cases: list[PluginCase] = []
    unevaluated = unlabelled = 0
    for names, elements in _parametrize_lists(ast.parse(text)):
        if len(names) == 1:
            if one_argument != "secret":
                unlabelled += len(elements)
                continue
            for element in elements:
                try:
                    value = ast.literal_eval(element)
                except ValueError:
                    unevaluated += 1
                    continue
                if isinstance(value, str):
                    cases.append(PluginCase(plugin, value, True, path))
            continue
        if "should_flag" in names:
            flag = names.index("should_flag")
        elif "secrets_amount" in names:
            flag = names.index("secrets_amount")
        else:
            continue
        for element in elements:
            if not isinstance(element, (ast.Tuple, ast.List)) or len(element.elts) != len(names):
                unevaluated += 1
                continue
            try:
                given = ast.literal_eval(element.elts[0])
                label = ast.literal_eval(element.elts[flag])
            except ValueError:
                unevaluated += 1
                continue
            if isinstance(given, str):
                cases.append(PluginCase(plugin, given, bool(label), path))
    return cases, unevaluated, unlabelled


def load(root: Path, files: Path = FILES) -> PluginCases:
    with files.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    data = PluginCases()
    cases: list[PluginCase] = []
    for row in rows:
        text = (root / row["path"]).read_text(encoding="utf-8")
        found, unevaluated, unlabelled = read_plugin_test(row["path"], text, row["one_argument"])
        cases.extend(found)
        data.unevaluated += unevaluated
        data.unlabelled += unlabelled
    secret_texts = {c.text for c in cases if c.positive}
    for case in cases:
        labelled_both = not case.positive and case.text in secret_texts
        (data.apart if labelled_both else data.scored).append(case)
    return data


def plugin_case_file(case: PluginCase, n: int) -> str:
    return f"{case.plugin}/case-{n:03d}/notes.txt"
