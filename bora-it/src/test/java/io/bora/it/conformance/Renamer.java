package io.bora.it.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every case its own namespace on a shared server: the names a case defines (workflows,
 * ad-hoc actions, workbooks, environments) are rewritten as whole words to {@code <prefix><name>}
 * in its texts, and the {@code {{FIXTURE_URL}}} token becomes the fixture's address.
 */
final class Renamer {
    // The reference runner finds names with these regexes rather than by parsing YAML; a name it
    // would miss must be missed here too, or expectations would differ.
    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z0-9_][\\w\\-.]*)\\s*:",
            Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORKBOOK_NAME = Pattern.compile("^name\\s*:\\s*['\"]?([\\w\\-.]+)['\"]?\\s*$",
            Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final String fixtureUrl;

    Renamer(String prefix, Set<String> names, String fixtureUrl) {
        this.fixtureUrl = fixtureUrl;
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            Pattern p = Pattern.compile("(?<![\\w.\\-])" + Pattern.quote(name) + "(?![\\w\\-])",
                    Pattern.UNICODE_CHARACTER_CLASS);
            rules.add(new Rule(p, Matcher.quoteReplacement(prefix + name)));
        }
    }

    /** The names a case defines, found as the reference runner finds them. */
    static Set<String> definedNames(Map<String, Object> aCase) {
        Set<String> names = new LinkedHashSet<>();
        if (Boolean.FALSE.equals(aCase.get("rename"))) return names;
        List<String> texts = new ArrayList<>(strings(aCase.get("definition")));
        texts.addAll(strings(aCase.get("actions")));
        for (String text : texts) {
            Matcher m = TOP_KEY.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals("version")) names.add(m.group(1));
            }
        }
        for (String text : strings(aCase.get("workbook"))) {
            Matcher m = WORKBOOK_NAME.matcher(text);
            if (m.find()) names.add(m.group(1));
        }
        if (aCase.get("environments") instanceof List<?> envs) {
            for (Object env : envs) names.add((String) ((Map<?, ?>) env).get("name"));
        }
        return names;
    }

    /** A string field that may also be a list of strings (one YAML document each). */
    static List<String> strings(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object x : l) out.add((String) x);
            return out;
        }
        return List.of((String) v);
    }

    String text(String s) {
        for (Rule r : rules) s = r.pattern().matcher(s).replaceAll(r.replacement());
        return s.replace(Normaliser.FIXTURE_TOKEN, fixtureUrl);
    }

    /** Renames and substitutes the fixture URL in every string value (keys stay as they are). */
    Object deep(Object v) {
        return map(v, true);
    }

    /** Substitutes only the fixture URL in every string value. */
    Object fixture(Object v) {
        return map(v, false);
    }

    @SuppressWarnings("unchecked")
    private Object map(Object v, boolean rename) {
        if (v instanceof String s) return rename ? text(s) : s.replace(Normaliser.FIXTURE_TOKEN, fixtureUrl);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(map(x, rename));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(k, map(x, rename)));
            return out;
        }
        return v;
    }
}
