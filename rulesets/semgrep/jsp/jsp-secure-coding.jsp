<%@ page isErrorPage="true" %>
<%
  // ruleid: jsp-trust-boundary-session
  session.setAttribute("branch", request.getParameter("branch"));
  // ok: jsp-trust-boundary-session
  session.setAttribute("userId", principal.getName());
  try {
    loans.load(id);
  } catch (Exception e) {
    // ruleid: jsp-exception-detail
    e.printStackTrace(new PrintWriter(out));
    // ruleid: jsp-exception-detail
    out.println(e.getMessage());
    // ok: jsp-exception-detail
    log.error("loan load failed", e);
    // ok: jsp-exception-detail
    out.println("Something went wrong, reference " + ref);
  }
%>
<!-- ruleid: jsp-exception-detail -->
<pre><%= exception %></pre>
<!-- ruleid: jsp-exception-detail -->
<p>${pageContext.exception.message}</p>
<!-- ok: jsp-exception-detail -->
<p>Error reference: <%= ref %></p>
