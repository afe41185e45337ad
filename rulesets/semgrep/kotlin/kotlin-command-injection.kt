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
