"""What a scoped scan looks at: explicit files (a pre-commit hook) or the files changed since a git
revision (a merge-request pipeline), and how such a scan is marked so that no release decision can
be made from it.

A scoped scan runs SAST and secret detection over the named files only. Everything whose evidence
needs the whole tree (which components exist, that every language is covered, that no critical
finding remains anywhere) cannot be proven by it: every analyzer run of a scoped scan is recorded as
`partial`, so the requirements that rely on it read NOT_ASSESSED, never PASS, and a release policy
(which blocks on NOT_ASSESSED) can never be satisfied by one. A release scan refuses a scope
outright.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from aiscan.errors import ToolError, UsageError
from aiscan.gitaccess import (
    committed_changes,
    find_repository,
    parse_raw_diff,
    resolve_commit,
    staged_changes,
    untracked_files,
    worktree_changes,
)
from aiscan.inventory import (
    Inventory,
    SourceFile,
    TreeListing,
    classify_name,
    detect_components,
    list_tree,
    walk,
)
from aiscan.models import AnalyzerRun, Component, Gap, RunStatus, ScanScope

RELEASE = "release"


def scan_kind_for(explicit: str | None, diff_base: str | None, files: Sequence[str]) -> str:
    """The scan kind when the command line does not name one: a diff scan gates a merge, a scan
    of explicit files gates a commit, anything else a release."""
    if explicit:
        return explicit
    if diff_base:
        return "merge"
    if files:
        return "pre-commit"
    return RELEASE


def check_scope_allowed(scan_kind: str, diff_base: str | None, files: Sequence[str] | None) -> None:
    if scan_kind == RELEASE and (diff_base or files):
        raise UsageError(
            "a release scan judges the whole version: --diff-base and FILE arguments are for "
            "--kind merge or --kind pre-commit"
        )
    if diff_base and files:
        raise UsageError("give either --diff-base or FILE arguments, not both")


def relative_paths(root: Path, files: Iterable[str], cwd: Path | None = None) -> tuple[str, ...]:
    """Files named on the command line (relative to the current directory, as a shell or
    pre-commit passes them) as POSIX paths relative to the scan root."""
    root = root.resolve()
    cwd = (cwd or Path.cwd()).resolve()
    out: set[str] = set()
    for name in files:
        path = Path(name)
        absolute = path if path.is_absolute() else cwd / path
        if not absolute.exists():
            raise UsageError(f"{name}: no such file")
        try:
            rel = absolute.resolve().relative_to(root)
        except ValueError:
            raise UsageError(f"{name}: not inside the scanned tree {root}") from None
        if absolute.is_file():
            out.add(rel.as_posix())
        else:
            out.update(p for p, _ in _walk_below(root, rel.as_posix()))
    return tuple(sorted(out))


def _walk_below(root: Path, rel_dir: str) -> Iterable[tuple[str, Path]]:
    prefix = "" if rel_dir in ("", ".") else rel_dir.rstrip("/") + "/"
    for rel, path in walk(root / prefix if prefix else root):
        yield prefix + rel, path


def changed_paths(root: Path, base: str) -> tuple[str, ...]:
    """Files changed since `base` (merge base of `base` and HEAD, to HEAD), plus the working
    tree's staged, unstaged and untracked (not ignored) files, relative to `root`. Read from the
    object database and by hashing the working-tree files (aiscan.gitaccess): nothing the
    repository configures (fsmonitor, filters, hooks) runs."""
    repo = find_repository(root)
    if repo is None:
        raise UsageError(f"{root}: --diff-base needs a git repository")
    if resolve_commit(repo, base) is None:
        raise UsageError(
            f"--diff-base {base}: unknown revision",
            hint="in a CI clone, fetch it first: git fetch origin main, or check out with full depth",
        )
    try:
        committed = committed_changes(repo, base)
        staged = [c.path for c in parse_raw_diff(staged_changes(repo))]
        unstaged = worktree_changes(repo, repo.prefix)
        untracked = untracked_files(repo, repo.prefix)
    except ToolError as exc:
        raise UsageError(
            f"--diff-base {base}: cannot compare with HEAD: {exc.message}",
            hint="a shallow clone may lack the merge base: fetch more history (fetch-depth: 0)",
        ) from None
    names = {*committed, *staged, *unstaged, *untracked}
    return repo_paths_below(repo.top, root.resolve(), names)


def repo_paths_below(top: Path, root: Path, names: Iterable[str]) -> tuple[str, ...]:
    """Repository-relative names as paths relative to a scan root inside the repository."""
    try:
        prefix = root.relative_to(top).as_posix()
    except ValueError:
        return ()
    prefix = "" if prefix == "." else prefix + "/"
    out = {n[len(prefix) :] for n in names if n.startswith(prefix)}
    return tuple(sorted(out))


def resolve_scope(root: Path, only_paths: tuple[str, ...] | None, diff_base: str | None) -> ScanScope:
    if diff_base:
        return ScanScope("diff", changed_paths(root, diff_base), diff_base)
    if only_paths is not None:
        return ScanScope("files", tuple(sorted(set(only_paths))))
    return ScanScope()


def tree_components(
    root: Path,
    exclude: Sequence[str],
    component_paths: Mapping[Component, tuple[str, ...]] | None = None,
    listing: TreeListing | None = None,
) -> tuple[Component, ...]:
    """The components of the whole tree, judged from file names only (no file is read): a scoped
    scan must not take a requirement as NOT_APPLICABLE because the changed files happen to be
    all of one component. `listing` is the tree's `list_tree`, walked here when not given."""
    tree = listing if listing is not None else list_tree(root.resolve(), exclude)
    large = tuple(SourceFile(rel, classify_name(rel) or "", 0) for rel in tree.too_large)
    files = tuple(sorted((*tree.files, *large), key=lambda f: f.path))
    return detect_components(Inventory(root, files, tree.other_files), component_paths)


def scope_note(scope: ScanScope) -> str | None:
    if not scope.limited:
        return None
    n = len(scope.paths or ())
    if scope.mode == "diff":
        what = f"{n} file(s) changed since {scope.diff_base}"
    else:
        what = f"{n} file(s) named on the command line"
    return (
        f"scoped scan: SAST and secret detection looked at {what} only; whole-tree requirements "
        "are NOT_ASSESSED and no release decision can be made from this scan"
    )


def mark_scoped_runs(runs: Sequence[AnalyzerRun], scope: ScanScope) -> tuple[AnalyzerRun, ...]:
    """In a scoped scan, a complete run covered only part of the tree: record it as partial with
    a gap that says so. Error and skipped runs stay as they are."""
    if not scope.limited:
        return tuple(runs)
    n = len(scope.paths or ())
    since = f" changed since {scope.diff_base}" if scope.mode == "diff" else ""
    gap = Gap(
        ".", f"scoped scan: only {n} file(s){since} were in scope; the rest of the tree was not analysed"
    )
    out = []
    for run in runs:
        if run.status is RunStatus.OK:
            reason = f"{run.reason}; " if run.reason else ""
            run = replace(
                run,
                status=RunStatus.PARTIAL,
                reason=f"{reason}scoped to {n} file(s){since}",
                gaps=(*run.gaps, gap),
            )
        out.append(run)
    return tuple(out)
