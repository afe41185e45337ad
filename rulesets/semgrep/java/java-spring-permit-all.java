package kz.mfo.security;

import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

public class SecurityConfig {
    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        // ruleid: java-spring-permit-all
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll().anyRequest().permitAll());
        return http.build();
    }

    @Bean
    SecurityFilterChain chainOk(HttpSecurity http) throws Exception {
        // ok: java-spring-permit-all
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/login", "/actuator/health").permitAll().anyRequest().authenticated());
        return http.build();
    }

    @Bean
    SecurityFilterChain chainOld(HttpSecurity http) throws Exception {
        // ruleid: java-spring-permit-all
        http.authorizeRequests().antMatchers("/**").permitAll();
        return http.build();
    }
}
