package io.bora.engine.model;

import java.util.Set;

/**
 * Keys the engine keeps for itself in task runtime contexts and execution params. They are not
 * Mistral fields; the API leaves them out of responses.
 */
public final class EngineKeys {
    private EngineKeys() {
    }

    public static final Set<String> TASK_RUNTIME_CONTEXT = Set.of("attempt_started", "with_items_progress",
            "action_outputs", "resume_transitions_from", "pause_before_policy", "wait_after_policy");

    public static final Set<String> EXECUTION_PARAMS = Set.of("parent_execution_id");
}
