package io.bora.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One store per backend per test JVM, opened on first use and closed when the JVM ends.
 * H2 is a file database in a temporary directory. PostgreSQL is the server named by
 * {@code BORA_TEST_PG_URL} (a schema of its own per run, dropped afterwards, so parallel runs on
 * one server do not collide), else an embedded PostgreSQL.
 */
final class Databases {

    private static final Map<Backend, JdbcStore> STORES = new EnumMap<>(Backend.class);
    private static final String[] TABLES = {"action_executions", "task_executions", "workflow_executions", "jobs",
            "workflow_definitions", "workbooks", "action_definitions", "environments", "cron_triggers"};

    private Databases() {
    }

    static synchronized JdbcStore store(Backend backend) {
        return STORES.computeIfAbsent(backend, b -> b == Backend.H2 ? openH2() : openPostgres());
    }

    static void clean(JdbcStore store) {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : TABLES) s.executeUpdate("DELETE FROM " + table);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JdbcStore openH2() {
        try {
            Path dir = Files.createTempDirectory("bora-store-test");
            JdbcStore store = JdbcStore.openEmbedded(dir);
            onExit(() -> {
                store.close();
                deleteTree(dir);
            });
            return store;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JdbcStore openPostgres() {
        JdbcStore store = JdbcStore.open(freshPostgresSchema(), null, null);
        onExit(store::close);
        return store;
    }

    /**
     * A URL whose default schema is new and empty, dropped when the JVM ends: on the server of
     * {@code BORA_TEST_PG_URL}, else on an embedded PostgreSQL started once per JVM.
     */
    static synchronized String freshPostgresSchema() {
        String server = postgresServer();
        String schema = "bora_store_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE SCHEMA " + schema);
        onExit(() -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String pgServerUrl;

    private static String postgresServer() {
        if (pgServerUrl != null) return pgServerUrl;
        String url = System.getenv("BORA_TEST_PG_URL");
        if (url != null && !url.isBlank()) return pgServerUrl = url;
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            onExit(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // The process dies with the JVM anyway.
                }
            });
            return pgServerUrl = pg.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start (set BORA_TEST_PG_URL to use a server)", e);
        }
    }

    private static void execute(String url, String statement) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static final Deque<Runnable> CLEANUP = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Databases::cleanUp, "bora-store-test-cleanup"));
    }

    /** Clean-ups run in reverse order of registration: stores close before their schema and server go. */
    static synchronized void onExit(Runnable action) {
        CLEANUP.push(action);
    }

    private static synchronized void cleanUp() {
        while (!CLEANUP.isEmpty()) {
            try {
                CLEANUP.pop().run();
            } catch (RuntimeException e) {
                System.err.println("test clean-up: " + e.getMessage());
            }
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
