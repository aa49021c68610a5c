package io.bora.engine.api;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;

import java.util.Map;

/**
 * What the API may ask of the engine. Reads go straight to the repositories; everything that
 * changes an execution goes through here. Failures are {@link BoraException}s with Mistral's
 * message texts.
 */
public interface ExecutionService {
    /** Validates input, creates the execution RUNNING and schedules its start tasks. */
    WorkflowExecution start(StartExecution request);

    /** Pause, resume, cancel, force SUCCESS/ERROR, description, env. */
    WorkflowExecution update(String executionId, ExecutionUpdate update);

    /** Deletes an execution; a non-terminal one only with force (else FORBIDDEN). */
    void delete(String executionId, boolean force);

    /** Reruns a failed task ({@code PUT /v2/tasks/<id>}). */
    TaskExecution rerunTask(String taskExecutionId, boolean reset, Map<String, Object> env);

    /**
     * Delivers an async action's result or changes its state ({@code PUT /v2/action_executions/<id>}).
     * As in Mistral, {@code output} as given is the result (SUCCESS) or the error (ERROR; an
     * empty one becomes {@code "Unknown error"}).
     */
    ActionExecution updateAction(String actionExecutionId, State state, Object output);

    /**
     * Runs an action outside any workflow ({@code POST /v2/action_executions}). With
     * {@code save_result} false and a sync action, nothing is stored and the returned record has
     * a null id.
     */
    ActionExecution runAction(String name, String namespace, Map<String, Object> input,
                              Map<String, Object> params, String description);
}
