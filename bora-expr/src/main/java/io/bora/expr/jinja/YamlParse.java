package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of PyYAML's {@code safe_load} that workflow data uses: block mappings and sequences,
 * flow collections, quoted scalars, literal/folded block scalars and YAML 1.1 scalar resolution
 * ({@code yes}/{@code on} are booleans, {@code 0x10} and {@code 1:2} are ints). Timestamps stay strings.
 */
final class YamlParse {

    private record Line(int indent, String text) { }

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Object> anchors = new java.util.HashMap<>();
    private int i;

    private YamlParse(String source) {
        List<String> rawLines = new ArrayList<>(List.of(source.replace("\r\n", "\n").split("\n", -1)));
        if (rawLines.size() > 1 && rawLines.get(rawLines.size() - 1).isEmpty()) {
            // the final newline ends the last line; it does not start an empty one
            rawLines.remove(rawLines.size() - 1);
        }
        for (String raw : rawLines) {
            if (raw.startsWith("\t")) {
                throw PyErrors.value("while scanning for the next token found character '\\t' that cannot start any token");
            }
            String content = stripComment(raw);
            if (content.isBlank()) {
                lines.add(new Line(-1, ""));
                continue;
            }
            int indent = 0;
            while (indent < content.length() && content.charAt(indent) == ' ') {
                indent++;
            }
            lines.add(new Line(indent, content.substring(indent).stripTrailing()));
        }
    }

    static Object parse(String source) {
        YamlParse p = new YamlParse(source);
        p.skipBlank();
        if (p.i < p.lines.size() && p.lines.get(p.i).text.startsWith("---")) {
            Line l = p.lines.get(p.i);
            String rest = l.text.substring(3).strip();
            if (rest.isEmpty()) {
                p.i++;
            } else {
                p.lines.set(p.i, new Line(l.indent + 4, rest));
            }
        }
        p.skipBlank();
        if (p.i >= p.lines.size() || p.lines.get(p.i).text.equals("...")) {
            return null;
        }
        Object v = p.node(p.lines.get(p.i).indent);
        p.skipBlank();
        if (p.i < p.lines.size() && !p.lines.get(p.i).text.equals("...")) {
            throw PyErrors.value("expected '<document end>', but found another node at line " + (p.i + 1));
        }
        return v;
    }

