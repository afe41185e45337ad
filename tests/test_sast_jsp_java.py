"""The Java of JSP pages is read by the Java rules (real semgrep): aiscan gives semgrep a copy of
each page in which the markup is blanked, scriptlets are kept in place, expressions become
`out.print(...)` statements and the whole is one method with the page's implicit objects as
typed parameters, so flows through a variable are found and point into the page."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiscan.analyzers.base import ScanContext
from aiscan.analyzers.semgrep import SemgrepAnalyzer
from aiscan.config import ScanConfig
from aiscan.inventory import build_inventory
from aiscan.models import Finding, RunStatus
from aiscan.sast.templates import jsp_java_program
from tests.mobile_support import write_tree

# An invented lending portal. Lines that must give a finding end with a `<%-- flaw --%>` comment
# or are named in the expectations below; the decoys (escaping, bound parameters, constants) must not.
SEARCH = """\
<%@ page import="java.sql.*" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%-- Loan search: a client finds the applications of a branch --%>
<html><body>
<%
    String q = request.getParameter("q");
    String branch = request.getParameter("branch");
    Connection conn = (Connection) application.getAttribute("db");
    Statement stmt = conn.createStatement();
    ResultSet rs = stmt.executeQuery("SELECT id, amount FROM loans WHERE client = '" + q + "'");
    PreparedStatement ps = conn.prepareStatement("SELECT id FROM loans WHERE branch = ?");
    ps.setString(1, branch);
    ResultSet byBranch = ps.executeQuery();
    ResultSet open = conn.createStatement().executeQuery("SELECT id FROM loans WHERE status = 'OPEN'");
%>
<h1>Applications for <%= q %></h1>
<p>Branch: <c:out value="${param.branch}"/></p>
<p>Searched: ${fn:escapeXml(param.q)}</p>
<p>Also: <%= ESAPI.encoder().encodeForHTML(q) %></p>
<table>
<% while (rs.next()) { %>
  <tr><td><%= rs.getInt("id") %></td><td><%= rs.getBigDecimal("amount") %></td></tr>
<% } %>
</table>
<p>Back to <a href="<%= request.getHeader("Referer") %>">the previous page</a></p>
</body></html>
"""

LOGIN = """\
<%@ page import="java.sql.*" %>
<%@ include file="header.jspf" %>
<%!
    private static final String TITLE = "Lending portal: sign in";

    private String greeting(String name) {
        return "Welcome back";
    }
%>
<title><%= TITLE %></title>
<%
    String user = request.getParameter("login");
    String pin = request.getParameter("pin");
    if (user != null) {
        session.setAttribute("displayName", user);
        Connection conn = (Connection) application.getAttribute("db");
        String sql = "SELECT id FROM clients WHERE login = '" + user + "'";
        ResultSet rs = conn.createStatement().executeQuery(sql);
        PreparedStatement ps = conn.prepareStatement("SELECT id FROM clients WHERE login = ? AND pin = ?");
        ps.setString(1, user);
        ps.setString(2, pin);
        ps.executeQuery();
    }
%>
<p><%= greeting("client") %></p>
<p><%= "Please sign in" %></p>
"""

HEADER = """\
<%@ page contentType="text/html; charset=UTF-8" %>
<div class="top">
<%
    String name = (String) session.getAttribute("displayName");
    if (name != null) {
        out.println("<b>" + name + "</b>");
        out.println(ESAPI.encoder().encodeForHTML(name));
    }
%>
</div>
"""

PROFILE = """\
<%@ page import="java.net.*, java.io.*" %>
<%-- Profile: the client's avatar is fetched from a URL they give --%>
<%
    String avatar = request.getParameter("avatarUrl");
    URL u = new URL(avatar);
    HttpURLConnection c = (HttpURLConnection) u.openConnection();
    URL fixed = new URL("https://cdn.lending.example.kz/avatars/default.png");
    InputStream def = fixed.openStream();
    Cookie[] cookies = request.getCookies();
    for (Cookie ck : cookies) {
        out.write(ck.getValue());
    }
    out.print(Encode.forHtml(avatar));
