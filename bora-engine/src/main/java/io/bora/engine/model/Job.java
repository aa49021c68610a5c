package io.bora.engine.model;

import java.time.Instant;
import java.util.Map;

/**
 * A unit of durable work: an action to run, an engine event to apply, or a timer. Jobs are
 * written in the same transaction as the state change that caused them (the outbox), and
 * claimed by a node only when {@code dueAt} has passed, so timers are simply jobs due later.
 *
 * @param executionId the workflow execution the job belongs to (its serialisation key); may be
 *                    null for jobs that belong to no execution (e.g. cron firings)
 * @param target      executor routing ({@code target:} of the task), null = any executor
 */
public record Job(
        String id,
        JobKind kind,
        String executionId,
        Map<String, Object> payload,
        Instant dueAt,
        String target,
        int attempts,
        String projectId,
        Instant createdAt) {
}
