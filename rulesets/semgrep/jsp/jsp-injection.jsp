<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html><body>
<!-- ruleid: jsp-unescaped-output -->
<p>Hello <%= request.getParameter("name") %></p>
<!-- ruleid: jsp-unescaped-output -->
<p>Search: ${param.q}</p>
<!-- ruleid: jsp-unescaped-output -->
<c:out value="${loan.comment}" escapeXml="false"/>
<!-- ok: jsp-unescaped-output -->
<p>Hello <%= Encode.forHtml(request.getParameter("name")) %></p>
<!-- ok: jsp-unescaped-output -->
<p>Search: <c:out value="${param.q}"/></p>
<!-- ok: jsp-unescaped-output -->
<p>Path: <%= PageHelper.escapeXml(request.getRequestURI()) %></p>
<!-- ok: jsp-unescaped-output -->
<p>Agent: <%= web.util.HtmlFilter.filter(request.getHeader("User-Agent")) %></p>
<%
  Statement st = conn.createStatement();
  // ruleid: jsp-sql-in-scriptlet
  ResultSet rs = st.executeQuery("SELECT * FROM loans WHERE id = " + request.getParameter("id"));
  // ok: jsp-sql-in-scriptlet
  PreparedStatement ps = conn.prepareStatement("SELECT * FROM loans WHERE id = ?");
%>
</body></html>
