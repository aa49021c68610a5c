package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PyYAML's {@code safe_dump(data, default_flow_style=False)}: block style, sorted keys, ASCII
 * output, PyYAML's choice between plain, single-quoted and double-quoted scalars, and its line
 * folding at 80 columns.
 */
final class YamlDump {
    private static final int BEST_WIDTH = 80;
    /** Plain scalars that would read back as something other than a string. */
    private static final Pattern RESOLVES_TO_OTHER_TYPE = Pattern.compile(
            "(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|)"
                    + "|[-+]?(0b[0-1_]+|0[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)"
                    + "|[-+]?(([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                    + "|\\.(inf|Inf|INF|nan|NaN|NAN))"
                    + "|\\d{4}-\\d\\d-\\d\\d|\\d{4}-\\d\\d?-\\d\\d?([Tt]|[ \\t]+)\\d\\d?:\\d\\d:\\d\\d.*|<<|=");
    private static final String BREAKS = "\n\u0085\u2028\u2029";

    private final StringBuilder out = new StringBuilder();
    private int column;

    private YamlDump() {
    }

    static String dump(Object data) {
        YamlDump d = new YamlDump();
        if (isNonEmptyMap(data) || isNonEmptyList(data)) {
            d.block(data, 0, false);
        } else {
            boolean plain = d.scalar(data, 2);
            d.newline();
            if (plain) {
                d.write("...");
                d.newline();
            }
        }
        return d.out.toString();
    }

    private void write(String s) {
        out.append(s);
        int nl = s.lastIndexOf('\n');
        column = nl < 0 ? column + s.length() : s.length() - nl - 1;
    }

    private void newline() {
        out.append('\n');
        column = 0;
    }

    private void indentTo(int indent) {
        if (column > indent || column == indent && indent > 0) {
            newline();
        }
        write(" ".repeat(indent - column));
    }

    private void block(Object v, int indent, boolean firstInline) {
        boolean first = true;
        if (v instanceof Map<?, ?> m) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            try {
                entries.sort((x, y) -> PyOps.compare(x.getKey(), y.getKey(), "<"));
            } catch (io.bora.expr.ExpressionException unorderable) {
                // PyYAML keeps insertion order when the keys cannot be sorted
                entries = new ArrayList<>(m.entrySet());
            }
            for (Map.Entry<?, ?> e : entries) {
                if (!(first && firstInline)) {
                    write(" ".repeat(indent));
                }
                first = false;
                scalar(e.getKey(), indent + 2);
                write(":");
                Object val = e.getValue();
                if (isNonEmptyMap(val)) {
                    newline();
                    block(val, indent + 2, false);
                } else if (isNonEmptyList(val)) {
                    // PyYAML does not indent a sequence that is a mapping value
                    newline();
                    block(val, indent, false);
                } else {
                    write(" ");
                    scalar(val, indent + 2);
                    newline();
                }
            }
        } else {
            for (Object item : (List<?>) v) {
                if (!(first && firstInline)) {
                    write(" ".repeat(indent));
                }
                first = false;
                write("-");
                if (isNonEmptyMap(item) || isNonEmptyList(item)) {
                    write(" ");
                    block(item, indent + 2, true);
                } else {
                    write(" ");
                    scalar(item, indent + 2);
                    newline();
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

    /** Writes one scalar; returns true when it was written plain (open-ended at document level). */
    private boolean scalar(Object v, int indent) {
        if (v instanceof String s) {
            return string(s, indent);
        }
        write(nonString(v));
        return !(v instanceof Map || v instanceof List);
    }

    private static String nonString(Object v) {
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
            return !r.contains(".") && r.contains("e") ? r.replace("e", ".0e") : r;
        }
        if (v instanceof Map<?, ?> m && m.isEmpty()) {
            return "{}";
        }
        if (v instanceof List<?> l && l.isEmpty() && !(v instanceof PyRange)) {
            return "[]";
        }
        throw PyErrors.value("('cannot represent an object', " + (v instanceof Undefined ? "Undefined"
                : PyText.repr(v)) + ")");
    }

    // ------------------------------------------------------------------ strings

    private boolean string(String s, int indent) {
        Analysis a = analyse(s);
        if (a.special || a.spaceBreak || a.breakSpace) {
            doubleQuoted(s);
            return false;
        }
        if (a.plainAllowed && !RESOLVES_TO_OTHER_TYPE.matcher(s).matches()) {
            folded(s, indent, false);
            return true;
        }
        folded(s, indent, true);
        return false;
    }

    private record Analysis(boolean special, boolean spaceBreak, boolean breakSpace, boolean plainAllowed) { }

    private static Analysis analyse(String s) {
        if (s.isEmpty()) {
            return new Analysis(false, false, false, false);
        }
        boolean special = false;
        boolean spaceBreak = false;
        boolean breakSpace = false;
        boolean multiline = false;
        boolean indicators = s.startsWith("---") || s.startsWith("...");
        char first = s.charAt(0);
        if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
            indicators = true;
        }
        if ((first == '?' || first == ':' || first == '-') && (s.length() == 1 || s.charAt(1) == ' ')) {
            indicators = true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == ':' && (next == 0 || next == ' ')) {
                indicators = true;
            }
            if (c == '#' && i > 0 && s.charAt(i - 1) == ' ') {
                indicators = true;
            }
            if (BREAKS.indexOf(c) >= 0) {
                multiline = true;
                if (i > 0 && s.charAt(i - 1) == ' ') {
                    spaceBreak = true;
                }
                if (next == ' ') {
                    breakSpace = true;
                }
            }
            if (!(c == '\n' || c >= 0x20 && c <= 0x7e)) {
                special = true;
            }
        }
        char last = s.charAt(s.length() - 1);
        boolean edgeSpace = first == ' ' || last == ' ' || BREAKS.indexOf(first) >= 0 || BREAKS.indexOf(last) >= 0;
        return new Analysis(special, spaceBreak, breakSpace, !indicators && !multiline && !edgeSpace);
    }

    /** PyYAML's write_plain / write_single_quoted: folds at spaces past column 80. */
    private void folded(String text, int indent, boolean quoted) {
        if (quoted) {
            write("'");
        }
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            char ch = end < text.length() ? text.charAt(end) : 0;
            boolean atEnd = end == text.length();
            if (spaces) {
                if (atEnd || ch != ' ') {
                    boolean inner = !quoted || start != 0 && end != text.length();
                    if (start + 1 == end && column > BEST_WIDTH && inner) {
                        indentTo(indent);
                    } else {
                        write(text.substring(start, end));
                    }
                    start = end;
                }
            } else if (breaks) {
                if (atEnd || BREAKS.indexOf(ch) < 0) {
                    if (text.charAt(start) == '\n') {
                        newline();
                    }
                    for (int k = start; k < end; k++) {
                        newline();
                    }
                    indentTo(indent);
                    start = end;
                }
            } else if (atEnd || ch == ' ' || BREAKS.indexOf(ch) >= 0 || quoted && ch == '\'') {
                if (start < end) {
                    write(text.substring(start, end));
                    start = end;
                }
            }
            if (quoted && ch == '\'') {
                write("''");
                start = end + 1;
            }
            if (!atEnd) {
                spaces = ch == ' ';
                breaks = BREAKS.indexOf(ch) >= 0;
            }
        }
        if (quoted) {
            write("'");
        }
    }

    private void doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 0 -> sb.append("\\0");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case 0x0b -> sb.append("\\v");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                case 0x1b -> sb.append("\\e");
                case 0x85 -> sb.append("\\N");
                case 0xa0 -> sb.append("\\_");
                case 0x2028 -> sb.append("\\L");
                case 0x2029 -> sb.append("\\P");
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
        write(sb.append('"').toString());
    }
}
