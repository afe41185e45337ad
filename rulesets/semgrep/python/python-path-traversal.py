import configparser
import hashlib
import re
import os
import shutil
from pathlib import Path
from typing import Optional

import flask
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/mfo/uploads"


@app.route("/contracts/download")
def download():
    name = request.args["file"]
    # ruleid: python-path-traversal
    return send_file(os.path.join(UPLOADS, name))


@app.route("/contracts/read")
def read_contract():
    name = request.args["file"]
    # ruleid: python-path-traversal
    with open(UPLOADS + "/" + name) as f:
        data = f.read()
    base = Path(UPLOADS)
    # ruleid: python-path-traversal
    extra = (base / name).read_text()
    # ok: python-path-traversal
    with open(os.path.join(UPLOADS, secure_filename(name))) as f:
        data2 = f.read()
    # ok: python-path-traversal
    with open(os.path.join(UPLOADS, "terms.txt")) as f:
        data3 = f.read()
    return data + data2 + data3 + extra


@app.route("/contracts/file/<path:name>")
def serve(name):
    # ok: python-path-traversal
    return send_from_directory(UPLOADS, name)


@app.delete("/contracts/<name>")
def delete(name):
    # ruleid: python-path-traversal
    os.remove(f"{UPLOADS}/{name}")
    # ok: python-path-traversal
    shutil.rmtree(os.path.join(UPLOADS, os.path.basename(name)))
    return "", 204


NAME_RE = re.compile(r"^[A-Z]{2}-\d{8}\.pdf$")


@app.route("/contracts/checked")
def read_checked():
    name = request.args["file"]
    if not NAME_RE.fullmatch(name):
        return "bad name", 400
    # ok: python-path-traversal
    return send_file(os.path.join(UPLOADS, name))


@app.route("/contracts/check")
def check_name():
    name = request.args["file"]
    # ok: python-path-traversal
    if Path(name).is_absolute():
        return "refused", 400
    # ruleid: python-path-traversal
    return Path(UPLOADS, name).read_text()


@app.route("/contracts/exists")
def contract_exists():
    name = request.headers.get("X-Contract", "")
    # asking the file system about a path the client chose tells it which files exist anywhere
    # ruleid: python-path-traversal
    if os.path.exists(f"{UPLOADS}/{name}"):
        return "present"
    # ruleid: python-path-traversal
    return ", ".join(os.listdir(os.path.join(UPLOADS, request.args["folder"])))


@app.route("/contracts/exists-fixed")
def contract_exists_fixed():
    # ok: python-path-traversal
    return "present" if os.path.isfile(os.path.join(UPLOADS, "terms.pdf")) else "absent"


# gRPC: the request message of a servicer method is the client's data
import statements_pb2_grpc


class StatementServicer(statements_pb2_grpc.StatementServiceServicer):
    def ReadStatement(self, request, context):
        path = os.path.join("/srv/statements", request.filename)
        # ruleid: python-path-traversal
        with open(path) as f:
            return f.read()

    def ListStatements(self, request, context):
        # ruleid: python-path-traversal
        return os.listdir(os.path.join("/srv/statements", request.directory))

    def ReadOwn(self, request, context):
        # ok: python-path-traversal
        with open(os.path.join("/srv/statements", os.path.basename(request.filename))) as f:
            return f.read()


class StatementArchive:
    def read(self, request, context):
        # ok: python-path-traversal
        return os.listdir(os.path.join("/srv/statements", request.directory))


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def path_traversal_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-path-traversal
    open("/srv/uploads/" + value)
    return "done"


@app.route("/container-1")
def path_traversal_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-path-traversal
    open("/srv/uploads/" + value)
    return "done"


@app.route("/container-2")
def path_traversal_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-path-traversal
    open("/srv/uploads/" + value)
    return "done"


@app.route("/container-3")
def path_traversal_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-path-traversal
    open("/srv/uploads/" + value)
    return "done"


@app.route("/container-4")
def path_traversal_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-path-traversal
    open("/srv/uploads/" + value)
    return "done"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-download")
def download_through_a_request_wrapper():
    wrapped = request_parts.RequestParams(request)
    name = wrapped.getHeader("X-File")
    # ruleid: python-path-traversal
    return send_file(os.path.join(UPLOADS, name))


# The standard library's HTTP server: the request line of a BaseHTTPRequestHandler
import http.server


class FileHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path, query = self.path.split("?", 1) if "?" in self.path else (self.path, "")
        params = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair)
        # ruleid: python-path-traversal
        content = open(params["path"], "rb").read()
        # ok: python-path-traversal
        index = open("static/index.html", "rb").read()
        self.wfile.write(content + index)


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        # the standard library's mapping of the URL path below the served folder, which drops
        # ".." and drive components
        path = self.translate_path(self.path)
        # ok: python-path-traversal
        with open(path, "rb") as f:
            self.copyfile(f, self.wfile)


