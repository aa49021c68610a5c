package io.bora.cli.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What cliff's yaml formatter prints through PyYAML's {@code safe_dump(data, default_flow_style=False)}:
 * a mapping of column names to scalars, or a list of them. Scalars get PyYAML's style choice (plain,
 * single- or double-quoted), its ASCII escapes, and its folding of long lines at 80 columns.
 */
final class PyYaml {
    private static final int BEST_WIDTH = 80;
    private static final String BREAKS = "\n\u0085\u2028\u2029";
    /** Plain text that PyYAML's resolver (YAML 1.1) would read back as something other than a string. */
    private static final List<Pattern> IMPLICIT = List.of(
            Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"),
            Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                    + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"),
            Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                    + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"),
            Pattern.compile("~|null|Null|NULL|"),
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}"
                    + ":[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?"),
            Pattern.compile("<<|=|!|&|\\*"));
    private static final Map<Integer, String> ESCAPES = Map.ofEntries(
            Map.entry(0, "0"), Map.entry(7, "a"), Map.entry(8, "b"), Map.entry(9, "t"), Map.entry(10, "n"),
            Map.entry(11, "v"), Map.entry(12, "f"), Map.entry(13, "r"), Map.entry(27, "e"), Map.entry((int) '"', "\""),
            Map.entry((int) '\\', "\\"), Map.entry(0x85, "N"), Map.entry(0xA0, "_"), Map.entry(0x2028, "L"),
            Map.entry(0x2029, "P"));

    private final StringBuilder out = new StringBuilder();
    private int column;
    private int indent;

    private PyYaml() {
    }

    /** A single object: its keys in column order (cliff's emit_one does not sort them). */
    static String mapping(List<String> keys, List<Object> values) {
        PyYaml y = new PyYaml();
        y.writeMapping(keys, values, 0);
        return y.out.toString();
    }

    /** A list of objects: each a mapping with its keys sorted, as safe_dump sorts them. */
    static String sequence(List<String> keys, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return "[]\n";
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> keys.get(a).compareTo(keys.get(b)));
        List<String> sortedKeys = order.stream().map(keys::get).toList();
        PyYaml y = new PyYaml();
        for (List<Object> row : rows) {
            y.write("- ");
            y.writeMapping(sortedKeys, order.stream().map(row::get).toList(), 2);
        }
        return y.out.toString();
    }

    private void writeMapping(List<String> keys, List<Object> values, int base) {
        if (keys.isEmpty()) {
            write("{}\n");
            return;
        }
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                write(" ".repeat(base));
            }
            scalar(keys.get(i), base);
            write(":");
            indent = base + 2;
            write(" ");
            value(values.get(i));
            newline();
        }
    }

    private void value(Object v) {
        if (v == null) {
            write("null");
        } else if (v instanceof Boolean b) {
            write(b ? "true" : "false");
        } else if (v instanceof Double d) {
            write(floatText(d));
        } else if (v instanceof Number n) {
            write(new BigDecimal(n.toString()).toPlainString());
        } else {
            scalar(v.toString(), indent);
        }
    }

    private void scalar(String text, int continuationIndent) {
        indent = continuationIndent;
        int[] cps = text.codePoints().toArray();
        Analysis a = Analysis.of(cps);
        boolean implicit = IMPLICIT.stream().noneMatch(p -> p.matcher(text).matches());
        if (implicit && a.allowBlockPlain && !a.empty) {
            writePlain(cps);
        } else if (a.allowSingleQuoted) {
            writeSingleQuoted(cps);
        } else {
            writeDoubleQuoted(cps);
        }
    }

    private void writePlain(int[] t) {
        boolean spaces = false;
        int start = 0;
        for (int end = 0; end <= t.length; end++) {
            int ch = end < t.length ? t[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH) {
                        lineAndIndent();
                    } else {
                        write(t, start, end);
                    }
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || isBreak(ch)) {
                write(t, start, end);
                start = end;
            }
            spaces = ch == ' ';
        }
    }

    private void writeSingleQuoted(int[] t) {
        write("'");
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= t.length; end++) {
            int ch = end < t.length ? t[end] : -1;
            if (spaces) {
                if (ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && start != 0 && end != t.length) {
                        lineAndIndent();
                    } else {
                        write(t, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == -1 || !isBreak(ch)) {
                    // A line break inside single quotes is written as an empty line (YAML folding).
                    if (t[start] == '\n') {
                        newline();
                    }
                    for (int i = start; i < end; i++) {
                        newline();
                    }
                    indentOnly();
                    start = end;
                }
            } else if (ch == -1 || ch == ' ' || isBreak(ch) || ch == '\'') {
                write(t, start, end);
                start = end;
            }
            if (ch == '\'') {
                write("''");
                start = end + 1;
            }
            if (ch != -1) {
                spaces = ch == ' ';
                breaks = isBreak(ch);
            }
        }
        write("'");
    }

    private void writeDoubleQuoted(int[] t) {
        write("\"");
        int start = 0;
        for (int end = 0; end <= t.length; end++) {
            int ch = end < t.length ? t[end] : -1;
            if (ch == -1 || ch == '"' || ch == '\\' || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xFEFF
                    || ch < 0x20 || ch > 0x7E) {
                write(t, start, end);
                if (ch != -1) {
                    String esc = ESCAPES.get(ch);
                    if (esc != null) {
                        write("\\" + esc);
                    } else if (ch <= 0xFF) {
                        write(String.format("\\x%02X", ch));
                    } else if (ch <= 0xFFFF) {
                        write(String.format("\\u%04X", ch));
                    } else {
                        write(String.format("\\U%08X", ch));
                    }
                    start = end + 1;
                }
            }
            if (end > 0 && end < t.length - 1 && (ch == ' ' || start >= end) && column + (end - start) > BEST_WIDTH) {
                write(t, start, end);
                write("\\");
                if (start < end) {
                    start = end;
                }
                lineAndIndent();
                if (t[start] == ' ') {
                    write("\\");
                }
            }
        }
        write("\"");
    }

    private static boolean isBreak(int ch) {
        return ch >= 0 && BREAKS.indexOf(ch) >= 0;
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String repr = io.bora.py.PyRepr.floatRepr(d).toLowerCase();
        return !repr.contains(".") && repr.contains("e") ? repr.replaceFirst("e", ".0e") : repr;
    }

    private void lineAndIndent() {
        newline();
        indentOnly();
    }

    private void indentOnly() {
        write(" ".repeat(indent));
    }

    private void newline() {
        out.append('\n');
        column = 0;
    }

    private void write(String s) {
        out.append(s);
        column += s.codePointCount(0, s.length());
    }

    private void write(int[] cps, int from, int to) {
        if (from < to) {
            write(new String(cps, from, to - from));
        }
    }

    /** PyYAML's analyze_scalar, reduced to the flags the block-context style choice needs. */
    private record Analysis(boolean empty, boolean allowBlockPlain, boolean allowSingleQuoted) {
        static Analysis of(int[] t) {
            if (t.length == 0) {
                return new Analysis(true, false, true);
            }
            boolean blockIndicators = false;
            boolean lineBreaks = false;
            boolean special = false;
            boolean leadingSpace = false;
            boolean leadingBreak = false;
            boolean trailingSpace = false;
            boolean trailingBreak = false;
            boolean breakSpace = false;
            boolean spaceBreak = false;
            boolean previousSpace = false;
            boolean previousBreak = false;
            String s = new String(t, 0, t.length);
            if (s.startsWith("---") || s.startsWith("...")) {
                blockIndicators = true;
            }
            boolean precededByWhitespace = true;
            for (int i = 0; i < t.length; i++) {
                int ch = t[i];
                boolean followedByWhitespace = i + 1 >= t.length || isWhitespace(t[i + 1]);
                if (i == 0) {
                    if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0) {
                        blockIndicators = true;
                    }
                    if ((ch == '?' || ch == ':' || ch == '-') && followedByWhitespace) {
                        blockIndicators = true;
                    }
                } else {
                    if (ch == ':' && followedByWhitespace) {
                        blockIndicators = true;
                    }
                    if (ch == '#' && precededByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (isBreak(ch)) {
                    lineBreaks = true;
                }
                if (!(ch == '\n' || ch >= 0x20 && ch <= 0x7E)) {
                    special = true; // non-ASCII counts as special: safe_dump does not allow unicode
                }
                if (ch == ' ') {
                    leadingSpace |= i == 0;
                    trailingSpace |= i == t.length - 1;
                    breakSpace |= previousBreak;
                    previousSpace = true;
                    previousBreak = false;
                } else if (isBreak(ch)) {
                    leadingBreak |= i == 0;
                    trailingBreak |= i == t.length - 1;
                    spaceBreak |= previousSpace;
                    previousBreak = true;
                    previousSpace = false;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = ch == 0 || isWhitespace(ch);
            }
            boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace
                    || spaceBreak || special || lineBreaks || blockIndicators);
            boolean single = !(breakSpace || spaceBreak || special);
            return new Analysis(false, plain, single);
        }

        private static boolean isWhitespace(int ch) {
            return ch == ' ' || ch == '\t' || ch == '\r' || isBreak(ch);
        }
    }
}
