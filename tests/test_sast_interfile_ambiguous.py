"""A call through a receiver whose class is not known (`self.storage.read_file(path)`,
`alert.set_status(value)`, `uploader.upload(path)`), of a name that more than one function or
method of the tree defines, is matched to each of them by name: which one runs is not known
(Python and JavaScript read no declared types). Such a flow is reported below the gate (medium
severity, low confidence), not at its class's severity; a call whose name the tree defines once
keeps the class's severity. Real semgrep, on an invented document
service: two storages define `read_file` (one opens the path, the other looks a key up), and an
exporter's `export_rows` is the only method of its name."""

from __future__ import annotations

import pytest

from aiscan.models import Confidence, Finding, RunStatus, Severity
from tests.interfile_support import across, scan_across

PY_LOCAL = """class LocalStorage:
    def read_file(self, file_path):
        with open(file_path, "rb") as handle:
            return handle.read()
"""

PY_CACHE = """class CacheStorage:
    def read_file(self, key):
        return self.entries.get(key, b"")
"""

PY_EXPORTER = """class Exporter:
    def export_rows(self, name):
        with open(name, "w") as handle:
            handle.write("")
"""

PY_VIEWS = """from flask import Flask, request

from documents.exporter import Exporter

app = Flask(__name__)


class DocumentView:
    def __init__(self, storage):
        self.storage = storage
        self.exporter = Exporter()

    def show(self):
        return self.storage.read_file(request.args["name"])

    def export(self):
        return self.exporter.export_rows(request.args["name"])
"""

JS_LOCAL = """const fs = require('fs');

class LocalStorage {
  readDocument(filePath) {
    return fs.readFileSync(filePath);
  }
}

module.exports = LocalStorage;
"""

JS_CACHE = """class CacheStorage {
  readDocument(key) {
    return this.entries.get(key);
  }
}

module.exports = CacheStorage;
"""

JS_EXPORTER = """const fs = require('fs');

class Exporter {
  exportRows(name) {
    fs.writeFileSync(name, '');
  }
}

module.exports = Exporter;
"""

JS_ROUTES = """const express = require('express');
const Exporter = require('./exporter');

const router = express.Router();

function routes(storage) {
  const exporter = new Exporter();
  router.get('/show', (req, res) => {
    res.send(storage.readDocument(req.query.name));
  });
  router.get('/export', (req, res) => {
    exporter.exportRows(req.query.name);
    res.send('ok');
  });
  return router;
}

module.exports = routes;
"""


@pytest.fixture(scope="module")
def ambiguous_scan(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Finding]:
    root = tmp_path_factory.mktemp("interfile-ambiguous") / "service"
    (root / "documents").mkdir(parents=True)
    (root / "routes").mkdir()
    (root / "app.py").write_text(PY_VIEWS)
    (root / "documents" / "__init__.py").write_text("")
    (root / "documents" / "local.py").write_text(PY_LOCAL)
    (root / "documents" / "cache.py").write_text(PY_CACHE)
    (root / "documents" / "exporter.py").write_text(PY_EXPORTER)
    (root / "routes" / "documents.js").write_text(JS_ROUTES)
    (root / "routes" / "local.js").write_text(JS_LOCAL)
    (root / "routes" / "cache.js").write_text(JS_CACHE)
    (root / "routes" / "exporter.js").write_text(JS_EXPORTER)
    status, findings, run = scan_across(root, semgrep_across_functions=frozenset({"python", "javascript"}))
    assert status is RunStatus.OK, run
    return {(f.location.path, f.location.start_line): f for f in across(findings)}


@pytest.mark.parametrize(
    ("sink", "call"),
    [(("documents/local.py", 3), "app.py:14"), (("routes/local.js", 5), "routes/documents.js:9")],
)
def test_a_name_defined_twice_called_on_an_unknown_receiver_is_below_the_gate(
    ambiguous_scan: dict[tuple[str, int], Finding], sink: tuple[str, int], call: str
) -> None:
    found = ambiguous_scan.get(sink)
    assert found is not None, sorted(ambiguous_scan)
    assert call in found.message, found.message
    assert found.severity is Severity.MEDIUM, found
    assert found.confidence is Confidence.LOW, found
    assert "more than one" in found.message, found.message
    assert found.properties.get("ambiguous_call") is True, found.properties


@pytest.mark.parametrize(
    ("sink", "call"),
    [(("documents/exporter.py", 3), "app.py:17"), (("routes/exporter.js", 5), "routes/documents.js:12")],
)
def test_a_name_defined_once_keeps_the_class_severity(
    ambiguous_scan: dict[tuple[str, int], Finding], sink: tuple[str, int], call: str
) -> None:
    found = ambiguous_scan.get(sink)
    assert found is not None, sorted(ambiguous_scan)
    assert call in found.message, found.message
    assert found.severity is Severity.HIGH, found
    assert found.confidence is Confidence.MEDIUM, found
    assert "ambiguous_call" not in found.properties, found.properties


@pytest.mark.parametrize(
    ("receiver", "definitions", "guessed"),
    [
        ("self.storage", 2, True),  # an attribute of unknown class, two methods of the name
        ("storage", 2, True),
        ("self.storage", 1, False),  # the name is defined once: the call can reach only it
        ("self", 2, False),  # the object the call is written in
        ("LocalStorage", 2, False),  # a class name
    ],
)
def test_which_calls_are_guesses(receiver: str, definitions: int, guessed: bool) -> None:
    from aiscan.sast import interfile

    summary = interfile.Summary(
        "python-path-traversal", interfile.PARAMETER, "read_file", 0, "local.py", 3, 8, "LocalStorage", 2
    )
    defined = [
        interfile.Definition("local.py", "read_file", 2, 4, "LocalStorage"),
        interfile.Definition("cache.py", "read_file", 2, 3, "CacheStorage"),
    ][:definitions]
    result = {
        "check_id": "python-path-traversal" + interfile.RULE_SUFFIX,
        "path": "local.py" if receiver == "self" else "views.py",
        "start": {"line": 9, "col": 16},
        "extra": {"message": f"c0=read_file|k={receiver}"},
    }
    found = interfile.flows([result], [summary], lambda p: p, "python", definitions=defined)
    assert [f.guessed for f in found] == [guessed], found
