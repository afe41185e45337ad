package kz.example.mfo.api

import akka.http.scaladsl.server.Directives._
import ch.megard.akka.http.cors.scaladsl.CorsDirectives._
import ch.megard.akka.http.cors.scaladsl.model.HttpOriginMatcher
import ch.megard.akka.http.cors.scaladsl.settings.CorsSettings
import akka.http.scaladsl.model.headers.HttpOrigin
import play.filters.cors.{CORSConfig, CORSFilter}

object LoanRoutes {
  // akka-http-cors's defaults: any origin, credentials allowed
  // ruleid: scala-cors-permissive-defaults
  val open = cors() {
    path("loans") { get { complete("[]") } }
  }

  // ruleid: scala-cors-permissive-defaults
  val defaults = cors(CorsSettings.defaultSettings) {
    path("schedule") { get { complete("[]") } }
  }

  val listed = CorsSettings.defaultSettings.withAllowedOrigins(HttpOriginMatcher(HttpOrigin("https://cabinet.example.kz")))
  // ok: scala-cors-permissive-defaults
  val checked = cors(listed) {
    path("repayments") { get { complete("[]") } }
  }

  // ok: scala-cors-permissive-defaults
  val noCredentials = cors(CorsSettings.defaultSettings.withAllowCredentials(false)) {
    path("rates") { get { complete("[]") } }
  }
}

object PlayFilters {
  // Play's CORSConfig(): any origin, credentials supported
  // ruleid: scala-cors-permissive-defaults
  val filter = CORSFilter(CORSConfig())
  // ok: scala-cors-permissive-defaults
  val strict = CORSFilter(CORSConfig(allowedOrigins = Origins.Matching(Set("https://cabinet.example.kz"))))
  // ruleid: scala-cors-permissive-defaults
  val any = CORSConfig(allowedOrigins = Origins.All)
  // ok: scala-cors-permissive-defaults
  val anyNoCredentials = CORSConfig(allowedOrigins = Origins.All, supportsCredentials = false)
}
