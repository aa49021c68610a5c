package io.bora.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One call of an action: by a task (taskExecutionId set) or directly through the API.
 *
 * @param output       {@code {"result": value}} on success, {@code {"result": error}} on failure
 * @param accepted     the result counts for its task (false for superseded retries and reruns)
 * @param itemIndex    with-items iteration index (0 for plain tasks)
 * @param async        completed from outside through the API, not by the executor
 * @param runner       node that claimed the action (for heartbeats and recovery), null if none
 */
public record ActionExecution(
        String id,
        String name,
        String taskExecutionId,
        String taskName,
        String workflowExecutionId,
        String workflowName,
        String workflowNamespace,
        State state,
        String stateInfo,
        boolean accepted,
        Map<String, Object> input,
        Map<String, Object> output,
        Map<String, Object> params,
        String description,
        List<String> tags,
        int itemIndex,
        boolean async,
        String runner,
        Instant lastHeartbeat,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {
}
