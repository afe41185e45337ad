package kz.example.tools;

import java.io.IOException;
import java.util.List;

public class StatementPrinter {

    public static Process printStatement(String accountId) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        String cmd = "/usr/bin/lp -t 'statement " + accountId + "' /var/statements/latest.pdf";
        // ruleid: java-shell-command-parameter
        builder.command("bash", "-c", cmd);
        return builder.start();
    }

    public Process archive(String folder) throws IOException {
        // ruleid: java-shell-command-parameter
        return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "tar czf /backup/a.tgz " + folder});
    }

    public Process convert(String name) throws IOException {
        // ruleid: java-shell-command-parameter
        return new ProcessBuilder("sh", "-c", String.format("convert %s.png %s.pdf", name, name)).start();
    }

    public Process printStatementSafely(String accountId) throws IOException {
        // ok: java-shell-command-parameter
        return new ProcessBuilder("/usr/bin/lp", "-t", "statement " + accountId, "/var/statements/latest.pdf").start();
    }

    public Process rotateLogs(String unused) throws IOException {
        // ok: java-shell-command-parameter
        return new ProcessBuilder("bash", "-c", "logrotate /etc/logrotate.d/app").start();
    }

    public Process runScript(List<String> argv) throws IOException {
        // ok: java-shell-command-parameter
        return new ProcessBuilder(argv).start();
    }
}
