"""`csharp-post-without-antiforgery` weighed against the tree: a global antiforgery filter
registered in another file (`AutoValidateAntiforgeryToken`, MVC 5's `GlobalFilters` with
`ValidateAntiForgeryTokenAttribute`) or a base controller of the tree marked to validate the token
covers the action, and the finding is dropped. A filter that ignores the token, a base class
without the attribute, or a tree without either keeps it."""

from __future__ import annotations

import pytest

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.csharp_antiforgery import drop_covered_posts

CONTROLLER = """using Microsoft.AspNetCore.Mvc;

namespace Lending.Web.Controllers;

public class RepaymentController : {base}
{{
    [HttpPost]
    public IActionResult Confirm(string contractNumber) => RedirectToAction("Index");
}}
"""

BASE = """namespace Lending.Web.Controllers;

{attribute}
public abstract class BranchControllerBase : Controller
{{
}}
"""

PATH = "src/Lending.Web/Controllers/RepaymentController.cs"


def _finding(rule: str = "csharp-post-without-antiforgery") -> Finding:
    return Finding(
        rule_id=rule,
        analyzer="semgrep",
        title="MVC POST action without antiforgery validation",
        message="m",
        severity=Severity.MEDIUM,
        confidence=Confidence.LOW,
        location=Location(PATH, 7, 8, 5),
        cwe=("CWE-352",),
    )


def _kept(
    program: str, base: str = "Controller", attribute: str = "", rule: str = "csharp-post-without-antiforgery"
) -> int:
    files = {
        PATH: CONTROLLER.format(base=base),
        "src/Lending.Web/Controllers/BranchControllerBase.cs": BASE.format(attribute=attribute),
        "src/Lending.Web/Program.cs": program,
    }
    out = drop_covered_posts([_finding(rule)], list(files), lambda p: tuple(files[p].splitlines()))
    return len(out)


PLAIN_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllersWithViews();\n"
)


@pytest.mark.parametrize(
    "registration",
    [
        "builder.Services.AddControllersWithViews(o =>\n"
        "    o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));",
        "builder.Services.AddMvc(options =>\n{\n"
        "    options.Filters.Add<AutoValidateAntiforgeryTokenAttribute>();\n});",
        "services.AddControllersWithViews(o =>\n"
        "    o.Filters.Add(typeof(AutoValidateAntiforgeryTokenAttribute)));",
        "GlobalFilters.Filters.Add(new ValidateAntiForgeryTokenAttribute());",
        "filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());",
    ],
)
def test_a_global_filter_covers_the_action(registration: str) -> None:
    assert _kept(PLAIN_PROGRAM + registration + "\n") == 0


def test_no_filter_keeps_it() -> None:
    assert _kept(PLAIN_PROGRAM) == 1


def test_a_filter_that_ignores_the_token_keeps_it() -> None:
    program = PLAIN_PROGRAM + "o.Filters.Add(new IgnoreAntiforgeryTokenAttribute());\n"
    assert _kept(program) == 1


def test_a_commented_out_filter_keeps_it() -> None:
    program = PLAIN_PROGRAM + "// o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());\n"
    assert _kept(program) == 1


@pytest.mark.parametrize("attribute", ["[AutoValidateAntiforgeryToken]", "[ValidateAntiForgeryToken]"])
def test_a_marked_base_controller_covers_the_action(attribute: str) -> None:
    assert _kept(PLAIN_PROGRAM, base="BranchControllerBase", attribute=attribute) == 0


def test_an_unmarked_base_controller_keeps_it() -> None:
    assert _kept(PLAIN_PROGRAM, base="BranchControllerBase", attribute="[Authorize]") == 1


def test_other_rules_pass() -> None:
    program = PLAIN_PROGRAM + "o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());\n"
    assert _kept(program, rule="csharp-csrf-disabled") == 1


# CSRF needs a credential the browser adds by itself (a cookie, Windows sign-in). An application
# whose only authentication is a header the caller must set (a bearer token, an API key read by
# its own filter) and that never issues or reads a cookie or session is not exposed.
API_KEY_FILTER = (
    "public class ApiKeyFilter : IActionFilter\n{\n"
    "    public void OnActionExecuting(ActionExecutingContext context)\n    {\n"
    '        context.HttpContext.Request.Headers.TryGetValue("X-Api-Key", out var key);\n'
    "    }\n}\n"
)


@pytest.mark.parametrize(
    "authentication",
    [
        "builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();\n",
        "services.AddAuthentication().AddIdentityServerAuthentication(o => { });\n",
        "builder.Services.AddControllers(o => o.Filters.Add<ApiKeyFilter>());\n" + API_KEY_FILTER,
    ],
)
def test_header_only_authentication_covers_the_action(authentication: str) -> None:
    assert _kept(PLAIN_PROGRAM + authentication) == 0


@pytest.mark.parametrize(
    "ambient",
    [
        "builder.Services.AddAuthentication().AddCookie();\n",
        "builder.Services.AddDefaultIdentity<IdentityUser>();\n",
        "builder.Services.AddSession();\n",
        "builder.Services.AddAuthentication(NegotiateDefaults.AuthenticationScheme).AddNegotiate();\n",
        'Response.Cookies.Append("branch", code);\n',
        "await HttpContext.SignInAsync(principal);\n",
    ],
)
def test_a_cookie_or_windows_sign_in_beside_the_token_keeps_it(ambient: str) -> None:
    program = PLAIN_PROGRAM + "builder.Services.AddAuthentication().AddJwtBearer();\n" + ambient
    assert _kept(program) == 1


def test_a_header_read_that_is_no_authentication_keeps_it() -> None:
    program = PLAIN_PROGRAM + 'var culture = Request.Headers["Accept-Language"];\n'
    assert _kept(program) == 1


JWT_PROGRAM = PLAIN_PROGRAM + "builder.Services.AddAuthentication().AddJwtBearer();\n"


# Forms or Windows sign-in may be set up in configuration alone, with no line of C# naming it:
# `web.config`'s `<authentication mode>` or IIS's Windows authentication, and the launch profile's
@pytest.mark.parametrize(
    ("config_path", "config"),
    [
        ("src/Lending.Web/Web.config", '<system.web>\n  <authentication mode="Forms">\n'),
        ("src/Lending.Web/web.config", "<system.web>\n  <authentication mode = 'Windows' />\n"),
        ("src/Lending.Web/web.config", '<authentication>\n<windowsAuthentication enabled="true" />'),
        ("src/Lending.Web/Properties/launchSettings.json", '{"windowsAuthentication": true}'),
    ],
)
def test_a_cookie_or_windows_sign_in_set_up_in_configuration_keeps_it(config_path: str, config: str) -> None:
    files = {
        PATH: CONTROLLER.format(base="Controller"),
        "src/Lending.Web/Program.cs": JWT_PROGRAM,
        config_path: config,
    }
    out = drop_covered_posts([_finding()], list(files), lambda p: tuple(files[p].splitlines()))
    assert len(out) == 1


def test_configuration_without_a_cookie_or_windows_sign_in_leaves_the_decision_to_the_code() -> None:
    files = {
        PATH: CONTROLLER.format(base="Controller"),
        "src/Lending.Web/Program.cs": JWT_PROGRAM,
        "src/Lending.Web/web.config": '<system.web>\n  <authentication mode="None" />\n',
        "src/Lending.Web/Properties/launchSettings.json": '{"windowsAuthentication": false}',
    }
    out = drop_covered_posts([_finding()], list(files), lambda p: tuple(files[p].splitlines()))
    assert len(out) == 0
