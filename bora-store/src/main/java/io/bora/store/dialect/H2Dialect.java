package io.bora.store.dialect;

import java.util.Map;

/**
 * H2 2.x. Unbounded text is a CLOB: H2's VARCHAR stops at 1 MiB characters, and a with-items
 * result list can be larger than that.
 */
public final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Map<String, String> migrationPlaceholders() {
        return Map.of("text", "CHARACTER LARGE OBJECT");
    }

    @Override
    public boolean supportsUpdateReturning() {
        return false;
    }
}
