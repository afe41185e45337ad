"""A call without a receiver (`send_file(path)`) reaches a module's function, never a class's
method of the same name, in Python and JavaScript, where a method is called on an object
(`self.storage.send_file(path)`, `this.storage.sendFile(path)`). Real semgrep, on an invented
document service: a view calls the framework's own `send_file` beside a storage class whose
method of that name opens the path it is given."""

from __future__ import annotations

import pytest

from aiscan.models import Finding, RunStatus
from tests.interfile_support import across, scan_across

PY_STORAGE = """class LocalStorage:
    def send_file(self, file_path):
        with open(file_path, "rb") as handle:
            return handle.read()
"""

PY_VIEWS = """from flask import Flask, request, send_file

from documents.storage import LocalStorage

app = Flask(__name__)
storage = LocalStorage()


@app.route("/download")
def download():
    return send_file(request.args["name"])


@app.route("/raw")
def raw():
    return storage.send_file(request.args["name"])
"""

JS_STORAGE = """const fs = require('fs');

class LocalStorage {
  readDocument(filePath) {
    return fs.readFileSync(filePath);
  }
}

module.exports = LocalStorage;
"""

JS_ROUTES = """const express = require('express');
const LocalStorage = require('./storage');
const { readDocument } = require('./archive-client');

const router = express.Router();
const storage = new LocalStorage();

router.get('/download', (req, res) => {
  res.send(readDocument(req.query.name));
});

router.get('/raw', (req, res) => {
  res.send(storage.readDocument(req.query.name));
});

module.exports = router;
"""

JS_CLIENT = """exports.readDocument = async function (name) {
  return { name, archived: true };
};
"""


@pytest.fixture(scope="module")
def bare_scan(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    root = tmp_path_factory.mktemp("interfile-bare") / "service"
    (root / "documents").mkdir(parents=True)
    (root / "routes").mkdir()
    (root / "app.py").write_text(PY_VIEWS)
    (root / "documents" / "__init__.py").write_text("")
    (root / "documents" / "storage.py").write_text(PY_STORAGE)
    (root / "routes" / "documents.js").write_text(JS_ROUTES)
    (root / "routes" / "storage.js").write_text(JS_STORAGE)
    (root / "routes" / "archive-client.js").write_text(JS_CLIENT)
    status, findings, run = scan_across(root, semgrep_across_functions=frozenset({"python", "javascript"}))
    assert status is RunStatus.OK, run
    return across(findings)


def test_a_call_without_a_receiver_does_not_reach_a_method(bare_scan: list[Finding]) -> None:
    messages = " ".join(f.message for f in bare_scan)
    assert "app.py:11" not in messages, messages
    assert "routes/documents.js:9" not in messages, messages


def test_a_call_on_an_object_still_reaches_the_method(bare_scan: list[Finding]) -> None:
    places = {(f.location.path, f.location.start_line): f.message for f in bare_scan}
    assert "app.py:16" in places.get(("documents/storage.py", 3), ""), places
    assert "routes/documents.js:13" in places.get(("routes/storage.js", 5), ""), places


def test_list_and_str_methods_on_an_object_need_a_known_receiver() -> None:
    # flask-admin: `self.possible_columns.index(sort_column)` (a list) was taken for the view's
    # `index(self, path)` method and reported as an open redirect inside it
    from aiscan.sast.interfile import python

    for name in ("index", "count", "find", "sort", "discard", "rsplit"):
        assert not python._receiver_reaches(name, "self.possible_columns", "admin/views.py"), name
    assert python._receiver_reaches("index", "self", "admin/views.py")
    assert python._receiver_reaches("index", "FileAdmin", "admin/views.py")


OWN_ROUTES = """const express = require('express');
const { importer } = require('./importer');
const { signin } = require('./session');

function Portal() {}

Portal.prototype.load = function (dirname) {
  return importer(this.get('module root'));
};

Portal.prototype.persist = function (req) {
  exports.signin(req.signedCookies.uid);
};

exports.signin = function (lookup) {
  return lookup;
};

module.exports = Portal;
"""

OWN_API = """module.exports = {
  get: function (req, res) {
    return req.query.id;
  },
};
"""

OWN_IMPORTER = """const fs = require('fs');

exports.importer = function (dirname) {
  return fs.readdirSync(dirname);
};
"""

OWN_SESSION = """const db = require('./db');

exports.signin = function (lookup) {
  return db.query("SELECT * FROM users WHERE email = '" + lookup + "'");
};
"""


@pytest.fixture(scope="module")
def own_scan(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    root = tmp_path_factory.mktemp("interfile-own") / "portal"
    root.mkdir(parents=True)
    (root / "portal.js").write_text(OWN_ROUTES)
    (root / "api.js").write_text(OWN_API)
    (root / "importer.js").write_text(OWN_IMPORTER)
    (root / "session.js").write_text(OWN_SESSION)
    status, findings, run = scan_across(root, semgrep_across_functions=frozenset({"javascript"}))
    assert status is RunStatus.OK, run
    return across(findings)


def test_this_and_exports_reach_the_objects_own_functions_only(own_scan: list[Finding]) -> None:
    # keystone: `this.get('module root')` in a prototype method was taken for an API module's
    # `get(req, res)` returning `req.query.id`, and `exports.signin(cookie)` for another module's
    # `signin`
    places = {(f.location.path, f.location.start_line) for f in own_scan}
    assert ("importer.js", 4) not in places, own_scan
    assert ("session.js", 4) not in places, own_scan
