package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** Prints GET /v2/executions/ID/report as the mistral CLI's execution-get-report does: statistics, then a tree. */
final class ExecutionReport {
    private static final int INDENT = 4;
    private static final String FRAME = "=".repeat(30);

    private final PrintStream out;

    ExecutionReport(PrintStream out) {
        this.out = out;
    }

    void print(JsonNode report) {
        line("\nTo get more details on a task failure run: mistral task-get <id> -c 'State info'\n", 0);
        line(FRAME + " General Statistics " + FRAME + "\n", 0);
        statistics(report.path("statistics"));
        if (report.has("root_workflow_execution")) {
            line(FRAME + " Workflow Execution Tree " + FRAME + "\n", 0);
            workflow(report.get("root_workflow_execution"), 0);
        }
    }

    private void statistics(JsonNode s) {
        line("Number of tasks in SUCCESS state: " + s.path("success_tasks_count").asText(), 0);
        line("Number of tasks in ERROR state: " + s.path("error_tasks_count").asText(), 0);
        line("Number of tasks in RUNNING state: " + s.path("running_tasks_count").asText(), 0);
        line("Number of tasks in IDLE state: " + s.path("idle_tasks_count").asText(), 0);
        line("Number of tasks in PAUSED state: " + s.path("paused_tasks_count").asText() + "\n", 0);
        if (s.has("estimated_time")) {
            line("Estimated time (seconds) for the execution to finish: " + s.get("estimated_time").asText() + "\n", 0);
        }
    }

    private void workflow(JsonNode wf, int level) {
        line(entry("workflow", wf), level);
        wf.path("task_executions").forEach(t -> task(t, level + 1));
    }

    private void task(JsonNode t, int level) {
        line(entry("task", t), level);
        if (t.has("retry_count")) {
            line("(retry count: " + t.get("retry_count").asText() + ")", level);
        }
        if (t.path("state").asText().equals("ERROR") && hasText(t, "state_info")) {
            line("(error info: " + first100(t.get("state_info").asText()).replace('\n', ' ') + "...)", level);
        }
        t.path("action_executions").forEach(a -> action(a, level + 1));
        t.path("workflow_executions").forEach(w -> workflow(w, level + 1));
    }

    private void action(JsonNode a, int level) {
        line(entry("action", a), level);
        if (a.path("state").asText().equals("ERROR") && hasText(a, "state_info")) {
            line("(error info: " + first100(a.get("state_info").asText()) + "...)", level);
        }
    }

    private static String entry(String kind, JsonNode node) {
        return kind + " '" + node.path("name").asText() + "' [" + node.path("state").asText() + "] "
                + node.path("id").asText();
    }

    private static boolean hasText(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isEmpty();
    }

    private static String first100(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100);
    }

    private void line(String text, int level) {
        out.print(" ".repeat(level * INDENT) + text + "\n");
    }
}
