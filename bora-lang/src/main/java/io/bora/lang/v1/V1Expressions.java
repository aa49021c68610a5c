package io.bora.lang.v1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * v1 wrote YAQL without delimiters: a value starting with {@code $} is one expression, and
 * {@code {$.x}} embeds one in a string; conditions are always raw YAQL. v2 needs {@code <% %>}.
 */
final class V1Expressions {
    private static final Pattern EMBEDDED = Pattern.compile("\\{(\\$[^{}]*)}");
    private static final Pattern ROOT_KEY = Pattern.compile("(?<![\\w\\])])\\$\\.([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern GET_KEY = Pattern.compile("\\$\\.get\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private V1Expressions() {
    }

    /** A parameter value with every v1 expression delimited; maps and lists are converted deeply. */
    @SuppressWarnings("unchecked")
    static Object value(Object raw) {
        if (raw instanceof String s) {
            return string(s);
        }
        if (raw instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, value(v)));
            return out;
        }
        if (raw instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(item -> out.add(value(item)));
            return out;
        }
        return raw;
    }

    static String string(String s) {
        if (isDelimited(s)) {
            return s;
        }
        String t = s.strip();
        if (t.startsWith("$")) {
            return "<% " + t + " %>";
        }
        Matcher m = EMBEDDED.matcher(s);
        if (!m.find()) {
            return s;
        }
        return m.replaceAll(r -> Matcher.quoteReplacement("<% " + r.group(1).strip() + " %>"));
    }

    /** A transition or requires condition: raw YAQL that must be true (null = unconditional). */
    static String condition(Object raw) {
        if (raw == null) {
            return null;
        }
        String s = String.valueOf(raw instanceof Boolean b ? (b ? "true" : "false") : raw).strip();
        if (s.isEmpty()) {
            return null;
        }
        return isDelimited(s) ? s : "<% " + s + " %>";
    }

    /**
     * A publish value: an expression, or — as in the v0.1 DSL ({@code vm_id: vm_id}) — the bare name
     * of a key of the task result; anything else is a literal.
     */
    static Object publishValue(Object raw) {
        if (raw instanceof String s && IDENTIFIER.matcher(s.strip()).matches()) {
            return "<% task().result.get('" + s.strip() + "') %>";
        }
        return value(raw);
    }

    /** YAQL text reading one key of {@code $}, whatever characters the key has. */
    static String read(String key) {
        return "$.get('" + key.replace("\\", "\\\\").replace("'", "\\'") + "')";
    }

    /** Root keys of {@code $} that the expressions in {@code raw} read (not the engine's {@code __*} keys). */
    @SuppressWarnings("unchecked")
    static void collectRoots(Object raw, Set<String> into) {
        if (raw instanceof String s) {
            for (Pattern p : List.of(ROOT_KEY, GET_KEY)) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    if (!m.group(1).startsWith("__")) {
                        into.add(m.group(1));
                    }
                }
            }
        } else if (raw instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).forEach((k, v) -> {
                collectRoots(k, into);
                collectRoots(v, into);
            });
        } else if (raw instanceof List<?> l) {
            l.forEach(item -> collectRoots(item, into));
        }
    }

    static Set<String> roots(Object raw) {
        Set<String> out = new LinkedHashSet<>();
        collectRoots(raw, out);
        return out;
    }

    private static boolean isDelimited(String s) {
        return s.contains("<%") || s.contains("{{");
    }
}
