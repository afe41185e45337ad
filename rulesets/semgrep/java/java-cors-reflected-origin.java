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
