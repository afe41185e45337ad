package kz.mfo.web

import io.ktor.server.application.*
import io.ktor.server.plugins.cors.routing.*
import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpServletResponse
import org.springframework.web.bind.annotation.CrossOrigin
import org.springframework.web.servlet.config.annotation.CorsRegistry

fun Application.openCors() {
    // ruleid: kotlin-cors-wildcard-credentials
    install(CORS) {
        anyHost()
        allowHeader("Authorization")
        allowCredentials = true
    }
}

fun Application.openCorsCredentialsFirst() {
    // ruleid: kotlin-cors-wildcard-credentials
    install(CORS) {
        allowCredentials = true
        anyHost()
    }
}

fun Application.publicCors() {
    // any host but no credentials: a browser sends no cookies, only anonymous data is readable
    // ok: kotlin-cors-wildcard-credentials
    install(CORS) {
        anyHost()
    }
}

fun Application.listedCors() {
    // ok: kotlin-cors-wildcard-credentials
    install(CORS) {
        allowHost("lk.example.kz", schemes = listOf("https"))
        allowCredentials = true
    }
}

class LoanCorsConfig {
    fun addCorsMappings(registry: CorsRegistry) {
        // ruleid: kotlin-cors-wildcard-credentials
        registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true)
        // ok: kotlin-cors-wildcard-credentials
        registry.addMapping("/**").allowedOrigins("https://lk.example.kz").allowCredentials(true)
        // ok: kotlin-cors-wildcard-credentials
        registry.addMapping("/public/**").allowedOriginPatterns("*")
    }
}

// ruleid: kotlin-cors-wildcard-credentials
@CrossOrigin(origins = ["*"], allowCredentials = "true")
class OpenLoanController

// ruleid: kotlin-cors-wildcard-credentials
@CrossOrigin(originPatterns = ["*"], allowCredentials = "true")
class OpenPatternController

// ok: kotlin-cors-wildcard-credentials
@CrossOrigin(origins = ["https://lk.example.kz"], allowCredentials = "true")
class ClosedLoanController

// ok: kotlin-cors-wildcard-credentials
@CrossOrigin(origins = ["*"])
class PublicRatesController

class PartnerCorsFilter {
    private val allowed = setOf("https://lk.example.kz")

    fun addCors(request: HttpServletRequest, response: HttpServletResponse) {
        // ruleid: kotlin-cors-wildcard-credentials
        response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"))
        response.setHeader("Access-Control-Allow-Credentials", "true")
    }

    fun addCorsViaVal(request: HttpServletRequest, response: HttpServletResponse) {
        val origin = request.getHeader("Origin")
        // ruleid: kotlin-cors-wildcard-credentials
        response.addHeader("Access-Control-Allow-Origin", origin)
    }

    fun listed(request: HttpServletRequest, response: HttpServletResponse) {
        val origin = request.getHeader("Origin")
        if (origin in allowed) {
            // ok: kotlin-cors-wildcard-credentials
            response.setHeader("Access-Control-Allow-Origin", origin)
        }
        if (allowed.contains(request.getHeader("Origin"))) {
            // ok: kotlin-cors-wildcard-credentials
            response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"))
        }
        // ok: kotlin-cors-wildcard-credentials
        response.setHeader("Access-Control-Allow-Origin", "https://lk.example.kz")
    }
}

// Spring's CorsConfiguration written with Kotlin property assignment
class PropertyCorsConfig {
    fun corsConfigurationSource(): org.springframework.web.cors.CorsConfiguration {
        // ruleid: kotlin-cors-wildcard-credentials
        val open = org.springframework.web.cors.CorsConfiguration().apply {
            allowedOriginPatterns = listOf("*")
            allowedMethods = listOf("GET", "POST")
            allowCredentials = true
        }
        val cfg = org.springframework.web.cors.CorsConfiguration()
        // ruleid: kotlin-cors-wildcard-credentials
        cfg.allowCredentials = true
        cfg.allowedOriginPatterns = mutableListOf("*")
        // ok: kotlin-cors-wildcard-credentials
        val listed = org.springframework.web.cors.CorsConfiguration().apply {
            allowedOriginPatterns = listOf("https://*.example.kz")
            allowCredentials = true
        }
        // ok: kotlin-cors-wildcard-credentials
        val public = org.springframework.web.cors.CorsConfiguration().apply {
            allowedOriginPatterns = listOf("*")
            allowCredentials = false
        }
        return open
    }
}
