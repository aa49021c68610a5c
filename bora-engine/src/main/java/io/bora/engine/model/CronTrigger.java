package io.bora.engine.model;

import java.time.Instant;
import java.util.Map;

/**
 * A schedule that starts a workflow (spec rest-api.md §9). {@code nextExecutionTime} is the due
 * time of the one CRON job that stands for the trigger in the job queue.
 *
 * @param remainingExecutions firings left; null = unlimited. The trigger is deleted when it reaches 0.
 */
public record CronTrigger(
        String id,
        String name,
        String pattern,
        String workflowName,
        String workflowId,
        Map<String, Object> workflowInput,
        Map<String, Object> workflowParams,
        Instant firstExecutionTime,
        Instant nextExecutionTime,
        Integer remainingExecutions,
        String scope,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {

    /** The same trigger after a firing: next time, remaining count and update time changed. */
    public CronTrigger advanced(Instant next, Integer remaining, Instant now) {
        return new CronTrigger(id, name, pattern, workflowName, workflowId, workflowInput, workflowParams,
                firstExecutionTime, next, remaining, scope, projectId, createdAt, now);
    }
}
