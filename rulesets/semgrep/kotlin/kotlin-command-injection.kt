package kz.mfo.docs

import org.springframework.web.bind.annotation.*

@RestController
class ConvertController {
    @PostMapping("/documents/convert")
    fun convert(@RequestParam("file") file: String): String {
        // ruleid: kotlin-command-injection
        Runtime.getRuntime().exec("libreoffice --headless --convert-to pdf /data/$file")
        // ruleid: kotlin-command-injection
        ProcessBuilder("sh", "-c", "pdftotext $file out.txt").start()
        // ok: kotlin-command-injection
        ProcessBuilder("pdftotext", file, "out.txt").start()
        // ok: kotlin-command-injection
        Runtime.getRuntime().exec(arrayOf("pdftotext", file, "out.txt"))
        // ok: kotlin-command-injection
        Runtime.getRuntime().exec("systemctl reload nginx")
        return "ok"
    }
}

class ExportActivity : android.app.Activity() {
    // a scope function or an element-wise function hands the extra (or each of its elements)
    // to the lambda's `it`, named parameter or `this`
    fun runFromExtras() {
        intent.getStringExtra("tool")?.let {
            // ruleid: kotlin-command-injection
            Runtime.getRuntime().exec("export-tool " + it)
        }
        intent.getStringExtra("args")?.also { args ->
            // ruleid: kotlin-command-injection
            ProcessBuilder("sh", "-c", "convert $args").start()
        }
        with(intent.getStringExtra("job")) {
            // ruleid: kotlin-command-injection
            Runtime.getRuntime().exec("run-job " + this)
        }
        intent.getStringArrayExtra("files")?.forEach {
            // ruleid: kotlin-command-injection
            Runtime.getRuntime().exec("gzip " + it)
        }
        intent.getStringArrayExtra("files")?.map { name ->
            // ruleid: kotlin-command-injection
            Runtime.getRuntime().exec("gzip " + name)
        }
        intent.getStringArrayExtra("files")?.forEach {
            // ok: kotlin-command-injection
            Runtime.getRuntime().exec(arrayOf("gzip", it))
        }
        intent.getStringExtra("count")?.let {
            // ok: kotlin-command-injection
            Runtime.getRuntime().exec("seq " + it.toInt())
        }
        listOf("a.log", "b.log").forEach {
            // ok: kotlin-command-injection
            Runtime.getRuntime().exec("gzip " + it)
        }
        "nightly".let {
            // ok: kotlin-command-injection
            Runtime.getRuntime().exec("run-job " + it)
        }
    }
}

// a WebView bridge: page JavaScript calls these methods with arguments of its choosing
class ShellBridge {
    @JavascriptInterface
    fun exec(cmd: String): String {
        // ruleid: kotlin-command-injection
        Runtime.getRuntime().exec(arrayOf("sh", "-c", cmd))
        return ""
    }

    @JavascriptInterface
    fun version(ignored: String): String {
        // ok: kotlin-command-injection
        Runtime.getRuntime().exec(arrayOf("getprop", "ro.build.version.release"))
        return ""
    }
}

// a nullable servlet request: read with a safe call (`?.`) or a not-null assertion (`!!`)
class NullableRequestHandler {
    fun handle(request: HttpServletRequest?, response: HttpServletResponse, webView: WebView) {
        val a = request?.getParameter("a")
        // ruleid: kotlin-command-injection
        Runtime.getRuntime().exec(a)
        val b = request!!.getParameter("b")
        // ruleid: kotlin-command-injection
        Runtime.getRuntime().exec(b)
    }
}

// a sink on a nullable receiver: a safe call (`?.`), or a not-null assertion (`!!`) in the receiver

class NullableReceiverExec {
    fun handle(request: HttpServletRequest, pb: ProcessBuilder?, log: Logger?) {
        val a = request.getParameter("a")
        // ruleid: kotlin-command-injection
        Runtime.getRuntime()?.exec(a)
        // ruleid: kotlin-command-injection
        pb?.command("sh", "-c", a)
        // ok: kotlin-command-injection
        log?.info(a)
    }
}

// a line read from a network peer (a ServerSocket's connection, a client socket) is request data
class AgentListener {
    fun serve(server: java.net.ServerSocket) {
        val peer = server.accept()
        val line = peer.getInputStream().bufferedReader().readLine()
        // ruleid: kotlin-command-injection
        Runtime.getRuntime().exec(line)
        // ok: kotlin-command-injection
        Runtime.getRuntime().exec(arrayOf("uptime"))
    }

    fun serveClient(socket: java.net.Socket) {
        val reader = socket.inputStream.bufferedReader()
        // ruleid: kotlin-command-injection
        ProcessBuilder("sh", "-c", reader.readLine()).start()
    }
}
