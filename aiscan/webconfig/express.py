"""Express applications: security headers (helmet), CORS open to any origin, and `NODE_ENV` set to
development where the application is started (CSRF protection: aiscan.webconfig.csrf.node).

An Express application is a folder whose `package.json` depends on `express`; its own scripts
(not `node_modules`, not tests) are read as text, never run.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath

from aiscan.mobile.sourcetext import blank_comments
from aiscan.webconfig.csrf.node import requires as _requires
from aiscan.webconfig.source import Hit, Tree, in_test_tree, line_of

_SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts")
_MAX_SCRIPTS = 400
_NODE_ENV_DEV = re.compile(r"NODE_ENV\s*[=\s]\s*['\"]?(development|dev)\b")
_CORS_OPEN = re.compile(r"\bcors\(\s*(\)|\{[^}]{0,300}\borigin\s*:\s*(['\"]\*['\"]|true)\b)")


def check_express(tree: Tree) -> list[Hit]:
    hits: list[Hit] = []
    for manifest in tree.named("package.json"):
        if in_test_tree(manifest):
            continue
        text = tree.text(manifest)
        if text is None:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            tree.gap(manifest, f"not valid JSON, Express settings not read: {exc}"[:200])
            continue
        if not isinstance(data, dict):
            continue
        deps: dict[str, object] = {}
        for key in ("dependencies", "devDependencies"):
            section = data.get(key)
            if isinstance(section, dict):
                deps.update(section)
        runtime = data.get("dependencies") if isinstance(data.get("dependencies"), dict) else {}
        if "express" not in (runtime or {}):
            continue
        hits.extend(_app(tree, manifest, text, data, set(deps)))
    return hits


def _app(tree: Tree, manifest: str, manifest_text: str, data: dict[str, object], deps: set[str]) -> list[Hit]:
    folder = str(PurePosixPath(manifest).parent)
    prefix = "" if folder == "." else folder + "/"
    scripts = [
        p
        for p in tree.with_suffix(*_SCRIPT_SUFFIXES)
        if p.startswith(prefix)
        and not in_test_tree(p[len(prefix) :] if prefix else p)
        and not p.endswith((".min.js", ".d.ts"))
    ][:_MAX_SCRIPTS]
    # commented-out code (`// app.use(helmet())`) is not a protection the application has
    texts = {p: blank_comments(t) for p in scripts if (t := tree.text(p)) is not None}
    hits: list[Hit] = []
    if not any(_requires(t, "express") is not None for t in texts.values()):
        return hits  # the application's code is elsewhere (a launcher package): nothing to judge
    helmet = next(((p, t) for p, t in texts.items() if _requires(t, "helmet") is not None), None)
    if helmet is None:
        line = _key_line(manifest_text, "express")
        hits.append(
            Hit(
                "server-security-headers-missing",
                manifest,
                line,
                "Express application without helmet: no security headers, X-Powered-By reveals the framework",
            )
        )
    for p, t in texts.items():
        for m in _CORS_OPEN.finditer(t):
            hits.append(Hit("server-cors-wildcard", p, line_of(t, m.start()), "cors() allows any origin"))
    scripts_section = data.get("scripts")
    if isinstance(scripts_section, dict):
        for name in ("start", "serve", "prod", "production"):
            cmd = scripts_section.get(name)
            if isinstance(cmd, str) and _NODE_ENV_DEV.search(cmd):
                hits.append(
                    Hit(
                        "server-debug-enabled",
                        manifest,
                        _key_line(manifest_text, name),
                        f"the {name!r} script starts the server with NODE_ENV=development"
                        " (stack traces in error pages)",
                    )
                )
    for docker in tree.named("Dockerfile"):
        if not docker.startswith(prefix):
            continue
        body = tree.text(docker)
        if body is None:
            continue
        for m in re.finditer(r"(?im)^\s*ENV\s+.*NODE_ENV[=\s]+['\"]?(development|dev)\b", body):
            hits.append(
                Hit(
                    "server-debug-enabled",
                    docker,
                    line_of(body, m.start()),
                    "the image sets NODE_ENV=development (stack traces in error pages)",
                )
            )
    return hits


def _key_line(text: str, key: str) -> int | None:
    m = re.search(r'"' + re.escape(key) + r'"\s*:', text)
    return line_of(text, m.start()) if m else None
