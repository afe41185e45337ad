package kz.mfo.reports

import io.ktor.server.application.*
import io.ktor.server.request.*
import io.ktor.server.routing.*
import java.io.File
import java.io.StringReader
import javax.servlet.http.HttpServletRequest
import javax.xml.transform.TransformerFactory
import javax.xml.transform.stream.StreamResult
import javax.xml.transform.stream.StreamSource
import org.springframework.web.bind.annotation.*

@RestController
class StatementController {
    private val factory = TransformerFactory.newInstance()

    // the stylesheet itself sent by the caller: XSLT runs extension functions and reads files
    @PostMapping("/statement/render")
    fun render(@RequestBody stylesheet: String, request: HttpServletRequest): String {
        // ruleid: kotlin-xslt-injection
        val t = factory.newTransformer(StreamSource(StringReader(stylesheet)))
        // ruleid: kotlin-xslt-injection
        val tpl = TransformerFactory.newInstance().newTemplates(StreamSource(request.getInputStream()))
        val xsl = StreamSource(request.getParameter("xslUrl"))
        // ruleid: kotlin-xslt-injection
        val u = factory.newTransformer(xsl)
        // ruleid: kotlin-xslt-injection
        val v = factory.newTemplates(StreamSource(File("/xsl/" + request.getParameter("layout"))))
        return "ok"
    }

    @GetMapping("/statement")
    fun statement(@RequestParam layout: String, @RequestParam data: String): String {
        // a stylesheet chosen from a constant table; the request's document is only transformed
        // ok: kotlin-xslt-injection
        val t = factory.newTransformer(StreamSource(LAYOUTS[layout]))
        // ok: kotlin-xslt-injection
        val fixed = factory.newTransformer(StreamSource(javaClass.getResourceAsStream("/xsl/statement.xsl")))
        // the identity transform takes no stylesheet
        // ok: kotlin-xslt-injection
        val identity = factory.newTransformer()
        fixed.transform(StreamSource(StringReader(data)), StreamResult(System.out))
        return "ok"
    }

    companion object {
        val LAYOUTS = mapOf("short" to "/xsl/short.xsl")
    }
}

fun Route.preview() {
    post("/preview") {
        val xslt = call.receiveText()
        val compiler = net.sf.saxon.s9api.Processor(false).newXsltCompiler()
        // ruleid: kotlin-xslt-injection
        compiler.compile(StreamSource(StringReader(xslt)))
        // ok: kotlin-xslt-injection
        compiler.compile(StreamSource(File("/opt/app/xsl/report.xsl")))
    }
}
