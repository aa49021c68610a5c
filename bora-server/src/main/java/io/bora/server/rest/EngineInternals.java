package io.bora.server.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bookkeeping keys Bora's engine keeps in runtime_context and params that Mistral does not have;
 * the API leaves them out so clients see Mistral's fields only.
 */
final class EngineInternals {
    private static final Set<String> HIDDEN = Set.of("attempt_started", "parent_execution_id");

    private EngineInternals() {
    }

    static Map<String, Object> withoutInternals(Map<String, Object> map) {
        if (map == null) {
            return Map.of();
        }
        boolean any = false;
        for (String k : map.keySet()) {
            if (HIDDEN.contains(k)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return map;
        }
        Map<String, Object> out = new LinkedHashMap<>(map);
        out.keySet().removeAll(HIDDEN);
        return out;
    }
}
