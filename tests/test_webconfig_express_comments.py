"""Express checks read code, not comments: a protection that is only commented out is absent."""

from __future__ import annotations

from pathlib import Path

from tests.webconfig_helpers import flaws, present, run_web_config, where, write

MANIFEST = '{"dependencies": {"express": "4", "express-session": "1", "csurf": "1", "helmet": "7"}}\n'


def test_commented_out_helmet_and_csrf_are_not_protections(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "package.json": MANIFEST,
            "server.js": (
                'const express = require("express");\n'
                'const session = require("express-session");\n'
                "// const csrf = require('csurf');\n"
                "/*\n"
                'const helmet = require("helmet");\n'
                "*/\n"
                "const app = express();\n"
                "app.use(session({ secret: process.env.SESSION_SECRET }));\n"
                'app.post("/profile", (req, res) => res.end());\n'
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert where(flaws(outcome, "server-csrf-token-missing")) == {("server.js", 9)}
    assert not present(outcome, "server-csrf-protection")
    assert where(flaws(outcome, "server-security-headers-missing")) == {("package.json", 1)}


def test_required_protections_still_count_beside_comments(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "package.json": MANIFEST,
            "server.js": (
                'const express = require("express"); // "https://expressjs.com"\n'
                'const session = require("express-session");\n'
                'const csrf = require("csurf"); /* token per form */\n'
                'const helmet = require("helmet");\n'
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert where(present(outcome, "server-csrf-protection")) == {("server.js", 3)}
    assert not flaws(outcome, "server-csrf-token-missing")
    assert not flaws(outcome, "server-security-headers-missing")
