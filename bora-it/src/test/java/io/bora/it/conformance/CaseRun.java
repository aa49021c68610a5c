package io.bora.it.conformance;

import io.bora.it.conformance.RestClient.ApiError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case against the server: upload its definitions under its own name prefix, start the
 * execution, drive the control steps, wait for an end state and build the normalised view that
 * is compared with the recording.
 */
final class CaseRun {
    static final List<String> TERMINAL = List.of("SUCCESS", "ERROR", "CANCELLED");
    private static final Set<String> KNOWN_TASK_FIELDS = Set.of("state", "state_info", "published", "result",
            "actions", "action_inputs", "subworkflows", "type");
    private static final Set<String> KNOWN_STEP_OPS = Set.of("sleep", "wait_execution", "wait_task", "wait_action",
            "put_execution", "put_action", "rerun_task", "snapshot");

    final RestClient api;
    final Map<String, Object> aCase;
    final Map<String, Object> compare;
    final String prefix;
    final Renamer renamer;
    final Normaliser norm;
    final double timeoutSeconds;
    final double pollSeconds;
    String executionId;

    CaseRun(RestClient api, Map<String, Object> aCase, String prefix, String fixtureUrl, double defaultTimeout,
            double pollSeconds) throws CaseFailure {
        this.api = api;
        this.aCase = aCase;
        this.prefix = prefix;
        this.pollSeconds = pollSeconds;
        this.compare = Py.map(aCase.get("compare"));
        Object t = aCase.get("timeout_s");
        this.timeoutSeconds = Py.truthy(t) ? Py.number(t) : defaultTimeout;
        this.renamer = new Renamer(prefix, Renamer.definedNames(aCase), fixtureUrl);
        List<String> truncate = new ArrayList<>();
        for (Object m : Py.asList(compare.get("truncate_at"))) truncate.add((String) m);
        this.norm = new Normaliser(prefix, fixtureUrl, truncate);
        List<Object> bad = new ArrayList<>();
        for (Object f : Py.asList(compare.get("task_fields"))) if (!KNOWN_TASK_FIELDS.contains(f)) bad.add(f);
        for (Object s : Py.asList(aCase.get("steps"))) {
            Object op = Py.map(s).get("op");
            if (!KNOWN_STEP_OPS.contains(op)) bad.add(op);
        }
        if (!bad.isEmpty()) throw new CaseFailure("malformed case: unknown task field/step op " + bad);
    }

    /** Runs the case and answers its observed view. */
    Map<String, Object> execute() throws CaseFailure, ApiError, InterruptedException {
        Map<String, Object> view = new LinkedHashMap<>();
        Map<String, Object> uploadError = upload();
        if (uploadError != null) {
            view.put("upload", uploadError);
            return view;
        }
        if (!Py.truthy(aCase.get("start"))) {
            view.put("upload", "ok");
            return view;
        }
        Map<String, Object> startError = start();
        if (startError != null) {
            view.put("start", startError);
            return view;
        }
        CaseSteps steps = new CaseSteps(this);
        List<Object> stepList = Py.asList(aCase.get("steps"));
        for (int i = 0; i < stepList.size(); i++) steps.run(i, Py.map(stepList.get(i)));

        Set<String> states = new TreeSet<>();
        for (Object s : Py.asList(aCase.get("wait_for"))) states.add((String) s);
        if (states.isEmpty()) states.addAll(TERMINAL);
        // With a recorded end state the wait also stops at any terminal state, so a wrong one
        // fails fast instead of timing out.
        if (Py.truthy(Py.map(aCase.get("expect")).get("state"))) states.addAll(TERMINAL);
        Map<String, Object> ex = waitExecution(new ArrayList<>(states), null, "execution");
        Object settle = aCase.get("settle_s");
        if (Py.truthy(settle)) {
            // The case checks that something does NOT happen within this time: a deliberate wait.
            Thread.sleep((long) (Py.number(settle) * 1000));
            ex = execution(executionId);
        }
        Map<String, Object> v = new CaseView(this).of(ex, false);
        if (!steps.results().isEmpty()) v.put("steps", steps.results());
        if (!steps.snapshots().isEmpty()) v.put("snapshots", steps.snapshots());
        return v;
    }

    private Map<String, Object> upload() throws ApiError, InterruptedException {
        for (Object e : Py.asList(aCase.get("environments"))) {
            Map<String, Object> env = Py.map(e);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", prefix + env.get("name"));
            Object vars = Py.truthy(env.get("variables")) ? env.get("variables") : Map.of();
            body.put("variables", PyJson.write(renamer.fixture(vars)));
            if (Py.truthy(env.get("description"))) body.put("description", env.get("description"));
            RestClient.Reply r = api.call("POST", "/environments", body);
            if (r.status() >= 300) return withKind("environments", faultView(r));
        }
        List<String[]> plan = new ArrayList<>();
        for (String text : Renamer.strings(aCase.get("actions"))) plan.add(new String[]{"actions", text});
        for (String text : Renamer.strings(aCase.get("workbook"))) plan.add(new String[]{"workbooks", text});
        for (String text : Renamer.strings(aCase.get("definition"))) plan.add(new String[]{"workflows", text});
        for (String[] item : plan) {
            RestClient.Reply r = api.call("POST", "/" + item[0], renamer.text(item[1]), true);
            if (r.status() >= 300) return withKind(item[0], faultView(r));
        }
        return null;
    }

