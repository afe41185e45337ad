"""The one way aiscan runs git, and the environment it gives every other tool that may run git.

A scanned repository is hostile. Its `.git/config` (and any file it includes), its attributes
(`.gitattributes`, `.git/info/attributes`) and its hooks can name programs that git runs on the
scanning machine: an fsmonitor hook, filter drivers (clean, smudge, process), diff drivers
(textconv, command), an external diff, a pager, a signature program, a credential helper, an
askpass program, an ssh or proxy command, hooks. Every git process aiscan starts:

- gets the repository's location from aiscan (`GIT_DIR`, `GIT_WORK_TREE`), so `core.worktree`
  cannot move it elsewhere;
- gets command-scope configuration (`GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`,
  which wins over every configuration file) that switches each of those programs off, including
  every filter and diff driver the repository defines, whatever its name;
- runs with `--no-pager`, `--no-replace-objects` and no grafts file (replacement refs and grafts
  cannot hide objects or history), literal
  pathspecs, `GIT_OPTIONAL_LOCKS=0` (nothing refreshes or writes the index), no terminal prompt;
- is plumbing that reads the object database (`cat-file`, `rev-list`, `ls-tree`, `diff-tree`,
  `diff-index --cached`, `ls-files`, `log --raw` without signatures), never a command that applies
  drivers. Working-tree files are hashed by aiscan itself (`worktree_changes`), not by git.

Other tools (semgrep lists files with `git ls-files`) get the same configuration through
`tool_environment`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from aiscan.children import CHILDREN
from aiscan.errors import ToolError

GIT = "git"
DEFAULT_TIMEOUT_S = 600.0
_READ_CHUNK = 1 << 20

# Settings that switch off what repository configuration can make git run. Command scope wins
# over every configuration file (system, global, repository, worktree, included).
NEUTRAL_CONFIG: tuple[tuple[str, str], ...] = (
    ("core.fsmonitor", "false"),
    ("core.hooksPath", os.devnull),  # no hook can be found below a device file
    ("core.untrackedCache", "false"),
    ("core.pager", ""),  # empty: no pager
    ("core.askPass", ""),
    ("core.sshCommand", ""),
    ("core.gitProxy", ""),
    ("core.alternateRefsCommand", ""),
    ("core.editor", ":"),  # ':' is git's "no editor"
    ("sequence.editor", ":"),
    ("core.useReplaceRefs", "false"),
    ("credential.helper", ""),  # an empty value clears the list of helpers
    ("credential.interactive", "false"),
    # An empty external diff fails instead of running anything; aiscan itself never asks for
    # a textual diff (and passes --no-ext-diff where a diff command is used at all).
    ("diff.external", ""),
    ("log.showSignature", "false"),
    ("log.mailmap", "false"),
    ("gpg.program", ""),
    ("gpg.openpgp.program", ""),
    ("gpg.x509.program", ""),
    ("gpg.ssh.program", ""),
    ("gpg.ssh.defaultKeyCommand", ""),
    ("protocol.allow", "never"),  # no transport: no ssh, no ext::, no remote helper
    ("submodule.recurse", "false"),
    ("fetch.recurseSubmodules", "false"),
    ("diff.ignoreSubmodules", "all"),
    ("status.submoduleSummary", "false"),
    ("gc.auto", "0"),
    ("maintenance.auto", "false"),
    ("uploadpack.packObjectsHook", ""),
    ("safe.bareRepository", "explicit"),  # no bare repository hidden in the scanned tree
)

# Environment for every git process (aiscan's and other tools').
_NEUTRAL_ENV = {
    "GIT_OPTIONAL_LOCKS": "0",
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",  # 'cat' means no pager; wins over core.pager and pager.<command>
    "GIT_ASKPASS": "",
    "SSH_ASKPASS": "",
    "GIT_EDITOR": ":",
    "GIT_SEQUENCE_EDITOR": ":",
}
# The operator's environment may point git at another repository (a hook's GIT_DIR) or run
# programs of its own; aiscan's git calls do not inherit these.
_DROPPED_FOR_OWN_CALLS = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_CEILING_DIRECTORIES",
    "GIT_DISCOVERY_ACROSS_FILESYSTEM",
    "GIT_EXTERNAL_DIFF",
    "GIT_DIFF_OPTS",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_PROXY_COMMAND",
    "GIT_TRACE2_EVENT",
)
# Keys of driver settings that name a program, whatever the driver is called.
_DRIVER_KEY = re.compile(r"^(filter|diff|merge)\.(.+)\.(clean|smudge|process|textconv|command|driver)$", re.S)

_EMPTY_TREE_PAYLOAD = b"tree 0\0"


@dataclass(frozen=True)
class Repository:
    """A git working tree: its top folder, its git folder, and a scan root's place in it."""

    top: Path
    git_dir: Path
    prefix: str  # the scan root relative to `top`, POSIX, '' at the top


