"""Spring Security path rules written with the servlet context path never match."""

from __future__ import annotations

from pathlib import Path

from tests.webconfig_helpers import flaws, run_web_config, where, write

RULE = "server-security-matcher-context-path"
RES = "src/main/resources/"
JAVA = "src/main/java/kz/mfo/loans/SecurityConfig.java"

CHAIN = (
    "package kz.mfo.loans;\n"  # 1
    "class SecurityConfig {\n"  # 2
    "  SecurityFilterChain chain(HttpSecurity http) throws Exception {\n"  # 3
    "    return http.authorizeHttpRequests(r -> r\n"  # 4
    '        .requestMatchers("/api/auth/**").permitAll()\n'  # 5
    '        .requestMatchers("/api/admin/**").hasRole("ADMIN")\n'  # 6
    "        .requestMatchers(HttpMethod.POST,\n"  # 7
    '                         "/payouts/**", "/api/loans/*/disburse").hasAuthority("LOAN_OFFICER")\n'  # 8
    '        .requestMatchers("/apiary/**").authenticated()\n'  # 9
    "        .anyRequest().authenticated()).build();\n"  # 10
    "  }\n"
    "}\n"
)


def test_rules_that_repeat_the_context_path_are_reported_on_their_path(tmp_path: Path) -> None:
    write(tmp_path, {RES + "application.properties": "server.servlet.context-path=/api/\n", JAVA: CHAIN})
    found = flaws(run_web_config(tmp_path), RULE)
    assert where(found) == {(JAVA, 6), (JAVA, 8)}
    assert all(f.severity.value == "medium" for f in found)
    assert any("/api/admin/**" in f.message and "hasRole" in f.message for f in found)


def test_the_context_path_of_a_production_profile_counts_and_a_development_one_does_not(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        {
            "prod-svc/" + RES + "application.yml": "spring:\n  profiles:\n    active: dev\n",
            "prod-svc/" + RES + "application-prod.yml": "server:\n  servlet:\n    context-path: /api\n",
            "prod-svc/" + JAVA: CHAIN,
            "dev-svc/" + RES + "application-dev.properties": "server.servlet.context-path=/api\n",
            "dev-svc/" + JAVA: CHAIN,
        },
    )
    assert where(flaws(run_web_config(tmp_path), RULE)) == {("prod-svc/" + JAVA, 6), ("prod-svc/" + JAVA, 8)}


def test_without_a_context_path_or_outside_the_module_nothing_is_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "gateway/" + RES + "application.properties": "server.servlet.context-path=/api\n",
            "loans/" + RES + "application.properties": "server.port=8081\n",
            "loans/" + JAVA: CHAIN,
            "gateway/src/test/java/kz/mfo/SecurityTest.java": CHAIN,
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)


def test_an_application_that_maps_its_own_routes_under_the_same_prefix_is_not_reported(
    tmp_path: Path,
) -> None:
    """Controllers mapped at "/api/..." under context path /api are served at /api/api/...: there
    the path within the application does start with /api, and the rule is right."""
    controller = (
        "package kz.mfo.loans;\n"
        '@RestController\n@RequestMapping(value = "/api/admin")\nclass AdminController {}\n'
    )
    write(
        tmp_path,
        {
            RES + "application.properties": "server.servlet.context-path=/api\n",
            JAVA: CHAIN,
            "src/main/java/kz/mfo/loans/AdminController.java": controller,
        },
    )
    assert not flaws(run_web_config(tmp_path), RULE)