%>
<img src="/static/avatar.png">
"""

PAGES = {
    "web/loans/search.jsp": SEARCH,
    "web/login.jsp": LOGIN,
    "web/header.jspf": HEADER,
    "web/profile.jsp": PROFILE,
}

# (path, line, CWE) of each weakness in the pages: each must give exactly one finding.
WEAKNESSES = {
    ("web/loans/search.jsp", 11, "CWE-89"),  # query text built from q, assigned three lines up
    ("web/loans/search.jsp", 17, "CWE-79"),  # <%= q %>
    ("web/loans/search.jsp", 26, "CWE-79"),  # <%= request.getHeader("Referer") %>
    ("web/login.jsp", 18, "CWE-89"),  # executeQuery(sql), sql built from the login one line up
    ("web/header.jspf", 6, "CWE-79"),  # a session value printed with out.println in an included fragment
    ("web/login.jsp", 15, "CWE-501"),  # the login kept in the session as it came
    ("web/profile.jsp", 6, "CWE-918"),  # u.openConnection() of new URL(avatar), built a line up
    ("web/profile.jsp", 11, "CWE-79"),  # a cookie value written with out.write
}

# Lines that only carry decoys: escaped output, bound parameters, constants.
DECOYS = (
    {("web/loans/search.jsp", line) for line in (12, 13, 14, 15, 18, 19, 20, 23)}
    | {("web/login.jsp", line) for line in (4, 10, 19, 20, 21, 22, 25, 26)}
    | {("web/header.jspf", 7), ("web/profile.jsp", 7), ("web/profile.jsp", 8), ("web/profile.jsp", 13)}
)


@pytest.fixture(scope="module")
def portal_findings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Finding, ...]:
    root = write_tree(tmp_path_factory.mktemp("portal") / "repo", PAGES)
    ctx = ScanContext(ScanConfig(root=root.resolve()), build_inventory(root))
    outcome = SemgrepAnalyzer().run(ctx)
    assert outcome.run.status is RunStatus.OK, outcome.run.gaps
    return outcome.findings


def test_flows_through_variables_in_a_page_are_found_in_place(portal_findings: tuple[Finding, ...]) -> None:
    found = {(f.location.path, f.location.start_line, cwe) for f in portal_findings for cwe in f.cwe}
    missing = WEAKNESSES - found
    assert not missing, sorted(found)


def test_the_java_rules_report_them(portal_findings: tuple[Finding, ...]) -> None:
    by_place = {(f.location.path, f.location.start_line): f.rule_id for f in portal_findings}
    assert by_place[("web/loans/search.jsp", 11)] == "java-sql-injection"
    assert by_place[("web/login.jsp", 18)] == "java-sql-injection"
    assert by_place[("web/header.jspf", 6)] == "java-xss"
    # the same line also opens a connection with no time limit (another weakness)
    assert "java-ssrf" in {
        f.rule_id
        for f in portal_findings
        if (f.location.path, f.location.start_line) == ("web/profile.jsp", 6)
    }


def test_one_weakness_gives_one_finding(portal_findings: tuple[Finding, ...]) -> None:
    for path, line, cwe in WEAKNESSES:
        same = [
            f.rule_id
            for f in portal_findings
            if (f.location.path, f.location.start_line) == (path, line) and cwe in f.cwe
        ]
        assert len(same) == 1, (path, line, same)


def test_decoys_give_no_finding(portal_findings: tuple[Finding, ...]) -> None:
    flagged = [
        (f.location.path, f.location.start_line, f.rule_id)
        for f in portal_findings
        if (f.location.path, f.location.start_line) in DECOYS
    ]
    assert not flagged, flagged


def test_the_program_keeps_lines_and_reads_as_one_method() -> None:
    program = jsp_java_program(SEARCH)
    assert program is not None
    lines, page = program.split("\n"), SEARCH.split("\n")
    assert len(lines) == len(page) + 2 and lines[-2:] == ["}}", ""]  # the closing braces follow the page
    assert "void _jspService(" in lines[0] and "HttpServletRequest request" in lines[0]
    assert "JspWriter out" in lines[0] and "HttpSession session" in lines[0]
    assert lines[6].strip() == 'String q = request.getParameter("q");'
    assert "out.print( q );" in lines[16] and "<h1>" not in lines[16]
    assert "taglib" not in program and "Loan search" not in program and "c:out" not in program
    assert program.rstrip().endswith("}")


def test_declarations_become_a_class_in_place() -> None:
    program = jsp_java_program(LOGIN)
    assert program is not None
    lines = program.split("\n")
    assert len(lines) == len(LOGIN.split("\n")) + 2
    assert "class" in lines[2] and "private String greeting(String name) {" in lines[5]
    assert "out.print( TITLE );" in lines[9]


def test_a_page_without_java_has_no_program() -> None:
    assert jsp_java_program('<%@ page contentType="text/html" %>\n<p>${fn:escapeXml(x)}</p>\n') is None


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("<%@!=-> a;{}\n\"'"))))
def test_the_program_never_moves_a_line(text: str) -> None:
    program = jsp_java_program(text)
    if program is not None:
        assert program.count("\n") == text.count("\n") + 2
        assert program.endswith("\n}}\n")
