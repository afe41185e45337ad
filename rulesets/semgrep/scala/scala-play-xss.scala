package kz.mfo.web

import javax.inject.Inject
import play.api.data.Form
import play.api.data.Forms._
import play.api.mvc._
import play.twirl.api.{Html, HtmlFormat}

case class Applicant(fullName: String, iin: String)

class ApplicantController @Inject()(cc: ControllerComponents) extends AbstractController(cc) {
  private val applicantForm = Form(mapping("fullName" -> text, "iin" -> text)(Applicant.apply)(Applicant.unapply))

  def greet = Action { implicit request: Request[AnyContent] =>
    val name = request.getQueryString("name").getOrElse("")
    // ruleid: scala-play-xss
    Ok(Html(s"<p>Salem, $name</p>"))
  }

  def branchNote = Action { implicit request =>
    // a lambda over the request value: the page is built inside it, the type set on the result
    val page = request.getQueryString("note").map { note =>
      Ok(s"<div>$note</div>")
    }.getOrElse(Ok(""))
    // ruleid: scala-play-xss
    page as HTML
  }

  def promoBanner = Action { implicit request =>
    // ruleid: scala-play-xss
    request.cookies.get("promo").map { c => Ok(Html(c.value)) }.getOrElse(NotFound)
  }

  def agentHeader = Action { implicit request =>
    val agent = request.headers.get("X-Agent").getOrElse("-")
    // ruleid: scala-play-xss
    Ok(s"<b>$agent</b>").as("text/html; charset=utf-8")
  }

  def flashNotice = Action { implicit request =>
    // ruleid: scala-play-xss
    Ok(Html(request.flash.get("notice").getOrElse(""))).as(HTML)
  }

  // a value bound by the router from the path or the query string
  def loanTitle(title: String) = Action { implicit request =>
    // ruleid: scala-play-xss
    Ok(Html(s"<h1>$title</h1>"))
  }

  def loanTitleAsync(title: String) = Action.async { implicit request =>
    // ruleid: scala-play-xss
    Future.successful(Ok(Html(title)))
  }

  def submit = Action { implicit request =>
    applicantForm.bindFromRequest().fold(
      errors => BadRequest("invalid"),
      applicant => {
        // ruleid: scala-play-xss
        Ok(Html(s"<p>${applicant.fullName}</p>"))
      }
    )
  }

  def rawBody = Action(parse.text) { implicit request =>
    // ruleid: scala-play-xss
    Ok(request.body).as(HTML)
  }

  def escaped = Action { implicit request =>
    val name = request.getQueryString("name").getOrElse("")
    // ok: scala-play-xss
    Ok(Html(s"<p>${HtmlFormat.escape(name)}</p>"))
  }

  def plainText = Action { implicit request =>
    val name = request.getQueryString("name").getOrElse("")
    // a String body is sent as text/plain: the browser does not read it as HTML
    // ok: scala-play-xss
    Ok(s"Salem, $name")
  }

  def count(term: Int) = Action { implicit request =>
    // ok: scala-play-xss
    Ok(Html(s"<p>$term results</p>"))
  }

  def fixedPage = Action { implicit request =>
    // ok: scala-play-xss
    Ok(Html("<p>Our branches are open 9 to 18</p>")).as(HTML)
  }

  def template = Action { implicit request =>
    val name = request.getQueryString("name").getOrElse("")
    // a Twirl template escapes what it prints
    // ok: scala-play-xss
    Ok(views.html.greeting(name))
  }

  def numeric = Action { implicit request =>
    val amount = request.getQueryString("amount").map(_.toLong).getOrElse(0L)
    // a number carries no markup (read the same with a typed implicit request elsewhere in the class)
    // ok: scala-play-xss
    Ok(Html(s"<p>$amount KZT</p>"))
  }

  def term = Action { implicit request =>
    val months = request.getQueryString("months").flatMap(_.toIntOption).getOrElse(12)
    // ok: scala-play-xss
    Ok(Html(s"<p>$months months</p>"))
  }

  def termLabel = Action { implicit request =>
    val label = request.getQueryString("label").map(_.trim).getOrElse("")
    // a text kept as text is still markup
    // ruleid: scala-play-xss
    Ok(Html(s"<p>$label</p>"))
  }
}
