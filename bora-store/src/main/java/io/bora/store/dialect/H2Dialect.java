package io.bora.store.dialect;

import java.util.Map;

/**
 * H2 2.x. Unbounded text is CHARACTER VARYING (up to 10^9 characters), not CLOB: CLOBs live in
 * H2's separate LOB store, where every update of a JSON field creates and deletes a LOB, and
 * with commits written at once (WRITE_DELAY=0) that churn made the file grow without bound.
 */
public final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Map<String, String> migrationPlaceholders() {
        return Map.of("text", "CHARACTER VARYING");
    }

    @Override
    public boolean supportsUpdateReturning() {
        return false;
    }
}
