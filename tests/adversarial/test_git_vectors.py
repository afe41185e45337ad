"""A repository that tries, in every way git offers, to run its own programs on the scanning
machine: configuration (fsmonitor, hooks path, pager, credential helper, ssh and proxy commands,
signature programs, external diff), drivers named in `.gitattributes` and `info/attributes`
(clean/smudge/process filters, textconv and diff commands), included configuration files, and
every hook script. Each program touches its own marker file.

The fixture is first proven armed (plain git run the usual way touches markers), then every aiscan
command runs against it through the console script, with staged, unstaged and untracked changes
present, and no marker may exist afterwards.
"""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from aiscan.cli import cli
from aiscan.tooling import run_tool

BIN = Path(sys.executable).parent
AISCAN = BIN / "aiscan"

HOOKS = (
    "applypatch-msg",
    "pre-applypatch",
    "post-applypatch",
    "pre-commit",
    "pre-merge-commit",
    "prepare-commit-msg",
    "commit-msg",
    "post-commit",
    "pre-rebase",
    "post-checkout",
    "post-merge",
    "pre-push",
    "pre-receive",
    "update",
    "proc-receive",
    "post-receive",
    "post-update",
    "reference-transaction",
    "push-to-checkout",
    "pre-auto-gc",
    "post-rewrite",
    "sendemail-validate",
    "fsmonitor-watchman",
    "p4-changelist",
    "p4-prepare-changelist",
    "p4-post-changelist",
    "p4-pre-submit",
    "post-index-change",
)

# Programs named in configuration: (configuration key, marker name, passes its input through).
CONFIG_PROGRAMS = (
    ("core.fsmonitor", "fsmonitor", False),
    ("core.pager", "core-pager", True),
    ("pager.log", "pager-log", True),
    ("pager.diff", "pager-diff", True),
    ("pager.show", "pager-show", True),
    ("pager.status", "pager-status", True),
    ("pager.ls-files", "pager-ls-files", True),
    ("pager.rev-list", "pager-rev-list", True),
    ("pager.cat-file", "pager-cat-file", True),
    ("core.askPass", "askpass", False),
    ("credential.helper", "credential-helper", False),
    ("core.sshCommand", "ssh-command", False),
    ("core.gitProxy", "git-proxy", False),
    ("core.editor", "editor", False),
    ("sequence.editor", "sequence-editor", False),
    ("core.alternateRefsCommand", "alternate-refs-command", False),
    ("diff.external", "diff-external", False),
    ("gpg.program", "gpg-program", False),
    ("gpg.openpgp.program", "gpg-openpgp-program", False),
    ("gpg.x509.program", "gpg-x509-program", False),
    ("gpg.ssh.program", "gpg-ssh-program", False),
    ("gpg.ssh.defaultKeyCommand", "gpg-ssh-default-key-command", False),
    ("filter.evil.clean", "filter-evil-clean", True),
    ("filter.evil.smudge", "filter-evil-smudge", True),
    ("filter.proc.process", "filter-proc-process", False),
    ("diff.evil.textconv", "diff-evil-textconv", True),
    ("diff.evil.command", "diff-evil-command", False),
    ("merge.evil.driver", "merge-evil-driver", False),
    ("uploadpack.packObjectsHook", "pack-objects-hook", False),
    ("remote.origin.uploadpack", "remote-uploadpack", False),
    ("remote.origin.receivepack", "remote-receivepack", False),
    ("browser.evil.cmd", "browser-cmd", False),
    ("web.browser", "web-browser", False),
    ("difftool.evil.cmd", "difftool-cmd", False),
    ("mergetool.evil.cmd", "mergetool-cmd", False),
    ("sendemail.smtpServer", "sendemail-smtp", False),
    ("sendemail.toCmd", "sendemail-tocmd", False),
    ("sendemail.ccCmd", "sendemail-cccmd", False),
)
# Programs named in a configuration file that the repository's configuration includes.
INCLUDED_PROGRAMS = (
    ("filter.incl.clean", "include-filter-clean", True),
    ("filter.incl.smudge", "include-filter-smudge", True),
    ("diff.incl.textconv", "include-diff-textconv", True),
    ("core.pager", "include-core-pager", True),
)
# ... in a file included only under a condition the repository meets.
CONDITIONAL_PROGRAMS = (
    ("filter.cond.clean", "includeif-filter-clean", True),
    ("diff.cond.textconv", "includeif-diff-textconv", True),
)
# ... in the per-worktree configuration file.
WORKTREE_PROGRAMS = (("filter.wt.clean", "worktree-config-filter-clean", True),)
OTHER_SETTINGS = (
    ("log.showSignature", "true"),
    ("core.untrackedCache", "true"),
    ("core.splitIndex", "true"),
    ("gc.auto", "1"),
    ("gc.autoDetach", "false"),
    ("maintenance.auto", "true"),
    ("filter.evil.required", "true"),
    ("remote.origin.url", "ext::sh -c touch% MARKERS/remote-ext-url"),
    ("remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*"),
    ("protocol.ext.allow", "always"),
    ("protocol.allow", "always"),
    ("submodule.recurse", "true"),
    ("status.showUntrackedFiles", "all"),
    ("alias.whatchanged", "!touch MARKERS/alias"),
)
ATTRIBUTES = "*.py filter=evil diff=evil merge=evil\n*.txt filter=proc diff=evil\n"
INFO_ATTRIBUTES = "*.md filter=incl diff=incl\n*.cfg filter=cond diff=cond\n*.ini filter=wt\n"

