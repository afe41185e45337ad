"""Real readers of the audit report for tests: poppler's pdftotext and pdfdetach, and headless
Debian chromium loading the HTML with every network request sent to a recording proxy."""

from __future__ import annotations

import http.server
import os
import re
import shutil
import socketserver
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# Quiet headless chromium: no update checks, sync, metrics or other background requests.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")


def pdf_attachments(path: Path, into: Path) -> dict[str, bytes]:
    if shutil.which("pdfdetach") is None:
        pytest.skip("pdfdetach (poppler-utils) is not installed")
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdfdetach", "-saveall", "-o", str(into), str(path)], check=True, timeout=60)
    return {p.name: p.read_bytes() for p in into.iterdir()}


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str]

    def _record(self) -> None:
        self.requests.append(f"{self.command} {self.path}")
        self.send_response(404)
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_CONNECT = _record

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def recording_proxy() -> Iterator[tuple[str, list[str]]]:
    """An HTTP proxy on 127.0.0.1 (random port) that answers 404 to everything and records it."""
    seen: list[str] = []
    handler = type("Handler", (_Recorder,), {"requests": seen})
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}", seen
        finally:
            server.shutdown()


# Chromium's own services, which it calls in headless mode whatever the flags (component updates,
# network time, accounts): not requests of the page.
BROWSER_SERVICES = re.compile(
    r"^\S+ (https?://)?[^/]*\b(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)\b"
)


@dataclass(frozen=True)
class PageLoad:
    requests: list[str]  # every network request the page made (the browser's own left out)
    console: list[str]  # chromium's log lines of console messages and load errors
    screenshot: Path


def load_in_chromium(page: Path, workdir: Path) -> PageLoad:
    """Open `page` from disk in headless chromium with a fresh profile, every request (loopback
    too) sent to a recording proxy; take a screenshot."""
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"{CHROMIUM} is not installed (CI installs Debian's chromium)")
    shot = workdir / "screenshot.png"
    with recording_proxy() as (proxy, seen):
        args = [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={workdir / 'profile'}",
            f"--proxy-server={proxy}",
            "--proxy-bypass-list=<-loopback>",
            "--window-size=1200,1600",
            f"--screenshot={shot}",
            page.resolve().as_uri(),
        ]
        # Its own home and configuration folder: chromium writes there (crash-report settings).
        env = {**os.environ, "HOME": str(workdir), "XDG_CONFIG_HOME": str(workdir / "config")}
        done = subprocess.run(args, capture_output=True, timeout=180, cwd=workdir, env=env)
        requests = [r for r in seen if not BROWSER_SERVICES.match(r)]
    log = done.stderr.decode("utf-8", "replace").splitlines()
    console = [line for line in log if "CONSOLE" in line or "net::ERR" in line]
    assert shot.is_file(), f"chromium took no screenshot (exit {done.returncode}): {log[-5:]}"
    return PageLoad(requests, console, shot)