def find_repository(path: Path) -> Repository | None:
    """The repository whose working tree holds `path` (the nearest `.git` folder or file at or
    above it), or None. Found by aiscan, not by git, so that nothing in the repository's
    configuration (core.worktree) decides where it is."""
    start = path.resolve()
    for folder in (start, *start.parents):
        marker = folder / ".git"
        if marker.is_dir():
            git_dir = marker
        elif marker.is_file():
            git_dir_or_none = _gitfile_target(marker)
            if git_dir_or_none is None:
                continue
            git_dir = git_dir_or_none
        else:
            continue
        prefix = start.relative_to(folder).as_posix()
        return Repository(folder, git_dir, "" if prefix == "." else prefix)
    return None


def _gitfile_target(gitfile: Path) -> Path | None:
    """The folder a `.git` file (`gitdir: <path>`, as in worktrees and submodules) points to."""
    try:
        text = gitfile.read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return None
    first = text.splitlines()[0] if text else ""
    if not first.startswith("gitdir:"):
        return None
    target = Path(first[len("gitdir:") :].strip())
    target = target if target.is_absolute() else gitfile.parent / target
    return target if target.is_dir() else None


def tool_environment(base: Mapping[str, str] | None = None, cwd: Path | None = None) -> dict[str, str]:
    """`base` (default: this process's environment) with git's repository-controlled programs
    switched off, for any tool that may run git. When the tool runs inside a repository (`cwd`),
    the filter and diff drivers that repository defines are switched off too."""
    env = dict(os.environ if base is None else base)
    env.update(_NEUTRAL_ENV)
    repo = find_repository(cwd) if cwd is not None else None
    drivers = _driver_overrides(repo) if repo is not None else ()
    return _with_config(env, (*NEUTRAL_CONFIG, *drivers))


def _with_config(env: dict[str, str], settings: Iterable[tuple[str, str]]) -> dict[str, str]:
    """`settings` appended to the command-scope configuration in `env`, after whatever the
    environment already holds, so that they win."""
    settings = list(settings)
    try:
        count = int(env.get("GIT_CONFIG_COUNT", "0"))
    except ValueError:
        count = 0
    if count < 0 or any(f"GIT_CONFIG_KEY_{i}" not in env for i in range(count)):
        count = 0
    for i, (key, value) in enumerate(settings, start=count):
        env[f"GIT_CONFIG_KEY_{i}"] = key
        env[f"GIT_CONFIG_VALUE_{i}"] = value
    env["GIT_CONFIG_COUNT"] = str(count + len(settings))
    # `git -c` settings a parent git passed down are read after the counted ones: repeat ours
    # after them so that ours still come last.
    if env.get("GIT_CONFIG_PARAMETERS"):
        env["GIT_CONFIG_PARAMETERS"] += "".join(f" {_sq(k)}={_sq(v)}" for k, v in settings)
    return env


def _sq(text: str) -> str:
    """Single-quoted the way git quotes GIT_CONFIG_PARAMETERS."""
    return "'" + text.replace("'", "'\\''").replace("!", "'\\!'") + "'"