# The signature of the signed commit: only its presence matters (verification must be attempted).
SIGNATURE = """-----BEGIN PGP SIGNATURE-----

iQEzBAABCAAdFiEEq0yQ3Kk4wMfV0UNeLB6Q1xVqAUYFAmV9Z3wACgkQLB6Q1xVq
AUa8nQf/b3cz0Ue9R0v7O3qOZtqCN3e1QnPo0sZVdPOAkqk6v3sRkEmX9r4o9lqe
=Wb3T
-----END PGP SIGNATURE-----"""

SECRET = 'AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1"\n'


@dataclass(frozen=True)
class HostileRepo:
    root: Path
    markers: Path
    base: str  # the first commit: a --diff-base with committed changes after it
    env: dict[str, str]

    def fired(self) -> set[str]:
        return {p.name for p in self.markers.iterdir()}

    def clear(self) -> None:
        for p in self.markers.iterdir():
            p.unlink()


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Dev",
        GIT_AUTHOR_EMAIL="dev@example.kz",
        GIT_COMMITTER_NAME="Dev",
        GIT_COMMITTER_EMAIL="dev@example.kz",
        NO_COLOR="1",
        AISCAN_ADVISORY_DB=str(home / "advisories.db"),
    )
    return env


def _git(root: Path, env: dict[str, str], *args: str, stdin: bytes | None = None) -> str:
    proc = subprocess.run(["git", *args], cwd=root, env=env, input=stdin, capture_output=True, check=True)
    return proc.stdout.decode().strip()


def _program(folder: Path, marker: Path, passthrough: bool) -> str:
    """A script that touches `marker` (and passes its input through, for filters and pagers)."""
    script = folder / f"{marker.name}.sh"
    tail = 'exec cat "$@"\n' if passthrough else "exit 0\n"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\n{tail}")
    script.chmod(0o755)
    return str(script)


def _write_config(path: Path, settings: list[tuple[str, str]], env: dict[str, str]) -> None:
    for key, value in settings:
        subprocess.run(["git", "config", "--file", str(path), "--add", key, value], env=env, check=True)


