package io.bora.store.dialect;

import java.util.Map;

/** What differs between the databases Bora runs on; everything else is shared SQL. */
public interface Dialect {

    String name();

    /** Flyway placeholders that the shared migrations use ({@code ${text}}). */
    Map<String, String> migrationPlaceholders();

    /** JDBC driver properties that make the common statements cheaper. */
    default Map<String, String> driverProperties() {
        return Map.of();
    }

    /** Whether the driver runs {@code "a; b"} with parameters as one prepared statement, in one round trip. */
    default boolean combinesStatements() {
        return false;
    }

    /** Whether a claim can lease and return rows in one statement (UPDATE ... RETURNING). */
    boolean supportsUpdateReturning();

    static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) return new H2Dialect();
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return new PostgresDialect();
        throw new IllegalArgumentException("Unsupported database URL (expected jdbc:h2: or jdbc:postgresql:): " + jdbcUrl);
    }
}
