package kz.mfo.web;

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