def build_hostile_repo(tmp: Path) -> HostileRepo:
    """The repository with every vector armed, and staged, unstaged and untracked changes."""
    home = tmp / "home"
    home.mkdir()
    env = _clean_env(home)
    markers = tmp / "markers"
    markers.mkdir()
    programs = tmp / "programs"
    programs.mkdir()
    root = tmp / "hostile"
    root.mkdir()
    _git(root, env, "init", "-q", "-b", "main")
    (root / "api").mkdir()
    (root / "api" / "app.py").write_text("def handler(x):\n    return x\n")
    (root / "notes.txt").write_text("release notes\n")
    (root / "README.md").write_text("# loans\n")
    (root / "settings.cfg").write_text("[app]\nmode = prod\n")
    (root / "local.ini").write_text("[db]\nhost = localhost\n")
    (root / ".gitattributes").write_text(ATTRIBUTES)
    _git(root, env, "add", ".")
    _git(root, env, "commit", "-qm", "base")
    base = _git(root, env, "rev-parse", "HEAD")
    (root / "api" / "loans.py").write_text("def rate(amount):\n    return amount * 0.5\n")
    _git(root, env, "add", ".")
    _git(root, env, "commit", "-qm", "loans")
    # A commit carrying a signature header, so that showing the log with signatures really
    # calls the signature program.
    parent = _git(root, env, "rev-parse", "HEAD")
    tree = _git(root, env, "rev-parse", "HEAD^{tree}")
    body = (
        f"tree {tree}\nparent {parent}\n"
        "author Dev <dev@example.kz> 1764000000 +0500\ncommitter Dev <dev@example.kz> 1764000000 +0500\n"
        "gpgsig " + SIGNATURE.replace("\n", "\n ") + "\n\nsigned release\n"
    )
    signed = _git(root, env, "hash-object", "-t", "commit", "-w", "--stdin", stdin=body.encode())
    _git(root, env, "update-ref", "refs/heads/main", signed)
    # Staged, unstaged (one per driver) and untracked changes.
    (root / "api" / "staged.py").write_text(SECRET)
    _git(root, env, "add", "api/staged.py")
    (root / "api" / "app.py").write_text("def handler(x):\n    return eval(x)\n")
    (root / "notes.txt").write_text("release notes, changed\n")
    (root / "README.md").write_text("# loans, changed\n")
    (root / "settings.cfg").write_text("[app]\nmode = staging\n")
    (root / "local.ini").write_text("[db]\nhost = db.internal\n")
    (root / "api" / "untracked.py").write_text("import pickle\n")

    git_dir = root / ".git"
    hooks_path = git_dir / "hooks-elsewhere"
    hooks_path.mkdir()
    for hook in HOOKS:
        for folder, prefix in ((git_dir / "hooks", "hook"), (hooks_path, "hookspath")):
            _program(folder, markers / f"{prefix}-{hook}", False)
            (folder / f"{prefix}-{hook}.sh").rename(folder / hook)

    def armed(table: tuple[tuple[str, str, bool], ...]) -> list[tuple[str, str]]:
        return [(key, _program(programs, markers / name, passthrough)) for key, name, passthrough in table]

    included = git_dir / "evil.inc"
    _write_config(included, armed(INCLUDED_PROGRAMS), env)
    conditional = git_dir / "evil-if.inc"
    _write_config(conditional, armed(CONDITIONAL_PROGRAMS), env)
    _write_config(git_dir / "config.worktree", armed(WORKTREE_PROGRAMS), env)
    settings = [
        ("core.repositoryformatversion", "1"),
        ("extensions.worktreeConfig", "true"),
        ("core.hooksPath", str(hooks_path)),
        *armed(CONFIG_PROGRAMS),
        *[(k, v.replace("MARKERS", str(markers))) for k, v in OTHER_SETTINGS],
        ("include.path", "evil.inc"),
        (f"includeIf.gitdir:{git_dir}.path", "evil-if.inc"),
    ]
    subprocess.run(["git", "config", "--unset-all", "core.repositoryformatversion"], cwd=root, env=env)
    _write_config(git_dir / "config", settings, env)
    (git_dir / "info").mkdir(exist_ok=True)
    (git_dir / "info" / "attributes").write_text(INFO_ATTRIBUTES)
    return HostileRepo(root, markers, base, env)


@pytest.fixture
def hostile(tmp_path: Path) -> HostileRepo:
    return build_hostile_repo(tmp_path)


