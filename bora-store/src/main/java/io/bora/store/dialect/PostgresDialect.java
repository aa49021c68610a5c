package io.bora.store.dialect;

import java.util.Map;

/** PostgreSQL 14+. */
public final class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Map<String, String> migrationPlaceholders() {
        return Map.of("text", "TEXT");
    }

    /** Batched inserts (enqueueAll, with-items fan-out) become multi-row INSERTs: one round trip. */
    @Override
    public Map<String, String> driverProperties() {
        return Map.of("reWriteBatchedInserts", "true");
    }

    /** PgJDBC splits such a statement and sends the parts together, before one Sync. */
    @Override
    public boolean combinesStatements() {
        return true;
    }

    @Override
    public boolean supportsUpdateReturning() {
        return true;
    }
}
