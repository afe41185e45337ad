import os
import shutil
import tarfile
import zipfile


def import_scans(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            target = os.path.join(dest, name)
            # ruleid: python-zip-slip
            with open(target, "wb") as out:
                out.write(zf.read(name))


def import_scans_checked(archive, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive) as zf:
        for name in zf.namelist():
            target = os.path.realpath(os.path.join(root, name))
            if not target.startswith(root + os.sep):
                raise ValueError(name)
            # ok: python-zip-slip
            with open(target, "wb") as out:
                out.write(zf.read(name))


def restore(archive, dest):
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            src = tar.extractfile(member)
            # ruleid: python-zip-slip
            with open(os.path.join(dest, member.name), "wb") as out:
                shutil.copyfileobj(src, out)
            # ok: python-zip-slip
            with open(os.path.join(dest, os.path.basename(member.name)), "wb") as out:
                shutil.copyfileobj(src, out)


def write_report(path, data):
    # ok: python-zip-slip
    with open(path, "w") as out:
        out.write(data)


class Archive:
    def target_filename(self, to_path, name):
        target = os.path.abspath(to_path)
        filename = os.path.abspath(os.path.join(target, name))
        if os.path.commonpath([target, filename]) != target:
            raise ValueError(name)
        return filename

    def extract(self, zf, to_path):
        for name in zf.namelist():
            filename = self.target_filename(to_path, name)
            # ok: python-zip-slip
            with open(filename, "wb") as out:
                out.write(zf.read(name))
