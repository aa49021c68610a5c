package io.bora.cli.output;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps} of the JSON the API answers, because the mistral CLI prints inputs,
 * outputs and results that way ({@link io.bora.py.PyJson} writes it; this turns Jackson's tree into
 * the plain values it takes, integers of any size kept exact).
 */
public final class PyJson {
    private PyJson() {
    }

    /** Compact form: {@code {"a": 1, "b": [1, 2]}}. */
    public static String dumps(JsonNode node) {
        return io.bora.py.PyJson.dumps(plain(node));
    }

    /** Indented form, like {@code json.dumps(x, indent=n)}. */
    public static String dumps(JsonNode node, int indent) {
        return io.bora.py.PyJson.dumps(plain(node), indent);
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isBoolean()) return node.asBoolean();
        if (node.isIntegralNumber()) return node.bigIntegerValue();
        if (node.isNumber()) return node.doubleValue();
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (node.isObject()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), plain(e.getValue())));
            return fields;
        }
        return node.asText();
    }
}
