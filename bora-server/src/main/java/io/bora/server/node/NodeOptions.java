package io.bora.server.node;

import java.nio.file.Path;

/**
 * How a node is started ({@code ./bora server ...}).
 *
 * @param dbUrl           JDBC URL of PostgreSQL (or H2); null = embedded H2 under {@code dataDir}
 * @param roles           the parts this node plays (api, engine, executor, scheduler)
 * @param executorTargets targets this executor accepts besides untargeted actions
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
        int actionConcurrency,
        java.util.Set<io.bora.engine.runtime.EngineConfig.Role> roles,
        java.util.Set<String> executorTargets) {

    /** A node with every role and no executor target (the single-node default). */
    public NodeOptions(String bind, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                       Path pluginsDir, String nodeName, int actionConcurrency) {
        this(bind, port, dataDir, dbUrl, dbUser, dbPassword, pluginsDir, nodeName, actionConcurrency,
                java.util.EnumSet.allOf(io.bora.engine.runtime.EngineConfig.Role.class), java.util.Set.of());
    }

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