def _plain_git_fires(repo: HostileRepo) -> set[str]:
    """What plain git, run the usual way, runs from the repository."""
    for args in (
        ("status",),
        # The process filter does not speak its protocol, so git stops at the first file using it.
        ("diff", "HEAD", "--", ":!*.txt"),
        ("diff", "--no-ext-diff", "HEAD", "--", ":!*.txt"),
        ("diff", "HEAD", "--", "*.txt"),
        ("log", "-1", "--format=%H"),
    ):
        subprocess.run(["git", *args], cwd=repo.root, env=repo.env, capture_output=True, check=False)
    # A pager is only started for a terminal.
    leader, follower = pty.openpty()
    try:
        subprocess.run(
            ["git", "log", "-1", "--format=%H"],
            cwd=repo.root,
            env={**repo.env, "TERM": "xterm"},
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=follower,
            check=False,
            timeout=60,
        )
    finally:
        os.close(follower)
        os.close(leader)
    return repo.fired()


ARMED_PROOF = {
    "fsmonitor",
    "gpg-openpgp-program",
    "filter-evil-clean",
    "filter-proc-process",
    "include-filter-clean",
    "includeif-filter-clean",
    "worktree-config-filter-clean",
    "hookspath-post-index-change",
    "diff-evil-command",
    "diff-external",
    "include-diff-textconv",
    "includeif-diff-textconv",
    "diff-evil-textconv",
    "pager-log",
}


def test_the_fixture_is_armed(hostile: HostileRepo) -> None:
    """Plain git triggers the vectors: the test below could fail."""
    fired = _plain_git_fires(hostile)
    assert fired >= ARMED_PROOF, f"not armed: {sorted(ARMED_PROOF - fired)}"


@dataclass(frozen=True)
class Command:
    """One aiscan command line, the exit code it must end with, a text its output must hold and
    the files it must have written: proof that it did its work, not only that it ran nothing."""

    args: list[str]
    exit_code: int
    says: str
    writes: tuple[Path, ...] = ()


def _commands(repo: HostileRepo, out: Path) -> list[Command]:
    root = str(repo.root)
    db = str(out / "advisories.db")
    scoped = "scoped scan"
    return [
        Command(["--help"], 0, "Usage: aiscan"),
        Command(["--version"], 0, "aiscan "),
        Command(["version"], 0, "semgrep"),
        Command(["requirements"], 0, "p19.1"),
        Command(["requirements", "--format", "json"], 0, '"id": "p19.1"'),
        Command(["coverage"], 0, "python"),
        Command(["coverage", root], 0, "python"),
        # eval of a parameter (medium) and an example key (low) stay below the `high` threshold,
        # and every analyzer completes: the release is allowed.
        Command(
            [
                "scan",
                root,
                "--report",
                f"sarif={out / 'r.sarif'}",
                "--report",
                f"json={out / 'r.json'}",
                "--sbom",
                str(out / "scan.cdx.json"),
            ],
            0,
            "RELEASE ALLOWED",
            (out / "r.sarif", out / "r.json", out / "scan.cdx.json"),
        ),
        Command(["scan", root, "--kind", "merge", "--diff-base", repo.base], 0, f"{scoped}: SAST and secret"),
        Command(["scan", root, "--diff-base", "HEAD~1"], 0, "changed since HEAD~1"),
        Command(["scan", root, "api/app.py", "api/untracked.py"], 0, "looked at 2 file(s)"),
        Command(["scan", root, "--kind", "pre-commit", "api/staged.py"], 0, "looked at 1 file(s)"),
        Command(["secrets", root], 0, "assessed by: secrets"),
        Command(["secrets", root, "--history"], 0, "assessed by: secrets"),
        Command(["secrets", root, "--staged"], 0, "looked at 1 file(s)"),
        Command(
            ["secrets", root, "--history", "--format", "json", "-o", str(out / "history.json")],
            0,
            "Full report:",
            (out / "history.json",),
        ),
        Command(
            ["baseline", "create", root, "-o", str(out / "baseline.yaml")],
            0,
            "Baseline written",
            (out / "baseline.yaml",),
        ),
        Command(["baseline", "create", root], 0, "Baseline written", (repo.root / "aiscan-baseline.yaml",)),
        Command(["sbom", root], 0, '"bomFormat": "CycloneDX"'),
        Command(["sbom", root, "-o", str(out / "sbom.xml")], 0, "SBOM written", (out / "sbom.xml",)),
        # no database yet: the status says so, as an incomplete result
        Command(["db", "status", "--db", db], 3, "no advisory database"),
        # the tree holds no advisory export: each file is rejected and nothing is imported
        Command(["db", "import", "--db", db, root], 3, "(0 records)", (out / "advisories.db",)),
        Command(["release", _ais_description(repo, out)], 0, "RELEASE ALLOWED"),
        *_archive_commands(repo, out),
        # A probe reads no tree: run from inside the hostile one, it must still run nothing of it.
        # Nothing listens on port 1: the endpoint is not assessed and the release is blocked.
        Command(
            ["probe", "--no-browser", "--connect-timeout", "1", "https://127.0.0.1:1/login"],
            3,
            "SCAN INCOMPLETE",
        ),
    ]


