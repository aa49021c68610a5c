package io.bora.engine.api;

import java.util.Map;

/**
 * A request to start a workflow ({@code POST /v2/executions}).
 *
 * @param workflowId   preferred over the name when both are given
 * @param id           client-chosen execution id (idempotent start), or null
 * @param sourceExecutionId copy workflow, input, params and description from this execution
 */
public record StartExecution(
        String workflowId,
        String workflowName,
        String workflowNamespace,
        Map<String, Object> input,
        Map<String, Object> params,
        String description,
        String id,
        String sourceExecutionId) {
}
