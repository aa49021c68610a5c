package io.bora.it.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Bora node of a test cluster: a child JVM started from this test's classpath, always on
 * the same port and under the same node name, so that a restart after {@link #kill()} takes
 * back its own leases at once (as an operator's supervisor would restart it). Its output goes
 * to a log file that survives restarts.
 */
final class ClusterNode implements AutoCloseable {
    private final String name;
    private final int port;
    private final List<String> storeArgs;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    /** @param storeArgs how the node finds its database, e.g. {@code --db-url jdbc:postgresql://...} */
    ClusterNode(String name, List<String> storeArgs) throws IOException {
        this.name = name;
        this.port = freePort();
        this.storeArgs = List.copyOf(storeArgs);
        this.log = Files.createTempFile("bora-" + name + "-", ".log");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int starts() {
        return starts;
    }

    ClusterNode start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"),
                "io.bora.server.Main", "server", "--port", String.valueOf(port), "--node-name", name));
        cmd.addAll(storeArgs);
        Files.writeString(log, "=== start " + (starts + 1) + " ===\n", java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        starts++;
        awaitReady(Duration.ofSeconds(90));
        return this;
    }

    /** Polls {@code /ready} (the node's own readiness probe) until it answers 200. */
    private void awaitReady(Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(name + " exited early:\n" + tail());
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100); // polling interval of a readiness probe, not a synchronisation sleep
        }
        throw new IllegalStateException(name + " not ready within " + max + ":\n" + tail());
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the JVM dies at once, mid-transaction, mid-action; no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The last lines of the node's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM: the node drains and stops (a graceful stop). */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) kill();
        }
    }
}
