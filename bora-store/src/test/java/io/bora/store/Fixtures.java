package io.bora.store;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Environment;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.model.Workbook;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records with every field set to something distinctive, so that a lost column shows. */
final class Fixtures {

    static final String PROJECT = "<default-project>";
    /** Microsecond precision on purpose: the store must keep all six digits. */
    static final Instant T0 = Instant.parse("2026-11-27T04:01:21.123456Z");

    private Fixtures() {
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @SafeVarargs
    static <K, V> Map<K, V> map(Object... kv) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        @SuppressWarnings("unchecked") Map<K, V> out = (Map<K, V>) m;
        return out;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** A nested value with every kind the value model has. */
    static Map<String, Object> richValue() {
        return map(
                "zeta", 1L,
                "alpha", 1.0,
                "big", new BigInteger("1180591620717411303424"),
                "neg", -9223372036854775808L,
                "max", Long.MAX_VALUE,
                "float", 3.141592653589793,
                "tiny", 1.0E-300,
                "bool", true,
                "none", null,
                "text", "héllo \"wörld\" \\ 日本語 🚀\n\ttab",
                "list", list(1L, "two", 3.5, false, null, list(), map()),
                "nested", map("b", map("c", list(map("d", 0L)))));
    }

    static Workbook workbook(String name, Instant created) {
        return new Workbook(id(), name, "", "version: '2.0'\nname: " + name + "\n", List.of("t1", "t2"),
                "private", PROJECT, created, null);
    }

    static WorkflowDefinition workflow(String name, String namespace, Instant created) {
        return new WorkflowDefinition(id(), name, namespace, "---\nversion: '2.0'\n" + name + ":\n  tasks: {}\n",
                List.of("a", "b"), "private", null, PROJECT, created, null);
    }

    static ActionDefinition action(String name, Instant created) {
        return new ActionDefinition(id(), name, "", name + ":\n  base: std.echo\n", "greets", "name, unused=5",
                List.of("x"), "public", "wb", PROJECT, created, at(100));
    }

    static Environment environment(String name, Instant created) {
        return new Environment(id(), name, "desc " + name, map("k", "v", "n", 5L), "private", PROJECT, created, null);
    }

    static WorkflowExecution execution(String workflowName, State state, Instant created) {
        return new WorkflowExecution(id(), id(), workflowName, "", "d " + workflowName, List.of("a"),
                "wf:\n  tasks: {}\n", state, state == State.ERROR ? "boom" : null, map("x", "hello", "y", 5L),
                map("res", "hello"), map("namespace", "", "env", map()), map("__execution", map("id", "e")),
                null, null, PROJECT, created, created.plusSeconds(1));
    }

    static WorkflowExecution subExecution(WorkflowExecution parent, TaskExecution task, Instant created) {
        WorkflowExecution e = execution("sub", State.RUNNING, created);
        return new WorkflowExecution(e.id(), e.workflowId(), e.workflowName(), e.workflowNamespace(), e.description(),
                e.tags(), e.spec(), e.state(), e.stateInfo(), e.input(), e.output(), e.params(), e.context(),
                task.id(), parent.rootExecutionId() == null ? parent.id() : parent.rootExecutionId(), e.projectId(),
                e.createdAt(), e.updatedAt());
    }

    static TaskExecution task(WorkflowExecution ex, String name, State state, Instant created) {
        return new TaskExecution(id(), name, ex.id(), ex.workflowId(), ex.workflowName(), "", TaskType.ACTION,
                List.of("tt"), state, null, map("triggered_by", list(map("task_id", "x", "event", "on-success"))),
                map("in", 1L), map("r", "hello"), "hello", true, List.of(List.of("next", "on-success")),
                false, true, null, PROJECT, created, created.plusSeconds(1), created, created.plusSeconds(2));
    }

    static ActionExecution actionExecution(TaskExecution task, String name, Instant created) {
        return new ActionExecution(id(), name, task == null ? null : task.id(), task == null ? null : task.name(),
                task == null ? null : task.workflowExecutionId(), task == null ? null : task.workflowName(), "",
                State.SUCCESS, null, true, map("output", "hello"), map("result", "hello"), map("save_result", true),
                "", null, 0, false, "node-1", created.plusMillis(500), PROJECT, created, created.plusSeconds(1));
    }

    static Job job(JobKind kind, String executionId, Instant due, Instant created, Map<String, Object> payload) {
        return new Job(id(), kind, executionId, payload, due, null, 0, PROJECT, created);
    }
}
