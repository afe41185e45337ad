package kz.mfo.web

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.html.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.html.*
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
