/**
 * Cron triggers (spec rest-api.md §9) and the CRUD of event triggers (§11).
 *
 * <p>A cron trigger is a row plus exactly one CRON job in the job queue, due at the trigger's
 * {@code next_execution_time}. Any node whose engine loop claims the job fires it in one
 * transaction ({@link io.bora.engine.cron.CronFiring}): lock the row, start the execution, count
 * down (delete at 0), store the next time, enqueue its job, complete the claimed job. The claim
 * (FOR UPDATE SKIP LOCKED) gives each due time to one node; the row lock plus the due time in the
 * job's payload make a job re-claimed after an expired lease a no-op. So a due time fires once
 * across any number of nodes.
 *
 * <p>Missed fires: after downtime a trigger fires once, and its next time is the first match
 * after now (not one firing per missed period, unlike Mistral, which catches up every period).
 *
 * <p>Bora extension: {@code first_execution_time} also takes seconds ({@code YYYY-MM-DD HH:MM:SS});
 * it must then only lie in the future, while Mistral's minute form must be at least 60 s ahead.
 *
 * <p>Time comes from the {@link io.bora.engine.port.Clock} port, so tests use a fake clock.
 */
package io.bora.engine.cron;
