import shutil
import tarfile
import zipfile


def import_statements(path, dest):
    with tarfile.open(path) as tar:
        # ruleid: python-unsafe-archive-extraction
        tar.extractall(dest)


def import_statements_safe(path, dest):
    with tarfile.open(path) as tar:
        # ok: python-unsafe-archive-extraction
        tar.extractall(dest, filter="data")


def import_zip(path, dest):
    z = zipfile.ZipFile(path)
    # ruleid: python-unsafe-archive-extraction
    z.extractall(dest)


def import_zip_limited(path, dest):
    z = zipfile.ZipFile(path)
    total = sum(i.file_size for i in z.infolist())
    if total > 50 * 1024 * 1024:
        raise ValueError("archive too large")
    # ok: python-unsafe-archive-extraction
    z.extractall(dest)


def unpack(path, dest):
    # ruleid: python-unsafe-archive-extraction
    shutil.unpack_archive(path, dest)
