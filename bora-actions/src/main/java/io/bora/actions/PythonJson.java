package io.bora.actions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * JSON as Python's {@code json} module writes and reads it: Mistral sends bodies with
 * {@code json.dumps} (separators {@code ", "} and {@code ": "}, ASCII only) and decodes responses into
 * the plain model (Long/BigInteger, Double, String, List, LinkedHashMap).
 */
public final class PythonJson {

    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private PythonJson() {
    }

    /** Python's {@code json.dumps(value)}. */
    public static String dumps(Object value) {
        return switch (value) {
            case null -> "null";
            case Boolean b -> b ? "true" : "false";
            case String s -> quote(s);
            case Double d -> jsonFloat(d);
            case Float f -> jsonFloat(f.doubleValue());
            case Number n -> n.toString();
            case List<?> list -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                list.forEach(v -> items.add(dumps(v)));
                yield items.toString();
            }
            case Map<?, ?> map -> {
                StringJoiner items = new StringJoiner(", ", "{", "}");
                map.forEach((k, v) -> items.add(quote(k instanceof String s ? s : dumps(k)) + ": " + dumps(v)));
                yield items.toString();
            }
            default -> quote(value.toString());
        };
    }

    /** Parses JSON text into the plain model. */
    public static Object loads(String text) throws JsonProcessingException {
        return plain(READER.readTree(text));
    }

    /** Integers become Long (BigInteger beyond long), like Python ints; objects keep their key order. */
    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    private static String jsonFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return PythonRepr.floatRepr(d);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
