"""`*-identity-from-client-header` weighed against the tree: when the tree's own code writes the
header onto the request before a handler reads it (a servlet request wrapper that answers
`getHeader` for it, a Spring Cloud Gateway filter or route that sets or removes it, an Ocelot or
YARP route that sets it, a middleware assigning it in Go, Express or ASP.NET Core), the value the
handler reads is the project's, not the client's, and the finding is lowered to low with the place
named. A header only read, only appended to, or compared, and a handler that also reads a header
nobody writes, keep the finding at medium."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.identity_headers import weigh_written_identity_headers

CONTROLLER = """package com.lender.loans;

@RestController
public class RepaymentController {{

    @PostMapping("/repayments")
    public Receipt repay(
            @RequestHeader("X-Customer-Id") Long customerId{extra}) {{
        return repayments.pay(customerId, accountId);
    }}
}}
"""
CONTROLLER_PATH = "loans-service/src/main/java/com/lender/loans/RepaymentController.java"
SINK_LINE = 9

WRAPPER = """package com.lender.loans;

public class TokenFilter extends OncePerRequestFilter {
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) {
        Claims claims = verify(request.getHeader("Authorization"));
        Map<String, String> own = Map.of("X-Customer-Id", claims.get("cid", String.class));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return own.containsKey(name) ? own.get(name) : super.getHeader(name);
            }
        }, response);
    }
}
"""

READING_WRAPPER = """package com.lender.loans;

public class TraceFilter extends OncePerRequestFilter {
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) {
        String customer = request.getHeader("X-Customer-Id");
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return super.getHeader(name);
            }
        }, response);
    }
}
"""


def _finding(
    path: str = CONTROLLER_PATH, line: int = SINK_LINE, rule: str = "java-identity-from-client-header"
) -> Finding:
    return Finding(
        rule_id=rule,
        analyzer="semgrep",
        title="Acting user taken from a client-set request header",
        message="m",
        severity=Severity.MEDIUM,
        confidence=Confidence.LOW,
        location=Location(path, line, line, 9),
        cwe=("CWE-290",),
    )


def _weigh(files: dict[str, str], finding: Finding | None = None) -> Finding:
    out = weigh_written_identity_headers(
        [finding or _finding()], list(files), lambda p: tuple(files[p].splitlines())
    )
    assert len(out) == 1
    return out[0]


def _controller(extra: str = "") -> str:
    return CONTROLLER.format(extra=extra)


def test_header_answered_by_the_services_own_request_wrapper_is_lowered_and_named() -> None:
    wrapper = "loans-service/src/main/java/com/lender/loans/TokenFilter.java"
    out = _weigh({CONTROLLER_PATH: _controller(), wrapper: WRAPPER})
    assert out.severity is Severity.LOW
    assert "TokenFilter.java:7" in out.message


def test_the_write_named_is_the_one_nearest_the_handler() -> None:
    files = {
        CONTROLLER_PATH: _controller(),
        "accounts-service/src/main/java/com/lender/accounts/TokenFilter.java": WRAPPER,
        "loans-service/src/main/java/com/lender/loans/security/TokenFilter.java": WRAPPER,
    }
    out = _weigh(files)
    assert "loans-service/src/main/java/com/lender/loans/security/TokenFilter.java:7" in out.message
    assert "accounts-service" not in out.message


def test_without_any_writer_the_finding_stays_medium() -> None:
    out = _weigh({CONTROLLER_PATH: _controller()})
    assert out.severity is Severity.MEDIUM
    assert out.message == "m"


def test_a_wrapper_that_only_reads_the_clients_header_does_not_count() -> None:
    out = _weigh({CONTROLLER_PATH: _controller(), "loans-service/src/TraceFilter.java": READING_WRAPPER})
    assert out.severity is Severity.MEDIUM


def test_a_second_header_nobody_writes_keeps_the_finding() -> None:
    controller = _controller(',\n            @RequestHeader("X-Borrower-Id") Long accountId')
    out = _weigh({CONTROLLER_PATH: controller, "loans-service/src/TokenFilter.java": WRAPPER})
    assert out.severity is Severity.MEDIUM


def test_a_role_header_nobody_writes_keeps_the_finding() -> None:
    controller = _controller(',\n            @RequestHeader("X-User-Role") String role')
    out = _weigh({CONTROLLER_PATH: controller, "loans-service/src/TokenFilter.java": WRAPPER})
    assert out.severity is Severity.MEDIUM


def test_spring_cloud_gateway_route_removing_the_header_counts() -> None:
    props = "spring.cloud.gateway.default-filters[0]=RemoveRequestHeader=X-Customer-Id\n"
    out = _weigh({CONTROLLER_PATH: _controller(), "gateway/src/main/resources/application.properties": props})
    assert out.severity is Severity.LOW
    assert "application.properties:1" in out.message


def test_spring_cloud_gateway_add_request_header_appends_and_does_not_count() -> None:
    yml = (
        "spring:\n  cloud:\n    gateway:\n      default-filters:\n"
        "        - AddRequestHeader=X-Customer-Id, 7\n"
    )
    out = _weigh({CONTROLLER_PATH: _controller(), "gateway/application.yml": yml})
    assert out.severity is Severity.MEDIUM


def test_webflux_gateway_filter_setting_the_header_from_the_token_counts() -> None:
    gateway = """class IdentityRelay implements GlobalFilter {
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return principal(exchange).flatMap(jwt -> chain.filter(exchange.mutate()
            .request(r -> r.header("X-Customer-Id", jwt.getSubject())).build()));
    }
}
"""
    out = _weigh({CONTROLLER_PATH: _controller(), "gateway/src/IdentityRelay.java": gateway})
    assert out.severity is Severity.LOW


def test_go_middleware_setting_the_header_counts_and_go_findings_are_weighed() -> None:
    handler = """package loans

