"""What is in the repository: its source files, their languages and the AIS components (p14).

One walk of the tree, shared by every analyzer, iterative and without following symlinks.
Generated and minified source ships, so it is read like any other. What is not read is listed with
its reason: binary files, source too large for SAST, symlinks (never followed out of the tree),
FIFOs and devices, unreadable files, and the folders left out (third-party packages and caches by
name, build output only with a build file beside it). `Inventory.unread()` is the part of that
which is content of the tree no analyzer read: analyzers report it as gaps.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from aiscan.library_copy import library_copy
from aiscan.models import Component, ComponentEvidence, SkippedFile
from aiscan.sast.vendored import THIRD_PARTY, third_party_script
from aiscan.textdecode import binary_kind

# Version-control metadata: not part of the tree's content, pruned without a word in the report.
_VCS_DIRS = frozenset({".git", ".hg", ".svn"})

# Third-party code, pruned by name and named in the report with this reason.
_THIRD_PARTY_DIRS: Mapping[str, str] = {
    "node_modules": "third-party packages (npm)",
    "bower_components": "third-party packages (bower)",
    "jspm_packages": "third-party packages (jspm)",
    "vendor": "vendored third-party code",
    "vendored": "vendored third-party code",
    "_vendor": "vendored third-party code",
    "third_party": "vendored third-party code",
    "third-party": "vendored third-party code",
    "thirdparty": "vendored third-party code",
    "3rdparty": "vendored third-party code",
    "3rdParty": "vendored third-party code",
    "3rd-party": "vendored third-party code",
    "3rd_party": "vendored third-party code",
    "Pods": "third-party packages (CocoaPods)",
    "Carthage": "third-party packages (Carthage)",
    "site-packages": "installed Python packages",
}

# Caches and tool state, pruned by name and named in the report.
_CACHE_DIRS: Mapping[str, str] = {
    "__pycache__": "Python bytecode cache",
    ".tox": "tox environments",
    ".nox": "nox environments",
    ".mypy_cache": "mypy cache",
    ".ruff_cache": "ruff cache",
    ".pytest_cache": "pytest cache",
    ".gradle": "Gradle cache",
    ".terraform": "Terraform providers and modules",
    ".dart_tool": "Dart tool state",
    ".eggs": "setuptools eggs",
    "coverage": "test coverage output",
    "htmlcov": "test coverage output",
}

# Build output: pruned only on evidence, a build file beside the folder (so a hand-written
# `build/` or `bin/` folder is still read). The value is the names that count as evidence.
_PROJECT_FILES = ("package.json", "pyproject.toml", "setup.py", "setup.cfg")
_BUILD_OUTPUT_DIRS: Mapping[str, tuple[str, ...]] = {
    "build": (
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts",
        "CMakeLists.txt",
        "meson.build",
        "build.xml",
        *_PROJECT_FILES,
    ),
    "dist": _PROJECT_FILES,
    "target": ("pom.xml", "Cargo.toml", "build.sbt", "project.clj"),
    "bin": ("*.csproj", "*.fsproj", "*.vbproj", "*.sln", ".classpath"),
    "obj": ("*.csproj", "*.fsproj", "*.vbproj", "*.sln"),
    ".next": ("package.json",),
    ".nuxt": ("package.json",),
    ".svelte-kit": ("package.json",),
    "DerivedData": ("*.xcodeproj", "*.xcworkspace"),
}

# Python virtual environments: pruned when they hold pyvenv.cfg, whatever their name.
_VENV_MARKER = "pyvenv.cfg"
# Composer's install folder (composer.json's `config.vendor-dir` may name it anything, e.g.
# `lib/packages/composer`): pruned when it holds Composer's own autoloader and package list.
_COMPOSER_MARKERS = ("autoload.php", "composer/installed.json")
# Frameworks that ship as a folder to copy into the application (no package manager's marker):
# pruned when the folder holds the framework's version file, whose banner names the framework,
# and the framework's own entry files. (name, version file, banner, entry files)
_FRAMEWORK_COPIES: tuple[tuple[str, str, bytes, tuple[str, ...]], ...] = (
    # CakePHP 1.x and 2.x: `cake/` or `lib/Cake/` beside the application's `app/`
    ("CakePHP", "VERSION.txt", b"CakePHP(tm) : Rapid Development Framework", ("basics.php", "bootstrap.php")),
)
_VERSION_FILE_BYTES = 16 * 1024
_VERSION_LINE = re.compile(rb"^\s*(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)\s*$", re.MULTILINE)

# Every folder name aiscan may prune by default (the git scopes prune the same names).
EXCLUDED_DIRS = frozenset(_VCS_DIRS | set(_THIRD_PARTY_DIRS) | set(_CACHE_DIRS) | set(_BUILD_OUTPUT_DIRS))

EXTENSIONS: Mapping[str, str] = {
    ".py": "python",
    ".pyw": "python",
    ".pyi": "python",
    ".js": "javascript",
    ".jsx": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".ts": "typescript",
    ".tsx": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".java": "java",
    ".kt": "kotlin",
    ".kts": "kotlin",
    ".swift": "swift",
    ".go": "go",
    ".php": "php",
    ".phtml": "php",
    ".cs": "csharp",
    ".rb": "ruby",
    ".rake": "ruby",
    ".rs": "rust",
    ".scala": "scala",
    ".sc": "scala",
    ".dart": "dart",
    ".m": "objective-c",
    ".mm": "objective-c",
    ".c": "c",
    ".h": "c",
    ".cpp": "cpp",
    ".cc": "cpp",
    ".cxx": "cpp",
    ".hpp": "cpp",
    ".hh": "cpp",
    ".sh": "shell",
    ".bash": "shell",
    ".pl": "perl",
    ".pm": "perl",
    ".lua": "lua",
    ".ex": "elixir",
    ".exs": "elixir",
    ".clj": "clojure",
    ".groovy": "groovy",
    # Gradle build scripts (.gradle) are build configuration, read by the dependency analysis.
    ".vb": "vbnet",
    ".fs": "fsharp",
    ".r": "r",
    ".R": "r",
    ".html": "html",
    ".htm": "html",
    ".jinja": "html",
    ".jinja2": "html",
    ".j2": "html",
    # Components and views that mix markup with code: their own languages, since semgrep's
    # JavaScript, C# and Java parsers do not read them (see docs/sast.md).
    ".vue": "vue",
    ".svelte": "svelte",
    ".cshtml": "razor",
    ".razor": "razor",
    ".jsp": "jsp",
    ".jspf": "jsp",  # a page fragment included by others (`<%@ include file="header.jspf" %>`)
}

SHEBANGS: Mapping[str, str] = {
    "python": "python",
    "pypy": "python",
    "node": "javascript",
    "nodejs": "javascript",
    "bun": "javascript",
    "deno": "typescript",
    "ts-node": "typescript",
    "tsx": "typescript",
    "ruby": "ruby",
    "php": "php",
    "perl": "perl",
    "bash": "shell",
    "sh": "shell",
    "zsh": "shell",
    "lua": "lua",
}

# Markup counted in the inventory but not a programming language that SAST must cover (p19).
MARKUP_LANGUAGES = frozenset({"html"})

# Templates and components that mix markup with code. No parser reads them whole: template rules
# read them as text (semgrep's generic mode), and the script blocks of Vue and Svelte components
# and the Java of JSP pages are also read as the language they embed (see docs/sast.md).
TEMPLATE_LANGUAGES = frozenset({"vue", "svelte", "jsp", "razor"})
EMBEDDED_SCRIPT: Mapping[str, str] = {"vue": "javascript", "svelte": "javascript", "jsp": "java"}

# C headers belong to the language of the implementation files beside them.
_HEADER_SUFFIX = ".h"
_HEADER_OWNERS = ("objective-c", "cpp", "c")

# A generated file says so in a comment near its top: `// Code generated by X. DO NOT EDIT.` (Go),
# `# Generated by the protocol buffer compiler.  DO NOT EDIT!`, `// <auto-generated>` (.NET),
# `@generated`. Only comment lines count, so code that merely mentions the words is still read.
_COMMENT_LINE = re.compile(rb"^\s*(?:#|//|/\*|\*|<!--|--|;|'|\"\"\"|\'\'\')")
_GENERATED_MARKERS = re.compile(
    rb"@generated\b|\bDO NOT EDIT\b|<auto-?generated|\bauto-?generated (?:file|code|by)\b"
    rb"|\bthis file (?:was|is) (?:automatically |auto-?)?generated\b|\bautogenerated by\b",
    re.I,
)
_HEADER_LINES = 20
_MINIFIED_SUFFIXES = (".min.js", ".min.css", ".bundle.js", "-min.js")
_SHEBANG = re.compile(rb"^#!\s*(?:/usr/bin/env\s+(?:-S\s+)?)?(?:\S*/)?([a-z][a-z-]*?)[0-9.]*(?:\s|$)")

MAX_FILE_BYTES = 2 * 1024 * 1024

# Why a file or folder was not read. The reasons in UNREAD_REASONS name content of the tree that
# no analyzer read: the analyzers report them as gaps, so a release scan cannot pass over them.
SYMLINK_OUT = "symlink to outside the tree (not followed)"
SYMLINK_UNSCANNED = "symlink to a path of the tree that is not scanned"
TOO_LARGE = "larger than"
UNREADABLE = "unreadable"
UNREADABLE_DIR = "unreadable folder"
UNREAD_REASONS = (SYMLINK_OUT, SYMLINK_UNSCANNED, UNREADABLE, UNREADABLE_DIR)


@dataclass(frozen=True)
class BuildWrapper:
    """A build tool's generated launcher script, committed beside the code (`gradlew`, `mvnw`).
    Recognised by its file name *and* its content: the header comment the build tool writes and
    the launcher class or properties file it starts. A script with the name but not the content
    is code of the tree and is analysed like any other."""

    what: str
    names: frozenset[str]
    header: re.Pattern[bytes]
    launcher: re.Pattern[bytes]


BUILD_WRAPPERS = (
    BuildWrapper(
        "Gradle wrapper",
        frozenset({"gradlew", "gradlew.bat"}),
        re.compile(rb"Gradle start ?up script for (?:POSIX|UN\*X|Windows)", re.I),
        re.compile(rb"org\.gradle\.wrapper\.GradleWrapperMain"),
    ),
    BuildWrapper(
        "Maven wrapper",
        frozenset({"mvnw", "mvnw.cmd"}),
        re.compile(rb"(?:Apache )?Maven (?:Wrapper )?start ?up batch script", re.I),
        re.compile(rb"MavenWrapperMain|maven-wrapper\.properties"),
    ),
)
# The wrappers are a few KiB; a larger file with a wrapper's name holds something else.
_WRAPPER_MAX_BYTES = 32 * 1024
_WRAPPER_HEADER_BYTES = 2048


BUILD_TOOLING = "build tooling"


def build_wrapper(path: str, data: bytes) -> str | None:
    """What build tool's wrapper the file is (`Gradle wrapper`), or None. Pure."""
    name = PurePosixPath(path).name
    if len(data) > _WRAPPER_MAX_BYTES:
        return None
    for wrapper in BUILD_WRAPPERS:
        if (
            name in wrapper.names
            and wrapper.header.search(data[:_WRAPPER_HEADER_BYTES])
            and wrapper.launcher.search(data)
        ):
            return wrapper.what
    return None


