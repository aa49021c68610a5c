package io.bora.it.conformance;

import io.bora.it.conformance.RestClient.ApiError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control steps of a case (README "Steps"): waits on execution, task and action states,
 * pause/resume/cancel, completing async actions, task reruns and snapshots. Every PUT records
 * its status (and first fault line) for comparison.
 */
final class CaseSteps {
    private final CaseRun run;
    private final List<Object> results = new ArrayList<>();
    private final Map<String, Object> snapshots = new LinkedHashMap<>();

    CaseSteps(CaseRun run) {
        this.run = run;
    }

    List<Object> results() {
        return results;
    }

    Map<String, Object> snapshots() {
        return snapshots;
    }

    void run(int i, Map<String, Object> step) throws CaseFailure, ApiError, InterruptedException {
        String op = (String) step.get("op");
        Object seconds = step.get("timeout_s");
        Map<String, Object> rec = null;
        switch (op) {
            case "sleep" ->
                // a timed gap the case itself prescribes (e.g. between two timed events)
                    Thread.sleep((long) (Py.number(Py.get(step, "seconds", 1)) * 1000));
            case "wait_execution" -> {
                List<String> states = new ArrayList<>();
                for (Object s : Py.asList(step.get("state"))) states.add((String) s);
                run.waitExecution(states, seconds, "step " + i + " execution");
            }
            case "wait_task" -> waitTask(i, step, seconds);
            case "wait_action" -> {
                int count = (int) Py.number(Py.get(step, "count", 1));
                long end = run.deadline(seconds);
                while (findActions(step).size() < count) {
                    if (System.nanoTime() > end) {
                        throw new CaseFailure("step " + i + ": timeout waiting for action of task " + step.get("task"));
                    }
                    run.pause();
                }
            }
            case "put_execution" -> {
                Object body = run.renamer.fixture(step.get("body"));
                rec = record(op, run.api.call("PUT", "/executions/" + run.executionId, body));
            }
            case "put_action" -> rec = putAction(i, step, seconds);
            case "rerun_task" -> rec = rerunTask(i, step);
            case "snapshot" -> snapshots.put((String) step.get("label"),
                    new CaseView(run).of(run.execution(run.executionId), true));
            default -> throw new CaseFailure("step " + i + ": unknown op " + op);
        }
        if (rec != null) results.add(rec);
    }

    private void waitTask(int i, Map<String, Object> step, Object seconds)
            throws CaseFailure, ApiError, InterruptedException {
        List<Object> want = Py.asList(Py.get(step, "state", "RUNNING"));
        int count = (int) Py.number(Py.get(step, "count", 1));
        long end = run.deadline(seconds);
        while (true) {
            long matching = run.resolveTasks(step).stream().filter(t -> want.contains(t.get("state"))).count();
            if (matching >= count) return;
            if (System.nanoTime() > end) {
                throw new CaseFailure("step " + i + ": timeout waiting for task " + step.get("task") + " in " + want);
            }
            run.pause();
        }
    }

    private Map<String, Object> putAction(int i, Map<String, Object> step, Object seconds)
            throws CaseFailure, ApiError, InterruptedException {
        long end = run.deadline(seconds);
        List<Map<String, Object>> actions;
        while ((actions = findActions(step)).isEmpty()) {
            if (System.nanoTime() > end) {
                throw new CaseFailure("step " + i + ": no action execution for task " + step.get("task"));
            }
            run.pause();
        }
        Map<String, Object> body = Py.map(PyJson.copy(run.renamer.fixture(step.get("body"))));
        // the case gives the output as a JSON value; the API takes it JSON-encoded
        if (body.containsKey("output")) body.put("output", PyJson.write(body.get("output")));
        if (body.containsKey("raw_output")) body.put("output", body.remove("raw_output"));
        return record("put_action", run.api.call("PUT", "/action_executions/" + actions.get(0).get("id"), body));
    }

    private Map<String, Object> rerunTask(int i, Map<String, Object> step)
            throws CaseFailure, ApiError, InterruptedException {
        Object taskState = Py.get(step, "task_state", "ERROR");
        List<Map<String, Object>> tasks = run.resolveTasks(step).stream()
                .filter(t -> taskState.equals(t.get("state"))).toList();
        if (tasks.isEmpty()) {
            throw new CaseFailure("step " + i + ": no task " + step.get("task") + " in state " + taskState + " to rerun");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", "RUNNING");
        body.put("reset", Py.truthy(Py.get(step, "reset", true)));
        if (step.containsKey("env")) body.put("env", PyJson.write(run.renamer.fixture(step.get("env"))));
        return record("rerun_task", run.api.call("PUT", "/tasks/" + tasks.get(tasks.size() - 1).get("id"), body));
    }

    private Map<String, Object> record(String op, RestClient.Reply reply) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("op", op);
        rec.put("status", reply.status());
        if (reply.status() >= 300) rec.putAll(run.faultView(reply));
        return rec;
    }

    /** Action executions of the selected tasks in the wanted state whose input matches, oldest first. */
    private List<Map<String, Object>> findActions(Map<String, Object> step) throws ApiError, InterruptedException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> t : run.resolveTasks(step)) {
            Map<String, Object> js = Py.map(run.api.ok("GET", "/tasks/" + t.get("id") + "/action_executions"));
            for (Object a : Py.asList(Py.get(js, "action_executions", List.of()))) all.add(Py.map(a));
        }
        Object wantState = Py.get(step, "action_state", "RUNNING");
        Map<String, Object> match = Py.truthy(step.get("match_input")) ? Py.map(run.renamer.fixture(step.get("match_input"))) : null;
        List<Map<String, Object>> res = new ArrayList<>();
        for (Map<String, Object> a : all) {
            if (Py.truthy(wantState) && !wantState.equals(a.get("state"))) continue;
            if (match != null && !inputMatches(a, match)) continue;
            res.add(a);
        }
        res.sort(CaseRun.byCreation());
        return res;
    }

    private static boolean inputMatches(Map<String, Object> action, Map<String, Object> match) {
        Object parsed = PyJson.parseIfJson(action.get("input"));
        Map<String, Object> input = Py.truthy(parsed) ? Py.map(parsed) : Map.of();
        for (Map.Entry<String, Object> e : match.entrySet()) {
            if (!PyJson.pyEquals(input.get(e.getKey()), e.getValue())) return false;
        }
        return true;
    }
}
