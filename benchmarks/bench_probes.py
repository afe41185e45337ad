"""Time to probe the demo's live endpoints, and the HTTP requests made per target.

    python benchmarks/bench_probes.py [--active] [--no-browser]

Starts the flawed demo server (fixtures/mfo-demo/live/serve.py) on a random 127.0.0.1 port,
probes its login, card and API endpoints, and prints the wall time of each analyzer beside the
obvious alternative of one TLS scan per target (instead of one per server).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "fixtures" / "mfo-demo" / "live"))

from serve import Demo  # noqa: E402

from aiscan.probes import ProbeOptions, ProbeTarget  # noqa: E402
from aiscan.probes import probe_with_context as probe  # noqa: E402
from aiscan.probes.tls_scan import scan_tls  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--active", action="store_true")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    demo = Demo(0).start()
    try:
        targets = [
            ProbeTarget(demo.url("/"), "login", "web"),
            ProbeTarget(demo.url("/card"), "card", "web"),
            ProbeTarget(demo.url("/api/health"), "api", "backend"),
        ]
        options = ProbeOptions(
            active=args.active,
            ca_bundle=demo.ca_file,
            browser=None if args.no_browser else "/usr/bin/chromium",
        )
        t0 = time.monotonic()
        outcomes, ctx = probe(targets, options)
        total = time.monotonic() - t0
        print(f"probed {len(targets)} demo endpoints in {total:.2f} s (active={args.active})")
        for o in outcomes:
            run = o.run
            print(
                f"  {run.analyzer:<10} {run.status.value:<8} {run.duration_s:6.2f} s  {len(o.findings)} found"
            )
        print("HTTP requests per target (aiscan's own; sslyze adds one for HSTS per server):")
        for url, n in ctx.requests_used().items():
            print(f"  {n:2d}  {url}  (budget {options.limits.max_requests})")
        t1 = time.monotonic()
        for t in targets:
            scan_tls(t, "127.0.0.1", options)
        per_target = time.monotonic() - t1
        tls_run = next(o.run.duration_s for o in outcomes if o.run.analyzer == "tls")
        print(
            f"alternative, one TLS scan per target: {per_target:.2f} s vs one per server {tls_run:.2f} s "
            f"({per_target / max(tls_run, 0.001):.1f}x)"
        )
        if not args.no_browser:
            t2 = time.monotonic()
            _, js = probe([ProbeTarget(demo.url("/js-login"), "login")], options)
            print(
                f"probe of the JavaScript-built login page alone (all analyzers, chromium rendering): "
                f"{time.monotonic() - t2:.2f} s "
                f"({js.requests_used()[demo.url('/js-login')]} request(s) by aiscan)"
            )
    finally:
        demo.stop()


if __name__ == "__main__":
    main()
