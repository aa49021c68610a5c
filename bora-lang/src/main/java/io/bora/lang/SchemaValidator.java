package io.bora.lang;

import io.bora.py.PyRepr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subset of JSON Schema that Mistral's DSL schemas use, with the error messages of Python's
 * jsonschema 4.x and its {@code best_match} choice of which error to report. Mistral answers
 * "Invalid DSL: " + that error's message, so both the wording and the choice are part of the
 * compatible behaviour.
 */
final class SchemaValidator {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    /** One jsonschema ValidationError: message, instance path relative to its parent, sub-errors. */
    record Failure(String keyword, String message, List<Object> path, Map<String, Object> schema,
            Object instance, List<Failure> context) {
        Failure withParent(Object step) {
            List<Object> p = new ArrayList<>(path.size() + 1);
            p.add(step);
            p.addAll(path);
            return new Failure(keyword, message, p, schema, instance, context);
        }

        Failure under(List<Object> prefix) {
            List<Object> p = new ArrayList<>(prefix);
            p.addAll(path);
            return new Failure(keyword, message, p, schema, instance, context);
        }
    }

    /** The error Mistral would report for {@code instance}, or null if it is valid. Path is absolute. */
    static Failure validate(Object instance, Map<String, Object> schema) {
        List<Failure> errors = errors(instance, schema);
        if (errors.isEmpty()) {
            return null;
        }
        return bestMatch(errors);
    }

    static boolean isValid(Object instance, Map<String, Object> schema) {
        return errors(instance, schema).isEmpty();
    }

    /**
     * jsonschema's best_match: the most relevant top-level error (shallowest, not a oneOf/anyOf),
     * then descend into its context while one sub-error is strictly the least "relevant" (deepest,
     * weak, type-matching). When the two best sub-errors tie, the combinator error itself is kept.
     */
    static Failure bestMatch(List<Failure> errors) {
        Failure best = errors.get(0);
        for (Failure candidate : errors) {
            if (compare(relevance(candidate), relevance(best)) > 0) {
                best = candidate;
            }
        }
        List<Object> prefix = best.path();
        while (!best.context().isEmpty()) {
            List<Failure> context = best.context();
            Failure smallest = null;
            Failure second = null;
            for (Failure candidate : context) {
                if (smallest == null || compare(relevance(candidate), relevance(smallest)) < 0) {
                    second = smallest;
                    smallest = candidate;
                } else if (second == null || compare(relevance(candidate), relevance(second)) < 0) {
                    second = candidate;
                }
            }
            if (second != null && compare(relevance(smallest), relevance(second)) == 0) {
                return best;
            }
            best = smallest.under(prefix);
            prefix = best.path();
        }
        return best;
    }

    private static int[] relevance(Failure f) {
        boolean weak = f.keyword().equals("anyOf") || f.keyword().equals("oneOf");
        return new int[] {-f.path().size(), weak ? 0 : 1, 0, matchesType(f) ? 0 : 1};
    }

