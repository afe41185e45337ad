"""Pages built by JavaScript, read through a real headless browser (Debian's chromium).

The browser gets a fresh profile, no background networking, and a host-resolver rule that maps
the target's host to the address resolved once and every other host to nowhere: it can fetch
the page and its same-host scripts, and nothing else.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from aiscan.errors import ToolError
from aiscan.probes.targets import ProbeOptions, ProbeTarget
from aiscan.tooling import run_tool

MAX_DOM_CHARS = 2_000_000
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--metrics-recording-only",
    "--no-first-run",
    "--no-default-browser-check",
    "--ignore-certificate-errors",  # the tls analyzer judges the certificate
    "--virtual-time-budget=5000",
)


class NoBrowser(Exception):
    pass


def browser_path(options: ProbeOptions) -> str | None:
    path = options.browser
    if not path:
        return None
    if Path(path).is_file() and os.access(path, os.X_OK):
        return path
    return shutil.which(path)


def render(target: ProbeTarget, address: str, options: ProbeOptions, url: str | None = None) -> str:
    """The DOM of the page after its scripts ran. Raises NoBrowser when none is installed and
    ToolError when the browser fails or times out."""
    exe = browser_path(options)
    if exe is None:
        raise NoBrowser(f"no headless browser at {options.browser or '(disabled)'}")
    with tempfile.TemporaryDirectory(prefix="aiscan-chromium-") as profile:
        argv = [
            exe,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--user-agent={options.user_agent}",
            f"--host-resolver-rules=MAP {target.host} {address}, MAP * ~NOTFOUND",
            "--dump-dom",
            url or target.url,
        ]
        result = run_tool(argv, timeout_s=options.limits.browser_timeout_s, env={"HOME": profile})
    if result.returncode != 0 or not result.stdout.strip():
        raise ToolError(f"chromium exited with {result.returncode}: {result.stderr.strip()[-200:]}")
    return result.stdout[:MAX_DOM_CHARS]
