package io.bora.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine recorded (read straight from the database once the nodes are done) checked
 * against what the outside world saw (the {@link CallCounter}). The rules:
 * <ul>
 *   <li>nothing lost: every started execution is there and finished (SUCCESS or ERROR);</li>
 *   <li>an ERROR is explained: some action of the execution was failed as redelivered (a node
 *       died while running it and the task does not allow safe-rerun);</li>
 *   <li>no action ran twice: a key's calls never exceed the action executions (attempts) the
 *       engine recorded for it;</li>
 *   <li>no timer fired twice and nothing was dispatched twice: at most one attempt per key
 *       behind a wait-before timer, a sub-workflow or a with-items item, at most
 *       {@value ChaosWorkflow#MAX_FLAKY_ATTEMPTS} for the retried call (exactly two when nothing
 *       was redelivered), one task execution per task, one sub-workflow per execution;</li>
 *   <li>a successful execution called each of its once-keys exactly once.</li>
 * </ul>
 */
final class ChaosLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A top-level execution of the chaos workflow: its id and the key its calls carry. */
    private record Started(String id, String key) {
    }

    private record Action(String workflowExecutionId, String state, String output, String key) {
    }

    private final Map<String, String[]> workflows = new HashMap<>(); // id -> {state, parent task id, root id}
    private final Map<String, String> taskOwner = new HashMap<>();   // task id -> workflow execution id
    private final Map<String, List<String>> tasksByWorkflow = new HashMap<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Started> mains = new ArrayList<>();

    ChaosLedger(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, state, task_execution_id, root_execution_id, workflow_name, input"
                    + " FROM workflow_executions")) {
                while (rs.next()) {
                    workflows.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4)});
                    if (rs.getString(3) == null && ChaosWorkflow.MAIN.equals(rs.getString(5))) {
                        mains.add(new Started(rs.getString(1), JSON.readTree(rs.getString(6)).get("key").asText()));
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("unreadable execution input", e);
            }
            try (ResultSet rs = s.executeQuery("SELECT id, workflow_execution_id, name FROM task_executions")) {
                while (rs.next()) {
                    taskOwner.put(rs.getString(1), rs.getString(2));
                    tasksByWorkflow.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT workflow_execution_id, state, output, input FROM action_executions")) {
                while (rs.next()) actions.add(new Action(rs.getString(1), rs.getString(2), rs.getString(3), key(rs.getString(4))));
            }
        }
    }

    /** The idempotency key is the last path segment of the called URL. */
    private static String key(String input) {
        try {
            JsonNode url = input == null ? null : JSON.readTree(input).get("url");
            if (url == null) return null;
            String text = url.asText();
            return text.substring(text.lastIndexOf('/') + 1);
        } catch (Exception e) {
            return null;
        }
    }

    /** The counts and every broken rule; an empty violation list is a pass. */
    record Verdict(Map<String, Integer> counts, List<String> violations) {
    }

    /**
     * @param acknowledged ids of the starts answered 201: each must be in the database. Every
     *                     execution found there is checked, acknowledged or not.
     */
    Verdict check(List<String> acknowledged, CallCounter counter) {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("starts acknowledged", acknowledged.size());
        counts.put("executions in the database", mains.size());
        for (String id : acknowledged) {
            if (!workflows.containsKey(id)) violations.add("acknowledged execution " + id + " was lost");
        }
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, String> rootOf = new HashMap<>();
        for (Map.Entry<String, String[]> w : workflows.entrySet()) rootOf.put(w.getKey(), root(w.getKey()));
        Map<String, Integer> redeliveredByRoot = new HashMap<>();
        Map<String, Integer> subsByRoot = new HashMap<>();
        for (Map.Entry<String, String[]> w : workflows.entrySet()) {
            if (w.getValue()[1] != null) subsByRoot.merge(rootOf.get(w.getKey()), 1, Integer::sum);
        }
        int redelivered = 0;
        for (Action a : actions) {
            if (a.key() != null) attempts.merge(a.key(), 1, Integer::sum);
            if ("ERROR".equals(a.state()) && a.output() != null && a.output().contains("was redelivered")) {
                redelivered++;
                redeliveredByRoot.merge(rootOf.getOrDefault(a.workflowExecutionId(), a.workflowExecutionId()), 1, Integer::sum);
            }
        }
        int success = 0;
        int error = 0;
        for (Started s : mains) {
            String[] w = workflows.get(s.id());
            boolean hadRedelivery = redeliveredByRoot.containsKey(s.id());
            switch (w[0]) {
                case "SUCCESS" -> success++;
                case "ERROR" -> {
                    error++;
                    if (!hadRedelivery) violations.add("execution " + s.id() + " (" + s.key() + ") is ERROR without a redelivered action");
                }
                default -> violations.add("execution " + s.id() + " (" + s.key() + ") did not finish: " + w[0]);
            }
            List<String> tasks = tasksByWorkflow.getOrDefault(s.id(), List.of());
            if (tasks.size() != tasks.stream().distinct().count()) {
                violations.add("execution " + s.id() + " has a task twice: " + tasks);
            }
            if ("SUCCESS".equals(w[0]) && !tasks.containsAll(ChaosWorkflow.MAIN_TASKS)) {
                violations.add("execution " + s.id() + " succeeded without all its tasks: " + tasks);
            }
            if (subsByRoot.getOrDefault(s.id(), 0) > 1) {
                violations.add("execution " + s.id() + " started its sub-workflow " + subsByRoot.get(s.id()) + " times");
            }
            for (String k : ChaosWorkflow.onceKeys(s.key())) {
                int tries = attempts.getOrDefault(k, 0);
                int calls = counter.calls(k);
                if (tries > 1) violations.add(k + ": " + tries + " action executions (dispatched or timer fired twice)");
                if (calls > tries) violations.add(k + ": called " + calls + " times for " + tries + " attempt(s) (ran twice)");
                if ("SUCCESS".equals(w[0]) && calls != 1) violations.add(k + ": called " + calls + " times in a successful execution");
            }
            String flaky = ChaosWorkflow.flakyKey(s.key());
            int flakyTries = attempts.getOrDefault(flaky, 0);
            int flakyCalls = counter.calls(flaky);
            if (flakyTries > ChaosWorkflow.MAX_FLAKY_ATTEMPTS) violations.add(flaky + ": " + flakyTries + " attempts");
            if (flakyCalls > flakyTries) violations.add(flaky + ": called " + flakyCalls + " times for " + flakyTries + " attempt(s) (ran twice)");
            if ("SUCCESS".equals(w[0]) && !hadRedelivery && flakyTries != 2) {
                violations.add(flaky + ": " + flakyTries + " attempts where one failure and one retry were due (retry timer)");
            }
        }
        counts.put("SUCCESS", success);
        counts.put("ERROR (each with a redelivered action)", error);
        counts.put("action executions", actions.size());
        counts.put("actions failed as redelivered", redelivered);
        counts.put("HTTP calls received", counter.total());
        return new Verdict(counts, violations);
    }

    private String root(String id) {
        String current = id;
        for (int depth = 0; depth < 10; depth++) {
            String[] w = workflows.get(current);
            if (w == null || w[1] == null) return current;
            String parent = taskOwner.get(w[1]);
            if (parent == null) return current;
            current = parent;
        }
        return current;
    }
}
