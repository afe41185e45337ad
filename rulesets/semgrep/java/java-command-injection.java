package kz.mfo.docs;

import org.springframework.web.bind.annotation.*;

@RestController
public class ConvertController {

    @PostMapping("/documents/convert")
    public String convert(@RequestParam("file") String file) throws Exception {
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("libreoffice --headless --convert-to pdf /data/" + file);
        // ruleid: java-command-injection
        new ProcessBuilder("sh", "-c", "pdftotext " + file + " out.txt").start();
        // ok: java-command-injection
        new ProcessBuilder("pdftotext", file, "out.txt").start();
        // ok: java-command-injection
        Runtime.getRuntime().exec(new String[] {"pdftotext", file, "out.txt"});
        // ok: java-command-injection
        Runtime.getRuntime().exec("systemctl reload nginx");
        return "ok";
    }
}