# A Rails (Thor) generator's templates: what `rails generate` fills in and writes into an
# application, Ruby or any text with ERB tags (`<%= class_name %>`), which no Ruby parser reads.
_GENERATOR_TEMPLATE_PATH = re.compile(r"(?:^|/)lib/generators/(?:[^/]+/)*templates/(?:[^/]+/)*[^/]+$")
_ERB_TAG = re.compile(rb"<%[=#-]?")


def generator_template(path: str, data: bytes) -> str | None:
    """Why the file is a code generator's template, or None. Pure."""
    if _GENERATOR_TEMPLATE_PATH.search(path) and _ERB_TAG.search(data):
        return "Rails generator template: ERB that a generator fills in and writes into an application"
    return None


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the scan root, POSIX; a name that is not UTF-8 keeps surrogate escapes
    language: str
    lines: int
    # "generated" or "minified": read and analysed like any other source, marked for the reader.
    kind: str = ""


@dataclass(frozen=True)
class TreeListing:
    """The whole tree's files judged by name alone (no file is read), by the inventory's walk:
    the same folders pruned, the same excludes, no symlink followed. A scoped scan (a diff or
    named files) inventories only its files; this listing lets the steps that weigh a finding
    against the rest of the tree read the files outside the scope (never to report on them)."""

    files: tuple[SourceFile, ...]  # source files by name, lines not counted
    other_files: tuple[str, ...]
    # Source files larger than the inventory reads (`MAX_FILE_BYTES`): not read by the steps.
    too_large: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageStats:
    files: int
    lines: int