def _archive_commands(repo: HostileRepo, out: Path) -> list[Command]:
    """The retention archive reads the hostile repository's commit from its object database."""
    import json

    from aiscan.gitaccess import find_repository, resolve_commit
    from aiscan.models import ComponentVersion, ReleaseIdentity

    found = find_repository(repo.root)
    commit = (resolve_commit(found, "HEAD") if found else None) or "0" * 40
    component = ComponentVersion("main", ("api",), str(repo.root), None, None, commit, False)
    rid = ReleaseIdentity("hostile", "", (component,)).release_id
    report = out / "release.json"
    block = {"ais": "hostile", "components": [{"id": "main", "kinds": ["api"], "path": str(repo.root),
                                              "commit": commit, "dirty": False}]}  # fmt: skip
    report.write_text(json.dumps({"target": {"path": str(repo.root)}, "release": block}))
    archive = out / "archive"
    where = ["--archive", str(archive), "--key", str(out / "archive.key")]
    return [
        Command(["archive", "init", *where, "--plaintext"], 0, "checkpoint:", (archive / "archive.json",)),
        Command(
            ["archive", "put", *where, "--report", str(report), "--file", f"sarif={out / 'r.sarif'}"],
            0,
            f"archived {rid}",
            (archive / "bundles" / f"{rid}.tar.gz",),
        ),
        Command(
            ["archive", "mark-live", *where, rid, "--date", "2025-01-01"], 0, "in operation from 2025-01-01"
        ),
        Command(["archive", "list", *where[:2]], 0, f"{rid}  archived"),
        Command(["archive", "show", *where[:2], rid], 0, "live 2025-01-01"),
        Command(["archive", "find", *where[:2], "--date", "2025-06-01"], 0, f"{rid}  live 2025-01-01"),
        Command(
            ["archive", "get", *where[:2], rid, "--dest", str(out / "restored")],
            0,
            f"restored {rid}",
            (out / "restored" / "manifest.json", out / "restored" / "sources" / commit / "api" / "loans.py"),
        ),
        Command(["archive", "verify", *where], 0, "verified: nothing changed"),
        Command(["archive", "prune", *where, "--dry-run"], 0, "nothing is past retention"),
    ]


def _ais_description(repo: HostileRepo, out: Path) -> str:
    """The hostile tree released twice: as it is on disk, and at its base commit (read from the
    object database, as a ref that is not the checked-out commit is)."""
    path = out / "aiscan-ais.toml"
    root = str(repo.root).replace("\\", "\\\\").replace('"', '\\"')
    path.write_text(
        'organisation = "O"\nais = "A"\n'
        f'[[components]]\nid = "tree"\nkind = "api"\nsources = ["{root}"]\n'
        f'[[components]]\nid = "base"\nkind = "web"\nsources = [{{ path = "{root}", ref = "{repo.base}" }}]\n'
    )
    return str(path)


