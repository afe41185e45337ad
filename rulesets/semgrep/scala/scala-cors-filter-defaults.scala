package kz.example.mfo

import javax.inject.Inject
import play.api.http.{DefaultHttpFilters, HttpFilters}
import play.api.mvc.EssentialFilter
import play.filters.cors.{CORSComponents, CORSConfig, CORSFilter}
import play.filters.csrf.CSRFFilter
import play.filters.headers.SecurityHeadersFilter

// Play's CORS filter put in the application's filters by Guice: its origins come from
// play.filters.cors.allowedOrigins, whose default (null) lets any origin in with credentials
// ruleid: scala-cors-filter-defaults
class Filters @Inject() (corsFilter: CORSFilter, csrfFilter: CSRFFilter) extends DefaultHttpFilters(corsFilter, csrfFilter)

class CabinetFilters @Inject() (
    csrf: CSRFFilter,
    // ruleid: scala-cors-filter-defaults
    cors: play.filters.cors.CORSFilter,
    headers: SecurityHeadersFilter
) extends HttpFilters {
  override val filters: Seq[EssentialFilter] = Seq(csrf, cors, headers)
}

// no CORS filter
// ok: scala-cors-filter-defaults
class BackOfficeFilters @Inject() (csrf: CSRFFilter, headers: SecurityHeadersFilter) extends DefaultHttpFilters(csrf, headers)

// compile-time injection: CORSComponents reads the same setting
// ruleid: scala-cors-filter-defaults
class LoanComponents(context: Context) extends BuiltInComponentsFromContext(context) with CORSComponents {
  override def httpFilters: Seq[EssentialFilter] = Seq(corsFilter)
}

// the components' configuration is set in code
// ok: scala-cors-filter-defaults
class RatesComponents(context: Context) extends BuiltInComponentsFromContext(context) with CORSComponents {
  override lazy val corsConfig: CORSConfig = CORSConfig.fromConfiguration(configuration).withOriginsAllowed(Set("https://cabinet.example.kz"))
  override def httpFilters: Seq[EssentialFilter] = Seq(corsFilter)
}

// a method's result type is no filter put in a chain
trait CorsProvider {
  // ok: scala-cors-filter-defaults
  def corsFilter: CORSFilter
}