@dataclass(frozen=True)
class Inventory:
    root: Path
    files: tuple[SourceFile, ...]
    other_files: tuple[str, ...]  # non-source files (manifests, configs, lockfiles, data)
    # Files and folders not read, each with its reason (binary, too large, symlink out of the
    # tree, pruned folder, ...). `unread()` picks those that are content no analyzer read.
    skipped: tuple[SkippedFile, ...] = ()
    components: tuple[Component, ...] = ()
    excluded: tuple[str, ...] = field(default=())
    # Third-party, build-output and cache folders left out of the walk (node_modules, vendor, ...).
    pruned: tuple[str, ...] = ()
    # Build tools' generated wrappers (gradlew, mvnw) and third-party JavaScript recognised by its
    # content (aiscan/sast/vendored.py): not AIS code, so not subject to p19. They
    # are among `other_files` too, so the secret scanning still reads them.
    build_tooling: tuple[SkippedFile, ...] = ()
    # Why each of `components` was chosen, or that none was recognised (explain_components).
    component_evidence: tuple[ComponentEvidence, ...] = ()
    # The whole tree by name, for a scoped inventory (`only`); None when `files` is the tree.
    tree: TreeListing | None = None

    def whole_tree(self) -> TreeListing:
        """The tree's files for reading: the listing of a scoped inventory, else its own files."""
        return self.tree if self.tree is not None else TreeListing(self.files, self.other_files)

    def languages(self) -> dict[str, LanguageStats]:
        """Files and lines per language. A source file too large to read counts as a file of
        its language (lines unknown): a language the rules do not cover is not hidden by size."""
        files: dict[str, int] = {}
        lines: dict[str, int] = {}
        for f in self.files:
            files[f.language] = files.get(f.language, 0) + 1
            lines[f.language] = lines.get(f.language, 0) + f.lines
        for s in self.skipped:
            lang = language_of(s.path, b"") if s.reason.startswith(TOO_LARGE) else None
            if lang is not None:
                files[lang] = files.get(lang, 0) + 1
                lines.setdefault(lang, 0)
        return {lang: LanguageStats(files[lang], lines[lang]) for lang in sorted(files)}

    def programming_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages() if lang not in MARKUP_LANGUAGES)

    def paths(self, language: str | None = None) -> tuple[str, ...]:
        return tuple(f.path for f in self.files if language is None or f.language == language)

    def all_paths(self) -> tuple[str, ...]:
        return tuple(sorted([f.path for f in self.files] + list(self.other_files)))

    def unread(self) -> tuple[SkippedFile, ...]:
        """Content of the tree that was not read: symlinks out of it or to what is not scanned,
        unreadable files and folders."""
        return tuple(s for s in self.skipped if s.reason.startswith(UNREAD_REASONS))


def language_of(path: str, head: bytes) -> str | None:
    suffix = PurePosixPath(path).suffix
    if path.endswith(".d.ts"):
        return None
    lang = EXTENSIONS.get(suffix) or EXTENSIONS.get(suffix.lower())
    if lang == "javascript" and _TEMPLATE_TAG.match(head):
        return "html"  # a server template that renders a script (Django's `{% ... %}`): read as one
    if lang:
        return lang
    if not suffix and head.startswith(b"#!"):
        m = _SHEBANG.match(head)
        if m:
            return SHEBANGS.get(m.group(1).decode("ascii", "replace"))
    return None


# A template's opening tag (Django, Jinja, Twig, Liquid, Nunjucks): never how JavaScript begins.
_TEMPLATE_TAG = re.compile(rb"\s*(?:\{%|\{#|\{\{\s)")


def classify_name(path: str) -> str | None:
    """The language of a source file judged from its name alone (no read): for cheap whole-tree
    facts such as which components exist."""
    return language_of(path, b"")


def classify(path: str, data: bytes) -> tuple[str | None, str | None]:
    """(language, None) for a source file, (None, reason) for one to skip (binary), (None, None)
    for a non-source file. Pure: decides from the path and the file's content. Generated and
    minified source is source: it ships, so it is read (`source_kind` marks it)."""
    kind = binary_kind(data)
    if kind is not None:
        return None, f"binary file ({kind})"
    return language_of(path, data[:256]), None


