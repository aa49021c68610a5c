package io.bora.lang;

import java.util.List;
import java.util.Map;

/**
 * A place in the uploaded document: the nearest YAML node (for line/column) and the dotted path
 * users see ("wf1.tasks.t1.retry"). Errors are raised through it so that every rejection says
 * where it happened without touching the Mistral-compatible message itself.
 */
record Where(YamlNode node, String path) {

    static Where root(YamlNode node) {
        return new Where(node, "");
    }

    Where child(String key) {
        YamlNode next = node == null ? null : node.field(key);
        return new Where(next == null || next.line == 0 ? node : next, join(path, key));
    }

    Where item(int index) {
        YamlNode next = node == null ? null : node.item(index);
        return new Where(next == null || next.line == 0 ? node : next, path + "[" + index + "]");
    }

    /** The key itself rather than its value, e.g. for "'colour' was unexpected". */
    Where key(String key) {
        YamlNode k = node == null ? null : node.key(key);
        return new Where(k == null || k.line == 0 ? node : k, join(path, key));
    }

    Where at(List<Object> steps) {
        Where w = this;
        for (Object step : steps) {
            w = step instanceof Integer i ? w.item(i) : w.child(String.valueOf(step));
        }
        return w;
    }

    DslException error(String message) {
        return new DslException(message, node == null ? 0 : node.line, node == null ? 0 : node.column, path);
    }

    /** Re-raises an error that was created without a position (e.g. by the inline parser) here. */
    DslException relocate(DslException e) {
        return e.line() > 0 ? e : error(e.getMessage());
    }

    /** "Invalid DSL: <jsonschema message>", positioned at the offending value (or key). */
    @SuppressWarnings("unchecked")
    DslException schemaError(SchemaValidator.Failure failure) {
        Where w = at(failure.path());
        if (failure.keyword().equals("additionalProperties") && failure.instance() instanceof Map<?, ?> map) {
            Map<String, Object> properties =
                    (Map<String, Object>) failure.schema().getOrDefault("properties", Map.of());
            Map<String, Object> patterns =
                    (Map<String, Object>) failure.schema().getOrDefault("patternProperties", Map.of());
            for (Object k : map.keySet()) {
                String name = String.valueOf(k);
                boolean matched = properties.containsKey(name);
                for (String p : patterns.keySet()) {
                    matched |= SchemaValidator.search(p, name);
                }
                if (!matched) {
                    w = w.key(name);
                    break;
                }
            }
        }
        return w.error("Invalid DSL: " + failure.message());
    }

    /** Validates {@code value} against a Mistral schema, throwing the error Mistral would report. */
    void validate(Object value, Map<String, Object> schema) {
        SchemaValidator.Failure failure = SchemaValidator.validate(value, schema);
        if (failure != null) {
            throw schemaError(failure);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
