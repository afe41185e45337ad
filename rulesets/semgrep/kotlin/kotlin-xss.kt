package kz.mfo.web

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.html.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import io.ktor.http.content.TextContent
import kotlinx.html.*
import org.apache.commons.text.StringEscapeUtils
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.*
import org.springframework.web.util.HtmlUtils
import javax.servlet.http.HttpServletRequest
import javax.servlet.http.HttpServletResponse

fun Application.searchRoutes() {
    routing {
        get("/search") {
            // ruleid: kotlin-xss
            call.respondText("<p>Results for ${call.request.queryParameters["q"]}</p>", ContentType.Text.Html)
        }
        get("/branch/{code}") {
            val code = call.parameters["code"]
            // ruleid: kotlin-xss
            call.respondText("<h1>Branch $code</h1>", contentType = ContentType.Text.Html)
        }
        post("/feedback") {
            val form = call.receiveParameters()
            val comment = form["comment"] ?: ""
            // ruleid: kotlin-xss
            call.respondText("<div>" + comment + "</div>", ContentType.Text.Html.withCharset(Charsets.UTF_8))
            // ok: kotlin-xss
            call.respondText("<div>" + comment.escapeHTML() + "</div>", ContentType.Text.Html)
            // ok: kotlin-xss
            call.respondText("<div>" + HtmlUtils.htmlEscape(comment) + "</div>", ContentType.Text.Html)
        }
        get("/echo") {
            val q = call.request.queryParameters["q"]
            // plain text and JSON are not rendered as HTML
            // ok: kotlin-xss
            call.respondText("You asked for $q", ContentType.Text.Plain)
            // ok: kotlin-xss
            call.respondText("You asked for $q")
            // ok: kotlin-xss
            call.respondText("{\"q\": \"$q\"}", ContentType.Application.Json)
            // ok: kotlin-xss
            call.respondText("<p>Welcome</p>", ContentType.Text.Html)
        }
        get("/profile") {
            val nick = call.request.queryParameters["nick"] ?: "guest"
            call.respondHtml {
                body {
                    // kotlinx.html escapes text
                    // ok: kotlin-xss
                    p { +nick }
                    unsafe {
                        // ruleid: kotlin-xss
                        +"<b>$nick</b>"
                    }
                }
            }
        }
    }
}

fun Application.moreRoutes() {
    routing {
        get("/header") {
            val agent = call.request.headers["User-Agent"]
            val theme = call.request.cookies["theme"]
            // ruleid: kotlin-xss
            call.respondText(ContentType.Text.Html) { "<p>$agent</p>" }
            call.respondText(ContentType.Text.Html) {
                val safe = StringEscapeUtils.escapeHtml4(agent)
                // ok: kotlin-xss
                log.info(theme)
                // ruleid: kotlin-xss
                "<p>$safe</p><i>$theme</i>"
            }
            // ok: kotlin-xss
            call.respondText(ContentType.Text.Html) { "<p>${agent?.escapeHTML()}</p>" }
            // ok: kotlin-xss
            call.respondText(ContentType.Text.Plain) { "<p>$agent</p>" }
        }
        get("/missing/{file}") {
            val file = call.parameters["file"]!!
            if (file.endsWith(".tmp")) {
                // semgrep's Kotlin translation drops the statements of an `if` block that ends
                // in a labelled return (`return@get`): no taint is followed into it
                // todoruleid: kotlin-xss
                call.respondText(ContentType.Text.Html) { "<p>$file not found</p>" }
                return@get
            }
            if (file.endsWith(".old")) {
                // ruleid: kotlin-xss
                call.respondText(ContentType.Text.Html) { "<p>$file not found</p>" }
                return
            }
        }
        post("/note") {
            val note = call.receiveText()
            val form = call.receive<NoteForm>()
            // ruleid: kotlin-xss
            call.respond(HttpStatusCode.OK, TextContent("<p>$note</p>", ContentType.Text.Html))
            // ok: kotlin-xss
            call.respond(TextContent("{\"title\": \"${form.title}\"}", ContentType.Application.Json))
            call.apply {
                // ruleid: kotlin-xss
                respondText("<h2>${form.title}</h2>", ContentType.Text.Html)
                // ok: kotlin-xss
                respondText("<h2>${form.title}</h2>")
            }
            // ruleid: kotlin-xss
            this.call.respondText("<p>$note</p>", ContentType.Text.Html)
            call.respondHtml {
                body {
                    // ok: kotlin-xss
                    p { +note }
                    // ruleid: kotlin-xss
                    unsafe { +note }
                }
            }
        }
    }
}

suspend fun ApplicationCall.greeting() {
    val who = request.queryParameters["who"]
    // ruleid: kotlin-xss
    respondText("<p>Hello $who</p>", ContentType.Text.Html)
    // ok: kotlin-xss
    respondText("<p>Hello ${StringEscapeUtils.escapeHtml4(who)}</p>", ContentType.Text.Html)
}

suspend fun renderCard(applicationCall: ApplicationCall) {
    val holder = applicationCall.parameters["holder"]
    val ref = applicationCall.request.queryParameters["ref"]
    // ruleid: kotlin-xss
    applicationCall.respondText("<div>$holder $ref</div>", ContentType.Text.Html)
    // ok: kotlin-xss
    applicationCall.respondText("{\"holder\": \"$holder\"}", ContentType.Application.Json)
}

@Controller
class GreetingController {
    @GetMapping("/greet", produces = [MediaType.TEXT_HTML_VALUE])
    @ResponseBody
    // ruleid: kotlin-xss
    fun greet(@RequestParam name: String): String = "<h1>Hello $name</h1>"

    @GetMapping("/card", produces = ["text/html;charset=UTF-8"])
    @ResponseBody
    fun card(@RequestParam holder: String): String {
        // ruleid: kotlin-xss
        return "<div class=\"card\">" + holder + "</div>"
    }

    @GetMapping("/card/safe", produces = ["text/html"])
    @ResponseBody
    fun cardSafe(@RequestParam holder: String): String {
        // ok: kotlin-xss
        return "<div class=\"card\">" + HtmlUtils.htmlEscape(holder) + "</div>"
    }

    @GetMapping("/notice")
    fun notice(@RequestParam("text") text: String): ResponseEntity<String> {
        // ruleid: kotlin-xss
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<p>$text</p>")
    }

    @GetMapping("/api/greet", produces = [MediaType.APPLICATION_JSON_VALUE])
    @ResponseBody
    // ok: kotlin-xss
    fun greetJson(@RequestParam name: String): String = "{\"greeting\": \"Hello $name\"}"

    @GetMapping("/api/notice")
    fun noticeJson(@RequestParam("text") text: String): ResponseEntity<String> {
        // ok: kotlin-xss
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"text\": \"$text\"}")
    }
}

class LegacyServlet : javax.servlet.http.HttpServlet() {
    override fun doGet(request: HttpServletRequest, response: HttpServletResponse) {
        val q = request.getParameter("q")
        response.contentType = "text/html"
        // ruleid: kotlin-xss
        response.writer.print("<p>" + q + "</p>")
        // ruleid: kotlin-xss
        response.getWriter().write("<p>$q</p>")
        // ok: kotlin-xss
        response.writer.print("<p>" + HtmlUtils.htmlEscape(q) + "</p>")
        // ok: kotlin-xss
        response.writer.print("<p>" + q.length + "</p>")
    }
}
