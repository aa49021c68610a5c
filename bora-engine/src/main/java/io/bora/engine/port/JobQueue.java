package io.bora.engine.port;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The durable work queue (outbox and timers in one table). Claiming uses
 * {@code FOR UPDATE SKIP LOCKED} so each due job goes to exactly one node; a claim is a lease
 * that expires, after which another node may claim the job again.
 */
public interface JobQueue {
    void enqueue(Job job);

    void enqueueAll(Collection<Job> jobs);

    /**
     * Enqueues jobs already leased to {@code node} until {@code leaseUntil} (attempt 1): the node that
     * commits them runs them at once, without a claim round trip. If it dies, the lease expires and
     * another node claims them as usual.
     */
    void enqueueClaimed(Collection<Job> jobs, String node, Instant leaseUntil);

    /**
     * Claims up to {@code max} jobs of the given kinds with {@code dueAt <= now} that are not
     * leased (or whose lease expired), leasing them to {@code node} for {@code lease}.
     * {@code targets}: for RUN_ACTION, only jobs whose target is null or in this set.
     */
    List<Job> claim(Set<JobKind> kinds, Set<String> targets, String node, Instant now, Duration lease, int max);

    /** Removes a finished job. */
    void complete(String jobId);

    /** Removes finished jobs; a store may do it in one round trip. */
    default void completeAll(Collection<String> jobIds) {
        jobIds.forEach(this::complete);
    }

    /** Removes pending jobs of an execution matching a kind and a payload key/value (e.g. a timer). */
    int cancel(String executionId, JobKind kind, String payloadKey, String payloadValue);

    /**
     * Heartbeat of a running job: extends its lease while {@code node} still holds it. Returns false
     * when the lease was lost (expired and taken by another node).
     */
    boolean extendLease(String jobId, String node, Instant until);

    /** Releases every lease held by a node (graceful shutdown, or a node that restarts). */
    int releaseAll(String node);

    /** Earliest dueAt among unclaimed jobs of these kinds, or null: lets pollers sleep precisely. */
    Instant nextDue(Set<JobKind> kinds);
}
