"""JavaScript libraries copied whole into the tree, known by their own release files: pruned as
third-party code and named in the report, never a project's own folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiscan.inventory import build_inventory
from aiscan.library_copy import library_key

# Code after a banner, enough to make an entry script of more than 16 KiB.
_BODY = "(function(){var editor={};editor.ready=function(f){return f(editor)};})();\n" * 300


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)


_CKSOURCE = (
    "/**\n * @license Copyright (c) 2003-2021, CKSource - Frederico Knabben. All rights reserved.\n"
    " * For licensing, see LICENSE.md or https://ckeditor.com/legal/ckeditor-oss-license\n */\n"
)
_APP = {
    "app/loans.php": "<?php echo $_GET['id'];\n",
    "app/static/js/loans.js": "document.getElementById('a').innerHTML = location.hash;\n",
}

_CKBUILD = (
    "/*\nCopyright (c) 2003-2021, CKSource - Frederico Knabben. All rights reserved.\n*/\n"
    '(function(){window.CKEDITOR={timestamp:"L7C8",version:"4.16.2",revision:"4e64f67"};})();\n'
)
_JQUERY_UI = (
    "/*! jQuery UI - v1.13.2 - 2022-07-14\n* http://jqueryui.com\n"
    "* Copyright jQuery Foundation and other contributors; Licensed MIT */\n"
)
_CODEMIRROR = (
    "// CodeMirror, copyright (c) by Marijn Haverbeke and others\n"
    "// Distributed under an MIT license: https://codemirror.net/LICENSE\n\n"
)
_ACE = (
    "/* ***** BEGIN LICENSE BLOCK *****\n * Distributed under the BSD license:\n"
    " * Copyright (c) 2010, Ajax.org B.V.\n * ***** END LICENSE BLOCK ***** */\n"
)
_BOOTSTRAP = (
    "/*!\n  * Bootstrap v5.1.3 (https://getbootstrap.com/)\n"
    "  * Copyright 2011-2021 The Bootstrap Authors\n  * Licensed under MIT\n  */\n"
)

# (the folder of the copy, its files, the reason named in the report)
_COPIES = [
    pytest.param(
        # CKEditor 4 from source: a small loader whose banner names its vendor but no version;
        # the changelog's headings name the release; thousands of small modules and language files
        "app/lib/extra/ckeditor",
        {
            "ckeditor.js": _CKSOURCE + "window.CKEDITOR || (window.CKEDITOR = {});\n",
            "CHANGES.md": "CKEditor 4 Changelog\n====\n\n## CKEditor 4.16.1\n\nFixed Issues:\n",
            "LICENSE.md": "Software License Agreement\n",
            "core/tools.js": _CKSOURCE + "CKEDITOR.tools = {};\n",
            "lang/de.js": _CKSOURCE + "CKEDITOR.lang['de'] = {};\n",
        },
        "third-party library (CKEditor 4.16.1: ckeditor.js, CHANGES.md)",
        id="ckeditor-changelog",
    ),
    pytest.param(
        # CKEditor's release build: the entry script sets its own version
        "app/public/ckeditor",
        {"ckeditor.js": _CKBUILD + _BODY, "plugins/link/dialogs/link.js": "CKEDITOR.dialog.add('link');\n"},
        "third-party library (ckeditor 4.16.2: ckeditor.js)",
        id="ckeditor-build-version",
    ),
    pytest.param(
        # jQuery UI's download: a folder named with the version, the banner names both
        "app/static/js/jquery-ui-1.13.2",
        {"jquery-ui.js": _JQUERY_UI + _BODY, "external/jquery/jquery.js": "var jQuery = {};\n"},
        "third-party library (jQuery UI 1.13.2: jquery-ui.js)",
        id="jquery-ui-banner",
    ),
    pytest.param(
        # CodeMirror 5: the entry under lib/, the version in its package manifest
        "app/assets/codemirror",
        {
            "lib/codemirror.js": _CODEMIRROR + _BODY,
            "package.json": json.dumps({"name": "codemirror", "version": "5.65.2"}),
            "mode/javascript/javascript.js": "CodeMirror.defineMode('javascript');\n",
        },
        "third-party library (codemirror 5.65.2: lib/codemirror.js, package.json)",
        id="codemirror-manifest",
    ),
    pytest.param(
        # TinyMCE 6: a banner with the name and version and no license mark
        "app/public/tinymce",
        {
            "tinymce.min.js": "/**\n * TinyMCE version 6.8.3 (2024-02-08)\n */\n" + _BODY,
            "plugins/link/plugin.min.js": "tinymce.PluginManager.add('link');\n",
            "themes/silver/theme.min.js": "tinymce.ThemeManager.add('silver');\n",
        },
        "third-party library (TinyMCE 6.8.3: tinymce.min.js)",
        id="tinymce-banner",
    ),
    pytest.param(
        # Ace: a license block without a version, the version set far into the entry script
        "app/libraries/ace",
        {
            "js/ace.js": _ACE
            + _BODY
            + 'define("ace/ace",[],function(r,exports){exports.version = "1.4.12";});\n',
            "js/mode-php.js": "ace.define('ace/mode/php', [], function(){});\n",
        },
        "third-party library (ace 1.4.12: js/ace.js)",
        id="ace-build-version",
    ),
    pytest.param(
        # Bootstrap's package copied whole: its sources beside its build under dist/js
        "app/static/components/bootstrap",
        {"dist/js/bootstrap.js": _BOOTSTRAP + _BODY, "js/src/alert.js": "class Alert {}\n"},
        "third-party library (Bootstrap 5.1.3: dist/js/bootstrap.js)",
        id="bootstrap-dist",
    ),
    pytest.param(
        # TinyMCE 5: its vendor's banner gives the version on a line of its own
        "app/static/js/libs/tinymce",
        {
            "tinymce.min.js": "/**\n * Copyright (c) Tiny Technologies, Inc. All rights reserved.\n"
            " * Licensed under the LGPL or a commercial license.\n *\n * Version: 5.10.0 (2021-10-11)\n */\n"
            + _BODY,
            "plugins/link/plugin.min.js": "tinymce.PluginManager.add('link');\n",
        },
        "third-party library (TinyMCE 5.10.0: tinymce.min.js)",
        id="tinymce5-version-line",
    ),
    pytest.param(
        # Chart.js 4 as its package ships it: the folder is `chart.js`, the entry `chart.umd.js`
        "app/static/libs/chart.js",
        {
            "chart.umd.js": "/*!\n * Chart.js v4.5.1\n * https://www.chartjs.org\n"
            " * (c) 2025 Chart.js Contributors\n * Released under the MIT License\n */\n" + _BODY,
            "helpers.js": "export const noop = () => {};\n",
        },
        "third-party library (Chart.js 4.5.1: chart.umd.js)",
        id="chartjs-umd",
    ),
    pytest.param(
        # Ace as the npm package ace-builds ships it: the entry under src-min/
        "app/static/ace-builds",
        {
            "src-min/ace.js": _ACE + _BODY,
            "src-min/mode-php.js": "ace.define('ace/mode/php', [], function(){});\n",
            "package.json": json.dumps({"name": "ace-builds", "version": "1.32.0"}),
        },
        "third-party library (ace-builds 1.32.0: src-min/ace.js, package.json)",
        id="ace-builds-src-min",
    ),
    pytest.param(
        # an older release: the entry's banner names the library and its version but not its
        # holder, who is named in the license file the release ships at the copy's top; its demo
        # pages come with it
        "app/static/editors/codemirror3",
        {
            "lib/codemirror.js": "// CodeMirror version 3.0.4\n//\n// The editor's state lives here.\n"
            + _BODY,
            "LICENSE": "Copyright (C) 2012 by Marijn Haverbeke <m@example.net>\n\nPermission is granted",
            "mode/wikitext/index.html": "<textarea>{{{monospace}}} and {{{more}}}</textarea>\n",
        },
        "third-party library (CodeMirror 3.0.4: lib/codemirror.js, LICENSE)",
        id="codemirror-old-banner-license-file",
    ),
    pytest.param(
        "app/public/ace",
        {
            "ace.js": "/* Ace version 1.1.9 */\n" + _BODY,
            "LICENSE.txt": "Copyright (c) 2010, Ajax.org B.V.\nAll rights reserved.\n",
        },
        "third-party library (Ace 1.1.9: ace.js, LICENSE.txt)",
        id="ace-old-banner-license-file",
    ),
]


@pytest.mark.parametrize(("folder", "files", "reason"), _COPIES)
def test_a_library_copied_whole_is_third_party_by_its_release_files(
    tmp_path: Path, folder: str, files: dict[str, str], reason: str
) -> None:
    _write(tmp_path, {**_APP, **{f"{folder}/{rel}": text for rel, text in files.items()}})
    inv = build_inventory(tmp_path)
    assert inv.paths() == ("app/loans.php", "app/static/js/loans.js")
    assert inv.pruned == (folder,)
    reasons = {s.path: s.reason for s in inv.skipped}
    assert reasons[folder + "/"] == f"folder not scanned: {reason}"


_LICENSED = "/* Copyright (c) 2024 Qarz MFO. Licensed under the MIT license. */\n"

_OWN_FOLDERS = [
    pytest.param(
        # the project's own module folder named after its script, a copyright line, no version
        {
            "app/loans/loans.js": _LICENSED + _BODY,
            "app/loans/LICENSE": "MIT License\n",
            "app/loans/CHANGES.md": "## Unreleased\n\n- scoring\n",
        },
        id="own-folder-no-version",
    ),
    pytest.param(
        # a version, but in a manifest that names another package
        {
            "app/loans/loans.js": _LICENSED + _BODY,
            "app/loans/package.json": json.dumps({"name": "qarz-web", "version": "1.2.0"}),
        },
        id="manifest-of-another-package",
    ),
    pytest.param(
        # a folder named like a library with a version file, but its script has no banner
        {
            "app/ckeditor/ckeditor.js": "CKEDITOR.replace('notes', {toolbar: 'Basic'});\n" + _BODY,
            "app/ckeditor/package.json": json.dumps({"name": "ckeditor", "version": "4.16.2"}),
        },
        id="script-without-banner",
    ),
    pytest.param(
        # the project's small configuration of an editor, with the editor's banner and version
        # pasted in, and no release file of the editor beside it
        {"app/ckeditor/ckeditor.js": _CKBUILD + "CKEDITOR.replace('notes');\n"},
        id="small-entry-without-release-file",
    ),
    pytest.param(
        {"app/tinymce/tinymce.js": "/* TinyMCE version 6.8.3 */\ntinymce.init({selector: 'textarea'});\n"},
        id="small-entry-named-banner",
    ),
    pytest.param(
        # the banner names a listed library and a version, but the license file beside it is the
        # project's own (no mark of the library's holder)
        {
            "app/codemirror/lib/codemirror.js": "// CodeMirror version 3.0.4\n" + _BODY,
            "app/codemirror/LICENSE": "Copyright (c) 2024 Qarz MFO. MIT License\n",
        },
        id="license-file-of-another-holder",
    ),
    pytest.param(
        # the holder's license file, but a banner that names no version of the library
        {
            "app/codemirror/lib/codemirror.js": "// our editor setup\n" + _BODY,
            "app/codemirror/LICENSE": "Copyright (C) 2012 by Marijn Haverbeke\n",
        },
        id="license-file-without-named-banner",
    ),
    pytest.param(
        # a library's file with its banner in a folder of the project's choosing: the folder is
        # the project's (the file alone is listed as third-party code)
        {"app/js/jquery.js": "/*! jQuery v3.6.0 | (c) OpenJS Foundation | MIT license */\n" + _BODY},
        id="folder-not-named-after-the-library",
    ),
]


@pytest.mark.parametrize("files", _OWN_FOLDERS)
def test_a_folder_without_a_librarys_release_files_is_read(tmp_path: Path, files: dict[str, str]) -> None:
    own = {"app/loans/scoring.js": "module.exports = (x) => eval(x);\n", "app/js/forms.js": "var a = 1;\n"}
    _write(tmp_path, {**own, **files})
    inv = build_inventory(tmp_path)
    assert inv.pruned == ()
    assert {"app/loans/scoring.js", "app/js/forms.js"} <= set(inv.paths())


def test_an_entry_script_that_is_a_symlink_is_not_evidence(tmp_path: Path) -> None:
    # the release file must be in the folder: a symlink to a library's script elsewhere is not
    _write(
        tmp_path,
        {
            "app/main.js": "var a = 1;\n",
            "app/ckeditor/CHANGES.md": "## CKEditor 4.16.1\n",
            "app/ckeditor/setup.js": "var b = 2;\n",
            "outside/ckeditor.js": _CKSOURCE + _BODY,
        },
    )
    (tmp_path / "app" / "ckeditor" / "ckeditor.js").symlink_to(tmp_path / "outside" / "ckeditor.js")
    inv = build_inventory(tmp_path / "app")
    assert inv.pruned == ()
    assert "ckeditor/setup.js" in inv.paths()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("jquery-ui-1.13.2", "jqueryui"),
        ("jQuery UI", "jqueryui"),
        ("ckeditor4", "ckeditor"),
        ("@ckeditor/ckeditor5-build-classic", "ckeditor5buildclassic"),
        ("ace", "ace"),
        ("1.13.2", ""),
    ],
)
def test_a_library_is_known_by_its_name_without_version_or_scope(name: str, key: str) -> None:
    assert library_key(name) == key


def test_a_library_named_with_its_version_in_the_file_name_is_named_without_it(tmp_path: Path) -> None:
    # jQuery's own banner calls it `jQuery JavaScript Library`: the name comes from the file
    banner = "/*!\n * jQuery JavaScript Library v3.6.0\n * Released under the MIT license\n */\n"
    _write(
        tmp_path,
        {
            "app/main.js": "var a = 1;\n",
            "app/libs/jquery/jquery-3.6.0.js": banner + _BODY + 'var version = "3.6.0";\n',
        },
    )
    inv = build_inventory(tmp_path)
    reasons = {s.path: s.reason for s in inv.skipped}
    assert (
        reasons["app/libs/jquery/"]
        == "folder not scanned: third-party library (jquery 3.6.0: jquery-3.6.0.js)"
    )


def test_a_banner_that_only_begins_with_the_folders_name_is_not_the_librarys(tmp_path: Path) -> None:
    _write(tmp_path, {"app/app.js": "/* Application v2.1 */\n" + _BODY, "app/routes.js": "var a = 1;\n"})
    (tmp_path / "app" / "package.json").write_text(json.dumps({"name": "loans-app", "version": "2.1.0"}))
    inv = build_inventory(tmp_path)
    assert inv.pruned == ()
    assert "app/routes.js" in inv.paths()


# A project's own package in the shape of a library's release: a script named after its folder,
# a banner, a version in a manifest of the same name. Only a listed library is a copy.
_MFO = "/* Copyright (c) 2024 Example MFO. All rights reserved. */\n"
_OWN_PACKAGES = [
    pytest.param(
        {
            "packages/loans/loans.js": _MFO + _BODY,
            "packages/loans/package.json": json.dumps({"name": "loans", "version": "1.0.0"}),
        },
        id="copyright-banner-and-manifest",
    ),
    pytest.param(
        {
            "packages/loans/loans.js": "/*! loans v1.0.0 | (c) 2024 Example MFO | MIT License */\n" + _BODY,
            "packages/loans/CHANGELOG.md": "## loans 1.0.0\n\n- first release\n",
        },
        id="mit-banner-with-version",
    ),
    pytest.param(
        {
            "packages/loans/loans.js": _MFO + _BODY,
            "packages/loans/package.json": json.dumps({"name": "loans", "version": "1.0.0", "private": True}),
        },
        id="private-manifest",
    ),
    pytest.param(
        {
            "package.json": json.dumps({"name": "mfo", "private": True, "workspaces": ["packages/*"]}),
            "packages/loans/loans.js": _MFO + _BODY,
            "packages/loans/package.json": json.dumps({"name": "loans", "version": "1.0.0"}),
        },
        id="workspace-member",
    ),
    pytest.param(
        # named like a listed library, but its banner is not the library's
        {
            "packages/ckeditor/ckeditor.js": _MFO + _BODY,
            "packages/ckeditor/package.json": json.dumps({"name": "ckeditor", "version": "4.16.2"}),
        },
        id="library-name-own-banner",
    ),
    pytest.param(
        # a listed library's release in every file, but the manifest says the package is never
        # published: the project's own fork
        {
            "packages/codemirror/lib/codemirror.js": _CODEMIRROR + _BODY,
            "packages/codemirror/package.json": json.dumps(
                {"name": "codemirror", "version": "5.65.2", "private": True}
            ),
        },
        id="library-release-private-manifest",
    ),
    pytest.param(
        # the same, a member of the project's workspaces
        {
            "package.json": json.dumps({"name": "mfo", "workspaces": {"packages": ["packages/**"]}}),
            "packages/codemirror/lib/codemirror.js": _CODEMIRROR + _BODY,
            "packages/codemirror/package.json": json.dumps({"name": "codemirror", "version": "5.65.2"}),
        },
        id="library-release-workspace-member",
    ),
]


@pytest.mark.parametrize("files", _OWN_PACKAGES)
def test_a_projects_own_package_in_a_librarys_shape_is_read(tmp_path: Path, files: dict[str, str]) -> None:
    own = {"packages/loans/scoring.js": "module.exports = (x) => eval(x);\n"}
    _write(tmp_path, {**own, **files})
    inv = build_inventory(tmp_path)
    assert inv.pruned == ()
    assert set(files) - {"package.json"} <= set(inv.paths()) | set(inv.other_files)
    assert "packages/loans/scoring.js" in inv.paths()


_MONACO_LOADER = (
    "'use strict';\n/*!-----------------------------------------------------------\n"
    " * Copyright (c) Microsoft Corporation. All rights reserved.\n"
    " * Version: 0.42.0-dev-20230906(e7d7a5b072e74702a912a4c855a3bda21a7757e7)\n"
    " * Released under the MIT license\n"
    " * https://github.com/microsoft/vscode/blob/main/LICENSE.txt\n"
    " *-----------------------------------------------------------*/\n"
)
_MONACO_MAIN = 'define("vs/editor/editor.main",["exports","require"],(function(D,S){}));\n'


def test_monaco_is_known_by_its_loader_and_editor_main(tmp_path: Path) -> None:
    # Monaco's build: no script named after the folder; its AMD loader carries Microsoft's banner
    # with the version, beside the editor's main module
    folder = "app/public/monaco"
    _write(
        tmp_path,
        {
            **_APP,
            f"{folder}/loader.js": _MONACO_LOADER + _BODY,
            f"{folder}/editor/editor.main.js": _MONACO_MAIN,
            f"{folder}/php-D_kh-9LK.js": "define('vs/php', [], function(){});\n",
        },
    )
    inv = build_inventory(tmp_path)
    assert inv.pruned == (folder,)
    reasons = {s.path: s.reason for s in inv.skipped}
    assert reasons[folder + "/"] == (
        "folder not scanned: third-party library (Monaco 0.42.0-dev: loader.js, editor/editor.main.js)"
    )


def test_a_monaco_loader_without_the_editor_beside_it_is_read(tmp_path: Path) -> None:
    _write(tmp_path, {**_APP, "app/public/monaco/loader.js": _MONACO_LOADER + _BODY})
    assert build_inventory(tmp_path).pruned == ()


def test_every_listed_library_names_its_banner_marks() -> None:
    from aiscan.known_libraries import LIBRARIES

    keys = [library_key(n) for lib in LIBRARIES for n in lib.names]
    assert len(keys) == len(set(keys)), "a name belongs to one library"
    assert all(lib.marks and all(m == m.lower() for m in lib.marks) for lib in LIBRARIES)
