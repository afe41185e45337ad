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

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanExportController {
    @PostMapping("/loans/export")
    public String export(String format) throws Exception {
        // ruleid: java-command-injection
        new ProcessBuilder("sh", "-c", "loan-export --format " + format).start();
        return "ok";
    }

    @PutMapping("/loans/archive")
    public String archive(CharSequence name) throws Exception {
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("tar czf /data/archive/" + name + ".tgz /data/loans");
        return "ok";
    }

    @PostMapping("/loans/export-fixed")
    public String fixed(String format) throws Exception {
        // ok: java-command-injection
        new ProcessBuilder("sh", "-c", "loan-export --format csv").start();
        return "ok";
    }

    @PostMapping("/loans/export-model")
    public String model(Model model) throws Exception {
        // ok: java-command-injection
        Runtime.getRuntime().exec("loan-export " + model);
        return "ok";
    }

    // not a handler: no mapping annotation
    public void runExport(String format) throws Exception {
        // ok: java-command-injection
        Runtime.getRuntime().exec("loan-export --format " + format);
    }

    @PostMapping("/loans/export-batch")
    public String batch(int batch) throws Exception {
        // ok: java-command-injection
        Runtime.getRuntime().exec("loan-export --batch " + batch);
        return "ok";
    }
}

class DiagnosticsGrpcService extends DiagnosticsGrpc.DiagnosticsImplBase {
    @Override
    public void ping(PingRequest request, StreamObserver<PingReply> responseObserver) throws Exception {
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("ping -c 1 " + request.getHost());
        responseObserver.onCompleted();
    }

    @Override
    public void uptime(UptimeRequest request, StreamObserver<UptimeReply> responseObserver) throws Exception {
        // ok: java-command-injection
        Runtime.getRuntime().exec("uptime");
        responseObserver.onCompleted();
    }
}

// a WebView bridge: page JavaScript calls these methods with arguments of its choosing
class ShellBridge {
    @android.webkit.JavascriptInterface
    public String exec(String cmd) throws Exception {
        // ruleid: java-command-injection
        Process p = Runtime.getRuntime().exec(new String[]{"sh", "-c", cmd});
        return "";
    }

    @JavascriptInterface
    @Override
    public String ping(String host) throws Exception {
        // ruleid: java-command-injection
        Runtime.getRuntime().exec("ping -c 1 " + host);
        return "";
    }

    @JavascriptInterface
    public String version(String ignored) throws Exception {
        // ok: java-command-injection
        Runtime.getRuntime().exec(new String[]{"getprop", "ro.build.version.release"});
        return "";
    }

    public String internal(String cmd) throws Exception {
        // ok: java-command-injection
        Runtime.getRuntime().exec(new String[]{"sh", "-c", cmd});
        return "";
    }
}

// each element of a request collection reaches the parameter of a lambda handed to forEach or a
// stream operation; a constant list handed to the same operations does not
@RestController
class BatchConvertController {
    @PostMapping("/documents/convert-batch")
    public void convertAll(@RequestParam java.util.List<String> files) {
        files.forEach(f -> {
            try {
                // ruleid: java-command-injection
                Runtime.getRuntime().exec("pdftotext " + f + " out.txt");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        java.util.List<Process> started = files.stream()
            .filter(f -> !f.isEmpty())
            // ruleid: java-command-injection
            .map(f -> new ProcessBuilder("sh", "-c", "libreoffice --convert-to pdf " + f))
            .map(pb -> start(pb))
            .toList();
        java.util.List.of("nginx", "php-fpm").forEach(s -> {
            try {
                // ok: java-command-injection
                Runtime.getRuntime().exec("systemctl reload " + s);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Process start(ProcessBuilder pb) {
        try {
            return pb.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

// a method reference handed the elements of a request collection runs each one
class CommandReferenceServlet {
    private static final java.util.List<String> ALLOWED = java.util.List.of("uptime", "df -h");

    void run(javax.servlet.http.HttpServletRequest request, Runtime runtime) {
        java.util.List<String> commands = java.util.Arrays.asList(request.getParameterValues("cmd"));
        // ruleid: java-command-injection
        commands.forEach(Runtime.getRuntime()::exec);
        // ruleid: java-command-injection
        commands.stream().map(runtime::exec).count();
        // ruleid: java-command-injection
        commands.stream().map(CommandLine::parse).count();
        // ok: java-command-injection
        commands.stream().filter(ALLOWED::contains).forEach(Runtime.getRuntime()::exec);
        // ok: java-command-injection
        java.util.List.of("uptime").forEach(Runtime.getRuntime()::exec);
    }
}

// a line read from a network peer (a ServerSocket's connection, a client socket) is request data
class AgentListener {
    void serve(java.net.ServerSocket server) throws Exception {
        java.net.Socket peer = server.accept();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(peer.getInputStream()));
        String line = in.readLine();
        // ruleid: java-command-injection
        Runtime.getRuntime().exec(line);
        // ok: java-command-injection
        Runtime.getRuntime().exec(new String[] {"uptime"});
    }

    void serveOnce(java.net.ServerSocket server) throws Exception {
        var in = new java.util.Scanner(server.accept().getInputStream());
        // ruleid: java-command-injection
        new ProcessBuilder("sh", "-c", in.nextLine()).start();
    }
}