@app.route("/documents/upload", methods=["POST"])
def upload_document():
    # the uploaded file stored under the name the client sent: "../app/settings.py" overwrites code
    f = request.files["file"]
    # ruleid: python-path-traversal
    f.save(app.config["UPLOAD_FOLDER"] + f.filename)
    return "stored"


@app.route("/documents/upload-named", methods=["POST"])
def upload_named_document():
    upload = request.files.get("scan")
    # ruleid: python-path-traversal
    upload.save(os.path.join("uploads", upload.filename))
    return "stored"


@app.route("/documents/upload-safe", methods=["POST"])
def upload_document_safe():
    f = request.files["file"]
    # ok: python-path-traversal
    f.save(os.path.join("uploads", secure_filename(f.filename)))
    return "stored"


@app.route("/documents/upload-fixed-name", methods=["POST"])
def upload_document_fixed_name():
    f = request.files["file"]
    # ok: python-path-traversal
    f.save("uploads/latest.pdf")
    return "stored"


@app.route("/profile", methods=["POST"])
def save_profile(profile):
    profile.display_name = request.form["name"]
    # a model saved with a request value in a keyword argument writes no file
    # ok: python-path-traversal
    profile.save(update_fields=["display_name"])
    return "saved"


@app.route("/documents/upload-storage", methods=["POST"])
def upload_to_storage(default_storage):
    f = request.files["file"]
    # Django's storage API validates the name (no "..", no absolute path) before writing
    # ok: python-path-traversal
    default_storage.save(f.filename, f)
    return "stored"


@app.route("/documents/upload-local", methods=["POST"])
def upload_document_local():
    f = request.files["file"]
    target = os.path.join("uploads", f.filename)
    # ruleid: python-path-traversal
    f.save(target)
    return "stored"


@app.route("/documents/upload-helper", methods=["POST"])
def upload_document_helper(ledger):
    # found on production code: the path made by a helper of another module (which replaces the
    # separators); the save sink reads only a path built from the client's name in this function
    upload = request.files.get("file")
    filepath = ledger.document_path(request.form["folder"], upload.filename)
    # ok: python-path-traversal
    upload.save(filepath)
    return "stored"


@app.route("/bills/<int:bill_id>/edit", methods=["POST"])
def edit_bill(bill_id, form, project):
    # found on production code: a form object saving a model found from the route's id writes no file
    bill = project.bills.get(bill_id)
    # ok: python-path-traversal
    form.save(bill, project)
    return "saved"


# send_file of an in-memory buffer (io.BytesIO, io.StringIO) or of a document the application
# converts its data into (a function named for the format: to_csv, rows2json, export_xlsx):
# the request chooses the content or the download name, never a path on the server.
import io


@app.route("/loans/<loan_id>/schedule.<fmt>")
def export_schedule(loan_id, fmt):
    rows = schedule_rows(loan_id)
    if fmt == "csv":
        document = rows_to_csv(rows)
    else:
        document = rows2json(rows)
    # ok: python-path-traversal
    return send_file(document, download_name=f"{loan_id}-schedule.{fmt}", as_attachment=True)


@app.route("/loans/<loan_id>/contract.pdf")
def export_contract(loan_id):
    buffer = io.BytesIO()
    buffer.write(render_contract(loan_id))
    buffer.seek(0)
    # ok: python-path-traversal
    send_file(buffer, download_name=f"{loan_id}.pdf")
    # ok: python-path-traversal
    return send_file(io.BytesIO(render_contract(request.args["loan_id"]).encode()), mimetype="application/pdf")


@app.route("/loans/<loan_id>/attachment")
def loan_attachment(loan_id):
    # a path from the request, even with a download name, is still read from the disk
    # ruleid: python-path-traversal
    send_file(os.path.join(UPLOADS, loan_id), download_name="contract.pdf")
    document = load_attachment_path(loan_id)
    # ruleid: python-path-traversal
    return send_file(document, download_name="contract.pdf")


# A row loaded by an ORM lookup holds the database's values (a stored file name the application
# wrote), not the request's, though the request chose the row.
@app.get("/borrowers/<login>/photo")
def borrower_photo(login):
    borrower = Borrower.query.filter(Borrower.login == login).first()
    # ok: python-path-traversal
    return send_file(os.path.join(UPLOADS, borrower.photo))


@app.delete("/borrowers/<login>")
def delete_borrower(login):
    borrower = Borrower.query.filter_by(login=login).one()
    # ok: python-path-traversal
    shutil.rmtree(os.path.join(UPLOADS, f"exports/{borrower.id}"), ignore_errors=True)
    # ruleid: python-path-traversal
    shutil.rmtree(os.path.join(UPLOADS, f"exports/{login}"), ignore_errors=True)
    return "ok"


# A Flask view's parameter annotated with a model class is not a URL variable (Flask passes only
# those, as str, int, float, path or UUID): an authentication decorator passes the logged-in
# user's row. The URL's own variables, annotated or not, are still request data.
def require_borrower(view):
    return view


@app.route("/borrowers/<login>/photo", methods=["POST"])
@require_borrower
def replace_photo(auth_borrower: Borrower, login: str):
    # ok: python-path-traversal
    os.remove(os.path.join(UPLOADS, auth_borrower.photo))
    # ruleid: python-path-traversal
    os.remove(os.path.join(UPLOADS, login))
    return "ok"


