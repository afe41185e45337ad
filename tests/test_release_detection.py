"""Component detection for a plain scan is honest: it says which files made each component, and
a folder that matches nothing is reported as such instead of taken for an API."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from aiscan.cli import cli
from aiscan.inventory import build_inventory
from aiscan.models import Component


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_each_component_names_its_rule_and_files(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "android/app/src/main/AndroidManifest.xml": "<manifest/>\n",
            "android/app/src/main/java/Main.kt": "class Main\n",
            "bench/src/Bench.kt": "fun main() {}\n",
            "site/templates/login.html": "<form></form>\n",
        },
    )
    inv = build_inventory(root)
    assert inv.components == (Component.API, Component.MOBILE, Component.WEB)
    by = {(e.component, e.reason): e.files for e in inv.component_evidence}
    marker = (Component.MOBILE, "a mobile project marker (AndroidManifest.xml, Info.plist, ...): 1 file(s)")
    assert by[marker] == ("android/app/src/main/AndroidManifest.xml",)
    # A Kotlin module outside any mobile folder is an API by the server-language rule, and says so.
    api = (Component.API, "kotlin source outside a mobile folder (server-side language): 1 file(s)")
    assert by[api] == ("bench/src/Bench.kt",)
    assert by[(Component.WEB, "web page or template: 1 file(s)")] == ("site/templates/login.html",)


def test_a_folder_that_matches_nothing_is_reported_as_such(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"README.md": "# notes\n", "data/rates.csv": "a,b\n1,2\n"})
    inv = build_inventory(root)
    assert inv.components == ()
    [evidence] = inv.component_evidence
    assert evidence.component is None
    assert evidence.reason == "no component recognised: none of the 2 file(s) is web, mobile or API code"


def test_configured_components_say_so(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"svc/main.go": "package main\n"})
    inv = build_inventory(root, components=[Component.WEB])
    assert [(e.component, e.reason) for e in inv.component_evidence] == [
        (Component.WEB, "named by the configuration")
    ]
    paths = build_inventory(root, component_paths={Component.API: ("svc",)})
    assert [(e.component, e.reason, e.files) for e in paths.component_evidence] == [
        (Component.API, "under its configured path (svc): 1 file(s)", ("svc/main.go",))
    ]


def test_the_report_carries_the_evidence(tmp_path: Path) -> None:
    root = _tree(tmp_path / "t", {"README.md": "# nothing to see\n"})
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["scan", str(root), "-f", "json", "-o", str(out)])
    assert result.exit_code in (1, 3), result.output  # nothing to assess: never allowed
    report = json.loads(out.read_text())
    assert report["target"]["components"] == []
    assert report["target"]["component_evidence"][0]["component"] is None
    inventory = next(r for r in report["analyzer_runs"] if r["analyzer"] == "inventory")
    assert "none: no component recognised" in inventory["reason"]


def _js_components(inv_files: dict[str, str], root: Path) -> dict[str, Component]:
    inv = build_inventory(_tree(root, inv_files))
    return {p: e.component for e in inv.component_evidence for p in e.files if p.endswith(".js")}


def test_scripts_of_a_media_static_or_page_template_folder_are_browser_side(tmp_path: Path) -> None:
    files = {
        "shop/media/shop/js/cart.js": "$('#cart').toggle();\n",
        "shop/static_build/js/menu.js": "document.title = 'x';\n",
        "shop/templates.v2/orders/list.html": "<ul>{% for o in orders %}<li>{{ o }}</li>{% endfor %}</ul>\n",
        "shop/templates.v2/orders/include/order_form.js": "var total = {{ order.total }};\n",
    }
    inv = build_inventory(_tree(tmp_path, files))
    assert inv.components == (Component.WEB,), inv.component_evidence
    assert set(_js_components(files, tmp_path).values()) == {Component.WEB}


def test_server_scripts_in_like_named_folders_stay_server_side(tmp_path: Path) -> None:
    # a media service of a Node server, and e-mail templates written as modules beside no page
    files = {
        "src/media/media.service.js": "module.exports = { upload() {} };\n",
        "src/templates/welcome-mail.js": "module.exports = (u) => `Hello ${u}`;\n",
        "src/server.js": "require('http').createServer().listen(8080);\n",
    }
    found = _js_components(files, tmp_path)
    assert found == dict.fromkeys(files, Component.API)
