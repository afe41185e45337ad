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
}