func Repay(w http.ResponseWriter, r *http.Request) {
	member := r.Header.Get("X-Member-Id")
	store.Pay(member)
}
"""
    middleware = """package gateway

func Identity(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := mustVerify(r)
		r.Header.Set("X-Member-Id", claims.Subject)
		next.ServeHTTP(w, r)
	})
}
"""
    finding = _finding("loans/repay.go", 5, "go-identity-from-client-header")
    out = _weigh({"loans/repay.go": handler, "gateway/identity.go": middleware}, finding)
    assert out.severity is Severity.LOW
    assert "gateway/identity.go:6" in out.message


def test_express_assignment_counts_and_a_comparison_does_not() -> None:
    route = """router.get('/loans', async (req, res) => {
  const member = req.headers['x-member-id'];
  res.json(await Loan.findAll({ where: { member } }));
});
"""
    finding = _finding("src/routes/loans.js", 3, "javascript-identity-from-client-header")
    assigned = "app.use((req, res, next) => { req.headers['x-member-id'] = verify(req).sub; next(); });\n"
    compared = (
        "app.use((req, res, next) => {\n"
        "  if (req.headers['x-member-id'] === '') return res.sendStatus(401);\n"
        "  next();\n"
        "});\n"
    )
    files = {"src/routes/loans.js": route}
    assert _weigh({**files, "src/auth.js": assigned}, finding).severity is Severity.LOW
    assert _weigh({**files, "src/auth.js": compared}, finding).severity is Severity.MEDIUM


def test_aspnet_middleware_and_ocelot_route_count() -> None:
    action = """public class LoansController : ControllerBase
{
    [HttpGet]
    public IActionResult Mine()
    {
        var member = Request.Headers["X-Member-Id"].ToString();
        return Ok(_loans.ForMember(member));
    }
}
"""
    middleware = """public class IdentityMiddleware
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Request.Headers["X-Member-Id"] = context.User.FindFirst("sub")?.Value;
        await _next(context);
    }
}
"""
    ocelot = (
        '{ "Routes": [ { "DownstreamPathTemplate": "/api/loans",\n'
        '  "AddHeadersToRequest": { "X-Member-Id": "Claims[sub] > value" } } ] }\n'
    )
    finding = _finding("Loans.Api/Controllers/LoansController.cs", 7, "csharp-identity-from-client-header")
    files = {"Loans.Api/Controllers/LoansController.cs": action}
    assert _weigh({**files, "Loans.Api/IdentityMiddleware.cs": middleware}, finding).severity is Severity.LOW
    assert _weigh({**files, "Gateway/ocelot.json": ocelot}, finding).severity is Severity.LOW
    assert _weigh(files, finding).severity is Severity.MEDIUM


def test_header_named_through_a_constant_is_found_in_the_file() -> None:
    controller = """package com.lender.loans;

public class LoanController {
    private static final String CUSTOMER = "X-Customer-Id";

    public Loan mine(HttpServletRequest request) {
        String id = request.getHeader(CUSTOMER);
        return loans.forCustomer(id);
    }
}
"""
    out = _weigh(
        {CONTROLLER_PATH: controller, "loans-service/src/TokenFilter.java": WRAPPER}, _finding(line=8)
    )
    assert out.severity is Severity.LOW


def test_other_rules_pass_unchanged() -> None:
    finding = _finding(rule="java-sql-injection")
    out = _weigh({CONTROLLER_PATH: _controller(), "loans-service/src/TokenFilter.java": WRAPPER}, finding)
    assert out is finding
