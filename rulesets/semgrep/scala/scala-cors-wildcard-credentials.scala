package kz.mfo.web

import akka.http.scaladsl.model.headers.RawHeader
import akka.http.scaladsl.server.Directives._
import ch.megard.akka.http.cors.scaladsl.model.HttpOriginMatcher
import ch.megard.akka.http.cors.scaladsl.settings.CorsSettings
import play.api.mvc._

object LoanCors {
  // ruleid: scala-cors-wildcard-credentials
  val open = CorsSettings.defaultSettings.withAllowedOrigins(HttpOriginMatcher.*).withAllowCredentials(true)
  // ruleid: scala-cors-wildcard-credentials
  val open2 = CorsSettings.defaultSettings.withAllowCredentials(true).withAllowedOrigins(HttpOriginMatcher.*)
  // ok: scala-cors-wildcard-credentials
  val listed = CorsSettings.defaultSettings.withAllowedOrigins(HttpOriginMatcher(HttpOrigin("https://lk.example.kz"))).withAllowCredentials(true)
  // ok: scala-cors-wildcard-credentials
  val public = CorsSettings.defaultSettings.withAllowedOrigins(HttpOriginMatcher.*).withAllowCredentials(false)
}

// Echoes in a file that sends Access-Control-Allow-Credentials: true (high), anywhere in the file.
class LoanCorsFilter {
  private val allowed = Set("https://lk.example.kz")

  def addCors(request: RequestHeader, result: Result): Result = {
    // ruleid: scala-cors-wildcard-credentials
    result.withHeaders(
      "Access-Control-Allow-Origin" -> request.headers.get("Origin").getOrElse(""),
      "Access-Control-Allow-Credentials" -> "true")
  }

  def listed(request: RequestHeader, result: Result): Result = {
    val origin = request.headers.get("Origin").getOrElse("")
    if (allowed.contains(origin)) {
      // ok: scala-cors-wildcard-credentials
      result.withHeaders("Access-Control-Allow-Origin" -> origin)
    } else {
      // the else branch is every origin the list refused
      // ruleid: scala-cors-wildcard-credentials
      result.withHeaders("Access-Control-Allow-Origin" -> origin)
    }
  }
}

object LoanRoutes {
  val route =
    optionalHeaderValueByName("Origin") { origin =>
      // ruleid: scala-cors-wildcard-credentials
      respondWithHeaders(RawHeader("Access-Control-Allow-Origin", origin.getOrElse("*")), RawHeader("Access-Control-Allow-Credentials", "true")) {
        complete("ok")
      }
    }
}
