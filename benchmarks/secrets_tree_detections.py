"""Every detection of the secrets engine over a tree, one `path:line:detector` per line (values
never shown), to compare two versions of the rules on code that holds no labels:

    python benchmarks/secrets_tree_detections.py DIR > after.txt
    PYTHONPATH=OLD_CHECKOUT python benchmarks/secrets_tree_detections.py DIR > before.txt
    diff before.txt after.txt

With `--severity`, each finding the detections make is printed instead, with the severity it is
reported at (`path:line:detector:severity`, a test path's finding at the detector's test
severity), e.g. to count what would weigh on the gate: `... --severity DIR | grep -cE
':(high|critical)$'`.

Every regular file that is not binary (a NUL byte in its first 8 KiB) and not over 32 MiB is
read as UTF-8 (undecodable bytes replaced); symlinks are not followed. The count of files read
goes to standard error.
"""

from __future__ import annotations

import os
import sys

from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from aiscan.secrets.findings import detection_findings

MAX_BYTES = 32 * 2**20


def main() -> None:
    args = sys.argv[1:]
    severity = "--severity" in args
    root = next(a for a in args if a != "--severity")
    engine = Engine(load_ruleset())
    files = 0
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            path = os.path.join(folder, name)
            if os.path.islink(path):
                continue
            try:
                with open(path, "rb") as f:
                    raw = f.read(MAX_BYTES + 1)
            except OSError:
                continue
            if b"\0" in raw[:8192] or len(raw) > MAX_BYTES:
                continue
            files += 1
            rel = os.path.relpath(path, root)
            scanned = engine.scan(rel, raw.decode("utf-8", "replace"))
            if severity:
                for finding in detection_findings(scanned, engine):
                    where = finding.location.start_line
                    print(f"{rel}:{where}:{finding.rule_id}:{finding.severity.value}")
                continue
            for det in scanned.detections:
                print(f"{rel}:{det.line}:{det.detector.id}")
    print(f"files read: {files}", file=sys.stderr)


if __name__ == "__main__":
    main()