def source_kind(path: str, language: str, data: bytes) -> str:
    """'minified', 'generated' or '' for a source file."""
    if path.endswith(_MINIFIED_SUFFIXES) or (
        language in {"javascript", "typescript", "html"} and _looks_minified(data)
    ):
        return "minified"
    return "generated" if _looks_generated(data) else ""


def _looks_generated(data: bytes) -> bool:
    lines = data[:4096].splitlines()[:_HEADER_LINES]
    return any(_COMMENT_LINE.match(line) and _GENERATED_MARKERS.search(line) for line in lines)


def _looks_minified(data: bytes) -> bool:
    sample = data[:65536]
    lines = sample.count(b"\n") + 1
    return len(sample) > 4096 and len(sample) / lines > 500


def _count_lines(data: bytes) -> int:
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def prune_reason(folder: Path, name: str, siblings: Iterable[str] | None = None) -> str | None:
    """Why the folder `name` inside `folder` is left out of the scan, or None to read it.
    Third-party packages and caches go by name; build output only with a build file beside it
    (`siblings` are the names in `folder`, listed when not given); a virtual environment by
    its pyvenv.cfg, a Composer install folder by its autoloader and package list, a framework
    or library copied whole by its own release files."""
    if name in _VCS_DIRS:
        return "version-control metadata"
    if name in _THIRD_PARTY_DIRS:
        return _THIRD_PARTY_DIRS[name]
    if name in _CACHE_DIRS:
        return _CACHE_DIRS[name]
    evidence = _BUILD_OUTPUT_DIRS.get(name)
    if evidence is not None:
        names = _list_names(folder) if siblings is None else list(siblings)
        found = next((n for n in sorted(names) for pat in evidence if fnmatch.fnmatchcase(n, pat)), None)
        if found is not None:
            return f"build output ({found} beside it)"
    if os.path.isfile(folder / name / _VENV_MARKER) and not os.path.islink(folder / name):
        return f"Python virtual environment ({_VENV_MARKER})"
    composer = all(os.path.isfile(folder / name / m) for m in _COMPOSER_MARKERS)
    if composer and not os.path.islink(folder / name):
        return "third-party packages (Composer: composer/installed.json and autoload.php)"
    if not os.path.islink(folder / name):
        return _framework_copy(folder / name) or _generated_docs(folder / name) or library_copy(folder / name)
    return None


# apiDoc's output: a static page whose Handlebars templates print the descriptions apiDoc rendered
# from the project's doc comments at build time (api_data.js), never request data. Its data files
# are AMD modules (`define({ "api": [...`) and its project file names the apiDoc version.
_APIDOC_FILES = (
    ("api_data.js", re.compile(rb'\A\s*define\(\s*\{\s*"api"\s*:\s*\[')),
    ("api_project.js", re.compile(rb'\A\s*define\(\s*\{.*"apidoc"\s*:\s*"\d', re.DOTALL)),
    ("index.html", re.compile(rb'type="text/x-handlebars-template"')),
)


def _generated_docs(path: Path) -> str | None:
    """Why the folder is generated documentation (`generated documentation (apiDoc: ...)`), or
    None: apiDoc's data, project and page files are all there, each with apiDoc's own content."""
    for name, content in _APIDOC_FILES:
        file = path / name
        if not file.is_file() or file.is_symlink():
            return None
        try:
            with file.open("rb") as fh:
                head = fh.read(_VERSION_FILE_BYTES)
        except OSError:
            return None
        if not content.search(head):
            return None
    return f"generated documentation (apiDoc: {', '.join(n for n, _ in _APIDOC_FILES)})"


def _framework_copy(path: Path) -> str | None:
    """Why the folder is a framework copied whole (`third-party framework (CakePHP 2.10.24: ...)`),
    or None: its version file names the framework in its banner and its entry files are there."""
    for framework, version_file, banner, entries in _FRAMEWORK_COPIES:
        marker = path / version_file
        if not marker.is_file() or marker.is_symlink():
            continue
        if not all((path / e).is_file() and not (path / e).is_symlink() for e in entries):
            continue
        try:
            with marker.open("rb") as fh:
                head = fh.read(_VERSION_FILE_BYTES)
        except OSError:
            continue
        if banner not in head:
            continue
        versions = _VERSION_LINE.findall(head)
        version = f" {versions[-1].decode('ascii')}" if versions else ""
        return f"third-party framework ({framework}{version}: {', '.join((version_file, *entries))})"
    return None


def _list_names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


@dataclass(frozen=True)
class WalkEntry:
    """One entry of the walk: a file, a symlink (to anything) or another kind of node."""

    rel: str
    path: Path
    kind: str  # "file" | "symlink" | "other" (FIFO, socket, device)


def walk(
    root: Path, exclude: Iterable[str] = (), on_prune: Callable[[str], None] | None = None
) -> Iterable[tuple[str, Path]]:
    """Every regular file below root as (relative POSIX path, absolute path), excluded folders
    pruned. `exclude` holds extra glob patterns relative to the root (from the policy);
    `on_prune` is told each folder left out. Symlinks are not followed."""
    for entry in walk_entries(root, exclude, lambda rel, _why: on_prune(rel) if on_prune else None):
        if entry.kind == "file":
            yield entry.rel, entry.path


