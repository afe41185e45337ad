import java.io.IOException;

public class PingAction {
    private String address;
    private static final String PING = "ping -c 3 ";

    public String getAddress() { return address; }

    public void setAddress(String address) { this.address = address; }

    private void run() throws IOException {
        Runtime runtime = Runtime.getRuntime();
        // ruleid: java-shell-command-bean-property
        String[] command = { "/bin/bash", "-c", "ping -t 5 -c 5 " + getAddress() };
        Process process = runtime.exec(command);
    }

    private void runField() throws IOException {
        // ruleid: java-shell-command-bean-property
        new ProcessBuilder("sh", "-c", PING + this.address).start();
    }

    private void runArgv() throws IOException {
        // ok: java-shell-command-bean-property
        new ProcessBuilder("ping", "-c", "3", getAddress()).start();
    }

    private void runConstant() throws IOException {
        // ok: java-shell-command-bean-property
        String[] command = { "/bin/sh", "-c", PING + "127.0.0.1" };
        Runtime.getRuntime().exec(command);
    }
}

class Backup {
    private final String dir;

    Backup(String dir) { this.dir = dir; }

    String getDir() { return dir; }

    void run() throws IOException {
        // ok: java-shell-command-bean-property
        new ProcessBuilder("sh", "-c", "tar czf /tmp/b.tgz " + getDir()).start();
    }
}
