package io.bora.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a task inside a workflow execution.
 *
 * @param inContext      the inbound data context (outbound context of the triggering task)
 * @param published      branch-published variables (null until published)
 * @param result         the task result once known (action result, sub-workflow output, or the
 *                       with-items list); {@link #hasResult} tells a stored null from "not yet"
 * @param nextTasks      transitions that fired: list of [name, event] pairs; empty = end of a path
 * @param errorHandled   an on-error transition fired for this failed task
 * @param processed      the transitions after completion have been computed
 * @param uniqueKey      non-null for join tasks: at most one per workflow execution and name
 */
public record TaskExecution(
        String id,
        String name,
        String workflowExecutionId,
        String workflowId,
        String workflowName,
        String workflowNamespace,
        TaskType type,
        List<String> tags,
        State state,
        String stateInfo,
        Map<String, Object> runtimeContext,
        Map<String, Object> inContext,
        Map<String, Object> published,
        Object result,
        boolean hasResult,
        List<List<String>> nextTasks,
        boolean errorHandled,
        boolean processed,
        String uniqueKey,
        String projectId,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant finishedAt) {
}
