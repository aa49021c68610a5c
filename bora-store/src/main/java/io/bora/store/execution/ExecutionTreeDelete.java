package io.bora.store.execution;

import io.bora.store.jdbc.Sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes a workflow execution with everything under it: its tasks, their action executions,
 * the sub-workflows those tasks started (recursively), and the jobs of all of them. Walks down
 * level by level so the number of statements grows with the depth, not with the row count.
 */
final class ExecutionTreeDelete {

    /** Keeps IN lists well below every driver's parameter limit. */
    private static final int CHUNK = 500;

    private final Sql sql;

    ExecutionTreeDelete(Sql sql) {
        this.sql = sql;
    }

    boolean delete(String rootId) {
        List<String> executions = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<String> level = List.of(rootId);
        while (!level.isEmpty()) {
            executions.addAll(level);
            List<String> levelTasks = ids("SELECT id FROM task_executions WHERE workflow_execution_id IN ", level);
            tasks.addAll(levelTasks);
            level = ids("SELECT id FROM workflow_executions WHERE task_execution_id IN ", levelTasks);
        }
        run("DELETE FROM action_executions WHERE task_execution_id IN ", tasks);
        run("DELETE FROM action_executions WHERE workflow_execution_id IN ", executions);
        run("DELETE FROM task_executions WHERE id IN ", tasks);
        run("DELETE FROM jobs WHERE execution_id IN ", executions);
        return run("DELETE FROM workflow_executions WHERE id IN ", executions) > 0;
    }

    private List<String> ids(String prefix, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            out.addAll(sql.query(prefix + placeholders(chunk.size()), row -> row.string(), chunk.toArray()));
        }
        return out;
    }

    private int run(String prefix, List<String> keys) {
        int count = 0;
        for (List<String> chunk : chunks(keys)) {
            count += sql.update(prefix + placeholders(chunk.size()), chunk.toArray());
        }
        return count;
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += CHUNK) out.add(keys.subList(i, Math.min(keys.size(), i + CHUNK)));
        return out;
    }

    private static String placeholders(int n) {
        return "(" + "?, ".repeat(n - 1) + "?)";
    }
}
