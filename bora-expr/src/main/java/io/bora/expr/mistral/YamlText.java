package io.bora.expr.mistral;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Dicts;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Py;
import io.bora.expr.value.PySet;
import io.bora.expr.value.PyText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PyYAML's {@code safe_dump(default_flow_style=False)} and {@code safe_load} (YAML 1.1 typing:
 * yes/no/on/off booleans, octal {@code 010}, sexagesimal {@code 1:2}) as Mistral calls them.
 * snakeyaml-engine provides the syntax; scalar typing and the emitter follow PyYAML.
 */
public final class YamlText {
    private static final Pattern BOOL = Pattern.compile(
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            + "(?:(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?");

    private YamlText() {
    }

    // ---------------------------------------------------------------- load

    public static Object parse(String text) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(text);
        } catch (YamlEngineException e) {
            throw new ExpressionException(ErrorCategory.VALUE, e.getMessage());
        }
        return root.map(YamlText::construct).orElse(null);
    }

    private static Object construct(Node n) {
        Limits.enter();
        try {
            if (n instanceof ScalarNode s) {
                return scalar(s);
            }
            if (n instanceof SequenceNode seq) {
                requireTag(n, Tag.SEQ);
                List<Object> out = new ArrayList<>();
                for (Node x : seq.getValue()) {
                    out.add(construct(x));
                }
                return out;
            }
            MappingNode m = (MappingNode) n;
            if (n.getTag().equals(Tag.SET)) {
                PySet set = new PySet();
                for (NodeTuple t : m.getValue()) {
                    set.add(construct(t.getKeyNode()));
                }
                return set;
            }
            requireTag(n, Tag.MAP);
            Map<Object, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode ks && ks.isPlain() && ks.getValue().equals("<<")
                        && construct(t.getValueNode()) instanceof Map<?, ?> merged) {
                    // YAML merge key: the merged mapping's entries, overridden by explicit ones.
                    merged.forEach((mk, mv) -> {
                        if (!Dicts.containsKey(out, mk)) {
                            Dicts.put(out, mk, mv);
                        }
                    });
                    continue;
                }
                Object k = construct(t.getKeyNode());
                if (k instanceof List || k instanceof Map) {
                    throw new ExpressionException(ErrorCategory.VALUE, "found unhashable key");
                }
                Dicts.put(out, k, construct(t.getValueNode()));
            }
            return out;
        } finally {
            Limits.exit();
        }
    }

    private static void requireTag(Node n, Tag expected) {
        if (!n.getTag().equals(expected)) {
            throw constructorError(n);
        }
    }

    private static ExpressionException constructorError(Node n) {
        return new ExpressionException(ErrorCategory.VALUE,
                "could not determine a constructor for the tag '" + n.getTag().getValue() + "'");
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        if (s.isResolved()) {
            return s.isPlain() ? implicit(v) : v;
        }
        Tag t = s.getTag();
        if (t.equals(Tag.STR)) {
            return v;
        }
        if (t.equals(Tag.FLOAT)) {
            Object x = implicit(v);
            return Py.isNumber(x) ? (Object) Py.toDouble(x) : x;
        }
        if (t.equals(Tag.INT) || t.equals(Tag.BOOL) || t.equals(Tag.NULL)) {
            return implicit(v);
        }
        throw constructorError(s);
    }

    /** YAML 1.1 implicit typing of a plain scalar, as PyYAML's SafeLoader does it. */
    static Object implicit(String v) {
        if (NULL.matcher(v).matches()) {
            return null;
        }
        if (BOOL.matcher(v).matches()) {
            String l = v.toLowerCase();
            return l.equals("yes") || l.equals("true") || l.equals("on");
        }
        if (INT.matcher(v).matches()) {
            return Py.normalize(parseInt(v.replace("_", "")));
        }
        if (FLOAT.matcher(v).matches()) {
            return parseFloat(v.replace("_", "").toLowerCase());
        }
        if (TIMESTAMP.matcher(v).matches()) {
            if (v.length() > 10) {
                return timestamp(v);
            }
            throw new ExpressionException(ErrorCategory.TYPE, "Object of type date is not JSON serializable");
        }
        if (v.equals("=")) {
            throw new ExpressionException(ErrorCategory.VALUE,
                    "could not determine a constructor for the tag 'tag:yaml.org,2002:value'");
        }
        return v;
    }

    /** A YAML timestamp with a time part; naive values keep their wall clock (shown as UTC). */
    private static Object timestamp(String v) {
        java.util.regex.Matcher m = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})"
                + "(?:\\.(\\d*))?[ \\t]*(Z|[-+]\\d{1,2}(?::\\d{2})?)?").matcher(v);
        if (!m.matches()) {
            return v;
        }
        String frac = m.group(7) == null ? "" : m.group(7);
        int micros = frac.isEmpty() ? 0 : Integer.parseInt((frac + "000000").substring(0, 6));
        java.time.ZoneOffset off = java.time.ZoneOffset.UTC;
        String z = m.group(8);
        if (z != null && !z.equals("Z")) {
            String[] hm = z.substring(1).split(":");
            int secs = Integer.parseInt(hm[0]) * 3600 + (hm.length > 1 ? Integer.parseInt(hm[1]) * 60 : 0);
            off = java.time.ZoneOffset.ofTotalSeconds(z.startsWith("-") ? -secs : secs);
        }
        try {
            return new io.bora.expr.value.PyDateTime(java.time.OffsetDateTime.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), micros * 1000, off));
        } catch (java.time.DateTimeException e) {
            throw new ExpressionException(ErrorCategory.VALUE, e.getMessage());
        }
    }

    private static BigInteger parseInt(String v) {
        int sign = 1;
        if (v.startsWith("-") || v.startsWith("+")) {
            sign = v.startsWith("-") ? -1 : 1;
            v = v.substring(1);
        }
        BigInteger r;
        if (v.equals("0")) {
            r = BigInteger.ZERO;
        } else if (v.startsWith("0b")) {
            r = new BigInteger(v.substring(2), 2);
        } else if (v.startsWith("0x")) {
            r = new BigInteger(v.substring(2), 16);
        } else if (v.startsWith("0")) {
            r = new BigInteger(v.substring(1), 8);
        } else if (v.contains(":")) {
            r = BigInteger.ZERO;
            for (String part : v.split(":")) {
                r = r.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else {
            r = new BigInteger(v);
        }
        return sign < 0 ? r.negate() : r;
    }

    private static double parseFloat(String v) {
        int sign = 1;
        if (v.startsWith("-") || v.startsWith("+")) {
            sign = v.startsWith("-") ? -1 : 1;
            v = v.substring(1);
        }
        if (v.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (v.equals(".nan")) {
            return Double.NaN;
        }
        if (v.contains(":")) {
            double r = 0;
            for (String part : v.split(":")) {
                r = r * 60 + Double.parseDouble(part);
            }
            return sign * r;
        }
        return sign * Double.parseDouble(v);
    }

    // ---------------------------------------------------------------- dump

    public static String dump(Object value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            mapping(sb, m, 0);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            sequence(sb, l, 0);
        } else if (value instanceof Map || value instanceof List) {
            sb.append(value instanceof Map ? "{}" : "[]").append('\n');
        } else {
            String text = scalarText(value, 0, 0);
            boolean quoted = text.startsWith("'") || text.startsWith("\"");
            // PyYAML ends an open-ended (plain) top-level scalar with a document end marker.
            sb.append(text).append(quoted ? "\n" : "\n...\n");
        }
        return sb.toString();
    }

    private static void mapping(StringBuilder sb, Map<?, ?> m, int indent) {
        List<Object> keys = new ArrayList<>(m.keySet());
        try {
            keys.sort(YamlText::compareKeys);
        } catch (ExpressionException unsortable) {
            // PyYAML: sorted() raising TypeError leaves the mapping in its own order.
            keys = new ArrayList<>(m.keySet());
        }
        boolean first = true;
        for (Object k : keys) {
            if (!first || sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n') {
                sb.append(" ".repeat(indent));
            }
            first = false;
            sb.append(scalarText(k, indent, 0)).append(':');
            value(sb, m.get(k), indent, true);
            Limits.checkOutput(sb.length());
        }
    }

    private static void sequence(StringBuilder sb, List<?> l, int indent) {
        boolean first = true;
        for (Object x : l) {
            if (!first || sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n') {
                sb.append(" ".repeat(indent));
            }
            first = false;
            sb.append('-');
            value(sb, x, indent, false);
            Limits.checkOutput(sb.length());
        }
    }

    /** A value after "key:" or "-": nested blocks go on the next lines (lists in maps are not indented). */
    private static void value(StringBuilder sb, Object v, int indent, boolean inMapping) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            if (inMapping) {
                sb.append('\n');
                mapping(sb, m, indent + 2);
            } else {
                sb.append(' ');
                mapping(sb, m, indent + 2);
            }
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            if (inMapping) {
                sb.append('\n');
                sequence(sb, l, indent);
            } else {
                sb.append(' ');
                sequence(sb, l, indent + 2);
            }
        } else {
            int column = sb.length() - sb.lastIndexOf("\n") - 1 + 1;
            sb.append(' ').append(v instanceof Map ? "{}" : v instanceof List ? "[]" : scalarText(v, indent, column))
                    .append('\n');
        }
    }

    private static int compareKeys(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (Py.isNumber(a) && Py.isNumber(b) || a instanceof Boolean && b instanceof Boolean) {
            return Double.compare(Py.toDouble(a), Py.toDouble(b));
        }
        throw new ExpressionException(ErrorCategory.TYPE, "'<' not supported between instances of '"
                + Py.typeName(a) + "' and '" + Py.typeName(b) + "'");
    }

    private static String scalarText(Object v, int indent, int column) {
        if (v instanceof String s) {
            return string(s, indent, column);
        }
        if (v instanceof io.bora.expr.value.PyDateTime dt) {
            return PyText.dateTimeStr(dt.value());
        }
        return scalarText(v);
    }

    private static String scalarText(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (Py.isInt(v)) {
            return v.toString();
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return ".nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? ".inf" : "-.inf";
            }
            String r = PyText.floatRepr(d);
            if (!r.contains(".") && r.contains("e")) {
                r = r.replace("e", ".0e");
            }
            return r;
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof PySet || v instanceof LazySeq) {
            throw new ExpressionException(ErrorCategory.VALUE, "cannot represent an object: " + PyText.str(v));
        }
        throw new ExpressionException(ErrorCategory.VALUE, "cannot represent an object: " + PyText.str(v));
    }

    private static String string(String s) {
        return string(s, 0, 0);
    }

    /** PyYAML's choice of style, with its folding of long lines at spaces past column 80. */
    private static String string(String s, int indent, int column) {
        boolean ascii = s.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n');
        if (!ascii || s.startsWith("\n") || s.endsWith("\n") || s.contains(" \n") || s.contains("\n ")) {
            return doubleQuoted(s);
        }
        String pad = " ".repeat(indent + 2);
        if (!s.contains("\n") && isPlainSafe(s)) {
            return fold(s, column, pad);
        }
        String quoted = "'" + s.replace("'", "''") + "'";
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < quoted.length()) {
            char c = quoted.charAt(k);
            if (c == '\n') {
                int run = 0;
                while (k < quoted.length() && quoted.charAt(k) == '\n') {
                    run++;
                    k++;
                }
                out.append("\n".repeat(run + 1)).append(pad);
                continue;
            }
            out.append(c);
            k++;
        }
        return s.contains("\n") ? out.toString() : fold(out.toString(), column, pad);
    }

    private static String fold(String text, int column, String pad) {
        StringBuilder out = new StringBuilder();
        int col = column;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean single = c == ' ' && k > 0 && text.charAt(k - 1) != ' ' && k + 1 < text.length()
                    && text.charAt(k + 1) != ' ';
            if (single && col > 80) {
                out.append('\n').append(pad);
                col = pad.length();
                continue;
            }
            out.append(c);
            col++;
        }
        return out.toString();
    }

    private static boolean isPlainSafe(String s) {
        if (s.isEmpty() || !(implicitIsString(s))) {
            return false;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        char c0 = s.charAt(0);
        if ("#,[]{}&*!|>'\"%@`".indexOf(c0) >= 0) {
            return false;
        }
        if ("-?:".indexOf(c0) >= 0 && (s.length() == 1 || s.charAt(1) == ' ')) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        return true;
    }

    private static boolean implicitIsString(String s) {
        return !NULL.matcher(s).matches() && !BOOL.matcher(s).matches() && !INT.matcher(s).matches()
                && !FLOAT.matcher(s).matches() && !TIMESTAMP.matcher(s).matches() && !s.equals("=") && !s.equals("<<");
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