    private static Map<String, Object> withKind(String kind, Map<String, Object> fault) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        out.putAll(fault);
        return out;
    }

    private Map<String, Object> start() throws ApiError, InterruptedException {
        Map<String, Object> st = Py.map(aCase.get("start"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workflow_name", renamer.text((String) st.get("workflow")));
        Object input = Py.truthy(st.get("input")) ? st.get("input") : Map.of();
        body.put("input", PyJson.write(renamer.deep(input)));
        Object params = Py.truthy(st.get("params")) ? PyJson.copy(st.get("params")) : Map.of();
        if (Py.truthy(params)) {
            Map<String, Object> p = Py.map(renamer.fixture(params));
            if (p.get("env") instanceof String envName) p.put("env", renamer.text(envName));
            body.put("params", PyJson.write(p));
        }
        if (Py.truthy(st.get("description"))) body.put("description", st.get("description"));
        RestClient.Reply r = api.call("POST", "/executions", body);
        if (r.status() >= 300) return faultView(r);
        executionId = (String) Py.map(r.body()).get("id");
        return null;
    }

    /** Status and the first {@code fault_lines} lines of the normalised faultstring. */
    Map<String, Object> faultView(RestClient.Reply r) {
        Object msg = RestClient.fault(r.body());
        if (msg instanceof String s) {
            s = norm.text(s);
            Object lines = Py.get(compare, "fault_lines", 1);
            if (Py.truthy(lines)) {
                String[] all = s.split("\n", -1);
                int keep = (int) Py.number(lines);
                s = String.join("\n", List.of(all).subList(0, Math.max(0, Math.min(keep, all.length))));
            }
            msg = s;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", r.status());
        out.put("faultstring", msg);
        return out;
    }

    long deadline(Object seconds) {
        double s = seconds != null ? Py.number(seconds) : timeoutSeconds;
        return System.nanoTime() + (long) (s * 1e9);
    }

    void pause() throws InterruptedException {
        Thread.sleep((long) (pollSeconds * 1000)); // polling interval of a condition wait
    }

    Map<String, Object> execution(String id) throws ApiError, InterruptedException {
        return Py.map(api.ok("GET", "/executions/" + id));
    }

    List<Map<String, Object>> listTasks(String exId) throws ApiError, InterruptedException {
        Map<String, Object> js = Py.map(api.ok("GET", "/tasks" + RestClient.query("workflow_execution_id", exId)));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object t : Py.asList(Py.get(js, "tasks", List.of()))) out.add(Py.map(t));
        return out;
    }

    /** Polls the root execution until it is in one of {@code states}. */
    Map<String, Object> waitExecution(List<String> states, Object seconds, String what)
            throws CaseFailure, ApiError, InterruptedException {
        long end = deadline(seconds);
        while (true) {
            Map<String, Object> ex = execution(executionId);
            Object last = ex.get("state");
            if (states.contains(last)) return ex;
            if (System.nanoTime() > end) {
                Object info = ex.get("state_info");
                throw new CaseFailure("timeout waiting for " + what + " state " + String.join("/", states) + " (last "
                        + (last == null ? "None" : last) + ", state_info "
                        + ViewDiff.shorten(norm.text(Py.truthy(info) ? String.valueOf(info) : ""), 200) + ")");
            }
            pause();
        }
    }

    /** Task executions selected by {@code {"task": name, "in": [parent task, ...]}}, oldest first. */
    List<Map<String, Object>> resolveTasks(Map<String, Object> selector) throws ApiError, InterruptedException {
        List<String> exIds = List.of(executionId);
        Object parents = selector.get("in");
        for (Object parent : Py.truthy(parents) ? Py.asList(parents) : List.of()) {
            List<String> next = new ArrayList<>();
            for (String exId : exIds) {
                for (Map<String, Object> t : listTasks(exId)) {
                    if (t.get("name").equals(prefix + parent) || t.get("name").equals(parent)) {
                        Map<String, Object> subs = Py.map(api.ok("GET", "/tasks/" + t.get("id") + "/workflow_executions"));
                        for (Object e : Py.asList(Py.get(subs, "executions", List.of()))) {
                            next.add((String) Py.map(e).get("id"));
                        }
                    }
                }
            }
            exIds = next;
        }
        Object name = selector.get("task");
        List<Map<String, Object>> res = new ArrayList<>();
        for (String exId : exIds) {
            for (Map<String, Object> t : listTasks(exId)) {
                if (name == null || t.get("name").equals(name) || t.get("name").equals(prefix + name)) res.add(t);
            }
        }
        res.sort(byCreation());
        return res;
    }

    /** {@code (created_at or "", id)}: creation order, ties broken by id. */
    static Comparator<Map<String, Object>> byCreation() {
        Comparator<Map<String, Object>> created = Comparator.comparing(
                m -> Py.truthy(m.get("created_at")) ? String.valueOf(m.get("created_at")) : "", PyJson.CODE_POINT_ORDER);
        return created.thenComparing(m -> String.valueOf(m.get("id")), PyJson.CODE_POINT_ORDER);
    }
}
