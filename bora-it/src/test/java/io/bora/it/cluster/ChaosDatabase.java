package io.bora.it.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test run, dropped afterwards: on the server of
 * {@code BORA_TEST_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres},
 * trust authentication), else on an embedded PostgreSQL started for the run.
 */
final class ChaosDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String name;
    private final String url;

    private ChaosDatabase(EmbeddedPostgres embedded, String adminUrl) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.name = "bora_chaos_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.url = withDatabase(adminUrl, name);
    }

    static ChaosDatabase create() throws IOException {
        String server = System.getenv("BORA_TEST_PG_URL");
        ChaosDatabase db;
        if (server != null && !server.isBlank()) {
            db = new ChaosDatabase(null, server);
        } else {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .start();
            db = new ChaosDatabase(pg, pg.getJdbcUrl("postgres", "postgres"));
        }
        db.execute("CREATE DATABASE " + db.name);
        return db;
    }

    /** The JDBC URL of the fresh database (credentials, if any, as in the server URL). */
    String url() {
        return url;
    }

    /** Where the server URL names a database, the same URL naming {@code database}. */
    static String withDatabase(String serverUrl, String database) {
        int slashes = serverUrl.indexOf("//");
        int path = serverUrl.indexOf('/', slashes + 2);
        if (slashes < 0 || path < 0) throw new IllegalArgumentException("not a jdbc:postgresql://host/db URL: " + serverUrl);
        int query = serverUrl.indexOf('?', path);
        return serverUrl.substring(0, path + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private void execute(String statement) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } finally {
            if (embedded != null) embedded.close();
        }
    }
}
