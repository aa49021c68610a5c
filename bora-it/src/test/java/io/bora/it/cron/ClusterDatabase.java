package io.bora.it.cron;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema for one cluster test: on the server of {@code BORA_TEST_PG_URL} when
 * set, else on an embedded PostgreSQL. Closing drops the schema (and stops the embedded server).
 */
final class ClusterDatabase implements AutoCloseable {
    private final String serverUrl;
    private final String schema;
    private final EmbeddedPostgres embedded;

    private ClusterDatabase(String serverUrl, String schema, EmbeddedPostgres embedded) {
        this.serverUrl = serverUrl;
        this.schema = schema;
        this.embedded = embedded;
    }

    static ClusterDatabase create() throws IOException, SQLException {
        String url = System.getenv("BORA_TEST_PG_URL");
        EmbeddedPostgres embedded = null;
        if (url == null || url.isBlank()) {
            embedded = EmbeddedPostgres.builder().start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
        String schema = "bora_cron_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return new ClusterDatabase(url, schema, embedded);
    }

    /** The JDBC URL every node of the cluster opens. */
    String jdbcUrl() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE");
        } finally {
            if (embedded != null) embedded.close();
        }
    }
}