def walk_entries(
    root: Path,
    exclude: Iterable[str] = (),
    on_skip: Callable[[str, str], None] | None = None,
) -> Iterable[WalkEntry]:
    """Every entry below root, in sorted order, without recursion (a tree thousands of folders
    deep is walked like any other) and without following symlinks. `on_skip(rel, reason)` is
    told each folder left out: pruned by default (except version-control metadata), or that
    cannot be listed."""
    patterns = tuple(exclude)
    stack: list[tuple[str, Path]] = [("", root)]
    while stack:
        rel_dir, folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            if on_skip is not None and rel_dir:
                on_skip(rel_dir, f"{UNREADABLE_DIR}: {exc.strerror or exc}")
            continue
        names = [e.name for e in entries]
        subdirs: list[tuple[str, Path]] = []
        for e in entries:
            rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
            if _excluded(rel, patterns):
                continue
            try:
                if e.is_symlink():
                    yield WalkEntry(rel, Path(e.path), "symlink")
                elif e.is_dir(follow_symlinks=False):
                    why = prune_reason(folder, e.name, names)
                    if why is None:
                        subdirs.append((rel, Path(e.path)))
                    elif on_skip is not None and e.name not in _VCS_DIRS:
                        on_skip(rel, why)
                elif e.is_file(follow_symlinks=False):
                    yield WalkEntry(rel, Path(e.path), "file")
                else:
                    yield WalkEntry(rel, Path(e.path), "other")
            except OSError:
                yield WalkEntry(rel, Path(e.path), "other")
        stack.extend(reversed(subdirs))


def _in_excluded_dir(root: Path, rel: str) -> bool:
    """Whether a folder on the way to `rel` is one the walk prunes (for paths given by name)."""
    parts = PurePosixPath(rel).parts[:-1]
    folder = root
    for part in parts:
        if prune_reason(folder, part) is not None:
            return True
        folder = folder / part
    return False


def _excluded(rel: str, patterns: tuple[str, ...]) -> bool:
    """A glob matches the path itself, or a folder it is in (`docs/` or `docs` excludes below)."""
    return any(
        fnmatch.fnmatchcase(rel, pat)
        or fnmatch.fnmatchcase(rel, pat.rstrip("/") + "/*")
        or PurePosixPath(rel).match(pat)
        for pat in patterns
    )


def _given_entries(root: Path, only: Iterable[str], exclude: tuple[str, ...]) -> Iterable[WalkEntry]:
    """The entries for paths given by name (a diff or staged scan), never through a symlinked
    folder: a path whose folders do not stay inside the root is reported, not read."""
    for rel in sorted(set(only)):
        if _excluded(rel, exclude) or _in_excluded_dir(root, rel):
            continue
        path = root / rel
        parent = os.path.realpath(path.parent)
        if not _inside(root, parent) or path.is_symlink():
            yield WalkEntry(rel, path, "symlink")
        elif path.is_file():
            yield WalkEntry(rel, path, "file")
        elif path.exists():
            yield WalkEntry(rel, path, "other")


def _inside(root: Path, target: str) -> bool:
    base = str(root)
    return target == base or target.startswith(base.rstrip(os.sep) + os.sep)


def _symlink_skip(root: Path, entry: WalkEntry, listed: set[str], pruned: tuple[str, ...]) -> SkippedFile:
    """Why a symlink is not read. Its target is never followed out of the tree: a target inside
    the tree is read where it lies, unless that path is itself left out of the scan."""
    target = os.path.realpath(entry.path)
    if not os.path.exists(target):
        return SkippedFile(entry.rel, "broken symlink or symlink loop")
    if not _inside(root, target):
        return SkippedFile(entry.rel, SYMLINK_OUT)
    rel_target = Path(target).relative_to(root).as_posix()
    if os.path.isdir(target):
        left_out = any(rel_target == p or rel_target.startswith(p + "/") for p in pruned)
        if not left_out:
            return SkippedFile(entry.rel, f"symlink to the folder {rel_target or '.'}, read there")
    elif rel_target in listed:
        return SkippedFile(entry.rel, f"symlink to {rel_target}, read there")
    return SkippedFile(entry.rel, f"{SYMLINK_UNSCANNED} ({rel_target})")


def list_tree(
    root: Path, exclude: Iterable[str] = (), *, max_file_bytes: int = MAX_FILE_BYTES
) -> TreeListing:
    """Every file of the tree at `root` (resolved) by name: the inventory's walk without reading
    any file, only the size of source files taken (one `lstat` each)."""
    files: list[SourceFile] = []
    other: list[str] = []
    large: list[str] = []
    for rel, path in walk(root, exclude):
        lang = classify_name(rel)
        if lang is None:
            other.append(rel)
            continue
        try:
            size = os.lstat(path).st_size
        except OSError:
            continue
        if size > max_file_bytes:
            large.append(rel)
        else:
            files.append(SourceFile(rel, lang, 0))
    return TreeListing(tuple(files), tuple(other), tuple(large))


