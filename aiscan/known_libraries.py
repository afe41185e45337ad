"""The browser libraries that projects copy whole into their trees (`public/ckeditor/`,
`libraries/ace/`, `js/jquery-ui-1.13.2/`), each with the evidence its own release files give.

Only a folder of a library listed here can be pruned as a copy (aiscan/library_copy.py): a
project's own package has the same shape (a script named after its folder, a license banner, a
version in a manifest) and must be read. A library not listed is read too; the report names
every folder pruned and the files that decided it.

A library is known by:
- `names`: what its folder, its entry script, its package manifest or its changelog heading are
  called (compared in lowercase letters and digits, without a version after the name or an npm
  scope before it: `jquery-ui-1.13.2` is `jquery-ui`);
- `marks`: what the leading comment of its entry script says and a project's does not, its
  copyright holder or home page (lowercase; one is needed);
- `entries`: other names of its entry script (`chart.umd.js`, Monaco's `loader.js`);
- `companions`: files its release ships beside the entry, all needed (paths from the entry's
  folder).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Library:
    name: str
    names: tuple[str, ...]
    marks: tuple[str, ...]
    entries: tuple[str, ...] = ()
    companions: tuple[str, ...] = ()


LIBRARIES: tuple[Library, ...] = (
    # `@license Copyright (c) 2003-2021, CKSource - Frederico Knabben`
    Library("CKEditor", ("ckeditor",), ("cksource",)),
    # `TinyMCE version 6.8.3 (2024-02-08)`; 5.x: `Copyright (c) Tiny Technologies, Inc.` and
    # `Version: 5.10.0 (2021-10-11)`
    Library("TinyMCE", ("tinymce",), ("tinymce version", "tiny technologies", "ephox")),
    # `jQuery JavaScript Library v3.6.0`; minified: `(c) OpenJS Foundation | jquery.org/license`
    Library("jQuery", ("jquery",), ("jquery javascript library", "openjs foundation", "jquery foundation")),
    # `jQuery UI - v1.13.2 - 2022-07-14 * http://jqueryui.com`
    Library("jQuery UI", ("jquery-ui",), ("jqueryui.com", "jquery foundation", "openjs foundation")),
    # `CodeMirror, copyright (c) by Marijn Haverbeke and others`
    Library("CodeMirror", ("codemirror",), ("marijn haverbeke", "codemirror.net")),
    # `Distributed under the BSD license: Copyright (c) 2010, Ajax.org B.V.`; the npm package
    # `ace-builds` keeps it under `src/`, `src-min/`, `src-noconflict/`, `src-min-noconflict/`
    Library("Ace", ("ace", "ace-builds"), ("ajax.org",)),
    # `Bootstrap v5.3.8 (https://getbootstrap.com/) Copyright 2011-2025 The Bootstrap Authors`;
    # 3.x: `Copyright 2011-2019 Twitter, Inc.`
    Library("Bootstrap", ("bootstrap",), ("getbootstrap.com", "the bootstrap authors", "twitter, inc.")),
    # `//! moment.js //! version : 2.29.4 //! authors : ... Moment.js contributors //! momentjs.com`
    Library("Moment", ("moment",), ("momentjs.com", "moment.js contributors")),
    # Monaco's build has no script named after it: its AMD loader carries Microsoft's banner
    # (`Version: 0.42.0-dev-20230906(...)`) beside the editor's main module
    Library(
        "Monaco",
        ("monaco", "monaco-editor"),
        ("microsoft corporation",),
        entries=("loader",),
        companions=("editor/editor.main.js",),
    ),
    # `Chart.js v4.5.1 https://www.chartjs.org (c) 2025 Chart.js Contributors`; 2.x: `Chart.js
    # http://chartjs.org/ Version: 2.4.0 Copyright 2016 Nick Downie`
    Library(
        "Chart.js",
        ("chart.js", "chart"),
        ("chartjs.org", "chart.js contributors", "nick downie"),
        entries=("chart.umd", "chart.bundle"),
    ),
    # `// https://d3js.org v7.8.5 Copyright 2010-2023 Mike Bostock`
    Library("D3", ("d3",), ("d3js.org", "mike bostock")),
    # `Select2 4.1.0-rc.0 https://select2.github.io ... github.com/select2/select2/blob/master/LICENSE.md`
    Library("Select2", ("select2",), ("select2.github.io", "select2/select2"), entries=("select2.full",)),
    # `DataTables 1.13.6 ©2008-2023 SpryMedia Ltd - datatables.net/license`
    Library(
        "DataTables",
        ("datatables",),
        ("spry media", "sprymedia", "datatables.net"),
        entries=("jquery.dataTables",),
    ),
    # `Font Awesome Free 6.4.0 by @fontawesome - https://fontawesome.com ... Fonticons, Inc.`
    Library(
        "Font Awesome",
        ("fontawesome", "fontawesome-free", "fontawesome-pro"),
        ("fontawesome.com", "fonticons"),
    ),
    # `Leaflet 1.9.4, a JS library for interactive maps. https://leafletjs.com (c) 2010-2023
    # Vladimir Agafonkin`
    Library("Leaflet", ("leaflet",), ("leafletjs.com", "vladimir agafonkin"), entries=("leaflet-src",)),
    # `Highcharts JS v11.1.0 (2023-06-05) (c) 2009-2021 Torstein Honsi License: www.highcharts.com/license`
    Library(
        "Highcharts",
        ("highcharts",),
        ("highcharts.com", "highsoft", "torstein honsi"),
        entries=("highcharts.src",),
    ),
    # `Summernote v0.8.18 https://summernote.org Copyright 2013- Alan Hong. and other contributors`
    Library(
        "Summernote",
        ("summernote",),
        ("summernote.org", "alan hong"),
        entries=("summernote-bs4", "summernote-bs5", "summernote-lite"),
    ),
    # `Quill Editor v1.3.7 https://quilljs.com/ Copyright (c) 2014, Jason Chen`
    Library("Quill", ("quill", "Quill Editor"), ("quilljs.com", "jason chen")),
    # `@licstart ... Copyright 2024 Mozilla Foundation ... Licensed under the Apache License`;
    # the npm package `pdfjs-dist` keeps it as `build/pdf.js`
    Library("pdf.js", ("pdf.js", "pdfjs-dist"), ("mozilla foundation",), entries=("pdf",)),
    # `Vue.js v2.7.16 (c) 2014-2023 Evan You Released under the MIT License.`
    Library("Vue", ("vue",), ("evan you",)),
    # `@license Lodash <https://lodash.com/> Copyright OpenJS Foundation and other contributors`
    Library("Lodash", ("lodash",), ("lodash.com",)),
    # `Underscore.js 1.13.6 https://underscorejs.org (c) 2009-2022 Jeremy Ashkenas`
    Library("Underscore", ("underscore",), ("underscorejs.org", "jeremy ashkenas")),
)
