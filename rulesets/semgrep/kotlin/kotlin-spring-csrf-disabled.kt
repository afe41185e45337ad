package kz.mfo.security

import org.springframework.context.annotation.Bean
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.web.SecurityFilterChain

class SecurityConfig {
    @Bean
    fun chain(http: HttpSecurity): SecurityFilterChain {
        http {
            // ruleid: kotlin-spring-csrf-disabled
            csrf { disable() }
            authorizeHttpRequests {
                authorize(anyRequest, authenticated)
            }
        }
        return http.build()
    }

    @Bean
    fun legacy(http: HttpSecurity): SecurityFilterChain {
        // ruleid: kotlin-spring-csrf-disabled
        http.csrf().disable()
        // ok: kotlin-spring-csrf-disabled
        http.cors()
        return http.build()
    }
}
