"""A labelled source for measuring secrets detection from outside, read as data (never run):
the examples of Kingfisher's rules.

**Kingfisher** (github.com/mongodb/kingfisher) keeps its rules in `data/rules/<name>.yml`, in
Nosey Parker's format: beside each rule the `examples` it must match and, for some, the
`negative_examples` it must not. An example is one sample, found when a finding falls anywhere in
its file; a negative example is a false alarm the same way (read by `outside_sources`, with the
same two exceptions: another rule's example, a `# FIXME`-marked negative).

Not counted, reported apart:

- the rules that find an identifier rather than a secret, decided from the rule file alone: a rule
  Kingfisher hides from its own report (`visible: false`, the values it only uses to validate a
  secret: app ids, org names, hosts), a rule whose categories say `identifier` or `domain`, and a
  rule whose name ends in what it finds when that is no secret (`... ID`, `... URL`, `... Host`,
  `... Domain`, `... Name`) or says `Recipient` (an age public key);
- the examples whose text is also one of Nosey Parker's examples or negative examples (Kingfisher
  grew out of Nosey Parker and kept some), when Nosey Parker's rule files are given: those were
  already measured.

The samples measured are runs of rule files of the index's alphabetical listing, each listed with
the commit of each stored version: files 1-50 in `benchmarks/kingfisher/rules.csv`, files 51-100
(`bitcoinaverage.yml` ... `cloudsight.yml`) in `benchmarks/kingfisher/rules_2.csv`, and 50 files
after those (`codacy.yml` ... `gocardless.yml`, the providers of Kingfisher's built-in rule list
whose file is stored at the same commit) in `benchmarks/kingfisher/rules_3.csv`, and the next 20
found the same way (`google.yml` ... `jwt.yml`, the providers `Godaddy` ... `Kairos` of that list)
in `benchmarks/kingfisher/rules_4.csv`, continued by the 12 after those (`kickbox.yml` ...
`messagebird.yml`, the providers `Keenio` ... `Messagebird`) in
`benchmarks/kingfisher/rules_4b.csv` and the 18 after those (`miro.yml` ... `openai.yml`, the
providers `Microsoftteamswebhook` ... `Openai`) in `benchmarks/kingfisher/rules_4c.csv`, 50 in
all; a fifth part, the 27 files found the same way after those (`optimizely.yml` ...
`rabbitmq.yml`, the providers `Openrouter` ... `Rails`), in `benchmarks/kingfisher/rules_5.csv`;
a sixth part, the 27 files found the same way after those (`rapidapi.yml` ... `sslmate.yml`, the
providers `Railway` ... `Sslmate`), in `benchmarks/kingfisher/rules_6.csv`; a seventh part, the 26
files found the same way after those (`stackhawk.yml` ... `wistia.yml`, the providers
`Stabilityai` ... `Wiz`), in `benchmarks/kingfisher/rules_7.csv`; an eighth part, the 8 files
found the same way after those (`xai.yml` ... `zohocrm.yml`, the providers `Woocommerce` ...
`Zuplo`) and 2 files of the list's earlier providers stored under their rule id's name rather than
the provider's (`eraser.yml` for `Eraserio`, `openweather.yml` for `Openweathermap`), in
`benchmarks/kingfisher/rules_8.csv`; a ninth part, from the files no provider of that list names
(the index lists a folder's first 100 files only): the detector packages of TruffleHog's import list
(`pkg/engine/defaults/defaults.go` at commit `0011995385a5…`, alphabetical) after `cloudsight`, in
order, those not in an earlier part each looked up as `data/rules/<package>.yml` at Kingfisher's
commit `3397803…`, the first 44 tried (`cloudsmith` ... `dfuse`), the 28 stored (`cloudsmith.yml` ...
`dfuse.yml`) in `benchmarks/kingfisher/rules_9.csv`; a tenth part, the same list continued after
`dfuse` (from `diggernaut`, names of an earlier part skipped), the next 40 tried (`diggernaut` ...
`feedier`), the 20 stored (`diggernaut.yml` ... `feedier.yml`) in
`benchmarks/kingfisher/rules_10.csv`; an eleventh part, the same list continued after `feedier`
(from `fetchrss`, names of an earlier part skipped), the next 40 tried (`fetchrss` ...
`glassnode`), the 24 stored (`fetchrss.yml` ... `glassnode.yml`) in
`benchmarks/kingfisher/rules_11.csv`; a twelfth part, the next 40 of the same list (candidates
41–80 after `feedier`: `gocanvas` ... `ipgeolocation`), the 28 stored (`goodday.yml` ...
`ipgeolocation.yml`) in `benchmarks/kingfisher/rules_12.csv`; a thirteenth part, the next 40 of
the same list (candidates 81–120 after `feedier`: `ipinfodb` ... `luno`), the 24 stored
(`ipinfodb.yml` ... `lunchmoney.yml`) in `benchmarks/kingfisher/rules_13.csv`; a fourteenth
part, the next 40 of the same list (candidates 121–160 after `feedier`: `madkudu` ...
`nexmoapikey`), the 23 stored (`madkudu.yml` ... `newscatcher.yml`) in
`benchmarks/kingfisher/rules_14.csv`; a fifteenth part, the next 40 of the same list (candidates
161–200 after `feedier`: `nftport` ... `pipedream`), the 25 stored (`nftport.yml` ...
`pipedream.yml`) in `benchmarks/kingfisher/rules_15.csv`; fetch a part into
`DIR/rules/<name>.yml` (the `id`, `name`, `visible`, `categories`, `examples` and
`negative_examples` keys are what is read; the patterns may be left out).

A sixteenth part continues the same list after `pipedream` (names of an earlier part skipped): the
next 47 (candidates 201–247 after `feedier`: `pivotaltracker` ... `revampcrm`), the 25 stored
(`pixabay.yml` ... `restpackscreenshotapi.yml`) in `benchmarks/kingfisher/rules_16.csv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outside_sources import RuleSample, load_noseyparker, load_rule_examples

_IDENTIFIER_NAME = re.compile(r"(?:\b(?:ID|URL|Host|Domain|Name)$|\bRecipient\b)")
_IDENTIFIER_CATEGORIES = frozenset({"identifier", "domain"})


def finds_identifier(rule: dict[str, Any]) -> bool:
    """Whether the rule's examples are identifiers rather than secrets, by the rule file alone."""
    if rule.get("visible") is False:
        return True
    if _IDENTIFIER_CATEGORIES & {str(c) for c in rule.get("categories") or []}:
        return True
    return bool(_IDENTIFIER_NAME.search(str(rule.get("name", "")).strip()))


@dataclass
class KingfisherSamples:
    scored: list[RuleSample]
    identifiers: list[RuleSample]  # examples of identifier rules, reported apart
    seen: list[RuleSample]  # samples also in Nosey Parker's rules, reported apart


def load_kingfisher(root: Path, noseyparker: Path | None = None) -> KingfisherSamples:
    scored, identifiers = load_rule_examples(root, finds_identifier)
    if noseyparker is None:
        return KingfisherSamples(scored, identifiers, [])
    np_scored, np_apart = load_noseyparker(noseyparker)
    known = {s.text.strip() for s in np_scored + np_apart}
    return KingfisherSamples(
        [s for s in scored if s.text.strip() not in known],
        identifiers,
        [s for s in scored if s.text.strip() in known],
    )


def kingfisher_file(sample: RuleSample, n: int) -> str:
    # A neutral name: `sample`, `example` or `test` in a path makes it an example or a test file.
    return f"{sample.rule}/{'tp' if sample.positive else 'fp'}-{n:03d}/notes.txt"
