package io.bora.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a workflow. JSON-shaped fields hold the plain value model
 * (null, Boolean, Long/BigInteger, Double, String, List, Map with String keys).
 *
 * @param spec            the workflow definition text this execution runs on: a copy, so that
 *                        updating the definition does not change running executions
 * @param context         Mistral's execution context: {@code __execution}, vars and globally
 *                        published variables
 * @param taskExecutionId the parent task when this is a sub-workflow, else null
 */
public record WorkflowExecution(
        String id,
        String workflowId,
        String workflowName,
        String workflowNamespace,
        String description,
        List<String> tags,
        String spec,
        State state,
        String stateInfo,
        Map<String, Object> input,
        Map<String, Object> output,
        Map<String, Object> params,
        Map<String, Object> context,
        String taskExecutionId,
        String rootExecutionId,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {

    public WorkflowExecution withState(State newState, String newStateInfo, Instant now) {
        return new WorkflowExecution(id, workflowId, workflowName, workflowNamespace, description, tags, spec,
                newState, newStateInfo, input, output, params, context, taskExecutionId, rootExecutionId,
                projectId, createdAt, now);
    }

    public WorkflowExecution withOutput(Map<String, Object> newOutput, Instant now) {
        return new WorkflowExecution(id, workflowId, workflowName, workflowNamespace, description, tags, spec,
                state, stateInfo, input, newOutput, params, context, taskExecutionId, rootExecutionId,
                projectId, createdAt, now);
    }

    public WorkflowExecution withContext(Map<String, Object> newContext, Instant now) {
        return new WorkflowExecution(id, workflowId, workflowName, workflowNamespace, description, tags, spec,
                state, stateInfo, input, output, params, newContext, taskExecutionId, rootExecutionId,
                projectId, createdAt, now);
    }

    public WorkflowExecution withParams(Map<String, Object> newParams, Instant now) {
        return new WorkflowExecution(id, workflowId, workflowName, workflowNamespace, description, tags, spec,
                state, stateInfo, input, output, newParams, context, taskExecutionId, rootExecutionId,
                projectId, createdAt, now);
    }

    public WorkflowExecution withDescription(String newDescription, Instant now) {
        return new WorkflowExecution(id, workflowId, workflowName, workflowNamespace, newDescription, tags, spec,
                state, stateInfo, input, output, params, context, taskExecutionId, rootExecutionId,
                projectId, createdAt, now);
    }
}