def _every_command_name() -> set[str]:
    names = set()
    for name, command in cli.commands.items():
        subcommands = getattr(command, "commands", None)
        names |= {f"{name} {sub}" for sub in subcommands} if subcommands else {name}
    return names


def test_every_command_is_exercised(tmp_path: Path) -> None:
    repo = HostileRepo(tmp_path, tmp_path, "base", {})
    run = {
        " ".join(c.args[:2]) if c.args[0] in ("db", "baseline", "archive") else c.args[0]
        for c in _commands(repo, tmp_path)
    }
    missing = _every_command_name() - run
    assert not missing, f"not run against the hostile repository: {missing}"


def test_no_aiscan_command_runs_anything_from_the_repository(hostile: HostileRepo, tmp_path: Path) -> None:
    assert _plain_git_fires(hostile) >= ARMED_PROOF
    hostile.clear()
    out = tmp_path / "out"
    out.mkdir()
    fired: dict[str, list[str]] = {}
    tracebacks = []
    for command in _commands(hostile, out):
        args = command.args
        proc = subprocess.run(
            [str(AISCAN), *args],
            cwd=hostile.root,  # the worst case: the operator runs aiscan from inside the tree
            env=hostile.env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if "Traceback" in proc.stderr:
            tracebacks.append(" ".join(args))
        assert proc.returncode == command.exit_code, (args, proc.returncode, proc.stderr[-2000:])
        assert command.says in proc.stdout + proc.stderr, (args, command.says, proc.stdout[-2000:])
        missing = [str(p) for p in command.writes if not p.is_file() or p.stat().st_size == 0]
        assert not missing, (args, "did not write", missing)
        if hostile.fired():
            fired[" ".join(args)] = sorted(hostile.fired())
            hostile.clear()
    assert not fired, f"repository programs were run: {fired}"
    assert not tracebacks, tracebacks


PORCELAIN = (
    ("status",),
    ("diff", "HEAD", "--", ":!*.txt"),
    ("diff", "HEAD", "--", "*.txt"),
    ("diff", "--stat", "HEAD"),
    ("log", "-1", "-p"),
    ("show", "HEAD"),
    ("ls-files", "--others", "--exclude-standard"),
    ("add", "--dry-run", "."),
)


def test_git_run_by_another_tool_runs_nothing_from_the_repository(hostile: HostileRepo) -> None:
    """semgrep and the like may run git in the tree themselves: the environment aiscan gives
    every tool (aiscan.tooling.run_tool) neutralises even porcelain commands, which plain git
    shows are armed."""
    for args in PORCELAIN:
        subprocess.run(["git", *args], cwd=hostile.root, env=hostile.env, capture_output=True, check=False)
    assert hostile.fired() >= {"fsmonitor", "filter-evil-clean", "diff-external", "gpg-openpgp-program"}
    hostile.clear()
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(hostile.env)
    try:
        for args in PORCELAIN:
            run_tool(["git", *args], timeout_s=120, cwd=hostile.root)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert not hostile.fired()


def test_the_scoped_and_staged_scans_still_see_the_changes(hostile: HostileRepo, tmp_path: Path) -> None:
    """Neutralising git must not blind aiscan: the staged secret and the changed files are read."""
    out = tmp_path / "s.json"
    subprocess.run(
        [str(AISCAN), "secrets", str(hostile.root), "--staged", "-f", "json", "-o", str(out)],
        env=hostile.env,
        capture_output=True,
        check=False,
    )
    assert "api/staged.py" in out.read_text()
    report = tmp_path / "m.json"
    subprocess.run(
        [str(AISCAN), "scan", str(hostile.root), "--diff-base", hostile.base, "--report", f"json={report}"],
        env=hostile.env,
        capture_output=True,
        check=False,
    )
    text = report.read_text()
    for changed in ("api/app.py", "api/loans.py", "api/staged.py", "api/untracked.py"):
        assert changed in text, changed
    assert not hostile.fired()


@pytest.fixture(autouse=True)
def _needs_git() -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
