"""Every manifest and lockfile parser on fixtures in the real formats (fixtures/deps/)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from aiscan.deps.audit import decode_manifest, load_manifests, root_reader
from aiscan.deps.model import Dependency, Manifest, ManifestError
from aiscan.deps.parsers import parse_manifest, parser_for, select_manifests
from tests.conftest import FIXTURES

ROOT = FIXTURES / "deps"
READ = root_reader(ROOT)


def parse(rel: str) -> Manifest:
    text = READ(rel)
    assert text is not None, rel
    return parse_manifest(rel, text, READ)


def by_name(m: Manifest) -> dict[str, Dependency]:
    return {d.name: d for d in m.dependencies}


def pins(m: Manifest) -> dict[str, str | None]:
    return {d.name: d.version for d in m.dependencies}


# --- Python --------------------------------------------------------------------------------------


def test_requirements_with_includes_constraints_markers_and_hashes() -> None:
    m = parse("python/requirements.txt")
    deps = by_name(m)
    assert pins(m) == {
        "Flask": "1.1.2",
        "Jinja2": "2.11.2",  # '===' pins too
        "Django": "3.2.4",  # hashes on continuation lines
        "requests": "2.25.1",
        "pywin32": "300",
        "celery": "5.0.5",  # a range pinned by the -c constraints file
        "gunicorn": "20.0.4",
        "urllib3": None,  # a wildcard is not a pin
        "cryptography": None,  # a direct URL
    }
    assert deps["Flask"].source == "python/requirements/base.txt" and deps["Flask"].line == 1
    assert deps["Django"].source == "python/requirements.txt" and deps["Django"].line == 7
    assert deps["requests"].marker == 'python_version >= "3.6"'
    assert deps["urllib3"].spec == "==1.26.*"
    assert deps["cryptography"].note
    assert m.includes == ("python/requirements/base.txt", "python/constraints.txt")
    # the VCS editable cannot be audited and says so; the include cycle back is harmless
    assert len(m.problems) == 1 and "editable" in m.problems[0]
    assert all(d.direct for d in m.dependencies)


def test_requirements_never_leak_index_credentials() -> None:
    m = parse("python/requirements.txt")
    text = repr(m)
    assert "s3cr3t" not in text


def test_requirements_include_outside_the_tree_is_refused(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("-r ../../etc/passwd\nsix==1.16.0\n")
    m = parse_manifest("requirements.txt", (tmp_path / "requirements.txt").read_text(), root_reader(tmp_path))
    assert pins(m) == {"six": "1.16.0"}
    assert "outside the scanned tree" in m.problems[0]


def test_poetry_lock_with_graph_and_direct_from_pyproject() -> None:
    m = parse("poetry/poetry.lock")
    deps = by_name(m)
    assert m.has_graph
    assert pins(m)["werkzeug"] == "2.0.1"
    assert {n for n, d in deps.items() if d.direct} == {"flask", "pyjwt", "pytest"}
    assert deps["pytest"].scope == "dev"
    assert set(deps["flask"].requires_refs) == {
        "PyPI/click@8.0.1",
        "PyPI/itsdangerous@2.0.1",
        "PyPI/jinja2@3.0.1",
        "PyPI/werkzeug@2.0.1",
    }
    assert deps["jinja2"].requires_refs == ("PyPI/markupsafe@2.0.1",)


def test_pipfile_lock() -> None:
    m = parse("pipenv/Pipfile.lock")
    deps = by_name(m)
    assert pins(m) == {"django": "3.2.4", "sqlparse": "0.4.1", "internal-tools": None, "pytest": "6.2.4"}
    assert deps["pytest"].scope == "dev"
    assert deps["internal-tools"].note
    assert deps["sqlparse"].marker == "python_version >= '3.5'"


def test_uv_lock_skips_the_project_and_knows_direct_dependencies() -> None:
    m = parse("uv/uv.lock")
    deps = by_name(m)
    assert "scoring-api" not in deps
    assert {n for n, d in deps.items() if d.direct} == {"httpx"}
    assert deps["anyio"].direct is False
    assert "PyPI/httpcore@1.0.5" in deps["httpx"].requires_refs


def test_pyproject_without_lockfile_records_ranges_as_unpinned() -> None:
    m = parse("pyproject/pyproject.toml")
    deps = by_name(m)
    assert pins(m) == {
        "requests": "2.31.0",
        "pydantic": None,
        "lxml": "4.9.1",
        "reportlab": "3.6.12",
        "pytest": "8.2.0",
        "ruff": None,
    }
    assert deps["pydantic"].spec == "<3,>=2"
    assert deps["reportlab"].scope == "optional" and deps["pytest"].scope == "dev"


def test_pyproject_beside_a_lockfile_is_not_read_separately() -> None:
    chosen = select_manifests(["poetry/pyproject.toml", "poetry/poetry.lock", "pyproject/pyproject.toml"])
    assert chosen == ["poetry/poetry.lock", "pyproject/pyproject.toml"]


# --- npm -----------------------------------------------------------------------------------------


def test_package_lock_v1_nested_scopes_and_edges() -> None:
    m = parse("npm-v1/package-lock.json")
    assert sorted((d.name, d.version) for d in m.dependencies) == [
        ("debug", "2.6.9"),
        ("debug", "3.1.0"),
        ("express", "4.16.0"),
        ("mocha", "5.2.0"),
        ("ms", "2.0.0"),
        ("qs", "6.5.1"),
    ]
    deps = {(d.name, d.version): d for d in m.dependencies}
    assert deps[("express", "4.16.0")].direct and deps[("mocha", "5.2.0")].scope == "dev"
    assert deps[("debug", "2.6.9")].direct is False
    # mocha's own nested debug wins over the hoisted one
    assert deps[("mocha", "5.2.0")].requires_refs == ("npm/debug@3.1.0",)
    assert deps[("debug", "3.1.0")].line == 33


def test_package_lock_v3_workspaces_links_git_and_licences() -> None:
    m = parse("npm-v3/package-lock.json")
    deps = {(d.name, d.version or d.spec[:7]): d for d in m.dependencies}
    names = {d.name for d in m.dependencies}
    assert "qarz-ui" not in names  # a workspace link, not a third-party package
    assert deps[("lodash", "4.17.15")].licenses == ("MIT",)
    assert deps[("lodash", "4.17.15")].direct
    assert deps[("jest", "29.7.0")].scope == "dev"
    left_pad = deps[("left-pad", "git+ssh")]
    assert left_pad.version is None and "registry" in left_pad.note
    # node resolution: @babel/runtime gets its own nested regenerator-runtime
    assert deps[("@babel/runtime", "7.12.5")].requires_refs == ("npm/regenerator-runtime@0.14.1",)


def test_yarn_v1() -> None:
    m = parse("yarn-v1/yarn.lock")
    deps = by_name(m)
    assert pins(m) == {"@types/node": "14.14.31", "axios": "0.21.0", "follow-redirects": "1.13.0"}
    assert deps["axios"].direct and deps["follow-redirects"].direct is False
    assert deps["axios"].requires_refs == ("npm/follow-redirects@1.13.0",)
    assert deps["follow-redirects"].line == 17


def test_yarn_berry_uses_the_workspace_entry_for_direct_dependencies() -> None:
    m = parse("yarn-berry/yarn.lock")
    deps = by_name(m)
    assert pins(m) == {"js-tokens": "4.0.0", "loose-envify": "1.4.0", "react": "16.13.1"}
    assert deps["react"].direct and not deps["loose-envify"].direct
    assert deps["loose-envify"].requires_refs == ("npm/js-tokens@4.0.0",)


@pytest.mark.parametrize("rel", ["pnpm-v6/pnpm-lock.yaml", "pnpm-v9/pnpm-lock.yaml"])
def test_pnpm_lock(rel: str) -> None:
    m = parse(rel)
    assert m.has_graph and all(d.version for d in m.dependencies)
    assert all("(" not in (d.version or "") for d in m.dependencies)  # peer suffixes stripped


def test_pnpm_details() -> None:
    v6 = by_name(parse("pnpm-v6/pnpm-lock.yaml"))
    assert v6["react-dom"].version == "17.0.2" and v6["react-dom"].direct
    assert set(v6["react-dom"].requires_refs) == {"npm/loose-envify@1.4.0", "npm/react@17.0.2"}
    assert v6["typescript"].scope == "dev" and v6["react"].direct is False
    v9 = by_name(parse("pnpm-v9/pnpm-lock.yaml"))
    assert v9["express"].requires_refs == ("npm/qs@6.7.0",)
    assert v9["vitest"].scope == "dev"


# --- JVM -----------------------------------------------------------------------------------------


def test_pom_properties_dependency_management_and_parent_in_the_tree() -> None:
    m = parse("maven/service/pom.xml")
    deps = by_name(m)
    assert pins(m) == {
        "com.fasterxml.jackson.core:jackson-databind": "2.9.8",  # managed by the parent, via a property
        "org.apache.logging.log4j:log4j-core": "2.14.1",
        "org.springframework:spring-web": "5.2.0.RELEASE",  # a parent property
        "org.springframework.boot:spring-boot-starter-security": None,  # from an imported BOM
        "kz.qarzonline:qarz-common": "1.2.0",  # ${project.version} from the parent
        "commons-collections:commons-collections": None,  # a version range
        "junit:junit": "4.12",
    }
    assert deps["junit:junit"].scope == "test"
    assert "BOM" in deps["org.springframework.boot:spring-boot-starter-security"].note
    assert deps["commons-collections:commons-collections"].spec == "[3.2,3.3)"
    assert deps["org.apache.logging.log4j:log4j-core"].line == 22


def test_pom_rejects_entities_and_garbage() -> None:
    billion = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><project>&a;</project>'
    with pytest.raises(ManifestError):
        parse_manifest("pom.xml", billion)
    with pytest.raises(ManifestError):
        parse_manifest("pom.xml", "<notaproject/>")


def test_gradle_lockfile() -> None:
    m = parse("gradle/gradle.lockfile")
    deps = by_name(m)
    assert pins(m)["com.google.guava:guava"] == "30.1-jre"
    assert deps["junit:junit"].scope == "test" and deps["junit:junit"].direct is None
    assert len(m.dependencies) == 4


def test_version_catalog() -> None:
    m = parse("gradle/gradle/libs.versions.toml")
    assert pins(m) == {
        "com.squareup.okhttp3:okhttp": "3.12.0",
        "com.squareup.retrofit2:retrofit": "2.5.0",  # strictly
        "com.google.code.gson:gson": "2.8.5",
        "androidx.compose.ui:ui": None,  # versioned by the BOM
        "androidx.compose:compose-bom": "2024.09.00",
    }


def test_build_gradle_kts_literal_coordinates() -> None:
    m = parse("gradle/app/build.gradle.kts")
    deps = by_name(m)
    assert pins(m) == {
        "androidx.lifecycle:lifecycle-runtime-ktx": "2.4.1",  # a variable assigned in the file
        "org.bouncycastle:bcprov-jdk15on": "1.60",
        "junit:junit": "4.13.1",
        "androidx.test.espresso:espresso-core": None,  # dynamic '3.+'
    }
    assert deps["junit:junit"].scope == "test"
    assert "commented-out" not in str(pins(m))


def test_build_gradle_groovy_map_notation_ext_and_comments() -> None:
    m = parse("gradle/legacy/build.gradle")
    deps = by_name(m)
    assert pins(m) == {
        "com.android.tools.build:gradle": "4.2.2",
        "com.google.firebase:firebase-messaging": "20.1.0",
        "com.google.android.gms:play-services-auth": "17.0.0",
        "commons-io:commons-io": "2.6",
        "org.example:unknown-version": None,
    }
    assert deps["com.android.tools.build:gradle"].scope == "build"
    assert deps["org.example:unknown-version"].spec == "${someOtherVersion}"


def test_build_gradle_beside_a_lockfile_is_not_read() -> None:
    assert select_manifests(["app/build.gradle", "app/gradle.lockfile"]) == ["app/gradle.lockfile"]


# --- Go, Rust, PHP, Ruby, iOS, .NET --------------------------------------------------------------


def test_go_mod_require_blocks_indirect_replace_exclude() -> None:
    m = parse("go/go.mod")
    deps = by_name(m)
    assert deps["github.com/gin-gonic/gin"].version == "v1.6.3" and deps["github.com/gin-gonic/gin"].direct
    assert deps["golang.org/x/net"].direct is False
    assert deps["github.com/dgrijalva/jwt-go"].version == "v3.2.0+incompatible"
    # replace: the replacement is what ships
    assert deps["github.com/gorilla/websocket"].version == "v1.4.2"
    assert "replaces" in deps["github.com/gorilla/websocket"].note
    # replace with a local directory: first-party code, no version
    assert deps["example.com/qarz/shared"].version is None
    assert deps["example.com/qarz/shared"].note.startswith("replaced by")


def test_cargo_lock_duplicate_versions_and_workspace_roots() -> None:
    m = parse("cargo/Cargo.lock")
    deps = {(d.name, d.version): d for d in m.dependencies}
    assert ("ledger", "0.1.0") not in deps  # the workspace member itself
    assert {(n, v) for (n, v), d in deps.items() if d.direct} == {
        ("hyper", "0.14.4"),
        ("legacy-codec", "0.2.0"),
        ("patched", "0.3.0"),
    }
    assert deps[("hyper", "0.14.4")].requires_refs == ("crates.io/bytes@1.0.1",)
    assert deps[("legacy-codec", "0.2.0")].requires_refs == ("crates.io/bytes@0.4.12",)
    assert deps[("bytes", "1.0.1")].line == 16
    assert deps[("patched", "0.3.0")].note == "from git"


def test_composer_lock() -> None:
    m = parse("composer/composer.lock")
    deps = by_name(m)
    assert pins(m) == {
        "guzzlehttp/guzzle": "7.2.0",
        "guzzlehttp/psr7": "1.7.0",
        "symfony/http-foundation": "5.2.1",  # 'v' prefix dropped
        "symfony/polyfill-php80": None,  # a branch
        "phpunit/phpunit": "9.5.0",
    }
    assert deps["phpunit/phpunit"].scope == "dev" and deps["phpunit/phpunit"].licenses == ("BSD-3-Clause",)
    assert deps["guzzlehttp/guzzle"].direct and not deps["guzzlehttp/psr7"].direct
    assert deps["guzzlehttp/guzzle"].requires_refs == ("Packagist/guzzlehttp/psr7@1.7.0",)


def test_gemfile_lock() -> None:
    m = parse("ruby/Gemfile.lock")
    deps = by_name(m)
    assert pins(m)["nokogiri"] == "1.11.1"  # the platform suffix is not part of the version
    assert sum(1 for d in m.dependencies if d.name == "nokogiri") == 1
    assert {n for n, d in deps.items() if d.direct} == {"nokogiri", "omniauth-qarz", "rails-html-sanitizer"}
    assert deps["loofah"].requires_refs == ("RubyGems/nokogiri@1.11.1",)
    assert deps["omniauth-qarz"].note == "from git"


def test_podfile_lock() -> None:
    m = parse("ios/Podfile.lock")
    deps = by_name(m)
    assert pins(m) == {
        "Alamofire": "4.8.2",
        "Firebase": "6.34.0",  # subspecs fold into their pod
        "FirebaseCore": "6.10.4",
        "FirebaseMessaging": "4.7.1",
        "KeychainAccess": "4.2.1",
    }
    assert deps["Firebase"].direct and not deps["FirebaseCore"].direct
    assert "CocoaPods/FirebaseMessaging@4.7.1" in deps["Firebase"].requires_refs


def test_nuget_packages_lock() -> None:
    m = parse("dotnet/packages.lock.json")
    deps = by_name(m)
    assert pins(m) == {
        "Newtonsoft.Json": "12.0.1",  # once, although two target frameworks list it
        "System.Text.Encodings.Web": "4.5.0",
        "Microsoft.AspNetCore.Http": "2.1.0",
    }
    assert "Qarz.Core" not in deps
    assert deps["Microsoft.AspNetCore.Http"].direct is False
    assert deps["Microsoft.AspNetCore.Http"].requires_refs == ("NuGet/system.text.encodings.web@4.5.0",)


# --- discovery and errors ------------------------------------------------------------------------


def test_which_files_are_manifests() -> None:
    for path in (
        "requirements.txt",
        "requirements-dev.txt",
        "dev-requirements.txt",
        "requirements/prod.txt",
        "api/requirements.txt",
        "gradle/libs.versions.toml",
        "app/build.gradle.kts",
        "Cargo.lock",
        # manifests read when no lockfile is beside them
        "setup.py",
        "Cargo.toml",
        "package.json",
        "composer.json",
        "Gemfile",
        "Podfile",
        "Pipfile",
        "src/App/App.csproj",
        "packages.config",
        "setup.cfg",
    ):
        assert parser_for(path) is not None, path
    for path in ("README.txt", "notes/requirements.md", "tox.ini"):
        assert parser_for(path) is None, path


def test_a_broken_lockfile_is_a_gap_naming_the_file() -> None:
    manifests, gaps = load_manifests(["broken/package-lock.json", "go/go.mod"], READ)
    assert [m.path for m in manifests] == ["go/go.mod"]
    assert gaps[0].path == "broken/package-lock.json" and "not valid JSON" in gaps[0].reason


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Cargo.lock", "[[package]\nname="),
        ("poetry.lock", "package = 3"),
        ("pnpm-lock.yaml", "a: [b"),
        ("composer.lock", "[]"),
        ("packages.lock.json", '{"version": 1}'),
        ("Podfile.lock", "- just a list"),
        ("yarn.lock", "  indented first\n"),
    ],
)
def test_malformed_files_raise_manifest_error(name: str, text: str) -> None:
    with pytest.raises(ManifestError):
        parse_manifest(name, text)


def test_requirements_read_once_when_another_file_includes_them() -> None:
    manifests, _ = load_manifests(["python/requirements.txt", "python/requirements/base.txt"], READ)
    assert [m.path for m in manifests] == ["python/requirements.txt"]


# --- manifests without their lockfile ------------------------------------------------------------


def _shape(m: Manifest) -> dict[str, tuple[str | None, str, str]]:
    """name -> (version, spec, note) of every declaration."""
    return {d.name: (d.version, d.spec, d.note) for d in m.dependencies}


def test_package_json_without_a_lockfile() -> None:
    m = parse("unlocked/npm/package.json")
    shape = _shape(m)
    assert shape["lodash"] == ("4.17.4", "", "")
    assert shape["jest"] == ("29.7.0", "", "")
    assert shape["express"] == (None, "^4.18.2", "")
    assert shape["react"] == (None, ">=18", "")
    assert shape["shared-ui"][2] == "replaced by the local package file:../shared-ui"
    assert shape["left-pad"][0] is None and "not from the registry" in shape["left-pad"][2]
    assert by_name(m)["jest"].scope == "dev" and by_name(m)["react"].scope == "peer"


def test_cargo_toml_without_cargo_lock_pins_only_exact_versions() -> None:
    shape = _shape(parse("unlocked/cargo/Cargo.toml"))
    assert shape["smallvec"] == ("1.6.0", "", "")
    assert shape["nix"] == ("0.27.1", "", "")
    assert shape["serde"] == (None, "1.0", "")  # a caret range in Cargo
    assert shape["proptest"] == (None, "1.4", "")
    assert shape["local-util"][2].startswith("replaced by")
    assert shape["rand"][2] == "from git"
    assert "shared" not in shape  # declared by the workspace's Cargo.toml


def test_composer_json_gemfile_podfile_pipfile() -> None:
    composer = _shape(parse("unlocked/composer/composer.json"))
    assert set(composer) == {"guzzlehttp/guzzle", "monolog/monolog", "phpunit/phpunit"}
    assert composer["guzzlehttp/guzzle"] == ("7.4.4", "", "")
    assert composer["monolog/monolog"] == (None, "^3.0", "")
    gems = _shape(parse("unlocked/ruby/Gemfile"))
    assert gems["rails"] == ("7.1.2", "", "")
    assert gems["rack"] == (None, "~> 2.2, >= 2.2.3", "")
    assert gems["pg"] == (None, "any version", "")
    assert gems["internal"][2] == "replaced by a local path"
    assert gems["edge"][2] == "installed from git, not from the registry"
    pods = _shape(parse("unlocked/ios/Podfile"))
    assert pods["Alamofire"] == ("5.8.1", "", "")
    assert pods["KeychainAccess"][0] is None and pods["Firebase"][0] is None
    assert pods["LocalKit"][2] == "replaced by a local path"
    pipfile = _shape(parse("unlocked/pipenv/Pipfile"))
    assert pipfile["reportlab"][0] == "3.5.13" and pipfile["pytest"][0] == "8.0.0"
    assert pipfile["flask"] == (None, "*", "") and pipfile["requests"] == (None, ">=2.31", "")
    assert pipfile["internal"][2] == "installed from path, not from the index"


def test_dotnet_project_files_and_setup_py() -> None:
    project = _shape(parse("unlocked/dotnet/Api.csproj"))
    assert project["Newtonsoft.Json"] == ("12.0.3", "", "")  # NuGet installs the lowest allowed
    assert project["Dapper"] == ("2.1.24", "", "")
    assert project["Serilog"] == (None, "3.*", "")
    assert project["Central.Managed"][2].startswith("version managed elsewhere")
    legacy = parse("unlocked/legacy-dotnet/packages.config")
    assert _shape(legacy)["NUnit"][0] == "3.13.3" and by_name(legacy)["NUnit"].scope == "dev"
    setup = parse("unlocked/setuptools/setup.py")
    assert setup.dependencies == () and "install_requires is Python code" in setup.problems[0]
    cfg = parse("unlocked/setuptools/setup.cfg")
    assert _shape(cfg) == {"reportlab": ("3.5.13", "==3.5.13", ""), "flask": (None, ">=2", "")}
    assert by_name(cfg)["flask"].scope == "optional"


def test_a_manifest_beside_its_lockfile_is_left_to_the_lockfile() -> None:
    chosen = select_manifests(
        [
            "a/package.json",
            "a/yarn.lock",
            "b/package.json",
            "c/Cargo.toml",
            "c/Cargo.lock",
            "d/Api.csproj",
            "d/packages.lock.json",
            "e/setup.py",
            "e/requirements.txt",
            "f/setup.py",
        ]
    )
    assert chosen == [
        "a/yarn.lock",
        "b/package.json",
        "c/Cargo.lock",
        "d/packages.lock.json",
        "e/requirements.txt",
        "f/setup.py",
    ]


def test_a_workspace_member_is_pinned_by_the_lockfile_above_it(tmp_path: Path) -> None:
    (tmp_path / "packages" / "ui").mkdir(parents=True)
    (tmp_path / "package-lock.json").write_text(
        '{"lockfileVersion": 3, "packages": {"": {}, "node_modules/lodash": {"version": "4.17.21"}}}'
    )
    (tmp_path / "packages" / "ui" / "package.json").write_text(
        '{"dependencies": {"lodash": "^4.17.0", "left-pad": "^1.3.0"}}'
    )
    manifests, gaps = load_manifests(["package-lock.json", "packages/ui/package.json"], root_reader(tmp_path))
    assert gaps == []
    member = next(m for m in manifests if m.path == "packages/ui/package.json")
    assert [d.name for d in member.dependencies] == ["left-pad"]  # lodash is the lockfile's


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF16_LE + "flask==1.0\n".encode("utf-16-le"), "flask==1.0\n"),
        (codecs.BOM_UTF16_BE + "flask==1.0\n".encode("utf-16-be"), "flask==1.0\n"),
        ("flask==1.0\n".encode("utf-16-le"), "flask==1.0\n"),
        (codecs.BOM_UTF8 + b"flask==1.0\n", "flask==1.0\n"),
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><project>\xe9</project>', None),
        (b"flask==1.0  # caf\xe9\n", "flask==1.0  # caf\ufffd\n"),  # a Latin-1 comment
    ],
)
def test_manifests_are_decoded_by_their_bom_or_declared_encoding(data: bytes, expected: str | None) -> None:
    text = decode_manifest("requirements.txt", data)
    assert text == expected if expected is not None else "<project>é</project>" in text


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x00\x01\x02\x03\x04\x05\x06\x07" * 8, "binary content"),
        (codecs.BOM_UTF16_LE + b"f\x00\x00\xd8", "not valid utf-16-le (offset 4)"),
        (b'<?xml version="1.0" encoding="x-nope"?><project>\xe9</project>', "unknown XML encoding 'x-nope'"),
    ],
)
def test_undecodable_manifests_say_why(data: bytes, says: str) -> None:
    with pytest.raises(ManifestError, match=re.escape(says)):
        decode_manifest("pom.xml", data)
