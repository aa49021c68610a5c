package io.bora.lang.v1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One v1 action (a Services or Namespaces entry) and its v2 ad-hoc form. Its inputs are what the
 * tasks calling it pass plus what it declares, because v1 let tasks pass any parameter while a v2
 * ad-hoc action rejects undeclared ones.
 *
 * @param fixed     base-action input fixed by the definition, in the base action's names, expressions delimited
 * @param declared  declared parameters: name -> required
 * @param output    v2 output transformer (null = none)
 * @param storeAs   Services' {@code output.store_as}: the variable tasks publish the result as
 * @param echoes    an ECHO service action: its output is its parameters
 * @param queryOrBody a REST_API service action: task parameters travel as the query (GET) or JSON body
 */
record V1ActionDef(String group, String name, String base, Map<String, Object> fixed, Map<String, Boolean> declared,
        Object output, String storeAs, boolean echoes, boolean queryOrBody) {

    /** The v2 name inside the workbook: v2 action names are word characters and dashes only. */
    String shortName() {
        return V1Names.word(group, true) + "__" + V1Names.word(name, true);
    }

    /** How v1 tasks name it. */
    String v1Name() {
        return group + ":" + name;
    }

    /** The ad-hoc action body ({@code base}, {@code base-input}, {@code input}, {@code output}). */
    Map<String, Object> toV2(Set<String> passedByTasks) {
        Set<String> params = new LinkedHashSet<>(declared.keySet());
        params.addAll(passedByTasks);
        Map<String, Object> baseInput = new LinkedHashMap<>(fixed);
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (echoes) {
            baseInput.put("output", echoOutput(params));
        } else if (queryOrBody && !params.isEmpty()) {
            String method = String.valueOf(fixed.getOrDefault("method", "GET"));
            baseInput.put("GET".equalsIgnoreCase(method) ? "params" : "json", nonNullMap(params));
        } else {
            for (String p : params) {
                String target = V1StdActions.rename(base, p);
                if (!V1StdActions.accepts(base, target)) {
                    continue;
                }
                Object fixedValue = fixed.get(target);
                if (fixedValue != null && hasExpression(fixedValue)) {
                    continue;
                }
                if (fixedValue != null) {
                    defaults.put(p, fixedValue);
                }
                baseInput.put(target, "<% " + V1Expressions.read(p) + " %>");
            }
        }
        List<Object> input = new ArrayList<>();
        for (String p : params) {
            if (Boolean.TRUE.equals(declared.get(p))) {
                input.add(p);
            } else {
                Map<String, Object> optional = new LinkedHashMap<>();
                optional.put(p, defaults.get(p));
                input.add(optional);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("base", base);
        if (!baseInput.isEmpty()) {
            body.put("base-input", baseInput);
        }
        if (!input.isEmpty()) {
            body.put("input", input);
        }
        if (output != null) {
            body.put("output", output);
        }
        return body;
    }

    /** The seed's ECHO returns its one parameter's value, or all of them as a map. */
    private static Object echoOutput(Set<String> params) {
        if (params.isEmpty()) {
            return null;
        }
        if (params.size() == 1) {
            return "<% " + V1Expressions.read(params.iterator().next()) + " %>";
        }
        Map<String, Object> all = new LinkedHashMap<>();
        params.forEach(p -> all.put(p, "<% " + V1Expressions.read(p) + " %>"));
        return all;
    }

    /** The parameters a task gave (those left null are not sent). */
    private static String nonNullMap(Set<String> params) {
        StringBuilder dict = new StringBuilder("{");
        for (String p : params) {
            if (dict.length() > 1) {
                dict.append(", ");
            }
            dict.append('\'').append(p.replace("\\", "\\\\").replace("'", "\\'")).append("' => ")
                    .append(V1Expressions.read(p));
        }
        return "<% dict(" + dict.append("}.items().where($[1] != null)) %>");
    }

    private static boolean hasExpression(Object value) {
        return !V1Expressions.roots(value).isEmpty() || String.valueOf(value).contains("<%");
    }
}
