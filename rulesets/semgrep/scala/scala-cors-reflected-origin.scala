package kz.mfo.web

import akka.http.scaladsl.model.headers.RawHeader
import akka.http.scaladsl.server.Directives._
import play.api.mvc._

// No Access-Control-Allow-Credentials header is sent anywhere in this file: an echoed Origin
// lets any site read only what an anonymous request can (medium).
class RatesCorsFilter {
  private val allowed = Set("https://lk.example.kz")

  def addCors(request: RequestHeader, result: Result): Result = {
    // ruleid: scala-cors-reflected-origin
    result.withHeaders("Access-Control-Allow-Origin" -> request.headers.get("Origin").getOrElse("*"))
  }

  def addCorsVal(request: RequestHeader, result: Result): Result = {
    val origin = request.headers.get("Origin").getOrElse("")
    if (origin.nonEmpty) {
      // a header that is merely present is any origin
      // ruleid: scala-cors-reflected-origin
      result.withHeaders("Access-Control-Allow-Origin" -> origin)
    } else if (allowed.contains(origin)) {
      // ok: scala-cors-reflected-origin
      result.withHeaders("Access-Control-Allow-Origin" -> origin)
    } else {
      result
    }
  }

  def listed(request: RequestHeader, result: Result): Result = {
    val origin = request.headers("Origin")
    if (request.method == "OPTIONS") {
      // a check of the method, not of the origin
      // ruleid: scala-cors-reflected-origin
      result.withHeaders(ACCESS_CONTROL_ALLOW_ORIGIN -> origin)
    }
    if (allowed.contains(origin)) {
      // ok: scala-cors-reflected-origin
      result.withHeaders(ACCESS_CONTROL_ALLOW_ORIGIN -> origin)
    } else {
      // the else branch is every origin the list refused
      // ruleid: scala-cors-reflected-origin
      result.withHeaders(ACCESS_CONTROL_ALLOW_ORIGIN -> origin)
    }
  }

  def fixed(result: Result): Result =
    // ok: scala-cors-reflected-origin
    result.withHeaders("Access-Control-Allow-Origin" -> "https://lk.example.kz")
}

object RatesRoutes {
  val route =
    headerValueByName("Origin") { origin =>
      // ruleid: scala-cors-reflected-origin
      respondWithHeader(RawHeader("Access-Control-Allow-Origin", origin)) {
        complete("[]")
      }
    }
}
