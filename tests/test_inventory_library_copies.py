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