def build_inventory(
    root: Path,
    *,
    only: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
    components: Iterable[Component] | None = None,
    max_file_bytes: int = MAX_FILE_BYTES,
    component_paths: Mapping[Component, tuple[str, ...]] | None = None,
    tree: TreeListing | None = None,
) -> Inventory:
    """Inventory the tree at `root`, or only the relative paths in `only` (diff and staged scans).
    `components` (the policy's list) wins over detection; `component_paths` (where the policy
    says each component's code lives) guides it. `tree` (`list_tree`) is kept for a scoped
    inventory: the whole tree, for the steps that read beyond the scope."""
    root = root.resolve()
    exclude = tuple(exclude)
    pruned: list[SkippedFile] = []
    if only is not None:
        candidates: Iterable[WalkEntry] = _given_entries(root, only, exclude)
    else:
        candidates = walk_entries(root, exclude, lambda rel, why: pruned.append(SkippedFile(rel, why)))
    files: list[SourceFile] = []
    other: list[str] = []
    skipped: list[SkippedFile] = []
    symlinks: list[WalkEntry] = []
    tooling: list[SkippedFile] = []
    for entry in candidates:
        if entry.kind == "symlink":
            symlinks.append(entry)
            continue
        if entry.kind == "other":
            skipped.append(SkippedFile(entry.rel, "not a regular file (FIFO, socket or device)"))
            continue
        read = _read_source(entry, max_file_bytes)
        if isinstance(read, SkippedFile) and read.reason.startswith((BUILD_TOOLING, THIRD_PARTY)):
            other.append(entry.rel)
            tooling.append(read)
        elif isinstance(read, SkippedFile):
            skipped.append(read)
        elif isinstance(read, SourceFile):
            files.append(read)
        else:
            other.append(entry.rel)
    listed = {f.path for f in files} | set(other) | {s.path for s in skipped}
    not_scanned = tuple(p.path for p in pruned) + exclude
    skipped += [_symlink_skip(root, e, listed, not_scanned) for e in symlinks]
    folders = [
        SkippedFile(
            p.path + "/",
            p.reason if p.reason.startswith(UNREADABLE_DIR) else f"folder not scanned: {p.reason}",
        )
        for p in pruned
    ]
    files, other = attribute_headers(files, other)
    everything = tuple(sorted([*skipped, *folders], key=lambda s: s.path))
    inv = Inventory(root, tuple(files), tuple(other), everything, excluded=exclude)
    if components is None:
        evidence = explain_components(inv, component_paths)
        detected = tuple(sorted({e.component for e in evidence if e.component}, key=lambda c: c.value))
    else:
        detected = tuple(sorted(set(components), key=lambda c: c.value))
        evidence = tuple(ComponentEvidence(c, "named by the configuration") for c in detected)
    pruned_paths = tuple(p.path for p in pruned if not p.reason.startswith(UNREADABLE_DIR))
    return Inventory(
        root,
        inv.files,
        inv.other_files,
        inv.skipped,
        detected,
        exclude,
        pruned_paths,
        tuple(tooling),
        evidence,
        tree if only is not None else None,
    )


def _read_source(entry: WalkEntry, max_file_bytes: int) -> SourceFile | SkippedFile | None:
    """A source file, a skip with its reason, or None for a readable non-source file."""
    try:
        data, _ = read_head(entry.path, max_file_bytes + 1)
    except OSError as exc:
        return SkippedFile(entry.rel, f"{UNREADABLE}: {exc.strerror or exc}")
    if len(data) > max_file_bytes:
        # Too large for SAST: a source file is a gap of the analyzers of its language; any
        # other text file is still read by the secrets and dependency scans (their own caps).
        kind = binary_kind(data)
        if kind is not None:
            return SkippedFile(entry.rel, f"binary file ({kind})")
        if language_of(entry.rel, data[:256]) is None:
            return None
        vendored = third_party_script(entry.rel, data)
        if vendored:  # a committed bundle is not AIS code, whatever its size: not a gap
            return SkippedFile(entry.rel, vendored)
        return SkippedFile(entry.rel, f"{TOO_LARGE} {max_file_bytes // 1024} KiB")
    wrapper = build_wrapper(entry.rel, data)
    if wrapper:
        return SkippedFile(entry.rel, f"{BUILD_TOOLING} ({wrapper}), not AIS code")
    template = generator_template(entry.rel, data)
    if template:
        return SkippedFile(entry.rel, f"{BUILD_TOOLING} ({template}), not AIS code")
    vendored = third_party_script(entry.rel, data)
    if vendored:
        return SkippedFile(entry.rel, vendored)
    lang, reason = classify(entry.rel, data)
    if reason:
        return SkippedFile(entry.rel, reason)
    if lang is None:
        return None
    return SourceFile(entry.rel, lang, _count_lines(data), source_kind(entry.rel, lang, data))