    private static String stripComment(String s) {
        char quote = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                if (k == 0 || " [{,:-".indexOf(s.charAt(k - 1)) >= 0) {
                    quote = c;
                }
            } else if (c == '#' && (k == 0 || s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\t')) {
                return s.substring(0, k);
            }
        }
        return s;
    }

    private void skipBlank() {
        while (i < lines.size() && lines.get(i).indent < 0) {
            i++;
        }
    }

    private Object node(int indent) {
        skipBlank();
        Line l = lines.get(i);
        if (isSeqItem(l.text)) {
            return sequence(l.indent);
        }
        if (mappingColon(l.text) >= 0) {
            return mapping(l.indent);
        }
        StringBuilder text = new StringBuilder(l.text);
        i++;
        while (i < lines.size() && (lines.get(i).indent > indent || lines.get(i).indent < 0 && more(indent))) {
            if (lines.get(i).indent >= 0) {
                text.append(' ').append(lines.get(i).text);
            }
            i++;
        }
        return inline(text.toString());
    }

    private boolean more(int indent) {
        for (int k = i; k < lines.size(); k++) {
            if (lines.get(k).indent >= 0) {
                return lines.get(k).indent > indent;
            }
        }
        return false;
    }

    private static boolean isSeqItem(String text) {
        return text.equals("-") || text.startsWith("- ");
    }

    private List<Object> sequence(int indent) {
        List<Object> out = new ArrayList<>();
        while (true) {
            skipBlank();
            if (i >= lines.size() || lines.get(i).indent != indent || !isSeqItem(lines.get(i).text)) {
                return out;
            }
            String rest = lines.get(i).text.substring(1);
            int spaces = 0;
            while (spaces < rest.length() && rest.charAt(spaces) == ' ') {
                spaces++;
            }
            if (rest.isBlank()) {
                i++;
                skipBlank();
                out.add(i < lines.size() && lines.get(i).indent > indent ? node(lines.get(i).indent) : null);
            } else {
                lines.set(i, new Line(indent + 1 + spaces, rest.substring(spaces)));
                out.add(node(indent + 1 + spaces));
            }
        }
    }

    private Map<Object, Object> mapping(int indent) {
        Map<Object, Object> out = new LinkedHashMap<>();
        while (true) {
            skipBlank();
            if (i >= lines.size() || lines.get(i).indent != indent) {
                if (i < lines.size() && lines.get(i).indent > indent) {
                    throw PyErrors.value("mapping values are not allowed here (line " + (i + 1) + ")");
                }
                return out;
            }
            String text = lines.get(i).text;
            int colon = mappingColon(text);
            if (colon < 0) {
                if (isSeqItem(text)) {
                    return out;
                }
                throw PyErrors.value("could not find expected ':' (line " + (i + 1) + ")");
            }
            Object key = inline(text.substring(0, colon).strip());
            String value = text.substring(colon + 1).strip();
            i++;
            if (value.isEmpty()) {
                skipBlank();
                boolean nested = i < lines.size() && (lines.get(i).indent > indent
                        || lines.get(i).indent == indent && isSeqItem(lines.get(i).text));
                Dicts.put(out, key, nested ? node(lines.get(i).indent) : null);
            } else if (value.startsWith("|") || value.startsWith(">")) {
                Dicts.put(out, key, blockScalar(indent, value));
            } else if (isSeqItem(value)) {
                throw PyErrors.value("sequence entries are not allowed here");
            } else {
                StringBuilder full = new StringBuilder(value);
                while (i < lines.size() && (lines.get(i).indent > indent || lines.get(i).indent < 0 && more(indent))) {
                    if (lines.get(i).indent >= 0) {
                        full.append(' ').append(lines.get(i).text);
                    }
                    i++;
                }
                Dicts.put(out, key, inline(full.toString()));
            }
        }
    }

    /** A {@code |} (literal) or {@code >} (folded) scalar with its chomping indicator ({@code -}, {@code +}). */
    private String blockScalar(int indent, String header) {
        boolean literal = header.startsWith("|");
        char chomp = header.contains("-") ? '-' : header.contains("+") ? '+' : ' ';
        List<String> body = new ArrayList<>();
        int blockIndent = -1;
        while (i < lines.size() && (lines.get(i).indent > indent || lines.get(i).indent < 0 && more(indent))) {
            Line l = lines.get(i);
            if (l.indent >= 0 && blockIndent < 0) {
                blockIndent = l.indent;
            }
            body.add(l.indent < 0 ? "" : " ".repeat(l.indent - Math.max(blockIndent, 0)) + l.text);
            i++;
        }
        int trailing = 0;
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
            trailing++;
        }
        for (int k = i; k < lines.size() && lines.get(k).indent < 0; k++) {
            trailing++;
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            if (k > 0) {
                boolean fold = !literal && !line.isEmpty() && !body.get(k - 1).isEmpty()
                        && !line.startsWith(" ") && !body.get(k - 1).startsWith(" ");
                if (fold) {
                    text.append(' ');
                } else if (!literal && line.isEmpty()) {
                    // a blank line in folded style stands for one newline
                    text.append('\n');
                    continue;
                } else if (!literal && body.get(k - 1).isEmpty()) {
                    // the newline was emitted by the blank line
                } else {
                    text.append('\n');
                }
            }
            text.append(line);
        }
        if (body.isEmpty()) {
            return chomp == '+' ? "\n".repeat(trailing) : "";
        }
        return switch (chomp) {
            case '-' -> text.toString();
            case '+' -> text + "\n" + "\n".repeat(trailing);
            default -> text + "\n";
        };
    }

    /** Index of the {@code :} that separates a key from its value, or -1. */
    private static int mappingColon(String text) {
        char quote = 0;
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '\'' || c == '"') && k == 0) {
                quote = c;
            } else if (c == '[' || c == '{') {
                if (k == 0) {
                    return -1;
                }
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ':' && depth == 0 && (k + 1 == text.length() || text.charAt(k + 1) == ' ')) {
                return k;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ inline values

    private Object inline(String text) {
        if (text.startsWith("&")) {
            int sp = text.indexOf(' ');
            String name = sp < 0 ? text.substring(1) : text.substring(1, sp);
            Object value = sp < 0 ? null : inline(text.substring(sp + 1).strip());
            anchors.put(name, value);
            return value;
        }
        if (text.startsWith("*")) {
            String name = text.substring(1).strip();
            if (!anchors.containsKey(name)) {
                throw PyErrors.value("found undefined alias '" + name + "'");
            }
            return anchors.get(name);
        }
        if (text.startsWith("@") || text.startsWith("`")) {
            throw PyErrors.value("found character '" + text.charAt(0) + "' that cannot start any token");
        }
        if (text.startsWith("]") || text.startsWith("}")) {
            throw PyErrors.value("did not find expected node content");
        }
        if (text.startsWith("!")) {
            int sp = text.indexOf(' ');
            String tag = sp < 0 ? text : text.substring(0, sp);
            String rest = sp < 0 ? "" : text.substring(sp + 1).strip();
            Object restValue = rest.startsWith("\"") || rest.startsWith("'") ? inline(rest) : rest;
            return switch (tag) {
                case "!!str" -> PyText.str(restValue);
                case "!!int" -> PyConvert.parseInt(PyText.str(restValue), 10);
                case "!!float" -> PyConvert.toFloat(PyText.str(restValue));
                default -> throw PyErrors.value("could not determine a constructor for the tag 'tag:yaml.org,2002:"
                        + tag.replaceFirst("^!+", "") + "'");
            };
        }
        if (!text.startsWith("[") && !text.startsWith("{") && !text.startsWith("\"") && !text.startsWith("'")
                && mappingColon(text) >= 0) {
            throw PyErrors.value("mapping values are not allowed here");
        }
        return YamlFlow.parseWhole(text);
    }
}
