package kz.mfo.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class SessionCookies {
    public void issue(HttpServletResponse response, String token) {
        Cookie c = new Cookie("access_token", token);
        c.setPath("/");
        // ruleid: java-insecure-cookie
        response.addCookie(c);
    }

    public void issueSafe(HttpServletResponse response, String token) {
        Cookie c = new Cookie("access_token", token);
        c.setSecure(true);
        c.setHttpOnly(true);
        // ok: java-insecure-cookie
        response.addCookie(c);
    }

    public void downgrade(Cookie c) {
        // ruleid: java-insecure-cookie
        c.setSecure(false);
    }

    public void tomcatContext(org.apache.catalina.Context context) {
        // the session cookie of an embedded Tomcat readable by scripts
        // ruleid: java-insecure-cookie
        context.setUseHttpOnly(false);
    }

    public void tomcatContextSafe(org.apache.catalina.Context context) {
        // ok: java-insecure-cookie
        context.setUseHttpOnly(true);
    }

    // a Set-Cookie header written by hand carries the attributes in its text
    public void handWritten(HttpServletResponse response, String session) {
        // ruleid: java-insecure-cookie
        response.addHeader("Set-Cookie", "SESSION=" + session + "; Path=/; Secure");
        // ruleid: java-insecure-cookie
        response.setHeader("Set-Cookie", "SESSION=" + session);
        // ok: java-insecure-cookie
        response.addHeader("Set-Cookie", "SESSION=" + session + "; Path=/; Secure; HttpOnly");
        // ok: java-insecure-cookie
        response.setHeader("Set-Cookie", "SESSION=" + session + ";HttpOnly;Secure;SameSite=Strict");
        // a cookie object serialised by its own class: its flags are not in this text
        // ok: java-insecure-cookie
        response.addHeader("Set-Cookie", sessionCookie.toString());
        // not a cookie header
        // ok: java-insecure-cookie
        response.setHeader("Cache-Control", "no-store=1");
    }
}
