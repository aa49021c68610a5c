package io.bora.it;

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

/**
 * A Bora node in a child JVM on a free port, started from this test's classpath. {@link #kill()}
 * is a real SIGKILL (no shutdown hook runs), so crash recovery is tested as it happens in life.
 */
public final class BoraProcess implements AutoCloseable {
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final List<String> extraArgs;
    private Process process;

    public BoraProcess(Path dataDir, int port, List<String> extraArgs) throws IOException {
        this.dataDir = dataDir;
        this.port = port;
        this.extraArgs = extraArgs;
        this.log = Files.createTempFile("bora-node-", ".log");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public BoraProcess start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.bora.server.Main", "server", "--port", String.valueOf(port), "--data", dataDir.toString()));
        cmd.addAll(extraArgs);
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady(Duration.ofSeconds(60));
        return this;
    }

    private void awaitReady(Duration max) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Bora exited early:\n" + Files.readString(log));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50); // polling interval of a readiness probe, not a synchronisation sleep
        }
        throw new IllegalStateException("Bora not ready within " + max + ":\n" + Files.readString(log));
    }

    /** SIGKILL: the JVM dies at once, mid-transaction, mid-action. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) kill();
        }
    }
}
