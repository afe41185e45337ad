"""A labelled source for measuring secrets detection from outside, read as data (never run): the
examples of Titus's rules.

**Titus** (github.com/praetorian-inc/titus) keeps its rules in `pkg/rule/rules/<name>.yml`, in
Nosey Parker's format: beside each rule the `examples` it must match and, for some, the
`negative_examples` it must not. Titus took most of its rules from Nosey Parker and Kingfisher,
both measured before; the part measured here is the rule files whose name is in neither earlier
manifest (`benchmarks/noseyparker/rules.csv`, `benchmarks/kingfisher/rules*.csv`), so that no
file read before is read again. Chosen by file name before any value was read: of the 88 rule
files the index lists first (`adafruitio.yml` ... `doppler.yml`), 34 are new by that test; the
20 of them for credentials a lender's systems hold are taken (database connections, curl and
registry credentials, network-device passwords, Ansible Vault, CI, test and mobile-build tokens,
dependency tracking, mail and AI providers). Left out by name: card numbers (`ccn.yml`, personal
data, not a credential) and the marketing, media and social providers (Amplitude, Bitly, Branch,
Calendly, Clay, Cloudinary, Demandbase, DeviantArt), the code assistants (CodeRabbit, Cursor) and
Authress, Baseten, Coze. A rule moved from a measured file to a new file under another name would
be read again; that was not checked.

Scored like Kingfisher's examples (`kingfisher_rules.py`): an example is one sample, found when a
finding falls anywhere in its file; a negative example is a false alarm the same way, except one
that is another rule's example or is marked `# FIXME` (`outside_sources.load_rule_examples`). The
examples of rules that find an identifier (`visible: false`, an `identifier` category, a name
ending in `ID`, `URL`, `Host`, `Domain`, `Name`) are reported apart and not counted.

The files are listed in `benchmarks/titus/rules.csv` (path, the stored commit read, rule,
example and negative-example counts, identifier rules). Fetch them into `DIR/<path>` (the `id`,
`name`, `visible`, `categories`, `examples` and `negative_examples` keys are what is read; the
patterns may be left out), then:

    python benchmarks/bench_secrets_outside.py --titus DIR
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kingfisher_rules import finds_identifier
from outside_sources import RuleSample, load_rule_examples

FILES = Path(__file__).resolve().parent / "titus" / "rules.csv"


@dataclass
class TitusSamples:
    scored: list[RuleSample]
    identifiers: list[RuleSample]  # examples of identifier rules, reported apart


def manifest_paths(files: Path = FILES) -> list[str]:
    with files.open(encoding="utf-8", newline="") as fh:
        return [row["path"] for row in csv.DictReader(fh)]


def load_titus(root: Path, files: Path = FILES) -> TitusSamples:
    """The samples of the rule files the manifest lists, read from `root/<path>`; a listed file
    that is missing is an error (a part must not be scored on fewer files than it names)."""
    paths = manifest_paths(files)
    missing = [p for p in paths if not (root / p).is_file()]
    if missing:
        raise FileNotFoundError(f"listed rule files missing under {root}: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp) / "rules"
        rules.mkdir()
        for path in paths:
            shutil.copyfile(root / path, rules / PurePosixPath(path).name)
        scored, identifiers = load_rule_examples(Path(tmp), finds_identifier)
    return TitusSamples(scored, identifiers)


def titus_file(sample: RuleSample, n: int) -> str:
    # A neutral name: `sample`, `example` or `test` in a path makes it an example or a test file.
    return f"{sample.rule}/{'tp' if sample.positive else 'fp'}-{n:03d}/notes.txt"
