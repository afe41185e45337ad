"""Where a source's documentation comments are, in the languages whose documentation is written in
comments rather than in strings: a `/** ... */` block opening a line (JSDoc, Javadoc, PHPDoc,
KDoc, Scaladoc, Doxygen), a run of `///` or `//!` lines (C#, Rust, Swift, Dart), and a Go doc
comment: the run of `//` lines right above a declaration (`func`, `type`, `var`, `const`,
`package`). In Ruby, a run of `#` lines right above code that holds a YARD tag (`# @example`,
`# @param`, `# @return`, `# @since`), and a heredoc handed to a `doc` key or to `desc`
(`:doc => <<-DOC`, `desc <<-EOT`). Their text is documentation, as a Python docstring is
(docstrings.py); a value given to a secret's name there is a usage example. Pure: text in,
character spans out; nothing is run.

Only comments that open a line count: `/**` inside a string (`"/api/**"`, a glob) opens nothing,
and a plain `//` or `/* */` comment (a credential commented out) is not documentation, nor is a
Ruby `#` comment without a documentation tag, nor a heredoc of any other use (a file written
out)."""

from __future__ import annotations

import re

_BLOCK_LANGUAGES = frozenset(
    {
        ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx",
        ".java", ".kt", ".kts", ".scala", ".groovy", ".php", ".swift", ".dart",
        ".cs", ".go", ".rs", ".c", ".h", ".cc", ".cpp", ".hpp",
    }
)  # fmt: skip
_SLASH_DOC_LANGUAGES = frozenset({".cs", ".rs", ".swift", ".dart"})
_BLOCK_OPEN = re.compile(r"^[ \t]*/\*\*(?!/)", re.M)
_SLASH_DOC_LINE = re.compile(r"^[ \t]*//[/!](?!/)")
_GO_COMMENT_LINE = re.compile(r"^[ \t]*//")
_GO_DECLARATION = re.compile(r"(?:func|type|var|const|package)\b")
_RUBY_LANGUAGES = frozenset({".rb", ".rake", ".gemspec"})
_RUBY_COMMENT_LINE = re.compile(r"^[ \t]*#(?!\{)")
_YARD_TAG = re.compile(
    r"^[ \t]*#[ \t]*@(?:example|param|option|return|raise|yield|yieldparam|since|api|see|note|overload)\b"
)
# a heredoc opened as a `doc` key's value or `desc`'s argument; group 2 names its terminator
_RUBY_DOC_HEREDOC = re.compile(
    r"(?:(?::doc[ \t]*=>|\bdoc:)|^[ \t]*desc[ \t]*\(?)[ \t]*<<[-~]?(['\"]?)([A-Za-z_]\w*)\1", re.M
)


def doc_comment_spans(path: str, text: str) -> list[tuple[int, int]]:
    """The [start, end) character offsets of every documentation comment in `text`, in order and
    disjoint; none for a language without such comments (a Python file's docstrings are found
    by docstrings.py)."""
    suffix = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix in _RUBY_LANGUAGES:
        return _disjoint(sorted(_ruby_doc_spans(text) + _ruby_heredoc_spans(text)))
    if suffix not in _BLOCK_LANGUAGES:
        return []
    spans = _block_spans(text)
    if suffix in _SLASH_DOC_LANGUAGES:
        spans += _slash_doc_spans(text)
    if suffix == ".go":
        spans += _go_doc_spans(text)
    return _disjoint(sorted(spans))


def _block_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for opened in _BLOCK_OPEN.finditer(text):
        close = text.find("*/", opened.end())
        if close == -1:
            break
        spans.append((opened.start(), close + 2))
    return spans


def _slash_doc_spans(text: str) -> list[tuple[int, int]]:
    """Runs of consecutive `///` or `//!` lines."""
    spans, offset, start = [], 0, -1
    for line in text.splitlines(keepends=True):
        if _SLASH_DOC_LINE.match(line):
            start = offset if start == -1 else start
        elif start != -1:
            spans.append((start, offset))
            start = -1
        offset += len(line)
    if start != -1:
        spans.append((start, offset))
    return spans


def _go_doc_spans(text: str) -> list[tuple[int, int]]:
    """Go doc comments: a run of `//` lines whose next line declares something at top level."""
    lines, starts = _lines_and_starts(text)
    return [
        (starts[i], starts[j])
        for i, j in _comment_runs(lines, _GO_COMMENT_LINE)
        if j < len(lines) and _GO_DECLARATION.match(lines[j])
    ]


def _ruby_doc_spans(text: str) -> list[tuple[int, int]]:
    """YARD documentation: a run of `#` lines holding a tag, whose next line is code."""
    lines, starts = _lines_and_starts(text)
    return [
        (starts[i], starts[j])
        for i, j in _comment_runs(lines, _RUBY_COMMENT_LINE)
        if j < len(lines) and lines[j].strip() != "" and any(_YARD_TAG.match(line) for line in lines[i:j])
    ]


def _lines_and_starts(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` with their ends, and the offset each starts at (one more: the end)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return lines, starts


def _comment_runs(lines: list[str], comment: re.Pattern[str]) -> list[tuple[int, int]]:
    """(first, one past the last) line index of each run of consecutive comment lines."""
    runs = []
    i = 0
    while i < len(lines):
        if not comment.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and comment.match(lines[j]):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _ruby_heredoc_spans(text: str) -> list[tuple[int, int]]:
    """Heredocs handed to a `doc` key or to `desc`: from the line after the opener to the
    terminator's line (an unterminated one covers nothing)."""
    spans = []
    for opened in _RUBY_DOC_HEREDOC.finditer(text):
        body = text.find("\n", opened.end())
        if body == -1:
            continue
        end = re.compile(r"^[ \t]*" + re.escape(opened.group(2)) + r"[ \t]*$", re.M).search(text, body + 1)
        if end is not None:
            spans.append((body + 1, end.start()))
    return spans


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
