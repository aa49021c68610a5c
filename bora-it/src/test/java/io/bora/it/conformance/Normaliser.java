package io.bora.it.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what the server returned into the deterministic view the expectations were recorded in:
 * the case's name prefix removed, UUIDs and timestamps replaced by placeholders, Python tracebacks
 * and {@code data=<repr>} dumps elided, case-specific truncation markers applied and the fixture
 * URL turned back into its token. Applied to keys as well as values.
 */
final class Normaliser {
    static final String FIXTURE_TOKEN = "{{FIXTURE_URL}}";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    // Python's \d matches any Unicode digit
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String TRACEBACK_MARK = "\nTraceback (most recent call last):";

    private final String prefix;
    private final String fixtureUrl;
    private final List<String> truncateAt;

    Normaliser(String prefix, String fixtureUrl, List<String> truncateAt) {
        this.prefix = prefix;
        this.fixtureUrl = fixtureUrl;
        this.truncateAt = truncateAt == null ? List.of() : List.copyOf(truncateAt);
    }

    String text(String v) {
        v = v.replace(prefix, "");
        v = UUID.matcher(v).replaceAll("<uuid>");
        v = TIMESTAMP.matcher(v).replaceAll("<ts>");
        int i = v.indexOf(TRACEBACK_MARK);
        if (i >= 0) v = v.substring(0, i);
        if (v.contains("data=")) v = elideData(v);
        for (String marker : truncateAt) {
            int at = v.indexOf(marker);
            if (at >= 0) v = v.substring(0, at);
        }
        return v.replace(fixtureUrl, FIXTURE_TOKEN);
    }

    @SuppressWarnings("unchecked")
    Object deep(Object v) {
        if (v instanceof String s) return text(s);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(deep(x));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(text(k), deep(x)));
            return out;
        }
        return v;
    }

    /**
     * Replaces each {@code data=<python repr>} (the evaluation context Mistral dumps into
     * expression errors) by {@code data=<data>}. The repr ends at the first unbalanced closing
     * bracket, or at a line break outside brackets; quoted text is skipped.
     */
    static String elideData(String v) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int i = v.indexOf("data=", pos);
            if (i < 0) {
                out.append(v, pos, v.length());
                break;
            }
            if (i > 0 && " ,[(".indexOf(v.charAt(i - 1)) < 0) {
                // part of a longer word (e.g. "metadata="): keep it and look further
                out.append(v, pos, i + 5);
                pos = i + 5;
                continue;
            }
            int j = i + 5;
            int depth = 0;
            char quote = 0;
            while (j < v.length()) {
                char ch = v.charAt(j);
                if (quote != 0) {
                    if (ch == '\\') {
                        j += 2;
                        continue;
                    }
                    if (ch == quote) quote = 0;
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '(' || ch == '[' || ch == '{') {
                    depth++;
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    if (depth == 0) break;
                    depth--;
                } else if (ch == '\n' && depth == 0) {
                    break;
                }
                j++;
            }
            out.append(v, pos, i).append("data=<data>");
            pos = Math.min(j, v.length());
        }
        return out.toString();
    }
}
