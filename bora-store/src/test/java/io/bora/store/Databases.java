package io.bora.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
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
            for (String table : TABLES) s.executeUpdate("DELETE FROM " + table);
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
        String url = System.getenv("BORA_TEST_PG_URL");
        if (url == null || url.isBlank()) return openEmbeddedPostgres();
        String schema = "bora_store_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        JdbcStore store = JdbcStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
        onExit(() -> {
            store.close();
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        });
        return store;
    }

    private static JdbcStore openEmbeddedPostgres() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            JdbcStore store = JdbcStore.open(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
            onExit(() -> {
                store.close();
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // The process dies with the JVM anyway.
                }
            });
            return store;
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

    private static void onExit(Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action));
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
