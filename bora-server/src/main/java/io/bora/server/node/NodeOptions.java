package io.bora.server.node;

import java.nio.file.Path;

/**
 * How a node is started ({@code ./bora server ...}).
 *
 * @param dbUrl JDBC URL of PostgreSQL (or H2); null = embedded H2 under {@code dataDir}
 */
public record NodeOptions(
        String bind,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Path pluginsDir,
        String nodeName,
        int actionConcurrency) {

    public String effectiveNodeName() {
        return nodeName != null ? nodeName : hostName() + ":" + port;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
