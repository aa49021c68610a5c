package io.bora.server.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code fields=}: keeps the requested keys (id first), in request order. */
final class Projection {
    private Projection() {
    }

    static Map<String, Object> apply(Map<String, Object> full, List<String> fields) {
        if (fields == null) {
            return full;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            if (full.containsKey(f)) {
                out.put(f, full.get(f));
            }
        }
        return out;
    }
}