def _own_environment(repo: Repository, drivers: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_FOR_OWN_CALLS}
    index = env.get("GIT_INDEX_FILE")
    if index and not os.path.isabs(index):  # relative to where a hook was started
        env["GIT_INDEX_FILE"] = os.path.abspath(index)
    env.update(
        _NEUTRAL_ENV,
        GIT_DIR=str(repo.git_dir),
        GIT_WORK_TREE=str(repo.top),
        GIT_NO_REPLACE_OBJECTS="1",
        GIT_GRAFT_FILE=os.devnull,  # no grafts file rewrites the history that is read
        GIT_LITERAL_PATHSPECS="1",
        LC_ALL="C",
    )
    return _with_config(env, (*NEUTRAL_CONFIG, *drivers))


def _argv(args: Iterable[str]) -> list[str]:
    return [GIT, "--no-pager", "--no-replace-objects", "--literal-pathspecs", *args]


def _run(repo: Repository, args: tuple[str, ...], env: dict[str, str], timeout_s: float) -> bytes:
    stdout: bytes
    stderr: bytes
    popen = {"cwd": repo.top, "env": env, "stdin": subprocess.DEVNULL}
    try:
        with CHILDREN.started(_argv(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen) as proc:
            stdout, stderr = proc.communicate(timeout=timeout_s)
    except FileNotFoundError as exc:
        raise ToolError("git is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        proc.communicate()  # the group is killed: collect what is left, reap the process
        raise ToolError(f"git {args[0]} did not finish within {timeout_s:.0f} s") from exc
    if proc.returncode != 0:
        lines = stderr.decode("utf-8", "replace").strip().splitlines()
        fatal = next((ln for ln in lines if ln.startswith("fatal:")), lines[-1] if lines else "")
        raise ToolError(f"git {args[0]} failed: {fatal or f'exit code {proc.returncode}'}")
    return stdout


@functools.lru_cache(maxsize=32)
def _driver_overrides(repo: Repository) -> tuple[tuple[str, str], ...]:
    """Every filter, diff and merge driver program the repository's configuration defines
    (under any name, in any included file), each set to empty: an empty filter is no filter,
    an empty diff or merge program fails instead of running. When git cannot list the
    configuration, the fixed settings remain; aiscan's own commands never apply a driver."""
    try:
        listing = _run(repo, ("config", "--includes", "--null", "--list"), _own_environment(repo), 60)
    except ToolError:
        return ()
    out: dict[str, str] = {}
    for entry in listing.split(b"\0"):
        key = entry.partition(b"\n")[0].decode("utf-8", "surrogateescape")
        match = _DRIVER_KEY.match(key)
        if match:
            out[key] = ""
            if match.group(1) == "filter":
                out[f"filter.{match.group(2)}.required"] = "false"
    return tuple(out.items())


def run_git(repo: Repository, *args: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> bytes:
    """The output of one git command in `repo`. Raises ToolError when git is missing, fails or
    times out."""
    return _run(repo, args, _own_environment(repo, _driver_overrides(repo)), timeout_s)


def popen_git(
    repo: Repository, *args: str, stdin: int | IO[bytes] | None = subprocess.DEVNULL
) -> subprocess.Popen[bytes]:
    """A streaming git command in `repo` (stdout a pipe, stderr discarded), registered with the
    running children until `finish` is called on it."""
    try:
        return CHILDREN.spawn(
            _argv(args),
            cwd=repo.top,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_own_environment(repo, _driver_overrides(repo)),
        )
    except FileNotFoundError as exc:
        raise ToolError("git is not installed") from exc


def resolve_commit(repo: Repository, rev: str) -> str | None:
    """The commit `rev` names, or None when it names none."""
    try:
        out = run_git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    except ToolError:
        return None
    return out.decode().strip() or None


def head_commit_of(path: Path) -> str | None:
    """The commit checked out where `path` lives, or None outside a repository (or unborn)."""
    repo = find_repository(path)
    return resolve_commit(repo, "HEAD") if repo else None


def split_z(output: bytes) -> list[str]:
    """NUL-separated git output as paths (bytes that are not UTF-8 kept as surrogates)."""
    return [p.decode("utf-8", "surrogateescape") for p in output.split(b"\0") if p]


def object_format(repo: Repository) -> str:
    """'sha1' or 'sha256'."""
    out = run_git(repo, "rev-parse", "--show-object-format").decode().strip()
    return out if out in ("sha1", "sha256") else "sha1"


def empty_tree(repo: Repository) -> str:
    """The name of the empty tree (what an unborn HEAD is compared with)."""
    return hashlib.new(object_format(repo), _EMPTY_TREE_PAYLOAD).hexdigest()


@dataclass(frozen=True)
class RawChange:
    """One entry of `git diff-* --raw -z --no-renames` output."""

    new_mode: str
    new_sha: str
    status: str
    path: str


def parse_raw_diff(output: bytes) -> list[RawChange]:
    """`:<old mode> <new mode> <old sha> <new sha> <status>\\0<path>\\0` entries. Pure."""
    tokens = output.split(b"\0")
    out = []
    for meta, path in zip(tokens[0::2], tokens[1::2], strict=False):
        parts = meta.decode("ascii", "replace").split()
        if len(parts) < 5 or not path:
            continue
        out.append(RawChange(parts[1], parts[3], parts[4], path.decode("utf-8", "surrogateescape")))
    return out


def staged_changes(repo: Repository) -> bytes:
    """`git diff-index --cached --raw -z` of the index against HEAD (the empty tree when HEAD is
    unborn): index and object database only, no working-tree file is read."""
    base = resolve_commit(repo, "HEAD") or empty_tree(repo)
    return run_git(repo, "diff-index", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", base, "--")


def worktree_changes(repo: Repository, below: str = "") -> set[str]:
    """Tracked files (below the folder `below`, top-relative) whose working-tree content is not
    the content the index records, and conflicted or missing ones. aiscan hashes the files
    itself: git would run the repository's clean filters to compare them. A file whose
    attributes convert its content (filters, line endings) therefore counts as changed, which
    only makes a scoped scan read more."""
    pathspec = (below,) if below else ()
    listing = run_git(repo, "ls-files", "--stage", "-z", "--", *pathspec)
    algorithm = object_format(repo)
    changed: set[str] = set()
    for entry in listing.split(b"\0"):
        meta, _, raw_path = entry.partition(b"\t")
        parts = meta.split()
        if len(parts) != 3:
            continue
        path = raw_path.decode("utf-8", "surrogateescape")
        mode, sha, stage = parts[0].decode(), parts[1].decode(), parts[2].decode()
        conflicted = stage != "0"
        if conflicted or (mode != "160000" and _worktree_object(repo.top / path, mode, algorithm) != sha):
            changed.add(path)
    return changed


def _worktree_object(path: Path, mode: str, algorithm: str) -> str | None:
    """The object name git would give the working-tree file without any conversion, or None
    when it is missing or of another kind than the index records. Never follows a symlink,
    never opens anything but a regular file."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if mode == "120000":
        if not stat.S_ISLNK(info.st_mode):
            return None
        target = os.fsencode(os.readlink(path))
        return hashlib.new(algorithm, b"blob %d\0" % len(target) + target).hexdigest()
    if not stat.S_ISREG(info.st_mode):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        opened = os.fstat(fh.fileno())
        if not stat.S_ISREG(opened.st_mode):
            return None
        digest = hashlib.new(algorithm, b"blob %d\0" % opened.st_size)
        read = 0
        while chunk := fh.read(_READ_CHUNK):
            digest.update(chunk)
            read += len(chunk)
    return digest.hexdigest() if read == opened.st_size else None  # changed while being read


def untracked_files(repo: Repository, below: str = "") -> list[str]:
    """Untracked, not ignored files below `below` (top-relative)."""
    pathspec = (below,) if below else ()
    return split_z(run_git(repo, "ls-files", "--others", "--exclude-standard", "-z", "--", *pathspec))


def committed_changes(repo: Repository, base: str) -> list[str]:
    """Files changed between the merge base of `base` and HEAD, and HEAD (tree to tree)."""
    return split_z(
        run_git(
            repo, "diff-tree", "-r", "-z", "--name-only", "--no-renames", "--merge-base", base, "HEAD", "--"
        )
    )
