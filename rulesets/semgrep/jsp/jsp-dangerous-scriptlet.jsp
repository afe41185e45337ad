<%
  String host = request.getParameter("host");
  // ruleid: jsp-dangerous-scriptlet
  Process p = Runtime.getRuntime().exec("ping -c 1 " + host);
  // ok: jsp-dangerous-scriptlet
  String shown = host.trim();
%>
