package io.bora.it.conformance;

import io.bora.it.conformance.RestClient.ApiError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The normalised view of an execution that is compared with the recording (README "The recorded
 * view"), shaped by the case's {@code compare} settings: execution state, state_info, output and
 * optional fields, and per task name the multiset of its task executions' chosen fields.
 */
final class CaseView {
    private static final List<Object> DEFAULT_TASK_FIELDS = List.of("state", "state_info", "published");

    private final CaseRun run;
    private final Map<String, Object> compare;

    CaseView(CaseRun run) {
        this.run = run;
        this.compare = run.compare;
    }

    /** A snapshot view has no output and only the state, state_info and published task fields. */
    Map<String, Object> of(Map<String, Object> ex, boolean snapshot) throws ApiError, InterruptedException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("state", ex.get("state"));
        if (Py.truthy(Py.get(compare, "state_info", true))) v.put("state_info", ex.get("state_info"));
        if (Py.truthy(Py.get(compare, "output", true)) && !snapshot) v.put("output", PyJson.parseIfJson(ex.get("output")));
        for (String f : List.of("input", "published_global", "params")) {
            if (!Py.truthy(compare.get(f))) continue;
            Object val = PyJson.parseIfJson(ex.get(f));
            if (f.equals("params") && val instanceof Map<?, ?> m) {
                List<Object> keys = compare.get("params") instanceof List<?> l ? new ArrayList<>(l) : List.of("env");
                Map<String, Object> picked = new LinkedHashMap<>();
                for (Object k : keys) if (m.containsKey(k)) picked.put((String) k, m.get(k));
                val = picked;
            }
            v.put(f, val);
        }
        Object tasksSel = Py.get(compare, "tasks", true);
        if (Py.truthy(tasksSel)) v.put("tasks", tasks(tasksSel, snapshot));
        @SuppressWarnings("unchecked")
        Map<String, Object> normalised = (Map<String, Object>) run.norm.deep(v);
        cutStateInfo(normalised);
        List<String> ignore = new ArrayList<>();
        for (Object p : Py.asList(compare.get("ignore"))) ignore.add((String) p);
        IgnorePaths.apply(normalised, ignore);
        return normalised;
    }

    private Map<String, Object> tasks(Object selection, boolean snapshot) throws ApiError, InterruptedException {
        List<Object> fields = Py.truthy(compare.get("task_fields")) ? Py.asList(compare.get("task_fields")) : DEFAULT_TASK_FIELDS;
        if (snapshot) {
            fields = fields.stream().filter(f -> f.equals("state") || f.equals("state_info") || f.equals("published")).toList();
        }
        Map<String, List<Object>> byName = new TreeMap<>(PyJson.CODE_POINT_ORDER);
        for (Map<String, Object> t : run.listTasks(run.executionId)) {
            String name = run.norm.text(String.valueOf(t.get("name")));
            if (selection instanceof List<?> l && !l.contains(name)) continue;
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(taskView(t, fields));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        byName.forEach((name, execs) -> {
            execs.sort(PyJson.CANON_ORDER);
            out.put(name, execs);
        });
        return out;
    }

    private Object taskView(Map<String, Object> t, List<Object> fields) throws ApiError, InterruptedException {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Object f : fields) {
            switch ((String) f) {
                case "state", "state_info", "type" -> v.put((String) f, t.get(f));
                case "published" -> v.put("published", PyJson.parseIfJson(t.get("published")));
                case "result" -> v.put("result", PyJson.parseIfJson(Py.map(run.api.ok("GET", "/tasks/" + t.get("id"))).get("result")));
                case "actions" -> {
                    List<Object> acts = new ArrayList<>();
                    for (Map<String, Object> a : actionExecutions(t)) {
                        Map<String, Object> one = new LinkedHashMap<>();
                        one.put("name", a.get("name"));
                        one.put("state", a.get("state"));
                        one.put("accepted", a.get("accepted"));
                        acts.add(one);
                    }
                    v.put("actions", sorted(run.norm.deep(acts)));
                }
                case "action_inputs" -> {
                    List<Object> inputs = new ArrayList<>();
                    for (Map<String, Object> a : actionExecutions(t)) inputs.add(PyJson.parseIfJson(a.get("input")));
                    v.put("action_inputs", sorted(run.norm.deep(inputs)));
                }
                case "subworkflows" -> {
                    Map<String, Object> js = Py.map(run.api.ok("GET", "/tasks/" + t.get("id") + "/workflow_executions"));
                    List<Object> subs = new ArrayList<>();
                    for (Object e : Py.asList(Py.get(js, "executions", List.of()))) {
                        Map<String, Object> full = run.execution((String) Py.map(e).get("id"));
                        Map<String, Object> one = new LinkedHashMap<>();
                        one.put("state", full.get("state"));
                        one.put("state_info", full.get("state_info"));
                        one.put("output", PyJson.parseIfJson(full.get("output")));
                        subs.add(one);
                    }
                    v.put("subworkflows", sorted(run.norm.deep(subs)));
                }
                default -> {
                    // unknown fields were rejected when the case was loaded
                }
            }
        }
        return run.norm.deep(v);
    }

    private List<Map<String, Object>> actionExecutions(Map<String, Object> t) throws ApiError, InterruptedException {
        Map<String, Object> js = Py.map(run.api.ok("GET", "/tasks/" + t.get("id") + "/action_executions"));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object a : Py.asList(Py.get(js, "action_executions", List.of()))) out.add(Py.map(a));
        return out;
    }

    private static List<Object> sorted(Object list) {
        List<Object> out = new ArrayList<>((List<?>) list);
        out.sort(PyJson.CANON_ORDER);
        return out;
    }

    /** {@code state_info_chars}: execution and task state_info and output.result cut to N chars. */
    @SuppressWarnings("unchecked")
    private void cutStateInfo(Map<String, Object> v) {
        Object n = compare.get("state_info_chars");
        if (!Py.truthy(n)) return;
        int max = (int) Py.number(n);
        if (v.containsKey("state_info")) v.put("state_info", cut(v.get("state_info"), max));
        if (v.get("output") instanceof Map<?, ?> out && out.containsKey("result")) {
            ((Map<String, Object>) out).put("result", cut(out.get("result"), max));
        }
        if (v.get("tasks") instanceof Map<?, ?> tasks) {
            for (Object execs : tasks.values()) {
                for (Object te : (List<?>) execs) {
                    if (te instanceof Map<?, ?> m && m.containsKey("state_info")) {
                        ((Map<String, Object>) m).put("state_info", cut(m.get("state_info"), max));
                    }
                }
            }
        }
    }

    /** Python's {@code x[:n]} counts code points, not UTF-16 units. */
    private static Object cut(Object x, int max) {
        if (!(x instanceof String s)) return x;
        if (s.codePointCount(0, s.length()) <= max) return s;
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, max)));
    }
}