    private static boolean matchesType(Failure f) {
        Object type = f.schema() == null ? null : f.schema().get("type");
        if (type instanceof String t) {
            return isType(f.instance(), t);
        }
        return false;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    static List<Failure> errors(Object instance, Map<String, Object> schema) {
        List<Failure> out = new ArrayList<>();
        for (Map.Entry<String, Object> keyword : schema.entrySet()) {
            check(keyword.getKey(), keyword.getValue(), instance, schema, out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void check(String keyword, Object value, Object instance, Map<String, Object> schema,
            List<Failure> out) {
        switch (keyword) {
            case "type" -> {
                if (!isType(instance, (String) value)) {
                    fail(out, keyword, PyRepr.repr(instance) + " is not of type " + PyRepr.repr(value), schema, instance);
                }
            }
            case "properties" -> {
                if (instance instanceof Map<?, ?> map) {
                    for (Map.Entry<String, Object> p : ((Map<String, Object>) value).entrySet()) {
                        if (map.containsKey(p.getKey())) {
                            descend(map.get(p.getKey()), (Map<String, Object>) p.getValue(), p.getKey(), out);
                        }
                    }
                }
            }
            case "patternProperties" -> {
                if (instance instanceof Map<?, ?> map) {
                    for (Map.Entry<String, Object> p : ((Map<String, Object>) value).entrySet()) {
                        for (Map.Entry<?, ?> e : map.entrySet()) {
                            if (search(p.getKey(), (String) e.getKey())) {
                                descend(e.getValue(), (Map<String, Object>) p.getValue(), e.getKey(), out);
                            }
                        }
                    }
                }
            }
            case "additionalProperties" -> additionalProperties(value, instance, schema, out);
            case "required" -> {
                if (instance instanceof Map<?, ?> map) {
                    for (Object name : (List<Object>) value) {
                        if (!map.containsKey(name)) {
                            fail(out, keyword, PyRepr.repr(name) + " is a required property", schema, instance);
                        }
                    }
                }
            }
            case "minProperties" -> {
                if (instance instanceof Map<?, ?> map && map.size() < (Integer) value) {
                    fail(out, keyword, PyRepr.repr(instance) + " does not have enough properties", schema, instance);
                }
            }
            case "maxProperties" -> {
                if (instance instanceof Map<?, ?> map && map.size() > (Integer) value) {
                    fail(out, keyword, PyRepr.repr(instance) + " has too many properties", schema, instance);
                }
            }
            case "items" -> {
                if (instance instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        descend(list.get(i), (Map<String, Object>) value, i, out);
                    }
                }
            }
            case "minItems" -> {
                if (instance instanceof List<?> list && list.size() < (Integer) value) {
                    fail(out, keyword, PyRepr.repr(instance) + " is too short", schema, instance);
                }
            }
            case "uniqueItems" -> {
                if (Boolean.TRUE.equals(value) && instance instanceof List<?> list && !unique(list)) {
                    fail(out, keyword, PyRepr.repr(instance) + " has non-unique elements", schema, instance);
                }
            }
            case "minLength" -> {
                if (instance instanceof String s && s.codePointCount(0, s.length()) < (Integer) value) {
                    fail(out, keyword, PyRepr.repr(instance) + " is too short", schema, instance);
                }
            }
            case "minimum" -> {
                if (isType(instance, "number") && ((Number) instance).doubleValue() < ((Number) value).doubleValue()) {
                    fail(out, keyword, PyRepr.repr(instance) + " is less than the minimum of " + PyRepr.repr(value),
                            schema, instance);
                }
            }
            case "enum" -> {
                boolean found = false;
                for (Object option : (List<Object>) value) {
                    found |= pyEquals(option, instance);
                }
                if (!found) {
                    fail(out, keyword, PyRepr.repr(instance) + " is not one of " + PyRepr.repr(value), schema, instance);
                }
            }
            case "pattern" -> {
                if (instance instanceof String s && !search((String) value, s)) {
                    fail(out, keyword, PyRepr.repr(instance) + " does not match " + PyRepr.repr(value), schema, instance);
                }
            }
            case "oneOf" -> oneOf((List<Map<String, Object>>) value, instance, schema, out);
            case "anyOf" -> {
                List<Failure> all = new ArrayList<>();
                for (Map<String, Object> sub : (List<Map<String, Object>>) value) {
                    List<Failure> errs = errors(instance, sub);
                    if (errs.isEmpty()) {
                        return;
                    }
                    all.addAll(errs);
                }
                out.add(new Failure(keyword, PyRepr.repr(instance) + " is not valid under any of the given schemas",
                        List.of(), schema, instance, all));
            }
            case "not" -> {
                if (isValid(instance, (Map<String, Object>) value)) {
                    fail(out, keyword, PyRepr.repr(instance) + " should not be valid under " + PyRepr.repr(value),
                            schema, instance);
                }
            }
            default -> {
                // "description" and other annotations carry no constraint.
            }
        }
    }

    private static void oneOf(List<Map<String, Object>> subs, Object instance, Map<String, Object> schema,
            List<Failure> out) {
        List<Failure> all = new ArrayList<>();
        int firstValid = -1;
        for (int i = 0; i < subs.size(); i++) {
            List<Failure> errs = errors(instance, subs.get(i));
            if (errs.isEmpty()) {
                firstValid = i;
                break;
            }
            all.addAll(errs);
        }
        if (firstValid < 0) {
            out.add(new Failure("oneOf", PyRepr.repr(instance) + " is not valid under any of the given schemas",
                    List.of(), schema, instance, all));
            return;
        }
        List<Map<String, Object>> moreValid = new ArrayList<>();
        for (int i = firstValid + 1; i < subs.size(); i++) {
            if (isValid(instance, subs.get(i))) {
                moreValid.add(subs.get(i));
            }
        }
        if (!moreValid.isEmpty()) {
            moreValid.add(subs.get(firstValid));
            StringBuilder reprs = new StringBuilder();
            for (Map<String, Object> each : moreValid) {
                if (reprs.length() > 0) {
                    reprs.append(", ");
                }
                reprs.append(PyRepr.repr(each));
            }
            fail(out, "oneOf", PyRepr.repr(instance) + " is valid under each of " + reprs, schema, instance);
        }
    }

    @SuppressWarnings("unchecked")
    private static void additionalProperties(Object value, Object instance, Map<String, Object> schema,
            List<Failure> out) {
        if (!(instance instanceof Map<?, ?> map)) {
            return;
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Map<String, Object> patterns = (Map<String, Object>) schema.getOrDefault("patternProperties", Map.of());
        List<String> extras = new ArrayList<>();
        for (Object key : map.keySet()) {
            String k = (String) key;
            if (properties.containsKey(k)) {
                continue;
            }
            boolean matched = false;
            for (String p : patterns.keySet()) {
                matched |= search(p, k);
            }
            if (!matched) {
                extras.add(k);
            }
        }
        if (value instanceof Map<?, ?> sub) {
            for (String extra : extras) {
                descend(map.get(extra), (Map<String, Object>) sub, extra, out);
            }
            return;
        }
        if (Boolean.FALSE.equals(value) && !extras.isEmpty()) {
            String message;
            if (schema.containsKey("patternProperties")) {
                List<String> sortedExtras = new ArrayList<>(extras);
                Collections.sort(sortedExtras);
                List<String> sortedPatterns = new ArrayList<>(patterns.keySet());
                Collections.sort(sortedPatterns);
                message = joinReprs(sortedExtras) + (extras.size() == 1 ? " does" : " do")
                        + " not match any of the regexes: " + joinReprs(sortedPatterns);
            } else {
                message = "Additional properties are not allowed (" + joinReprs(extras)
                        + (extras.size() == 1 ? " was" : " were") + " unexpected)";
            }
            out.add(new Failure("additionalProperties", message, List.of(), schema, instance, List.of()));
        }
    }

    private static String joinReprs(List<String> values) {
        StringBuilder s = new StringBuilder();
        for (String v : values) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(PyRepr.repr(v));
        }
        return s.toString();
    }

    private static void descend(Object instance, Map<String, Object> schema, Object step, List<Failure> out) {
        for (Failure f : errors(instance, schema)) {
            out.add(f.withParent(step));
        }
    }

    private static void fail(List<Failure> out, String keyword, String message, Map<String, Object> schema,
            Object instance) {
        out.add(new Failure(keyword, message, List.of(), schema, instance, List.of()));
    }

    /** Python re.search; Mistral's patterns use \w, which is Unicode-aware in Python 3. */
    static boolean search(String regex, String text) {
        Pattern p = PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.UNICODE_CHARACTER_CLASS));
        return p.matcher(text).find();
    }

    static boolean isType(Object instance, String type) {
        return switch (type) {
            case "object" -> instance instanceof Map;
            case "array" -> instance instanceof List;
            case "string" -> instance instanceof String;
            case "boolean" -> instance instanceof Boolean;
            case "null" -> instance == null;
            case "integer" -> instance instanceof Long || instance instanceof Integer
                    || instance instanceof java.math.BigInteger
                    || instance instanceof Double d && !d.isInfinite() && d == Math.rint(d);
            case "number" -> instance instanceof Number;
            default -> false;
        };
    }

    /** Python == on plain values: 1 == 1.0, but jsonschema keeps True apart from 1. */
    static boolean pyEquals(Object a, Object b) {
        if (a instanceof Boolean || b instanceof Boolean) {
            return a != null && a.equals(b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!pyEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Object k : x.keySet()) {
                if (!pyEquals(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    private static boolean unique(List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (pyEquals(list.get(i), list.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
