package io.bora.actions;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Renders a parameter list the way Mistral's API shows it: {@code url, method="GET", params=null}. */
final class Signatures {

    private Signatures() {
    }

    static String render(List<ActionParameter> parameters) {
        StringJoiner joined = new StringJoiner(", ");
        for (ActionParameter p : parameters) {
            if (p.required() || p.isCatchAll()) {
                joined.add(p.name());
            } else {
                joined.add(p.name() + "=" + json(p.defaultValue()));
            }
        }
        return joined.toString();
    }

    /** Mistral formats defaults with json.dumps. */
    static String json(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> jsonString(s);
            case Double d -> PythonRepr.floatRepr(d);
            case List<?> list -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                list.forEach(v -> items.add(json(v)));
                yield items.toString();
            }
            case Map<?, ?> map -> {
                StringJoiner items = new StringJoiner(", ", "{", "}");
                map.forEach((k, v) -> items.add(jsonString(String.valueOf(k)) + ": " + json(v)));
                yield items.toString();
            }
            default -> String.valueOf(value);
        };
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
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
