package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** PyYAML's {@code safe_dump(data, default_flow_style=False)}: block style, sorted keys, ASCII only. */
final class YamlDump {
    private static final Pattern NEEDS_QUOTES_AS_OTHER_TYPE = Pattern.compile(
            "(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|)"
                    + "|[-+]?(0b[0-1_]+|0[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)"
                    + "|[-+]?(([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|\\.(inf|Inf|INF|nan|NaN|NAN))"
                    + "|\\d{4}-\\d\\d?-\\d\\d?.*|<<|=");

    private YamlDump() {
    }

    static String dump(Object data) {
        StringBuilder sb = new StringBuilder();
        if (isNonEmptyMap(data) || isNonEmptyList(data)) {
            block(data, sb, 0, false);
            return sb.toString();
        }
        String scalar = scalar(data);
        sb.append(scalar).append('\n');
        boolean plain = !(scalar.startsWith("'") || scalar.startsWith("\"") || scalar.equals("[]") || scalar.equals("{}"));
        if (plain) {
            sb.append("...\n");
        }
        return sb.toString();
    }

    private static void block(Object v, StringBuilder sb, int indent, boolean firstInline) {
        String pad = " ".repeat(indent);
        boolean first = true;
        if (v instanceof Map<?, ?> m) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            entries.sort((x, y) -> PyOps.compare(x.getKey(), y.getKey(), "<"));
            for (Map.Entry<?, ?> e : entries) {
                if (!(first && firstInline)) {
                    sb.append(pad);
                }
                first = false;
                sb.append(scalar(e.getKey())).append(':');
                Object val = e.getValue();
                if (isNonEmptyMap(val)) {
                    sb.append('\n');
                    block(val, sb, indent + 2, false);
                } else if (isNonEmptyList(val)) {
                    // PyYAML does not indent a sequence that is a mapping value
                    sb.append('\n');
                    block(val, sb, indent, false);
                } else {
                    sb.append(' ').append(scalar(val)).append('\n');
                }
            }
        } else {
            for (Object item : (List<?>) v) {
                if (!(first && firstInline)) {
                    sb.append(pad);
                }
                first = false;
                sb.append('-');
                if (isNonEmptyMap(item) || isNonEmptyList(item)) {
                    sb.append(' ');
                    block(item, sb, indent + 2, true);
                } else {
                    sb.append(' ').append(scalar(item)).append('\n');
                }
            }
        }
    }

    private static boolean isNonEmptyMap(Object v) {
        return v instanceof Map<?, ?> m && !m.isEmpty();
    }

    private static boolean isNonEmptyList(Object v) {
        return v instanceof List<?> l && !l.isEmpty() && !(v instanceof PyRange);
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (PyNum.isInt(v)) {
            return PyNum.big(v).toString();
        }
        if (PyNum.isFloat(v)) {
            double d = PyNum.dbl(v);
            if (Double.isNaN(d)) {
                return ".nan";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? ".inf" : "-.inf";
            }
            String r = PyNum.floatRepr(d);
            if (!r.contains(".") && r.contains("e")) {
                r = r.replace("e", ".0e");
            }
            return r;
        }
        if (v instanceof Map<?, ?> m && m.isEmpty()) {
            return "{}";
        }
        if (v instanceof List<?> l && l.isEmpty() && !(v instanceof PyRange)) {
            return "[]";
        }
        if (v instanceof String s) {
            return string(s);
        }
        Undefined.strict(v);
        throw PyErrors.value("('cannot represent an object', " + PyText.repr(v) + ")");
    }

    private static String string(String s) {
        boolean ascii = s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (!ascii) {
            return doubleQuoted(s);
        }
        if (plainAllowed(s)) {
            return s;
        }
        return "'" + s.replace("'", "''") + "'";
    }

    private static boolean plainAllowed(String s) {
        if (s.isEmpty() || NEEDS_QUOTES_AS_OTHER_TYPE.matcher(s).matches()) {
            return false;
        }
        if (s.startsWith(" ") || s.endsWith(" ") || "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0
                && !(s.length() > 1 && (s.charAt(0) == '-' || s.charAt(0) == '?' || s.charAt(0) == ':')
                && s.charAt(1) != ' ')) {
            return false;
        }
        return !(s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.startsWith("---")
                || s.startsWith("..."));
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case 0 -> sb.append("\\0");
                default -> {
                    if (cp >= 0x20 && cp < 0x7f) {
                        sb.appendCodePoint(cp);
                    } else if (cp <= 0xff) {
                        sb.append(String.format("\\x%02X", cp));
                    } else if (cp <= 0xffff) {
                        sb.append(String.format("\\u%04X", cp));
                    } else {
                        sb.append(String.format("\\U%08X", cp));
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
