package io.bora.server.rest;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;
import io.bora.engine.model.WorkflowExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execution report and the sub-execution lists over a parent whose second task ran a failed
 * sub-workflow; the expected shapes, counts and lists are what Mistral 15 answered for such a tree.
 */
class ExecutionReportTest {
    @TempDir
    static Path dir;
    static ApiServer server;
    static String root;
    static String m2;

    @BeforeAll
    static void start() {
        server = new ApiServer(dir);
        assertThat(server.postText("/v2/workflows", """
                version: '2.0'
                mom:
                  tasks:
                    m1: {action: std.noop}
                kid:
                  tasks:
                    k1: {action: std.fail}
                """).status()).isEqualTo(201);
        root = (String) server.postJson("/v2/executions", Map.of("workflow_name", "mom")).json().get("id");
        String kid = (String) server.postJson("/v2/executions", Map.of("workflow_name", "kid")).json().get("id");
        task(root, "m1", State.SUCCESS);
        m2 = task(root, "m2", State.ERROR);
        task(kid, "k1", State.ERROR);
        WorkflowExecution k = server.store.executions().findWorkflow(kid).orElseThrow();
        server.store.executions().updateWorkflow(new WorkflowExecution(k.id(), k.workflowId(), k.workflowName(),
                k.workflowNamespace(), k.description(), k.tags(), k.spec(), State.ERROR, "k1 failed", k.input(),
                k.output(), k.params(), k.context(), m2, root, k.projectId(), k.createdAt(), k.updatedAt()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWholeTreeIsCounted() {
        Map<String, Object> report = report("");
        assertThat(stats(report)).containsEntry("total_tasks_count", 3L).containsEntry("success_tasks_count", 1L)
                .containsEntry("error_tasks_count", 2L);
        assertThat(kidEntry(report)).containsKey("task_executions");
    }

    @Test
    void errorsOnlyCountsAndListsOnlyFailedTasks() {
        Map<String, Object> report = report("?errors_only=true");
        assertThat(stats(report)).containsEntry("total_tasks_count", 2L).containsEntry("success_tasks_count", 0L)
                .containsEntry("error_tasks_count", 2L);
        assertThat(rootTasks(report)).extracting(t -> t.get("name")).containsExactly("m2");
    }

    @Test
    void belowMaxDepthASubWorkflowIsListedWithoutItsTasks() {
        Map<String, Object> report = report("?max_depth=0");
        assertThat(stats(report)).containsEntry("total_tasks_count", 2L).containsEntry("error_tasks_count", 1L);
        assertThat(kidEntry(report)).containsEntry("name", "kid").containsEntry("state", "ERROR")
                .doesNotContainKey("task_executions");
    }

    @Test
    void subExecutionListsCountDepthFromWhereTheyStart() {
        assertThat(names("/v2/executions/" + root + "/executions")).containsExactly("mom", "kid");
        assertThat(names("/v2/executions/" + root + "/executions?max_depth=0")).containsExactly("mom");
        assertThat(names("/v2/tasks/" + m2 + "/executions?max_depth=0")).containsExactly("kid");
        assertThat(names("/v2/tasks/" + m2 + "/executions?errors_only=true")).containsExactly("kid");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(String path) {
        return ((List<Map<String, Object>>) server.get(path).json().get("executions")).stream()
                .map(e -> e.get("workflow_name")).toList();
    }

    private static String task(String executionId, String name, State state) {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        server.store.executions().insertTask(new TaskExecution(id, name, executionId, null, "wf", "", TaskType.ACTION,
                List.of(), state, null, Map.of(), Map.of(), Map.of(), null, true, List.of(), false, false, null,
                "<default-project>", now, now, now, now));
        return id;
    }

    private static Map<String, Object> report(String query) {
        return server.get("/v2/executions/" + root + "/report" + query).json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(Map<String, Object> report) {
        return (Map<String, Object>) report.get("statistics");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rootTasks(Map<String, Object> report) {
        return (List<Map<String, Object>>) ((Map<String, Object>) report.get("root_workflow_execution")).get("task_executions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kidEntry(Map<String, Object> report) {
        Map<String, Object> m2 = rootTasks(report).stream().filter(t -> t.get("name").equals("m2")).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) m2.get("workflow_executions")).getFirst();
    }
}
