import tarfile


def import_archive(upload, dest):
    with tarfile.open(fileobj=upload) as tar:
        # ruleid: python-tar-extractall-unfiltered
        tar.extractall(dest)


def import_safe(upload, dest):
    with tarfile.open(fileobj=upload) as tar:
        # ok: python-tar-extractall-unfiltered
        tar.extractall(dest, filter="data")


def one(path, dest):
    tf = tarfile.open(path)
    # ruleid: python-tar-extractall-unfiltered
    tf.extract("report.csv", dest)


def unrelated(z, dest):
    # ok: python-tar-extractall-unfiltered
    z.extractall(dest)
