<%@ page import="javax.net.ssl.*" %>
<%!
  class TrustAll implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] c, String a) {}
    // ruleid: jsp-protection-bypass
    public void checkServerTrusted(X509Certificate[] c, String a) {}
    public X509Certificate[] getAcceptedIssuers() { return null; }
  }
  class Pinned implements X509TrustManager {
    // ok: jsp-protection-bypass
    public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException { delegate.checkServerTrusted(c, a); }
  }
%>
<%
  // ruleid: jsp-protection-bypass
  HttpsURLConnection.setDefaultHostnameVerifier((host, sess) -> true);
  // ruleid: jsp-protection-bypass
  CloseableHttpClient client = HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
  // ruleid: jsp-protection-bypass
  if ("true".equals(request.getParameter("debug"))) { session.setAttribute("role", "admin"); }
  // ruleid: jsp-protection-bypass
  if (request.getParameter("bypass") != null) { chain.doFilter(request, response); return; }
  // ok: jsp-protection-bypass
  if ("list".equals(request.getParameter("view"))) { showList(); }
  // ok: jsp-protection-bypass
  HttpsURLConnection.setDefaultHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
%>
