"""Time to scan a SQL dump of an account table for seeded passwords, as the dump grows.

A database dump holds an account table's rows either as one INSERT per row or as long
multi-row INSERTs (mysqldump's `--extended-insert`, lines of hundreds of thousands of
characters). aiscan reads every statement to its end (`aiscan/secrets/sql_seed.py`), so its time
should grow in proportion to the dump; detect-secrets, scanning the same tree, is printed
beside it. The dumps are generated here with made-up values.

    python benchmarks/bench_sql_dump.py [--rows 1000 10000 50000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_secrets import BIN, ratio, timed


def dump(rows: int, *, extended: bool) -> str:
    head = "CREATE TABLE `users` (\n  `id` int,\n  `login` varchar(64),\n  `password` varchar(64)\n);\n"
    values = [f"({i},'user{i}','Kest{i}!q')" for i in range(rows)]
    if extended:  # mysqldump's default: rows grouped into statements of about 1 MB
        body, chunk = [], 10_000
        for i in range(0, rows, chunk):
            body.append("INSERT INTO `users` VALUES " + ",".join(values[i : i + chunk]) + ";\n")  # noqa: S608
        return head + "".join(body)
    return head + "".join(f"INSERT INTO `users` VALUES {v};\n" for v in values)  # noqa: S608


def aiscan_findings(tree: Path) -> tuple[float, int]:
    out = tree.parent / "report.json"
    wall, _, proc = timed([str(BIN / "aiscan"), "secrets", str(tree), "-f", "json", "-o", str(out)])
    if proc.returncode not in (0, 1):
        raise SystemExit(f"aiscan failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    return wall, sum(1 for f in report["findings"] if f["rule_id"] == "sql-seeded-account-password")


def detect_secrets_findings(tree: Path) -> tuple[float, int]:
    wall, _, proc = timed([str(BIN / "detect-secrets"), "scan", "--all-files", "."], cwd=tree)
    if proc.returncode != 0:
        raise SystemExit(f"detect-secrets failed: {proc.stderr.strip()[-400:]}")
    return wall, sum(len(v) for v in json.loads(proc.stdout)["results"].values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    args = parser.parse_args()
    print(
        f"{'dump':<28} {'MB':>6} {'aiscan s':>9} {'found':>7} {'µs/row':>7}"
        f" {'detect-secrets s':>17} {'found':>6} {'ratio':>6}"
    )
    for rows in args.rows:
        for extended in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                tree = Path(tmp) / "tree"
                (tree / "db").mkdir(parents=True)
                text = dump(rows, extended=extended)
                (tree / "db" / "dump.sql").write_text(text, encoding="utf-8")
                a_wall, a_found = aiscan_findings(tree)
                d_wall, d_found = detect_secrets_findings(tree)
            name = f"{rows:,} rows, " + ("multi-row INSERTs" if extended else "an INSERT a row")
            print(
                f"{name:<28} {len(text) / 1e6:>6.1f} {a_wall:>9.2f} {a_found:>7} {1e6 * a_wall / rows:>7.0f}"
                f" {d_wall:>17.2f} {d_found:>6} {ratio(d_wall, a_wall):>6}"
            )


if __name__ == "__main__":
    main()
