package io.bora.engine.model;

import java.util.Set;

/**
 * Keys the engine keeps for itself in task runtime contexts and execution params. They are not
 * Mistral's (measured against Mistral 15: its runtime contexts hold {@code triggered_by},
 * {@code with_items}, {@code retry_task_policy}, {@code wait_before_policy} and
 * {@code wait_after_policy}); the API leaves them out of responses.
 */
public final class EngineKeys {
    private EngineKeys() {
    }

    /** When the task's current attempt started (timeouts, retries). */
    public static final String ATTEMPT_STARTED = "attempt_started";
    /** A with-items task's counts: started, done, failed, cancelled. */
    public static final String WITH_ITEMS_PROGRESS = "with_items_progress";
    /** The ad-hoc action's {@code output} expressions, applied to its result. */
    public static final String ACTION_OUTPUTS = "action_outputs";
    /** Where a paused workflow resumes a task's transitions. */
    public static final String RESUME_TRANSITIONS_FROM = "resume_transitions_from";
    /** The pause-before policy was applied (Mistral keeps no key for it). */
    public static final String PAUSE_BEFORE_POLICY = "pause_before_policy";
    /** The state and state info a task ends in once its wait-after has passed. */
    public static final String WAIT_AFTER_PENDING = "wait_after_pending";
    /** A sub-workflow's parent execution. */
    public static final String PARENT_EXECUTION_ID = "parent_execution_id";

    public static final Set<String> TASK_RUNTIME_CONTEXT = Set.of(ATTEMPT_STARTED, WITH_ITEMS_PROGRESS,
            ACTION_OUTPUTS, RESUME_TRANSITIONS_FROM, PAUSE_BEFORE_POLICY, WAIT_AFTER_PENDING);

    public static final Set<String> EXECUTION_PARAMS = Set.of(PARENT_EXECUTION_ID);
}
