package io.bora.server.rest;

import io.bora.engine.model.EngineKeys;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Bookkeeping keys Bora's engine keeps in runtime_context and params that Mistral does not have
 * ({@link EngineKeys}); the API leaves them out so clients see Mistral's fields only.
 */
final class EngineInternals {
    private EngineInternals() {
    }

    /** A task's runtime context as Mistral shows it. */
    static Map<String, Object> runtimeContext(Map<String, Object> context) {
        return without(context, EngineKeys.TASK_RUNTIME_CONTEXT);
    }

    /** An execution's params as Mistral shows them. */
    static Map<String, Object> params(Map<String, Object> params) {
        return without(params, EngineKeys.EXECUTION_PARAMS);
    }

    private static Map<String, Object> without(Map<String, Object> map, Set<String> hidden) {
        if (map == null) {
            return Map.of();
        }
        if (java.util.Collections.disjoint(map.keySet(), hidden)) {
            return map;
        }
        Map<String, Object> out = new LinkedHashMap<>(map);
        out.keySet().removeAll(hidden);
        return out;
    }
}
