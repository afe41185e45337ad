package kz.mfo.security;

import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

public class SecurityConfig {
    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        // ruleid: java-spring-csrf-disabled
        http.csrf(AbstractHttpConfigurer::disable);
        // ruleid: java-spring-csrf-disabled
        http.csrf().disable();
        // ok: java-spring-csrf-disabled
        http.csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));
        return http.build();
    }
}

class ApiSecurityConfig {
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            // ok: java-spring-csrf-disabled
            .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
