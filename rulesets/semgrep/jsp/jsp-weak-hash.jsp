<%
  // ruleid: jsp-weak-hash
  MessageDigest md = MessageDigest.getInstance("MD5");
  // ok: jsp-weak-hash
  MessageDigest sha = MessageDigest.getInstance("SHA-256");
%>
