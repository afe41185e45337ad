"""False positives of web-config on code it has never seen: real packages from PyPI and npm
(Django's own admin templates, django-allauth, Django REST framework, Flask-Admin,
Flask-Security, Wagtail and its project template; json-server, express-generator, Verdaccio,
Node-RED), fetched with the ordinary clients into a temporary folder and unpacked, never
installed or run. Prints, per package, the templates there are, the files read, and every
finding by rule, for a person to judge.

    python benchmarks/bench_web_config_real.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from aiscan.analyzers.base import ScanContext  # noqa: E402
from aiscan.config import Overrides, resolve_scan_config  # noqa: E402
from aiscan.inventory import build_inventory  # noqa: E402
from aiscan.webconfig.analyzer import WebConfigAnalyzer  # noqa: E402
from aiscan.webconfig.templates import TEMPLATE_SUFFIXES  # noqa: E402

PYPI = (
    "django==5.2.*",
    "django-allauth",
    "djangorestframework",
    "flask-admin",
    "flask-security-too",
    "wagtail",
)
NPM = ("json-server@0.17.4", "express-generator@4", "verdaccio@5", "node-red@4")


def fetch(work: Path) -> list[Path]:
    wheels, tarballs, src = work / "pypi", work / "npm", work / "src"
    for d in (wheels, tarballs, src):
        d.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(wheels), *PYPI], check=True
    )
    subprocess.run(["npm", "pack", "--silent", *NPM], cwd=tarballs, check=True, stdout=subprocess.DEVNULL)
    trees = []
    for wheel in sorted(wheels.glob("*.whl")):
        out = src / wheel.stem
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(out)  # noqa: S202 (zipfile drops absolute paths and "..")
        trees.append(out)
    for tgz in sorted(tarballs.glob("*.tgz")):
        out = src / tgz.stem
        with tarfile.open(tgz) as tf:
            tf.extractall(out, filter="data")
        trees.append(out)
    return trees


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="fetch into this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        trees = fetch(work)
        total = Counter[str]()
        templates_total = 0
        for tree in trees:
            config = resolve_scan_config(tree, Overrides())
            inventory = build_inventory(tree)
            outcome = WebConfigAnalyzer().run(ScanContext(config, inventory))
            templates = sum(1 for p in inventory.all_paths() if p.endswith(TEMPLATE_SUFFIXES))
            templates_total += templates
            flaws = Counter(f.rule_id for f in outcome.findings if "evidence" not in f.properties)
            present = sum(1 for f in outcome.findings if "evidence" in f.properties)
            total.update(flaws)
            print(
                f"{tree.name}: {templates} templates, {outcome.run.files_scanned} files read, "
                f"{outcome.run.status.value}, {present} evidence, flaws {dict(flaws) or 'none'}"
            )
            for f in outcome.findings:
                if "evidence" not in f.properties:
                    at = f"{f.location.path}:{f.location.start_line}"
                    print(f"    {f.severity.value:6} {f.rule_id} {at} {f.message[:90]}")
        print(f"total: {len(trees)} packages, {templates_total} templates, flaws {dict(total)}")


if __name__ == "__main__":
    main()