def read_head(path: Path, limit: int) -> tuple[bytes, int]:
    """The first `limit` bytes of a file and its size. Never through a final symlink, never
    blocking on a FIFO that took a file's place; OSError when it cannot be read."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    with os.fdopen(os.open(path, flags), "rb") as fh:
        return fh.read(limit), os.fstat(fh.fileno()).st_size


def attribute_headers(files: list[SourceFile], other: list[str]) -> tuple[list[SourceFile], list[str]]:
    """`.h` files take the language of the implementation files in the tree (Objective-C, C++,
    then C). Headers with no implementation beside them (a Swift bridging header, an SDK's
    declarations) declare code that is not here and are not source of the AIS."""
    headers = [f for f in files if f.path.endswith(_HEADER_SUFFIX)]
    if not headers:
        return files, other
    present = {f.language for f in files if not f.path.endswith(_HEADER_SUFFIX)}
    owner = next((lang for lang in _HEADER_OWNERS if lang in present), None)
    rest = [f for f in files if not f.path.endswith(_HEADER_SUFFIX)]
    if owner is None:
        return rest, sorted([*other, *(h.path for h in headers)])
    return sorted([*rest, *(replace(h, language=owner) for h in headers)], key=lambda f: f.path), other


_MOBILE_MARKERS = ("AndroidManifest.xml", "Info.plist", "pubspec.yaml", "Podfile", "Package.swift")
# The manifest or app property list kept as a template that the build copies to its real name
# (src/main/AndroidManifestBase.xml, Runner/InfoBase.plist): as much a marker as the real file.
_MOBILE_TEMPLATE_MARKER = re.compile(
    r"(?:^|/)src/[^/]+/AndroidManifest[\w.-]+\.xml$|(?:^|/)Info(?:[A-Z_][\w-]*|\.template)\.plist$"
)
# A macOS bundle (`Tool.app`, `X.plugin`, `Y.bundle`) keeps its Info.plist under Contents/; an iOS
# app, extension or project keeps it at its own top, so this one marks a desktop program.
_DESKTOP_BUNDLE_PLIST = re.compile(r"(^|/)[^/]+\.[A-Za-z]+/Contents/Info\.plist$")
_MOBILE_DIRS = re.compile(r"(^|/)(android|ios|mobile)(/|$)|\.xcodeproj/|/src/main/AndroidManifest")
# Swift runs on servers too (Vapor, Hummingbird, AWS Lambda functions on SwiftNIO): a Swift file
# that imports a server framework and no Apple UI framework is server code, and a Package.swift
# that depends on such a framework and names no Apple device platform is a server package, not a
# mobile app. Read from the head of the file only.
_SWIFT_SERVER_IMPORT = re.compile(
    r"^[ \t]*(?:@testable[ \t]+)?import[ \t]+(?:Vapor|Hummingbird\w*|Kitura\w*|Perfect\w*|AWSLambda\w*"
    r"|NIO\w*|AsyncHTTPClient|Fluent\w*|Leaf\w*)\b",
    re.MULTILINE,
)
_SWIFT_UI_IMPORT = re.compile(
    r"^[ \t]*(?:@testable[ \t]+)?import[ \t]+(?:UIKit|SwiftUI|AppKit|Cocoa|WatchKit|WidgetKit|MapKit|ARKit"
    r"|StoreKit|UserNotifications)\b",
    re.MULTILINE,
)
_SWIFT_SERVER_PACKAGE = re.compile(
    r"\.package\([^)]*(?:vapor/|hummingbird|swift-aws-lambda|swift-server/|apple/swift-nio|Kitura)",
    re.IGNORECASE,
)
_SWIFT_DEVICE_PLATFORM = re.compile(r"\.(?:iOS|tvOS|watchOS|visionOS)\s*\(")
_SWIFT_HEAD = 64 * 1024


def _swift_head(root: Path, rel: str) -> str:
    try:
        data, _ = read_head(root / rel, _SWIFT_HEAD)
    except OSError:
        return ""
    return data.decode("utf-8", errors="replace")


def swift_server_source(text: str) -> bool:
    """A Swift file that imports a server framework (Vapor, SwiftNIO, AWS Lambda, ...) and no Apple
    UI framework."""
    return _SWIFT_SERVER_IMPORT.search(text) is not None and _SWIFT_UI_IMPORT.search(text) is None


def swift_server_package(text: str) -> bool:
    """A Package.swift that depends on a server framework and names no Apple device platform."""
    return _SWIFT_SERVER_PACKAGE.search(text) is not None and _SWIFT_DEVICE_PLATFORM.search(text) is None


_WEB_TEMPLATE_LANGS = {"html"}
_WEB_SUFFIXES = (
    ".html",
    ".htm",
    ".jinja",
    ".jinja2",
    ".j2",
    ".vue",
    ".svelte",
    ".jsx",
    ".tsx",
    ".cshtml",
    ".razor",
    ".jsp",
    ".phtml",
    ".erb",
)
# A folder named for e-mail templates (`EmailTemplates/`, `email_templates/`, `mail-templates/`)
# or a Rails mailer's views (`app/views/user_mailer/`): the HTML there is rendered into mail
# bodies, not served as pages, so it makes no web component (p14). A folder named `emails` alone
# is not enough: in Django it is as often an app's page templates (`templates/emails/edit.html`).
# Pages elsewhere in the tree still make a web component.
_MAIL_TEMPLATE_DIR = re.compile(
    r"(?:^|/)(?:\w*mailers?|(?:e-?)?mails?[_-]?templates?)/(?:[^/]+/)*[^/]+$", re.I
)
_SERVER_LANGS = {
    "python",
    "go",
    "php",
    "csharp",
    "java",
    "kotlin",
    "ruby",
    "rust",
    "scala",
    "javascript",
    "typescript",
    "elixir",
    "perl",
    "clojure",
    "groovy",
    "vbnet",
    "fsharp",
}


def component_owner(path: str, component_paths: Mapping[Component, tuple[str, ...]]) -> Component | None:
    """The component whose configured paths hold `path` (globs, or folders and all below)."""
    for comp in sorted(component_paths, key=lambda c: c.value):
        if _excluded(path, tuple(component_paths[comp])):
            return comp
    return None


def detect_components(
    inv: Inventory, component_paths: Mapping[Component, tuple[str, ...]] | None = None
) -> tuple[Component, ...]:
    """Which AIS components (p14) the tree contains (see `explain_components` for why)."""
    evidence = explain_components(inv, component_paths)
    return tuple(sorted({e.component for e in evidence if e.component is not None}, key=lambda c: c.value))


_EXAMPLES = 3


def explain_components(
    inv: Inventory, component_paths: Mapping[Component, tuple[str, ...]] | None = None
) -> tuple[ComponentEvidence, ...]:
    """Each AIS component (p14) the tree contains, with the rule that matched and the files that
    made it. A file under a path the policy assigns to a component belongs to that component;
    the other files are judged by the heuristics below. A tree where nothing matches says so
    (one entry with component None): it is never taken for an API by default."""
    evidence: list[ComponentEvidence] = []
    if component_paths:
        files: list[SourceFile] = []
        others: list[str] = []
        owned: dict[Component, list[str]] = {}
        for f in inv.files:
            owner = component_owner(f.path, component_paths)
            if owner is None:
                files.append(f)
            else:
                owned.setdefault(owner, []).append(f.path)
        for rel in inv.other_files:
            owner = component_owner(rel, component_paths)
            if owner is None:
                others.append(rel)
            else:
                owned.setdefault(owner, []).append(rel)
        for comp in sorted(owned, key=lambda c: c.value):
            paths = sorted(owned[comp])
            where = ", ".join(component_paths[comp])
            evidence.append(_evidence(comp, f"under its configured path ({where})", paths))
        inv = Inventory(inv.root, tuple(files), tuple(others), inv.skipped, inv.components, inv.excluded)
    evidence.extend(_detect_by_content(inv))
    if not any(e.component is not None for e in evidence):
        n = len(inv.files) + len(inv.other_files)
        evidence.append(
            ComponentEvidence(
                None, f"no component recognised: none of the {n} file(s) is web, mobile or API code"
            )
        )
    return tuple(sorted(evidence, key=lambda e: (e.component is None, e.component or "", e.reason)))


def _evidence(comp: Component, rule: str, paths: list[str]) -> ComponentEvidence:
    return ComponentEvidence(comp, f"{rule}: {len(paths)} file(s)", tuple(paths[:_EXAMPLES]))


def _detect_by_content(inv: Inventory) -> tuple[ComponentEvidence, ...]:
    """The components by content, each rule that matched with its files."""
    matched: dict[tuple[Component, str], list[str]] = {}

    def hit(comp: Component, rule: str, path: str) -> None:
        matched.setdefault((comp, rule), []).append(path)

    mobile_roots: set[str] = set()
    mobile_markers: set[str] = set()
    for rel in inv.all_paths():
        name = PurePosixPath(rel).name
        if _DESKTOP_BUNDLE_PLIST.search(rel):
            continue
        if name == "Package.swift" and swift_server_package(_swift_head(inv.root, rel)):
            hit(Component.API, "a Swift server package (Package.swift depends on Vapor, SwiftNIO, ...)", rel)
            continue
        if (
            name in _MOBILE_MARKERS
            or rel.endswith(".xcodeproj/project.pbxproj")
            or _MOBILE_TEMPLATE_MARKER.search(rel)
        ):
            hit(Component.MOBILE, "a mobile project marker (AndroidManifest.xml, Info.plist, ...)", rel)
            mobile_markers.add(rel)
            parts = PurePosixPath(rel).parts
            mobile_roots.add(parts[0] if len(parts) > 1 else "")
    page_roots = {
        root
        for f in inv.files
        if f.language in _WEB_TEMPLATE_LANGS or f.path.endswith(_WEB_SUFFIXES)
        for root in _template_roots(f.path)
    }
    for f in inv.files:
        in_mobile = _MOBILE_DIRS.search(f.path) is not None or any(
            r and f.path.startswith(r + "/") for r in mobile_roots
        )
        if f.language == "swift":
            if PurePosixPath(f.path).name == "Package.swift" and f.path not in mobile_markers:
                continue  # a server package's manifest, counted above
            if not in_mobile and swift_server_source(_swift_head(inv.root, f.path)):
                hit(Component.API, "Swift server source (imports Vapor, SwiftNIO, AWS Lambda, ...)", f.path)
            else:
                hit(Component.MOBILE, "Swift source", f.path)
            continue
        if in_mobile and f.language in {"kotlin", "java", "dart"}:
            hit(Component.MOBILE, f"{f.language} source in a mobile folder", f.path)
            continue
        if in_mobile:
            continue
        if f.language in _WEB_TEMPLATE_LANGS or f.path.endswith(_WEB_SUFFIXES):
            if _MAIL_TEMPLATE_DIR.search(f.path):
                continue  # a mail body's template, not a page
            hit(Component.WEB, "web page or template", f.path)
        elif f.language in _SERVER_LANGS and not f.path.endswith((".js", ".mjs", ".ts")):
            hit(Component.API, f"{f.language} source outside a mobile folder (server-side language)", f.path)
        elif f.language in {"javascript", "typescript"}:
            # Browser scripts are the web client; a Node server is an API. Both look alike by
            # name, so a JS tree next to HTML is web, and one with a server entry point is api.
            if _looks_browser_side(f.path, page_roots):
                where = "static, public, media/.../js, templates beside pages, ..."
                hit(Component.WEB, f"{f.language} in a browser-side folder ({where})", f.path)
            else:
                hit(Component.API, f"{f.language} outside a browser-side folder (server-side)", f.path)
    return tuple(_evidence(comp, rule, sorted(paths)) for (comp, rule), paths in matched.items())


# Folders of files served to the browser as they are: static-like ones by any suffix (a theme's
# `static.t7`, `staticfiles`, `static_build`), and a `js` folder of a Django-style `media` one.
_BROWSER_DIRS = re.compile(
    r"(^|/)(static[\w.-]*|public|assets|web|www|frontend|client|src/app|src/components)/"
    r"|(^|/)media/(?:[^/]+/)*js/"
)
# A folder of templates (`templates`, `templates.t7`, `template_v2`): its scripts are browser-side
# when it holds web pages too (scripts included by them); alone they may be a Node server's
# e-mail templates written as modules.
_TEMPLATE_DIR = re.compile(r"(?:^|/)templates?(?:[._-][\w.-]*)?/")


def _template_roots(path: str) -> list[str]:
    """Each template folder `path` lies under, as the path's prefix up to it."""
    return [path[: m.end()] for m in _TEMPLATE_DIR.finditer(path)]


def _looks_browser_side(path: str, page_roots: Collection[str] = ()) -> bool:
    """A script in a folder served to browsers, or in a template folder that holds web pages
    (`page_roots`: _template_roots of the tree's pages)."""
    if _BROWSER_DIRS.search(path) is not None:
        return True
    return any(root in page_roots for root in _template_roots(path))
