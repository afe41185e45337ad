"""CSRF protection of state-changing routes, judged from the application's files: each example
application under fixtures/config-checks/server/csrf-token-missing/ is scanned on its own; the
failing ones have cookie sessions, state-changing routes and no anti-forgery check, the passing
ones have the check, a SameSite=Lax/Strict session cookie, no cookie session at all (a token API)
or no state-changing route."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.webconfig_helpers import flaws, present, run_web_config, where, write

RULE = "server-csrf-token-missing"
EXAMPLES = REPO / "fixtures" / "config-checks" / "server" / "csrf-token-missing"

# where each failing application is reported, and words its message must hold (the evidence seen)
FAILING = {
    "flask": ("app.py", 14, ("Flask", "2 state-changing routes", "flask_login", "CSRFProtect")),
    "express": ("src/app.js", 11, ("Express", "express-session", "csurf")),
    "koa": ("index.js", 10, ("Koa", "koa-session")),
    "nest": ("src/payments.controller.ts", 5, ("NestJS", "express-session")),
    "rails": (
        "app/controllers/application_controller.rb",
        1,
        ("ActionController::Base", "protect_from_forgery", "load_defaults", "resources"),
    ),
    "php": ("public/change_email.php", 7, ("$_POST", "UPDATE", "session_start", "lib/auth.php", "token")),
    "rails-admin-base": (
        "app/controllers/admin/base_controller.rb",
        2,
        ("Admin::BaseController", "ActionController::Base", "protect_from_forgery", "resources"),
    ),
    "go-gorilla": (
        "main.go",
        14,
        ("Go application", "github.com/gorilla/sessions", "gorilla/csrf", "nosurf"),
    ),
    "go-gin": ("server/routes.go", 13, ("Go application", "2 state-changing routes", "gin-contrib/sessions")),
    "go-nethttp": ("main.go", 10, ("Go application", "session_id", "SameSite")),
    "spring-session": (
        "src/main/java/kz/mfo/loans/ProfileController.java",
        16,
        ("Spring MVC", "HttpSession", "Spring Security"),
    ),
    "servlet": ("src/main/java/kz/mfo/TransferServlet.java", 9, ("servlet", "doPost", "getSession")),
    "jsp": ("password.jsp", 7, ("JSP", "UPDATE", "session", "CSRFGuard")),
}
BASE_CONTROLLER = "class ApplicationController < ActionController::Base\nend\n"
ROUTES = "Rails.application.routes.draw do\n  {}\nend\n"
PASSING = sorted(p.name for p in (EXAMPLES / "passing").iterdir() if p.is_dir())


@pytest.mark.parametrize("app", sorted(FAILING))
def test_unprotected_application_is_reported_with_its_evidence(app: str) -> None:
    outcome = run_web_config(EXAMPLES / "failing" / app)
    found = flaws(outcome, RULE)
    path, line, words = FAILING[app]
    assert where(found) == {(path, line)}, [f.message for f in found]
    message = found[0].message
    for word in words:
        assert word in message, (word, message)
    assert found[0].severity.value == "medium"


def test_the_failing_examples_are_all_covered() -> None:
    assert sorted(p.name for p in (EXAMPLES / "failing").iterdir() if p.is_dir()) == sorted(FAILING)


@pytest.mark.parametrize("app", PASSING)
def test_protected_or_not_csrf_prone_application_is_not_reported(app: str) -> None:
    outcome = run_web_config(EXAMPLES / "passing" / app)
    assert not flaws(outcome, RULE), [f.message for f in flaws(outcome, RULE)]


@pytest.mark.parametrize(
    ("app", "evidence"),
    [
        ("flask-csrfprotect", ("cabinet/__init__.py", 2)),
        ("flask-samesite", ("app.py", 4)),
        ("express-csrf", ("app.js", 4)),
        ("express-samesite", ("app.js", 7)),
        ("rails-protect", ("app/controllers/application_controller.rb", 2)),
        ("rails-defaults", ("config/application.rb", 6)),
        ("php-token", ("change_email.php", 6)),
        ("rails-concern", ("app/controllers/concerns/forgery_protection.rb", 5)),
        ("rails-inherited", ("app/controllers/base_controller.rb", 2)),
        ("go-gorilla-csrf", ("main.go", 6)),
        ("go-nosurf", ("main.go", 8)),
        ("go-echo-csrf", ("main.go", 13)),
        ("go-samesite", ("main.go", 13)),
        ("go-origin-check", ("main.go", 14)),
        ("go-cross-origin-protection", ("main.go", 11)),
        ("spring-security", ("pom.xml", 9)),
        ("spring-samesite", ("src/main/resources/application.properties", 1)),
        ("jsp-csrfguard", ("WEB-INF/web.xml", 4)),
    ],
)
def test_the_protection_found_is_recorded_as_evidence(app: str, evidence: tuple[str, int]) -> None:
    outcome = run_web_config(EXAMPLES / "passing" / app)
    assert evidence in where(present(outcome, "server-csrf-protection"))


def test_a_flask_form_class_counts_as_the_check(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, session\n"
                "from flask_wtf import FlaskForm\n"
                "app = Flask(__name__)\n"
                "class EmailForm(FlaskForm):\n"
                "    pass\n"
                "@app.route('/email', methods=['POST'])\n"
                "def email():\n"
                "    session['x'] = 1\n"
                "    return ''\n"
            )
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_flask_routes_without_a_cookie_session_are_not_csrf_prone(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, request\n"
                "app = Flask(__name__)\n"
                "@app.route('/api/echo', methods=['POST'])\n"
                "def echo():\n"
                "    if request.headers.get('Authorization') != 'Bearer ' + KEY:\n"
                "        return '', 401\n"
                "    return request.get_data()\n"
            )
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_commented_out_protection_is_not_a_protection(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, request, session\n"
                "# from flask_wtf.csrf import CSRFProtect\n"
                "app = Flask(__name__)\n"
                "# CSRFProtect(app)\n"
                "@app.route('/email', methods=['POST'])\n"
                "def email():\n"
                "    session['email'] = request.form['email']\n"
                "    return ''\n"
            )
        },
    )
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("app.py", 5)}


def test_two_applications_in_one_tree_are_judged_apart(tmp_path: Path) -> None:
    for name in ("failing/flask", "passing/flask-csrfprotect"):
        src = EXAMPLES / name
        for f in src.rglob("*"):
            if f.is_file():
                dest = tmp_path / name.split("/")[1] / f.relative_to(src)
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(f.read_bytes())
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("flask/app.py", 14)}


def test_php_handler_whose_included_file_checks_a_token_is_not_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "inc/guard.php": (
                "<?php\nsession_start();\n"
                "if ($_SERVER['REQUEST_METHOD'] === 'POST' && !check_csrf($_POST['_csrf'] ?? '')) { exit; }\n"
            ),
            "delete.php": (
                "<?php\ninclude 'inc/guard.php';\n"
                "$db->query(\"DELETE FROM cards WHERE id = \" . (int) $_POST['id']);\n"
            ),
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_php_handler_of_a_framework_application_is_left_to_the_framework(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "artisan": "#!/usr/bin/env php\n<?php\n",
            "app/Http/Controllers/legacy.php": (
                "<?php\nsession_start();\n"
                "$db->query(\"UPDATE users SET name = '\" . $_POST['name'] . \"'\");\n"
            ),
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_rails_without_load_defaults_but_with_the_setting_on_is_protected(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "config/application.rb": (
                "module A\n  class Application < Rails::Application\n"
                "    config.action_controller.default_protect_from_forgery = true\n  end\nend\n"
            ),
            "config/routes.rb": ROUTES.format("post 'pay', to: 'pay#create'"),
            "app/controllers/application_controller.rb": BASE_CONTROLLER,
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_rails_with_old_load_defaults_is_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "config/application.rb": (
                "module A\n  class Application < Rails::Application\n"
                "    config.load_defaults 5.1\n  end\nend\n"
            ),
            "config/routes.rb": ROUTES.format("patch 'profile', to: 'profile#update'"),
            "app/controllers/application_controller.rb": BASE_CONTROLLER,
        },
    )
    found = flaws(run_web_config(tmp_path), RULE)
    assert where(found) == {("app/controllers/application_controller.rb", 1)}
    assert "5.1" in found[0].message


def test_php_class_file_is_left_to_the_front_controller_that_dispatches_it(tmp_path: Path) -> None:
    # a method of a class is reached through a front controller, where such applications check
    # their token once for every handler; this file alone cannot say whether it is checked
    write(
        tmp_path,
        {
            "classes/notes.php": (
                "<?php\nclass Notes extends Handler {\n"
                "    function save() {\n"
                "        $id = (int) $_POST['id'];\n"
                '        $this->pdo->prepare("UPDATE notes SET text = ? WHERE owner = ?")\n'
                "            ->execute([$_POST['text'], $_SESSION['uid']]);\n"
                "    }\n}\n"
            ),
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_express_session_used_only_for_a_login_handshake_is_not_the_authentication(tmp_path: Path) -> None:
    # passport without passport.session(): every request authenticates by its bearer token
    write(
        tmp_path,
        {
            "package.json": '{"dependencies": {"express": "4", "express-session": "1", "passport": "0.7"}}\n',
            "lib/index.js": (
                'const express = require("express");\n'
                'const session = require("express-session");\n'
                'const passport = require("passport");\n'
                "const app = express();\n"
                "app.use(passport.initialize());\n"
                'app.use("/auth/sso", session({ secret: "x", resave: false }));\n'
                'const bearer = passport.authenticate("bearer", { session: false });\n'
                'app.post("/flows", bearer, (req, res) => res.end());\n'
            ),
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_express_passport_sessions_are_the_authentication(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "package.json": '{"dependencies": {"express": "4", "express-session": "1", "passport": "0.7"}}\n',
            "app.js": (
                'const express = require("express");\n'
                'const session = require("express-session");\n'
                'const passport = require("passport");\n'
                "const app = express();\n"
                "app.use(session({ secret: process.env.S, resave: false }));\n"
                "app.use(passport.session());\n"
                'app.post("/transfer", (req, res) => res.end());\n'
            ),
        },
    )
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("app.js", 7)}


def test_passport_that_never_stores_its_user_in_the_session_is_not_session_authentication(
    tmp_path: Path,
) -> None:
    # passport.session() is set up, but every authenticate() says session: false and nothing
    # calls req.login(): no user ever enters the session, each request brings its token
    write(
        tmp_path,
        {
            "package.json": '{"dependencies": {"express": "4", "express-session": "1", "passport": "0.7"}}\n',
            "lib/auth.js": (
                'const session = require("express-session");\n'
                'const passport = require("passport");\n'
                "module.exports = (app) => {\n"
                '  app.use(session({ secret: "handshake", resave: false }));\n'
                "  app.use(passport.session());\n"
                '  app.get("/auth/sso", passport.authenticate("oidc", { session: false }), issueToken);\n'
                "};\n"
                'module.exports.guard = passport.authenticate(["bearer", "anon"], { session: false });\n'
            ),
            "lib/api.js": (
                'const express = require("express");\n'
                'const { guard } = require("./auth");\n'
                "const router = express.Router();\n"
                'router.post("/flows", guard, (req, res) => res.end());\n'
            ),
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_a_flask_application_with_its_own_csrf_check_is_not_reported(tmp_path: Path) -> None:
    # a double-submit check of its own (a module named for CSRF, a function validating the token)
    write(
        tmp_path,
        {
            "printer/server/util/csrf.py": (
                "from flask import abort, request\n"
                "def validate_csrf_request(req):\n"
                "    if req.cookies.get('csrf_token') != req.headers.get('X-CSRF-Token'):\n"
                "        abort(400)\n"
            ),
            "printer/server/api.py": (
                "from flask import Blueprint, session\n"
                "from flask_login import login_required\n"
                "api = Blueprint('api', __name__)\n"
                "@api.route('/job', methods=['POST'])\n"
                "@login_required\n"
                "def job():\n"
                "    session['job'] = 1\n"
                "    return ''\n"
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, RULE)
    assert where(present(outcome, "server-csrf-protection")) == {("printer/server/util/csrf.py", 2)}


def test_an_express_application_with_its_own_csrf_module_is_not_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "package.json": '{"dependencies": {"express": "4", "express-session": "1"}}\n',
            "lib/security/csrf.js": (
                "exports.CSRF_HEADER_KEY = 'x-csrf-token';\n"
                "exports.validate = (req) => req.get(exports.CSRF_HEADER_KEY) === req.session.csrf;\n"
            ),
            "lib/app.js": (
                'const express = require("express");\n'
                'const session = require("express-session");\n'
                "const app = express();\n"
                "app.use(session({ secret: process.env.S }));\n"
                'app.post("/items", (req, res) => res.end());\n'
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, RULE)
    assert where(present(outcome, "server-csrf-protection")) == {("lib/security/csrf.js", 1)}


def test_a_csrf_word_in_a_comment_or_a_disabled_setting_is_no_check_of_its_own(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, request, session\n"
                "app = Flask(__name__)\n"
                "# TODO: csrf protection\n"
                "app.config['WTF_CSRF_ENABLED'] = False\n"
                "@app.route('/email', methods=['POST'])\n"
                "def email():\n"
                "    session['email'] = request.form['email']\n"
                "    return ''\n"
            )
        },
    )
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("app.py", 5)}


def test_files_beyond_the_reading_limit_are_a_gap_naming_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiscan.webconfig.csrf import evidence as csrf_evidence

    monkeypatch.setattr(csrf_evidence, "MAX_FILES", 2)
    write(tmp_path, {f"app/m{i}.py": "from flask import Flask\n" for i in range(3)})
    outcome = run_web_config(tmp_path)
    assert [g.path for g in outcome.run.gaps] == ["app/m2.py"]
    assert "Flask CSRF check read the first 2 of 3 files" in outcome.run.gaps[0].reason


@pytest.mark.parametrize(
    ("style", "text", "code"),
    [
        ("hash", "x = '#1'  # CSRFProtect(app)\n", "x = '#1'" + " " * 20 + "\n"),
        ("hash", 's = "a\\"#"\n# csrf\ny = 1\n', 's = "a\\"#"\n      \ny = 1\n'),
        ("slash", 'const u = "http://x"; // csurf\n', 'const u = "http://x";         \n'),
        ("slash", "a(); /* require('csurf')\n */ b();\n", "a();                    \n    b();\n"),
        ("slash", "const t = `line // not\nstill`; // gone\n", "const t = `line // not\nstill`;        \n"),
        (
            "php",
            "<?php # token\n$a = '//'; // csrf\n/* x */ $b;\n",
            "<?php        \n$a = '//';        \n        $b;\n",
        ),
    ],
)
def test_comments_are_blanked_and_strings_kept(style: str, text: str, code: str) -> None:
    from aiscan.webconfig.csrf.evidence import code_only

    assert code_only(text, style) == code


def test_a_go_handler_that_switches_on_a_post_method_is_a_state_changing_route(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "go.mod": "module example.com/x\n",
            "main.go": (
                "package main\n"
                'import "github.com/gorilla/sessions"\n'
                "func profile(w http.ResponseWriter, r *http.Request) {\n"
                "\tswitch r.Method {\n"
                '\tcase "POST":\n'
                "\t\tsave(r)\n"
                "\t}\n"
                "}\n"
            ),
        },
    )
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("main.go", 5)}


def test_a_go_application_of_a_framework_with_its_own_token_is_not_judged(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "go.mod": "module example.com/x\n",
            "main.go": (
                "package main\n"
                'import "github.com/beego/beego/v2/server/web"\n'
                'import "github.com/beego/beego/v2/server/web/session"\n'
                'func main() { web.Router("/x", &C{}, "post:Save") }\n'
            ),
            "conf/app.conf": "enablexsrf = true\n",
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_a_go_cookie_that_names_no_session_is_not_a_cookie_session(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "go.mod": "module example.com/x\n",
            "main.go": (
                "package main\n"
                "func prefs(w http.ResponseWriter, r *http.Request) {\n"
                "\tif r.Method == http.MethodPost {\n"
                '\t\thttp.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("t")})\n'
                "\t}\n"
                "}\n"
            ),
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_spring_security_switched_off_is_left_to_the_semgrep_rule(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pom.xml": "<project><artifactId>spring-boot-starter-security</artifactId></project>\n",
            "src/main/java/x/Web.java": (
                "import org.springframework.security.config.annotation.web.builders.HttpSecurity;\n"
                "class Web {\n"
                "  SecurityFilterChain chain(HttpSecurity http) {\n"
                "    http.csrf().disable();\n"
                "    return http.build();\n"
                "  }\n"
                '  @PostMapping("/p") String p(HttpSession s) { return ""; }\n'
                "}\n"
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, RULE)
    assert not present(outcome, "server-csrf-protection")


def test_a_jsp_reading_no_session_is_not_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "feedback.jsp": (
                "<%\n"
                'String text = request.getParameter("text");\n'
                'stmt.executeUpdate("INSERT INTO Feedback (text) VALUES (\'" + text + "\')");\n'
                "%>\n"
            ),
            "WEB-INF/web.xml": "<web-app/>\n",
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_a_rails_concern_that_only_names_the_check_in_a_comment_does_not_protect(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "config/application.rb": "module X\n  class Application < Rails::Application\n  end\nend\n",
            "config/routes.rb": "Rails.application.routes.draw do\n  resources :loans\nend\n",
            "app/controllers/application_controller.rb": (
                "class ApplicationController < ActionController::Base\n  include Guard\nend\n"
            ),
            "app/controllers/concerns/guard.rb": (
                "module Guard\n  # protect_from_forgery with: :exception\nend\n"
            ),
        },
    )
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("app/controllers/application_controller.rb", 1)}


def test_a_spring_route_reading_a_json_body_is_not_forgeable_by_a_form(tmp_path: Path) -> None:
    # @RequestBody takes only the JSON content type, which a cross-site form cannot send
    write(
        tmp_path,
        {
            "pom.xml": "<project><artifactId>spring-boot-starter-web</artifactId></project>\n",
            "src/main/java/kz/mfo/Cart.java": (
                "@RestController\n"
                "class Cart {\n"
                '  @PostMapping("/cart")\n'
                "  Item add(@RequestBody Item item, HttpSession session) { return item; }\n"
                '  @PostMapping(value = "/cart/clear")\n'
                '  void clear(HttpSession session) { session.removeAttribute("cart"); }\n'
                "}\n"
            ),
        },
    )
    found = flaws(run_web_config(tmp_path), RULE)
    assert where(found) == {("src/main/java/kz/mfo/Cart.java", 5)}
    assert "1 state-changing route " in found[0].message


def test_a_required_custom_request_header_counts_as_a_check(tmp_path: Path) -> None:
    # a header a cross-site form cannot set (X-Requested-With) is the custom-header defence
    write(
        tmp_path,
        {
            "go.mod": "module example.com/x\n",
            "main.go": (
                "package main\n"
                'import "github.com/gorilla/sessions"\n'
                "func guard(next http.Handler) http.Handler {\n"
                "\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n"
                '\t\tif r.Header.Get("X-Requested-With") != "XMLHttpRequest" {\n'
                "\t\t\treturn\n"
                "\t\t}\n"
                "\t})\n"
                "}\n"
                'func routes(r *mux.Router) { r.HandleFunc("/x", save).Methods("POST") }\n'
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, RULE)
    assert where(present(outcome, "server-csrf-protection")) == {("main.go", 5)}


def test_spring_security_configured_in_xml_counts(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pom.xml": "<project><artifactId>spring-webmvc</artifactId></project>\n",
            "src/main/webapp/WEB-INF/security.xml": (
                '<beans:beans xmlns="http://www.springframework.org/schema/security">\n'
                "  <http/>\n"
                "</beans:beans>\n"
            ),
            "src/main/java/kz/mfo/Web.java": (
                '@Controller class Web { @PostMapping("/p") String p(HttpSession s) { return ""; } }\n'
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, RULE)
    assert where(present(outcome, "server-csrf-protection")) == {("src/main/webapp/WEB-INF/security.xml", 1)}


def test_a_flask_route_without_the_own_csrf_decorator_its_siblings_carry_is_reported(tmp_path: Path) -> None:
    # the check is a decorator of the application's own, defined in a module not among the files;
    # the route that requires a log-in and goes without it is reported, the log-in form (no session
    # yet) and the routes that carry it are not
    write(
        tmp_path,
        {
            "src/routes.py": (
                "from app import app\n"
                "from flask import request, session\n"
                "from services.requires import logged_in, csrf\n"
                "@app.route('/login', methods=['GET', 'POST'])\n"
                "def login():\n"
                "    session['user_id'] = 1\n"
                "    return ''\n"
                "@app.route('/logout', methods=['POST'])\n"
                "@csrf\n"
                "def logout():\n"
                "    session.clear()\n"
                "    return ''\n"
                "\n"
                "@app.route('/comment/<int:id>', methods=['POST'])\n"
                "@logged_in\n"
                "# @csrf\n"
                "def comment(id):\n"
                "    return request.form.get('comment')\n"
                "\n"
                "@app.route('/comment/delete/<int:id>', methods=['POST'])\n"
                "@logged_in\n"
                "@csrf\n"
                "def delete_comment(id):\n"
                "    return ''\n"
                "@csrf\n"
                "@app.route('/profile', methods=['POST'])\n"
                "@logged_in\n"
                "def profile():\n"
                "    return ''\n"
            ),
        },
    )
    found = flaws(run_web_config(tmp_path), RULE)
    assert where(found) == {("src/routes.py", 14)}
    assert "@logged_in" in found[0].message and "@csrf" in found[0].message


def test_a_flask_application_whose_routes_all_carry_its_own_csrf_decorator_is_not_reported(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        {
            "src/routes.py": (
                "from app import app\n"
                "from flask import request, session\n"
                "from services.requires import logged_in, csrf_protect\n"
                "@app.route('/comment', methods=['POST'])\n"
                "@logged_in\n"
                "@csrf_protect\n"
                "def comment():\n"
                "    session['last'] = request.form.get('comment')\n"
                "    return ''\n"
            ),
        },
    )
    outcome = run_web_config(tmp_path)
    assert not flaws(outcome, RULE)
    assert where(present(outcome, "server-csrf-protection")) == {("src/routes.py", 4)}
