"""A labelled source for measuring secrets detection from outside, read as data (never run): the
examples of sonar-text's secret rules.

**sonar-text** (github.com/SonarSource/sonar-text) writes, beside each secret rule in
`sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/<provider>.yaml`, a
list of `examples`: a `text` (mostly code, configuration and command lines as found in public
repositories), `containsSecret: true` or `false`, and for some a `fileName` the text is scanned
under (a settings file, a `.env`, a document, a test folder). sonar-text's tests assert each
example's label. An example is one sample, written to its own file and found when a finding falls
anywhere in it; an example labelled `false` is a false alarm the same way.

Not counted, reported apart (`by-path`): an example labelled `false` whose `fileName` is a
document (`Doc.md`, `Doc.html`, `Doc.adoc`, `Doc.example`...) or lies in a test folder. sonar-text
writes these to test where its rules do not look (most repeat the text of an example labelled
`true`); the label says where sonar-text looks, not what the text holds.

The first draw: the providers of databases, brokers and the web framework whose credentials a
lending system's configuration holds: `mysql`, `postgresql`, `mongodb`, `redis`, `odbc` (JDBC,
ODBC and Spring data sources), `rabbitmq` and `django`; `benchmarks/sonar_text/files.csv` lists
each file with the commit of its stored version, `benchmarks/sonar_text/labels.csv` each
example's label (fixed before any detector was changed with these examples in view; the loader
reports any example whose label in the fetched file differs). The second draw
(`files_2.csv`, `labels_2.csv`): every provider file of the cloud platforms (`aws`, `azure`,
`gcp`, `google-api`, `firebase`), code hosting, CI, package and image registries, secret stores
and code quality (`github`, `gitlab`, `npm`, `pypi`, `docker-hub`, `artifactory`, `hashicorp`,
`sonarqube`), messaging (`slack`, `telegram`, `ms-teams`), mail (`sendgrid`, `mailgun`,
`postmark`), payment (`stripe`) and monitoring (`grafana`, `splunk`). The third draw
(`files_3.csv`, `labels_3.csv`): the private-key files (`ssh`, `pubkey-crypto`) and every other
top-level provider file not drawn before (cloud and infrastructure, AI, e-commerce, social,
developer services), less `openssh.yaml` (its two examples are `ssh.yaml`'s, word for word) and
`azure-bot-framework.yaml` (left for a later draw). A rule id repeated in one
file is numbered from its second use (`Sxxxx-2`). Fetch the files into `DIR/configuration/<name>`
(the `id` of each rule and its `examples` are what is read; the patterns may be left out).
Examples without a `fileName` are written as `notes.txt` (a neutral name: `sample`, `example` or
`test` in a path makes it an example or a test file for aiscan); with one, under that name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path, PurePath

import yaml

BASE = Path(__file__).resolve().parent / "sonar_text"
FILES = BASE / "files.csv"
LABELS = BASE / "labels.csv"

_DOCUMENT_SUFFIXES = frozenset({".md", ".mdx", ".html", ".adoc", ".example", ".template"})


@dataclass(frozen=True)
class Example:
    provider: str  # the rule file's name without `.yaml`
    rule: str
    index: int  # the example's place in the rule's list, from 0
    label: str  # secret, none, by-path
    text: str
    file_name: str  # sonar-text's `fileName`, or ""

    @property
    def positive(self) -> bool:
        return self.label == "secret"


@dataclass
class ExampleSet:
    scored: list[Example]
    apart: list[Example]
    disagreements: list[str]


def _by_path(file_name: str) -> bool:
    path = PurePath(file_name)
    return path.suffix.lower() in _DOCUMENT_SUFFIXES or any(p in ("test", "tests") for p in path.parts[:-1])


def read_provider(name: str, raw: str) -> list[Example]:
    """Every example of one rule file, labelled as the file says."""
    out: list[Example] = []
    provider = PurePath(name).stem
    uses: dict[str, int] = {}
    for rule in ((yaml.safe_load(raw) or {}).get("provider") or {}).get("rules") or []:
        rule_id = str(rule["id"])
        uses[rule_id] = uses.get(rule_id, 0) + 1
        if uses[rule_id] > 1:
            rule_id = f"{rule_id}-{uses[rule_id]}"
        examples = rule.get("examples") or []
        for n, ex in enumerate(examples):
            text, file_name = str(ex["text"]), str(ex.get("fileName") or "")
            if ex.get("containsSecret"):
                label = "secret"
            elif file_name and _by_path(file_name):
                label = "by-path"
            else:
                label = "none"
            out.append(Example(provider, rule_id, n, label, text, file_name))
    return out


def labels_for(files: Path) -> Path:
    """The labels file beside a files list: `files_2.csv` -> `labels_2.csv`."""
    return files.with_name(files.name.replace("files", "labels", 1))


def file_list(files: Path = FILES) -> list[dict[str, str]]:
    with files.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load(root: Path, files: Path = FILES, labels: Path = LABELS) -> ExampleSet:
    """The examples of the listed rule files under `root/configuration/`, checked against the
    committed labels."""
    expected: dict[tuple[str, str, int], str] = {}
    if labels.is_file():
        with labels.open(encoding="utf-8", newline="") as fh:
            expected = {(r["provider"], r["rule"], int(r["example"])): r["label"] for r in csv.DictReader(fh)}
    scored: list[Example] = []
    apart: list[Example] = []
    disagreements: list[str] = []
    seen: set[tuple[str, str, int]] = set()
    for row in file_list(files):
        name = PurePath(row["path"]).name
        for ex in read_provider(name, (root / "configuration" / name).read_text(encoding="utf-8")):
            key = (ex.provider, ex.rule, ex.index)
            seen.add(key)
            if expected and expected.get(key) != ex.label:
                disagreements.append(
                    f"{ex.provider}/{ex.rule}#{ex.index}: {ex.label}, labels say {expected.get(key)}"
                )
            (apart if ex.label == "by-path" else scored).append(ex)
    disagreements.extend(
        f"{p}/{r}#{i}: labelled, not in the files" for p, r, i in sorted(set(expected) - seen)
    )
    return ExampleSet(scored, apart, disagreements)


def sonar_file(ex: Example, n: int) -> str:
    folder = f"{ex.provider}/{ex.rule}/{'tp' if ex.positive else 'fp'}-{n:03d}"
    return f"{folder}/{ex.file_name or 'notes.txt'}"


def write_labels(root: Path, files: Path = FILES, labels: Path = LABELS) -> None:
    """Writes the labels file from the fetched rule files (done once, before scoring)."""
    rows = []
    for row in file_list(files):
        name = PurePath(row["path"]).name
        rows.extend(read_provider(name, (root / "configuration" / name).read_text(encoding="utf-8")))
    with labels.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["provider", "rule", "example", "label", "file_name"])
        for ex in rows:
            out.writerow([ex.provider, ex.rule, ex.index, ex.label, ex.file_name])
