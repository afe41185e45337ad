import os
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/mfo/uploads/"
ARCHIVE_DIR = "/srv/mfo/archive"


def store_scan(filename, data):
    # ruleid: python-file-write-path-parameter
    with open(UPLOAD_DIR + filename, "wb") as f:
        f.write(data)


def store_note(name, text):
    # ruleid: python-file-write-path-parameter
    f = open(os.path.join(ARCHIVE_DIR, name), "w")
    f.write(text)
    f.close()


def store_scan_safely(filename, data):
    # ok: python-file-write-path-parameter
    with open(UPLOAD_DIR + secure_filename(filename), "wb") as f:
        f.write(data)


def store_note_safely(name, text):
    safe = os.path.basename(name)
    # ok: python-file-write-path-parameter
    with open(os.path.join(ARCHIVE_DIR, safe), "w") as f:
        f.write(text)


def read_scan(filename):
    # ok: python-file-write-path-parameter
    with open(UPLOAD_DIR + filename, "rb") as f:
        return f.read()


def write_report(data):
    # ok: python-file-write-path-parameter
    with open(os.path.join(ARCHIVE_DIR, "report.csv"), "w") as f:
        f.write(data)
