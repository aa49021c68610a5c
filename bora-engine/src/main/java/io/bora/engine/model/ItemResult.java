package io.bora.engine.model;

import java.time.Instant;

/**
 * What a with-items task's result is made of, per action execution of the task: its item index,
 * whether its attempt counts, the action's result and when the action was created. Much smaller than the action execution
 * (no input, params or metadata), for tasks with very many items.
 */
public record ItemResult(String actionExecutionId, int itemIndex, boolean accepted, Object result, Instant createdAt) {

    public static ItemResult of(ActionExecution a) {
        return new ItemResult(a.id(), a.itemIndex(), a.accepted(), a.output() == null ? null : a.output().get("result"),
                a.createdAt());
    }
}
