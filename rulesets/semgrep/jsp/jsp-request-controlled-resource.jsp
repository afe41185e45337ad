<%@ page import="java.util.regex.Pattern" %>
<%
  String q = request.getParameter("q");
  // ruleid: jsp-request-controlled-resource
  Pattern p = Pattern.compile(request.getParameter("pattern"));
  // ruleid: jsp-request-controlled-resource
  boolean m = q.matches(request.getParameter("rule"));
  // ruleid: jsp-request-controlled-resource
  byte[] body = request.getInputStream().readAllBytes();
  // ruleid: jsp-request-controlled-resource
  String all = IOUtils.toString(request.getReader());
  // ruleid: jsp-request-controlled-resource
  long[] slots = new long[Integer.parseInt(request.getParameter("n"))];
  // ruleid: jsp-request-controlled-resource
  Thread.sleep(Long.parseLong(request.getParameter("wait")));
  // ok: jsp-request-controlled-resource
  Pattern digits = Pattern.compile("[0-9]{1,12}");
  // ok: jsp-request-controlled-resource
  boolean valid = digits.matcher(q).matches();
  // ok: jsp-request-controlled-resource
  byte[] head = request.getInputStream().readNBytes(4096);
  // ok: jsp-request-controlled-resource
  long[] fixed = new long[Math.min(Integer.parseInt(request.getParameter("n")), 100)];
%>
