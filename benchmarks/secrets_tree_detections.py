"""Every detection of the secrets engine over a tree, one `path:line:detector` per line (values
never shown), to compare two versions of the rules on code that holds no labels:

    python benchmarks/secrets_tree_detections.py DIR > after.txt
    PYTHONPATH=OLD_CHECKOUT python benchmarks/secrets_tree_detections.py DIR > before.txt
    diff before.txt after.txt

Every regular file that is not binary (a NUL byte in its first 8 KiB) and not over 32 MiB is
read as UTF-8 (undecodable bytes replaced); symlinks are not followed. The count of files read
goes to standard error.
"""

from __future__ import annotations

import os
import sys

from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine

MAX_BYTES = 32 * 2**20


def main() -> None:
    root = sys.argv[1]
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
            for det in engine.scan(rel, raw.decode("utf-8", "replace")).detections:
                print(f"{rel}:{det.line}:{det.detector.id}")
    print(f"files read: {files}", file=sys.stderr)


if __name__ == "__main__":
    main()
