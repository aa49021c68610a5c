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

    @Override
    public boolean supportsUpdateReturning() {
        return true;
    }
}
