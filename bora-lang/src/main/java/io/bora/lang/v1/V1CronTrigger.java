package io.bora.lang.v1;

import java.util.Map;

/**
 * A cron trigger to create for a periodic event (seed-v1.md §3): it starts {@code workflowName}
 * (the workflow towards the event's task) with {@code workflowParams} and an empty input.
 * {@code name} is {@code <workbook>.<event>} (plus {@code .<task>} when the event starts several
 * tasks), so that workbooks cannot clash and a re-upload can replace its own triggers.
 */
public record V1CronTrigger(String name, String pattern, String workflowName, Map<String, Object> workflowParams) {
    public V1CronTrigger {
        workflowParams = Map.copyOf(workflowParams);
    }
}
