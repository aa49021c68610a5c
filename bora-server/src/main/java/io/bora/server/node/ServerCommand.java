package io.bora.server.node;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.bora.engine.runtime.EngineConfig;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ./bora server}: runs one node until SIGTERM/SIGINT. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run a Bora node: REST API, engine, executor and scheduler in one process.")
public final class ServerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8989", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--data", defaultValue = "./data", description = "directory of the embedded database (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db-url", description = "JDBC URL of a PostgreSQL database (instead of the embedded one)")
    String dbUrl;

    @Option(names = "--db-user", description = "database user")
    String dbUser;

    @Option(names = "--db-password", description = "database password", interactive = false)
    String dbPassword;

    @Option(names = "--plugins", description = "directory of action plugin jars")
    Path plugins;

    @Option(names = "--node-name", description = "name of this node (default: host:port)")
    String nodeName;

    @Option(names = "--action-concurrency", defaultValue = "64", description = "actions run at once (default: ${DEFAULT-VALUE})")
    int actionConcurrency;

    @Option(names = "--roles", split = ",", defaultValue = "api,engine,executor,scheduler",
            description = "parts this node plays, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> roles;

    @Option(names = "--executor-target", split = ",", description = "task targets this executor accepts")
    List<String> executorTargets = List.of();

    @Override
    public Integer call() {
        EnumSet<EngineConfig.Role> parsedRoles = EnumSet.noneOf(EngineConfig.Role.class);
        for (String r : roles) {
            try {
                parsedRoles.add(EngineConfig.Role.valueOf(r.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                System.err.println("bora: unknown role '" + r + "' (roles: api, engine, executor, scheduler)");
                return 1;
            }
        }
        NodeOptions options = new NodeOptions(bind, port, data, dbUrl, dbUser, dbPassword, plugins, nodeName,
                actionConcurrency, parsedRoles, Set.copyOf(executorTargets));
        Node node;
        try {
            node = Node.start(options);
        } catch (Node.StartFailure e) {
            System.err.println("bora: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "bora-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    public static int run(String[] args) {
        return new CommandLine(new ServerCommand()).execute(args);
    }
}
