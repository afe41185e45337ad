"""Where the example column of a help table is: a CSV file whose header row names its columns,
one of them `EXAMPLE` or `EXAMPLES` (a database's grammar help shipped as `help.csv`: section,
topic, syntax, text, example). What that column holds is shown to every reader of the help, as
an API description's example value is. Pure: text in, character spans out; nothing is run.

The header is the first line that is neither blank nor a `#` comment; each of its fields must
read as a column name. Fields follow RFC 4180: a quoted field runs across lines, `""` is a quote.
A quote left open, or a header that is not a row of names, gives no span."""

from __future__ import annotations

import re

_NAME = re.compile(r"[A-Za-z][\w .-]{0,40}")
_EXAMPLE = re.compile(r"examples?", re.I)


def _rows(text: str, start: int) -> list[list[tuple[int, int]]] | None:
    """The [start, end) spans of every field of every row from `start`, or None when a quoted
    field is never closed."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    i = start
    n = len(text)
    while i <= n:
        field_start = i
        if i < n and text[i] == '"':
            close = i + 1
            while True:
                close = text.find('"', close)
                if close < 0:
                    return None
                if text.startswith('""', close):
                    close += 2
                    continue
                break
            i = close + 1
        ends = [p for p in (text.find(",", i), text.find("\n", i)) if p >= 0]
        end = min(ends) if ends else n
        row.append((field_start, end))
        if end < n and text[end] == ",":
            i = end + 1
            continue
        rows.append(row)
        row = []
        i = end + 1
    return rows


def example_column_spans(path: str, text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of the fields in a CSV help table's example column, in order."""
    if not path.lower().endswith(".csv"):
        return []
    start = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        start += len(line)
    rows = _rows(text, start)
    if not rows:
        return []
    names = [text[s:e].strip().strip('"').strip() for s, e in rows[0]]
    if len(names) < 2 or not all(_NAME.fullmatch(name) for name in names):
        return []
    columns = {i for i, name in enumerate(names) if _EXAMPLE.fullmatch(name)}
    return [span for row in rows[1:] for i, span in enumerate(row) if i in columns]
