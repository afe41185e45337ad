"""Application and deployment configuration files from outside: recall per label, precision, F1.

Scores `benchmarks/config_outside/` (Compose, Kubernetes, Helm, Spring, tfvars, Rails, PHP, Django,
GitHub workflows, Postman collections, notebooks; see its README) with the staging and labels of
`bench_device_outside.py`. Scored twice for aiscan: every finding, and only those at high or
critical (what fails a release under the default policy). A label is found when an unsuppressed
finding touches its line. Every label other than `placeholder` is a secret; precision counts each
found secret label once against each found placeholder label and each unlabelled line reported:

    python benchmarks/bench_config_outside.py --stored /work/data/secrets-out8/stored [--show]

Another set labelled the same way is scored with `--set` (a folder under `benchmarks/`): READMEs'
prose and TOML tables (`benchmarks/prose_outside/`):

    python benchmarks/bench_config_outside.py --set prose_outside --stored /work/data/secrets-out9/stored
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import bench_device_outside as dev
from bench_secrets import run_detect_secrets

Key = tuple[str, int]


def score(tool: str, hits: dict[Key, str], rules: dict[Key, str], names: dict[str, str], show: bool) -> None:
    kinds, span, values = dev.labels()
    found: dict[Key, str] = {}
    false: list[tuple[str, int]] = []
    for (rel, line), sev in hits.items():
        key = span.get((names.get(rel, rel), line))
        if key is None:
            false.append((rel, line))
        else:
            found.setdefault(key, rules.get((rel, line), sev))
    secrets = [k for k, v in kinds.items() if v != "placeholder"]
    tp = sum(1 for k in secrets if k in found)
    ph = sum(1 for k, v in kinds.items() if v == "placeholder" and k in found)
    fp = ph + len(false)
    recall = tp / len(secrets)
    precision = tp / (tp + fp) if tp + fp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = f"recall {tp}/{len(secrets)} = {recall:.3f}, precision {tp}/{tp + fp} = {precision:.3f}"
    print(f"{tool}: {figures}, F1 {f1:.3f}")
    for kind in sorted({kinds[k] for k in secrets}):
        keys = [k for k in secrets if kinds[k] == kind]
        print(f"  {kind:<13} {sum(1 for k in keys if k in found)}/{len(keys)}")
    for value in sorted({values[k] for k in secrets}):
        keys = [k for k in secrets if values[k] == value]
        print(f"  value {value:<7} {sum(1 for k in keys if k in found)}/{len(keys)}")
    total_ph = sum(1 for v in kinds.values() if v == "placeholder")
    print(f"  placeholder lines reported {ph}/{total_ph}; unlabelled lines reported {len(false)}")
    if show:
        for k in sorted(kinds):
            state = found.get(k, "missed" if kinds[k] != "placeholder" else "silent")
            print(f"    {kinds[k]:<12} {values[k]:<7} {k[0]}:{k[1]} {state}")
        for rel, line in sorted(false):
            print(f"    false {rel}:{line} {rules.get((rel, line), '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=Path, required=True, help="folder the files were fetched into")
    parser.add_argument("--set", default="config_outside", help="manifest folder under benchmarks/")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--skip-detect-secrets", action="store_true")
    args = parser.parse_args()
    dev.HERE = dev.BENCH / args.set
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        names = dev.stage(args.stored, work)
        print(f"{len(names)} files, {len(dev.labels()[0])} labels\n")
        hits, rules = dev.aiscan_hits(work)
        score("aiscan", hits, rules, names, args.show)
        gate = {k: sev for k, sev in hits.items() if sev in ("high", "critical")}
        score("aiscan, high or critical only", gate, rules, names, args.show)
        if not args.skip_detect_secrets:
            _, _, ds, _ = run_detect_secrets(work / "configs")
            ds_hits = {(f"configs/{p}", line): "-" for p, line, _ in ds}
            score("detect-secrets", ds_hits, {}, names, args.show)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
