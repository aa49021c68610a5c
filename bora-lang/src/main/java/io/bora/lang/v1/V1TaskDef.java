package io.bora.lang.v1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task of a v1 {@code Workflow:} as written: the action reference, its parameters, the
 * dependencies ({@code requires}, name -> condition or null) and the transitions.
 */
record V1TaskDef(String name, String description, String action, Map<String, Object> parameters,
        Map<String, String> requires, List<Edge> onSuccess, List<Edge> onError, List<Edge> onFinish,
        Map<String, Object> publish, Map<String, Object> retry, Map<String, Object> repeat) {

    /** A transition or dependency edge: the task it names and its raw-YAQL condition (null = always). */
    record Edge(String task, String condition) {
    }

    private static final java.util.Set<String> KEYS = java.util.Set.of("action", "parameters", "requires",
            "on-success", "on-error", "on-finish", "publish", "retry", "repeat", "description");

    static V1TaskDef parse(String name, Object body, String path) {
        Map<String, Object> t = V1Yaml.map(body, path);
        for (String key : t.keySet()) {
            if (!KEYS.contains(key)) {
                throw V1Yaml.invalid(path + "." + key, "is not a v1 task attribute");
            }
        }
        if (!(t.get("action") instanceof String action) || action.isBlank()) {
            throw V1Yaml.invalid(path + ".action", "is required (a name like Service:action)");
        }
        Map<String, String> requires = new LinkedHashMap<>();
        Object req = t.get("requires");
        if (req instanceof Map<?, ?>) {
            V1Yaml.map(req, path + ".requires").forEach((k, v) -> requires.put(k, V1Expressions.condition(v)));
        } else {
            V1Yaml.names(req, path + ".requires").forEach(r -> requires.put(r, null));
        }
        Object description = t.get("description");
        return new V1TaskDef(name, description == null ? null : String.valueOf(description), action.strip(),
                V1Yaml.map(t.get("parameters"), path + ".parameters"), requires,
                edges(t.get("on-success"), path + ".on-success"), edges(t.get("on-error"), path + ".on-error"),
                edges(t.get("on-finish"), path + ".on-finish"), V1Yaml.map(t.get("publish"), path + ".publish"),
                V1Yaml.map(t.get("retry"), path + ".retry"), V1Yaml.map(t.get("repeat"), path + ".repeat"));
    }

    /** {@code next}, {@code [a, b]}, {@code {a: cond}} or a list mixing names and one-key maps. */
    private static List<Edge> edges(Object raw, String path) {
        List<Edge> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (raw instanceof String s) {
            out.add(new Edge(s, null));
        } else if (raw instanceof Map<?, ?>) {
            V1Yaml.map(raw, path).forEach((k, v) -> out.add(new Edge(k, V1Expressions.condition(v))));
        } else if (raw instanceof List<?> l) {
            for (Object item : l) {
                out.addAll(edges(item, path));
            }
        } else {
            throw V1Yaml.invalid(path, "must be a task name, a list of names or a map of name: condition");
        }
        return out;
    }

    /** Every task this one names, in requires and transitions. */
    List<String> referencedTasks() {
        List<String> out = new ArrayList<>(requires.keySet());
        for (List<Edge> list : List.of(onSuccess, onError, onFinish)) {
            list.forEach(e -> out.add(e.task()));
        }
        return out;
    }
}
