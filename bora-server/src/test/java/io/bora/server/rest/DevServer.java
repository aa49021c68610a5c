package io.bora.server.rest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Manual runs of the conformance script against the API with a stand-in engine:
 * {@code java ... io.bora.server.rest.DevServer <port>}. Not a test.
 */
final class DevServer {
    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bora-dev");
        ApiServer server = new ApiServer(dir);
        System.out.println("listening on " + server.base());
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        if (port != 0) {
            server.api.stop();
            server.api.start("127.0.0.1", port);
            System.out.println("moved to port " + port);
        }
        Thread.currentThread().join();
    }
}