@app.route("/borrowers/<login>/card")
def borrower_card(login: Optional[str]):
    # ruleid: python-path-traversal
    return send_file(os.path.join(UPLOADS, login))


@app.route("/borrowers/<login>/statement", methods=["POST"])
def save_statement(login: str, body: StatementForm):
    # ruleid: python-path-traversal
    return send_file(os.path.join(UPLOADS, body.file_name))


# Flask's open_resource and open_instance_resource join the name to the application's (or the
# instance) folder with no check of their own: a name from the request can climb out with "../".
@app.route("/forms", methods=["POST"])
def loan_form_text():
    name = request.form["form"]
    # ruleid: python-path-traversal
    with flask.current_app.open_resource(name) as f:
        text = f.read()
    # ruleid: python-path-traversal
    with app.open_instance_resource("forms/" + name) as g:
        text += g.read()
    # ok: python-path-traversal
    with flask.current_app.open_resource("forms/standard.txt") as h:
        text += h.read()
    # ok: python-path-traversal
    with app.open_resource(secure_filename(name)) as k:
        text += k.read()
    return text


# An extension from os.path.splitext is "." and then no dot and no separator: splitext looks for
# the last dot after the last separator ("x./../../etc" has none, so ".."-free "" comes back).
# A stored name of a digest and that extension is one plain file name in the folder; the part
# before the extension keeps the upload's name and stays tainted.
@app.route("/statements/upload", methods=["POST"])
def upload_statement():
    upload = request.files["statement"]
    stem, ext = os.path.splitext(upload.filename)
    stored = hashlib.sha256(upload.read()).hexdigest() + ext
    # ok: python-path-traversal
    open(os.path.join(UPLOADS, stored), "wb")
    # ruleid: python-path-traversal
    open(os.path.join(UPLOADS, stem + ".pdf"), "wb")
    suffix = os.path.splitext(request.args["name"])[1]
    # ok: python-path-traversal
    open(os.path.join(UPLOADS, "scan" + suffix), "rb")
    # ruleid: python-path-traversal
    open(os.path.join(UPLOADS, os.path.splitext(request.args["name"])[0]), "rb")
    return "ok"


# The extension's name given a request value afterwards: not taken for splitext's any more.
@app.route("/statements/rename", methods=["POST"])
def rename_statement():
    stem, ext = os.path.splitext(request.form["name"])
    if not ext:
        ext = request.form["ext"]
    # ruleid: python-path-traversal
    open(os.path.join(UPLOADS, "scan" + ext), "rb")
    return "ok"


# Django's UploadedFile keeps only the base name of what the client sent (its name setter takes
# os.path.basename): no folder, no "..". The client's own name and other form values still are.
def store_django_scan(request):
    scan = request.FILES["scan"]
    # ok: python-path-traversal
    with open(os.path.join(UPLOADS, scan.name), "wb") as out:
        out.write(scan.read())
    # ok: python-path-traversal
    open(Path(UPLOADS) / request.FILES.get("id_card").name, "wb")
    for page in request.FILES.getlist("pages"):
        # ok: python-path-traversal
        open(os.path.join(UPLOADS, page.name), "wb")
    # ruleid: python-path-traversal
    open(os.path.join(UPLOADS, request.POST["folder"], scan.name), "wb")
    return "ok"



# Django's safe_join raises SuspiciousFileOperation for a path that leaves its root: what it
# returns is under the root. A plain join of the same values is still reported.
def download_contract(request):
    from django.utils._os import safe_join

    # ok: python-path-traversal
    open(safe_join(UPLOADS, request.GET["contract"]), "rb")
    checked = safe_join(UPLOADS, request.GET["contract"])
    # ok: python-path-traversal
    open(checked, "rb")
    # ruleid: python-path-traversal
    open(os.path.join(UPLOADS, request.GET["contract"]), "rb")
    return "ok"


# A route parameter annotated with a number, a boolean, a UUID or a date (alone, optional, in
# Annotated[...] or a list) is converted before the handler runs: it cannot carry the attack. A
# str beside it can, and so can a Flask <name> variable whatever its annotation says.
from typing import Annotated, List, Optional
from uuid import UUID

from fastapi import FastAPI, Path, Query

typed_api = FastAPI()


@typed_api.get("/branches/{branch_id}/typed")
async def typed_params(
    branch_id: Annotated[int, Path(ge=1)],
    page: Optional[int] = None,
    rate: float | None = None,
    loan_uuid: UUID | None = None,
    active: bool = True,
    ids: List[int] = Query([]),
    label: Annotated[str, Query()] = "",
):
    # ok: python-path-traversal
    open(f"/data/branches/{branch_id}/{loan_uuid}/page-{page}.pdf")
    # ruleid: python-path-traversal
    open(f"/data/branches/{branch_id}/{label}.pdf")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-path-traversal
    return send_file("/data/codes/" + code)
