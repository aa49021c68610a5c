package io.bora.lang.v1;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * v1 ran an execution towards a target task: first what the target (transitively) requires, then
 * the target, then whatever {@code on-success}/{@code on-error}/{@code on-finish} lead to. Per
 * target this is one v2 direct workflow: each {@code requires} edge becomes an {@code on-success}
 * transition from the required task (a task requiring several waits for all of them with
 * {@code join: all}), so the tasks that start are exactly the required ones without requirements.
 */
final class V1Flow {
    /** The synthetic first task of a workflow whose beginning is also reached by a transition. */
    static final String START = V1Workbook.START_TASK;
    private final Map<String, V1TaskDef> tasks;
    private final Map<String, String> v2Names;

    /** @param v2Names v1 task name -> its v2 name (v2 task names are word characters only) */
    V1Flow(Map<String, V1TaskDef> tasks, Map<String, String> v2Names) {
        this.tasks = tasks;
        this.v2Names = v2Names;
    }

    /** The tasks an execution towards {@code target} may run, in definition order. */
    Set<String> reachable(String target) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            V1TaskDef t = tasks.get(name);
            todo.addAll(t.requires().keySet());
            for (List<V1TaskDef.Edge> edges : List.of(t.onSuccess(), t.onError(), t.onFinish())) {
                edges.forEach(e -> todo.add(e.task()));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        tasks.keySet().forEach(n -> {
            if (seen.contains(n)) {
                ordered.add(n);
            }
        });
        return ordered;
    }

    /** The v2 tasks of the workflow towards {@code target}, transitions included. */
    Map<String, Object> workflowTasks(String target, Map<String, Map<String, Object>> bodies) {
        Set<String> included = reachable(target);
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> inbound = new LinkedHashSet<>();
        for (String name : included) {
            V1TaskDef t = tasks.get(name);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) V1Yaml.copy(bodies.get(name));
            List<V1TaskDef.Edge> onSuccess = new ArrayList<>(t.onSuccess());
            for (String dependent : included) {
                String condition = tasks.get(dependent).requires().get(name);
                if (tasks.get(dependent).requires().containsKey(name)) {
                    onSuccess.add(new V1TaskDef.Edge(dependent, condition));
                }
            }
            if (t.requires().size() > 1) {
                body.put("join", "all");
            }
            putEdges(body, "on-success", onSuccess);
            publishGlobally(body);
            putEdges(body, "on-error", t.onError());
            putEdges(body, "on-complete", t.onFinish());
            for (List<V1TaskDef.Edge> edges : List.of(onSuccess, t.onError(), t.onFinish())) {
                edges.forEach(e -> inbound.add(e.task()));
            }
            out.put(v2Names.get(name), body);
        }
        List<String> roots = new ArrayList<>();
        for (String name : requiredBy(target)) {
            if (tasks.get(name).requires().isEmpty()) {
                roots.add(name);
            }
        }
        if (roots.stream().noneMatch(inbound::contains)) {
            return out;
        }
        // A transition leads back to where the execution must begin, so v2 would not start there on its own.
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("action", "std.noop");
        putEdges(start, "on-success", roots.stream().map(r -> new V1TaskDef.Edge(r, null)).toList());
        Map<String, Object> withStart = new LinkedHashMap<>();
        withStart.put(START, start);
        withStart.putAll(out);
        return withStart;
    }

    /**
     * v1 had one context shared by all tasks: what a task publishes goes to the execution's context
     * (v2's {@code on-success: {publish: {global: ...}}}), so parallel paths see it too.
     */
    @SuppressWarnings("unchecked")
    private static void publishGlobally(Map<String, Object> body) {
        Object publish = body.remove("publish");
        if (!(publish instanceof Map<?, ?> vars) || vars.isEmpty()) {
            return;
        }
        Map<String, Object> advanced = new LinkedHashMap<>();
        advanced.put("publish", Map.of("global", vars));
        Object next = body.remove("on-success");
        if (next != null) {
            advanced.put("next", next);
        }
        body.put("on-success", advanced);
    }

    /** The target and what it transitively requires. */
    private Set<String> requiredBy(String target) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name)) {
                todo.addAll(tasks.get(name).requires().keySet());
            }
        }
        return seen;
    }

    private void putEdges(Map<String, Object> body, String key, List<V1TaskDef.Edge> edges) {
        if (edges.isEmpty()) {
            return;
        }
        List<Object> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (V1TaskDef.Edge e : edges) {
            if (!seen.add(e.task() + "\u0000" + e.condition())) {
                continue;
            }
            String next = v2Names.get(e.task());
            if (e.condition() == null) {
                list.add(next);
            } else {
                Map<String, Object> conditional = new LinkedHashMap<>();
                conditional.put(next, e.condition());
                list.add(conditional);
            }
        }
        body.put(key, list);
    }
}
