package kz.mfo.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

public class CorsConfig {
    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java-cors-wildcard-credentials
        registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true);
        // ok: java-cors-wildcard-credentials
        registry.addMapping("/**").allowedOrigins("https://lk.example.kz").allowCredentials(true);
    }
}

// ruleid: java-cors-wildcard-credentials
@CrossOrigin(origins = "*", allowCredentials = "true")
class OpenController {
}

// ok: java-cors-wildcard-credentials
@CrossOrigin(origins = "https://lk.example.kz", allowCredentials = "true")
class ClosedController {
}

// The request's Origin echoed back in a file that also sends Access-Control-Allow-Credentials:
// true (a file without it is java-cors-reflected-origin, medium).
class PartnerCorsFilter {
    void addCors(HttpServletRequest request, HttpServletResponse response) {
        // ruleid: java-cors-wildcard-credentials
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        response.setHeader("Access-Control-Allow-Credentials", "true");
    }

    void addCorsHeader(HttpServletRequest request, HttpServletResponse response) {
        // ruleid: java-cors-wildcard-credentials
        response.addHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
    }

    void fixedOrigin(HttpServletResponse response) {
        // ok: java-cors-wildcard-credentials
        response.setHeader("Access-Control-Allow-Origin", "https://lk.example.kz");
    }
}

class ListedCorsFilter {
    private static final java.util.Set<String> ALLOWED = java.util.Set.of("https://lk.example.kz");

    void addCors(HttpServletRequest request, HttpServletResponse response) {
        // an origin echoed only once it is found in a fixed list
        if (ALLOWED.contains(request.getHeader("Origin"))) {
            // ok: java-cors-wildcard-credentials
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        if ("https://lk.example.kz".equals(request.getHeader("Origin"))) {
            // ok: java-cors-wildcard-credentials
            response.addHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        } else {
            // the literal refused this origin
            // ruleid: java-cors-wildcard-credentials
            response.addHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        // a header that is merely present, or missing from the list, is any origin
        if (request.getHeader("Origin") != null) {
            // ruleid: java-cors-wildcard-credentials
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
        if (!ALLOWED.contains(request.getHeader("Origin"))) {
            // ruleid: java-cors-wildcard-credentials
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
        }
    }
}
