package io.bora.cli.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.bora.cli.output.TextWrap;
import io.bora.cli.output.PyJson;
import java.util.ArrayList;
import java.util.List;

/** The mistral client's cell conventions: raw values, {@code <none>} for empty ones, cut and wrapped text. */
public final class Cells {
    public static final String NONE = "<none>";
    private static final int WIDTH = 25;

    private Cells() {
    }

    /** The field's value as the Python client sees it: absent and null are None, containers become JSON text. */
    public static Object value(JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return PyJson.dumps(v);
    }

    /** Whether the field is present at all (the client's {@code hasattr}). */
    public static boolean has(JsonNode item, String field) {
        return item.has(field);
    }

    /** Python's {@code value or '<none>'}: None, "", False and 0 all become {@code <none>}. */
    public static Object orNone(Object value) {
        if (value == null
                || value instanceof String s && s.isEmpty()
                || value instanceof Boolean b && !b
                || value instanceof Number n && n.doubleValue() == 0) {
            return NONE;
        }
        return value;
    }

    /** List views cut long text to 25 characters plus "...". */
    public static Object cut(Object value) {
        if (value instanceof String s && s.codePointCount(0, s.length()) > WIDTH) {
            return s.substring(0, s.offsetByCodePoints(0, WIDTH)) + "...";
        }
        return value;
    }

    /** Tags joined by ", ", wrapped at 25 columns, or {@code <none>}. */
    public static Object tags(JsonNode item) {
        JsonNode tags = item.get("tags");
        List<String> names = new ArrayList<>();
        if (tags != null && tags.isArray()) {
            tags.forEach(t -> names.add(t.asText()));
        } else if (tags != null && tags.isTextual()) {
            names.add(tags.asText());
        }
        return orNone(wrap(String.join(", ", names)));
    }

    /** Python's textwrap.fill(s, 25), only for text longer than 25 (the client's base.wrap). */
    static String wrap(String s) {
        return s.length() <= WIDTH ? s : TextWrap.fill(s, WIDTH);
    }
}
