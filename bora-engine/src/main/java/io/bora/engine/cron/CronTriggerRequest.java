package io.bora.engine.cron;

import java.util.Map;

/**
 * {@code POST /v2/cron_triggers} as the service needs it.
 *
 * @param workflowId         preferred over the name when both are given
 * @param firstExecutionTime {@code YYYY-MM-DD HH:MM} (Mistral) or {@code YYYY-MM-DD HH:MM:SS} (Bora), UTC
 * @param remainingExecutions null = unlimited
 */
public record CronTriggerRequest(
        String name,
        String pattern,
        String workflowName,
        String workflowId,
        String workflowNamespace,
        Map<String, Object> workflowInput,
        Map<String, Object> workflowParams,
        String firstExecutionTime,
        Integer remainingExecutions,
        String scope) {
}
