package io.bora.engine.cron;

import io.bora.engine.model.CronTrigger;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CRON job that stands for a trigger's next firing. Its id is derived from the trigger and
 * the due time, so enqueuing the same firing twice is impossible (primary key), and its payload
 * names the due time, so a firing that was already done is recognised as stale.
 */
final class CronJobs {
    static final String TRIGGER_ID = "trigger_id";
    static final String DUE = "due";

    private CronJobs() {
    }

    static Job next(CronTrigger trigger, Instant now) {
        Instant due = trigger.nextExecutionTime();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(TRIGGER_ID, trigger.id());
        payload.put(DUE, due.toString());
        return new Job("cron-" + trigger.id() + "-" + due.toEpochMilli(), JobKind.CRON, null, payload, due, null, 0,
                trigger.projectId(), now);
    }

    static String triggerId(Job job) {
        return (String) job.payload().get(TRIGGER_ID);
    }

    static Instant due(Job job) {
        Object due = job.payload().get(DUE);
        return due == null ? job.dueAt() : Instant.parse(due.toString());
    }
}
