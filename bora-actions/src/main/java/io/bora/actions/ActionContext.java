package io.bora.actions;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What an action knows about where it runs (Mistral's {@code context.execution}).
 * Workflow and task fields are null for actions run directly through {@code POST /v2/action_executions}.
 *
 * @param callbackUrl where an async action's result is delivered, e.g. {@code http://host:8989/v2/action_executions/<id>}
 * @param timeout     the task's timeout, or null for none; long-running actions bound their waits by it
 * @param cancelled   polled by long-running actions so that a cancelled or timed-out execution stops early
 */
public record ActionContext(String actionExecutionId, String taskExecutionId, String taskName,
                            String workflowExecutionId, String workflowName, String callbackUrl,
                            Duration timeout, BooleanSupplier cancelled) {

    public ActionContext {
        if (cancelled == null) {
            cancelled = () -> false;
        }
    }

    /** A context for an action run on its own, outside any workflow. */
    public static ActionContext standalone(String actionExecutionId) {
        return new ActionContext(actionExecutionId, null, null, null, null, null, null, () -> false);
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
