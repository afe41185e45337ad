"""Audit report render times: the demo's report and a synthetic 5,000-finding one, to HTML and to
PDF (WeasyPrint), beside the obvious alternatives: the JSON writer (the floor) and chromium's
--print-to-pdf of the same HTML.

    python benchmarks/bench_report_render.py [--report demo.json] [--findings 5000] [--trap 150]

Without --report the demo is scanned first (fixtures/mfo-demo, its own advisory snapshot).
Wall time depends on what else runs on the machine, so CPU time (this process, plus chromium's
processes for its row) is printed beside it. --trap N renders N findings once with
`word-break: break-all` on every cell and once without, to show why the stylesheet avoids it.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from weasyprint import HTML

from aiscan.report.audit.html import render_audit_html
from aiscan.report.audit.pdf import render_audit_pdf
from aiscan.report.audit.synthetic import scaled_report

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def _cpu(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def timed(work: Callable[[], Any], children: bool = False) -> tuple[float, float, Any]:
    cpu, wall = _cpu(children), time.perf_counter()
    out = work()
    return time.perf_counter() - wall, _cpu(children) - cpu, out


def demo_report() -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix="bench-report-")) / "demo.json"
    demo = REPO / "fixtures" / "mfo-demo"
    aiscan = Path(sys.executable).parent / "aiscan"
    args = [str(aiscan), "scan", str(demo), "--config", str(demo / "aiscan.toml"), "-f", "json"]
    args += ["-o", str(out)]
    subprocess.run(args, capture_output=True, check=False)
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def chromium_pdf(html: str, folder: Path) -> bytes:
    page, pdf = folder / "page.html", folder / "page.pdf"
    page.write_text(html, encoding="utf-8")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", f"--user-data-dir={folder / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}", page.as_uri()]  # fmt: skip
    subprocess.run(args, capture_output=True, check=True, timeout=600)
    return pdf.read_bytes()


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type/Page") or pdf.count(b"/Type /Page")


def bench(name: str, report: dict[str, Any], lang: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    findings = len(report["findings"])
    print(f"\n{name}: {findings} findings, language {lang}")
    print(f"  {'renderer':<34} {'wall s':>8} {'CPU s':>8}  output")
    w, c, _ = timed(lambda: json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True))
    print(f"  {'JSON writer (the floor)':<34} {w:8.2f} {c:8.2f}")
    w, c, html = timed(lambda: render_audit_html(report, lang))
    print(f"  {'aiscan HTML':<34} {w:8.2f} {c:8.2f}  {len(html) / 1e6:.2f} MB")
    w_pdf, c_pdf, pdf = timed(lambda: render_audit_pdf(report, lang))
    print(f"  {'aiscan PDF (WeasyPrint, PDF/A-3b)':<34} {w_pdf:8.2f} {c_pdf:8.2f}  {len(pdf) / 1e6:.2f} MB")
    if Path(CHROMIUM).is_file():
        w, c, other = timed(lambda: chromium_pdf(html, folder), children=True)
        print(f"  {'chromium --print-to-pdf (same HTML)':<34} {w:8.2f} {c:8.2f}  {len(other) / 1e6:.2f} MB")
        print(f"  WeasyPrint / chromium: {w_pdf / w:.1f}x wall")
    else:
        print(f"  chromium --print-to-pdf: {CHROMIUM} not installed")
    shutil.rmtree(folder, ignore_errors=True)


def trap(report: dict[str, Any], count: int) -> None:
    """The same findings with and without `word-break: break-all` on long cells."""
    small = scaled_report(report, count)
    html = render_audit_html(small, "ru")
    breaking = html.replace("</style>", "td, pre, code, p, li { word-break: break-all; }\n</style>", 1)
    print(f"\nword-break: break-all on every cell, {count} findings (PDF layout only):")
    for label, page in (("stylesheet as shipped", html), ("with word-break: break-all", breaking)):
        w, c, _ = timed(lambda page=page: HTML(string=page).render())
        print(f"  {label:<34} {w:8.2f} {c:8.2f}")


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--report", type=Path, help="a JSON report of the demo (default: scan it now)")
    parser.add_argument("--findings", type=int, default=5000)
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--trap", type=int, default=0, metavar="N")
    args = parser.parse_args()
    report = json.loads(args.report.read_text(encoding="utf-8")) if args.report else demo_report()
    bench("demo (fixtures/mfo-demo)", report, args.lang)
    large = scaled_report(report, args.findings)
    bench(f"synthetic ({args.findings} findings from the demo's)", large, args.lang)
    if args.trap:
        trap(report, args.trap)


if __name__ == "__main__":
    main()
