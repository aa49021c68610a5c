package io.bora.lang;

import io.bora.lang.spec.InputParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a schema-checked {@code input:} list: {@code - x} is required, {@code - y: 5} has a default. */
final class InputParams {
    private InputParams() {
    }

    static List<InputParam> from(Object raw) {
        if (!(raw instanceof List<?> entries)) {
            return List.of();
        }
        // A name given twice keeps its first position and its last definition, like a Python dict.
        Map<String, InputParam> byName = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (entry instanceof String name) {
                byName.put(name, new InputParam(name, true, null));
            } else if (entry instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String name = String.valueOf(e.getKey());
                    byName.put(name, new InputParam(name, false, e.getValue()));
                }
            }
        }
        return new ArrayList<>(byName.values());
    }
}
