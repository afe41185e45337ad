package kz.mfo.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

// This file never allows credentials (the Allow-Credentials header). Without them browsers send
// no cookies or HTTP authentication cross-origin, so an echoed Origin opens what an anonymous
// request reads.
public class PublicRatesFilter {
    public void addCors(HttpServletRequest request, HttpServletResponse response) {
        // ruleid: java-cors-reflected-origin
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        // credentials refused in so many words
        response.setHeader("Access-Control-Allow-Credentials", "false");
    }

    public void addCorsHeader(HttpServletRequest request, HttpServletResponse response) {
        // ruleid: java-cors-reflected-origin
        response.addHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
    }

    public void fixedOrigin(HttpServletResponse response) {
        // ok: java-cors-reflected-origin
        response.setHeader("Access-Control-Allow-Origin", "https://lk.example.kz");
    }
}

class ListedCorsFilter {
    private static final java.util.Set<String> ALLOWED = java.util.Set.of("https://lk.example.kz");

    void addCors(HttpServletRequest request, HttpServletResponse response) {
        // an origin echoed only once it is found in a fixed list
        if (ALLOWED.contains(request.getHeader("Origin"))) {
            // ok: java-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        if ("https://lk.example.kz".equals(request.getHeader("Origin"))) {
            // ok: java-cors-reflected-origin
            response.addHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        // a header that is merely present, or missing from the list, is any origin
        if (request.getHeader("Origin") != null) {
            // ruleid: java-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        if (!ALLOWED.contains(request.getHeader("Origin"))) {
            // ruleid: java-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        if (ALLOWED.contains(request.getHeader("Origin"))) {
            // ok: java-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        } else {
            // the else branch is every origin the list refused
            // ruleid: java-cors-reflected-origin
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
    }
}
