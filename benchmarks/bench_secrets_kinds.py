"""Held-out split `h` scored by the kind of file (notebook, Postman, Kubernetes, ...): how many
labelled secrets aiscan's engine reports and how many labelled decoys it reports, per kind.

    python benchmarks/bench_secrets_kinds.py [--split fixtures/secrets-holdout/h] [--show]

A line counts as reported when a detection covers it (the scoring of bench_secrets.py).
`--show` names the missed secrets and reported decoys by path and line, never with values.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import yaml

from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine

REPO = Path(__file__).resolve().parent.parent
# The first pattern a path contains names its kind.
KINDS = (
    (".ipynb", "Jupyter notebook"),
    ("postman", "Postman"),
    ("charts/", "Helm values"),
    ("k8s/", "Kubernetes"),
    (".github/", "GitHub Actions"),
    (".gitlab-ci", "GitLab CI"),
    ("compose", "docker-compose"),
    (".env", ".env"),
    (".tfvars", "Terraform"),
    ("ansible/", "Ansible"),
    ("application.", "Spring"),
    ("gradle.properties", "gradle.properties"),
    (".npmrc", ".npmrc / .pypirc"),
    (".pypirc", ".npmrc / .pypirc"),
    ("nginx/", "nginx / .htpasswd"),
    (".php", "Laravel"),
    (".ini", "INI"),
    (".go", "Go / Java / C#"),
    (".java", "Go / Java / C#"),
    (".cs", "Go / Java / C#"),
)


def kind_of(path: str) -> str:
    return next((kind for pattern, kind in KINDS if pattern in path), "other (fixtures, docs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=REPO / "fixtures" / "secrets-holdout" / "h")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    engine = Engine(load_ruleset())
    tree = args.split / "tree"
    covered = set()
    for path in sorted(tree.rglob("*")):
        if path.is_file():
            rel = path.relative_to(tree).as_posix()
            for d in engine.scan(rel, path.read_text(encoding="utf-8")).detections:
                covered.update((rel, n) for n in range(d.line, d.end_line + 1))
    labels = yaml.safe_load((args.split / "labels.yaml").read_text(encoding="utf-8"))["labels"]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for lab in labels:
        row = counts[kind_of(lab["path"])]
        hit = (lab["path"], lab["line"]) in covered
        if lab["secret"]:
            row[0] += hit
            row[1] += 1
        else:
            row[2] += hit
            row[3] += 1
        if args.show and hit != lab["secret"]:
            what = "MISSED" if lab["secret"] else "DECOY "
            print(f"  {what} {lab['path']}:{lab['line']} {lab['category']}")
    print(f"\n  {'kind':<24}{'secrets found':>16}{'decoys reported':>18}")
    for kind in dict.fromkeys(k for _, k in (*KINDS, ("", "other (fixtures, docs)"))):
        if kind in counts:
            found, total, hit, decoys = counts[kind]
            print(f"  {kind:<24}{f'{found}/{total}':>16}{f'{hit}/{decoys}':>18}")


if __name__ == "__main__":
    main()
