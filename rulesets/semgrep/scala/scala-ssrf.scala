package kz.mfo.integrations

import java.net.URL
import javax.inject.Inject
import akka.actor.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.client.RequestBuilding.Get
import akka.http.scaladsl.model.HttpRequest
import akka.http.scaladsl.server.Directives._
import play.api.Configuration
import play.api.data.Form
import play.api.data.Forms._
import play.api.libs.ws.WSClient
import play.api.mvc._
import scala.concurrent.{ExecutionContext, Future}
import scala.io.Source

case class Webhook(callbackUrl: String, event: String)

class BureauController @Inject()(ws: WSClient, config: Configuration, cc: ControllerComponents)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {
  private val bureauBase = config.get[String]("bureau.url")
  private val webhookForm = Form(mapping("callbackUrl" -> text, "event" -> text)(Webhook.apply)(Webhook.unapply))

  def pingCallback = Action.async { implicit request: Request[AnyContent] =>
    val callback = request.getQueryString("callback").getOrElse("")
    // ruleid: scala-ssrf
    ws.url(callback).get().map(r => Ok(r.status.toString))
  }

  def forwardStatement = Action.async { implicit request =>
    val target = request.body.asText.getOrElse("https://bank.kz")
    // ruleid: scala-ssrf
    ws.url(target).post("statement").map(_ => Ok("sent"))
  }

  // a text parameter the router binds from the query string
  def fetchDocument(documentUrl: String) = Action.async { implicit request =>
    // ruleid: scala-ssrf
    ws.url(documentUrl).get().map(r => Ok(r.body))
  }

  def scoreFromAgency = Action.async { implicit request =>
    val agency = request.headers.get("X-Agency-Host").getOrElse("")
    // the request chooses the host: the value starts the URL
    // ruleid: scala-ssrf
    ws.url(s"$agency/score").get().map(r => Ok(r.body))
  }

  def agencyReport(agencyHost: String) = Action.async { implicit request =>
    // ruleid: scala-ssrf
    ws.url(s"${agencyHost}/reports/latest").get().map(r => Ok(r.body))
  }

  def registerWebhook = Action.async { implicit request =>
    webhookForm.bindFromRequest().fold(
      errors => Future.successful(BadRequest("invalid")),
      hook => {
        // ruleid: scala-ssrf
        ws.url(hook.callbackUrl).post(hook.event).map(_ => Ok("registered"))
      }
    )
  }

  def importTariffs(feed: String) = Action { implicit request =>
    // ruleid: scala-ssrf
    val lines = Source.fromURL(feed).getLines().toList
    Ok(lines.size.toString)
  }

  def logoSize(logo: String) = Action { implicit request =>
    // ruleid: scala-ssrf
    val stream = new URL(logo).openStream()
    Ok(stream.available().toString)
  }

  def clientScore(iin: String) = Action.async { implicit request =>
    // a fixed host: the request value only names a path under it
    // ok: scala-ssrf
    ws.url(s"https://api.bureau.kz/score/$iin").get().map(r => Ok(r.body))
  }

  def clientHistory(clientId: String) = Action.async { implicit request =>
    // the configured service's address starts the URL
    // ok: scala-ssrf
    ws.url(s"$bureauBase/clients/$clientId/history").get().map(r => Ok(r.body))
  }

  def rates = Action.async { implicit request =>
    // ok: scala-ssrf
    ws.url(config.get[String]("rates.url")).get().map(r => Ok(r.body))
  }

  def branchFeed(branch: String) = Action { implicit request =>
    // ok: scala-ssrf
    val lines = Source.fromURL("https://mfo.kz/branches/" + branch).getLines().toList
    Ok(lines.size.toString)
  }

  def parseOnly(link: String) = Action { implicit request =>
    // a URL parsed and not opened makes no request
    // ok: scala-ssrf
    val host = new URL(link).getHost
    Ok(host)
  }
}

class AgentRoutes(implicit system: ActorSystem, ec: ExecutionContext) {
  val routes =
    path("proxy") {
      parameter("target") { target =>
        // ruleid: scala-ssrf
        onSuccess(Http().singleRequest(HttpRequest(uri = target))) { r => complete(r.status.intValue.toString) }
      }
    } ~
    path("mirror") {
      formField("source") { source =>
        // ruleid: scala-ssrf
        onSuccess(Http().singleRequest(Get(source))) { r => complete(r.status.intValue.toString) }
      }
    } ~
    path("rates") {
      parameter("date") { date =>
        // ok: scala-ssrf
        onSuccess(Http().singleRequest(HttpRequest(uri = s"https://rates.nbk.kz/rates?date=$date"))) { r =>
          complete(r.status.intValue.toString)
        }
      }
    }
}
