package kz.mfo.security

import io.ktor.server.application.*
import io.ktor.server.plugins.cors.routing.*
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke

class SecurityConfig {
    fun chain(http: HttpSecurity) {
        http {
            authorizeHttpRequests {
                // ok: kotlin-auth-disabled
                authorize("/login", permitAll)
                // ruleid: kotlin-auth-disabled
                authorize(anyRequest, permitAll)
            }
        }
    }

    fun chainOk(http: HttpSecurity) {
        http {
            authorizeHttpRequests {
                // ok: kotlin-auth-disabled
                authorize(anyRequest, authenticated)
            }
        }
    }
}

fun Application.cors() {
    // ruleid: kotlin-auth-disabled
    install(CORS) {
        anyHost()
        allowCredentials = true
    }
}

fun Application.corsOk() {
    // ok: kotlin-auth-disabled
    install(CORS) {
        allowHost("lk.example.kz", schemes = listOf("https"))
        allowCredentials = true
    }
}
