package io.bora.expr.mistral;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.JsonReader;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PySet;
import io.bora.expr.value.PyText;
import io.bora.expr.value.Values;
import io.bora.py.PyJson;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's {@code json.dumps}/{@code json.loads} as Mistral calls them. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * JSON text with Python's separators and float forms. {@code yaqlDepthQuirk}: a dict with three
     * enclosing dicts is written as null (oslo's to_primitive depth limit on YAQL's frozen dicts).
     */
    public static String dump(Object value, int indent, boolean yaqlDepthQuirk) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, indent, 0, yaqlDepthQuirk ? 0 : Integer.MIN_VALUE);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int indent, int level, int dictDepth) {
        Limits.checkOutput(sb.length());
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Long || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : PyText.floatRepr(d));
        } else if (v instanceof String s) {
            PyJson.quote(sb, s, true);
        } else if (v instanceof Map<?, ?> m) {
            if (dictDepth >= 3) {
                sb.append("null");
                return;
            }
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, indent, level + 1);
                PyJson.quote(sb, Values.jsonKey(e.getKey()), true);
                sb.append(": ");
                write(sb, e.getValue(), indent, level + 1, dictDepth + 1);
            }
            newline(sb, indent, level);
            sb.append('}');
        } else if (v instanceof List || v instanceof PySet || v instanceof LazySeq) {
            List<Object> items = new ArrayList<>();
            for (Object x : (Iterable<?>) v) {
                items.add(x);
            }
            if (items.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            boolean first = true;
            for (Object x : items) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, indent, level + 1);
                write(sb, x, indent, level + 1, dictDepth);
            }
            newline(sb, indent, level);
            sb.append(']');
        } else if (v instanceof PyDateTime) {
            PyJson.quote(sb, (String) Values.toPlain(v), true);
        } else if (v instanceof java.time.Duration) {
            // oslo's to_primitive walks a timedelta's attributes until its depth guard trips.
            throw new ExpressionException(ErrorCategory.VALUE, "Circular reference detected");
        } else {
            throw new ExpressionException(ErrorCategory.TYPE, "Object of type " + Py.typeName(v)
                    + " is not JSON serializable");
        }
    }

    private static void newline(StringBuilder sb, int indent, int level) {
        if (indent >= 0) {
            sb.append('\n').append(" ".repeat(indent * level));
        }
    }

    /** Python json.loads: NaN/Infinity accepted, duplicate keys keep the last value. */
    public static Object parse(String text) {
        return JsonReader.parse(text);
    }
}
