import tempfile


def export_report(rows):
    # ruleid: python-insecure-temp-file
    path = tempfile.mktemp(suffix=".csv")
    # ruleid: python-insecure-temp-file
    with open("/tmp/report.csv", "w") as f:
        f.write(rows)
    # ok: python-insecure-temp-file
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        f.write(rows)
    # ok: python-insecure-temp-file
    with open("reports/report.csv", "w") as f:
        f.write(rows)
    return path
