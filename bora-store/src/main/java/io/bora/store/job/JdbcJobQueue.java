package io.bora.store.job;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.JobQueue;
import io.bora.store.dialect.Dialect;
import io.bora.store.jdbc.Sql;
import io.bora.store.json.JsonCodec;
import io.bora.store.notify.JobNotifier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The jobs table as a queue: claims are leases (claimed_by, claimed_until) that expire. */
public final class JdbcJobQueue implements JobQueue {

    private final Sql sql;
    private final JobTable table;
    private static final String DELETE = "DELETE FROM jobs WHERE id = ?";
    private final ClaimStrategy claims;
    /** Wakes the other nodes once the enqueuing transaction has committed (PostgreSQL NOTIFY). */
    private final JobNotifier notifier;

    public JdbcJobQueue(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.table = new JobTable(sql);
        this.notifier = JobNotifier.forDialect(dialect.name(), sql);
        this.claims = dialect.supportsUpdateReturning() ? new ReturningClaim(sql, table) : new SelectThenUpdateClaim(sql, table);
    }

    @Override
    public void enqueue(Job job) {
        table.insert(job);
        notifier.jobsEnqueued();
    }

    @Override
    public void enqueueAll(Collection<Job> jobs) {
        if (jobs.isEmpty()) return;
        table.insertAllDeferred(new ArrayList<>(jobs));
        notifier.jobsEnqueued();
    }

    /** {@inheritDoc} No notification: the enqueuing node runs these itself. */
    @Override
    public void enqueueClaimed(Collection<Job> jobs, String node, Instant leaseUntil) {
        if (jobs.isEmpty()) return;
        table.insertClaimed(new ArrayList<>(jobs), node, leaseUntil);
    }

    /** {@inheritDoc} Each claim adds one to the job's {@code attempts}; claimed jobs come in (dueAt, createdAt) order. */
    @Override
    public List<Job> claim(Set<JobKind> kinds, Set<String> targets, String node, Instant now, Duration lease, int max) {
        if (kinds.isEmpty() || max <= 0) return List.of();
        Set<String> routed = targets == null ? Set.of() : targets;
        return claims.claim(new ClaimRequest(kinds, routed, node, now, now.plus(lease), max));
    }

    @Override
    public void complete(String jobId) {
        sql.defer(DELETE, jobId);
    }

    @Override
    public void completeAll(Collection<String> jobIds) {
        sql.deferAll(DELETE, jobIds.stream().map(id -> new Object[]{id}).toList());
    }

    /** {@inheritDoc} Claimed jobs are removed too: a cancelled timer must not fire again after a lease expires. */
    @Override
    public int cancel(String executionId, JobKind kind, String payloadKey, String payloadValue) {
        return sql.transactions().inTransaction(() -> {
            List<String[]> rows = executionId == null
                    ? sql.query("SELECT id, payload FROM jobs WHERE execution_id IS NULL AND kind = ?",
                            r -> new String[]{r.string(), r.jsonText()}, kind)
                    : sql.query("SELECT id, payload FROM jobs WHERE execution_id = ? AND kind = ?",
                            r -> new String[]{r.string(), r.jsonText()}, executionId, kind);
            int removed = 0;
            for (String[] row : rows) {
                Map<String, Object> payload = JsonCodec.readMap(row[1]);
                Object value = payload == null ? null : payload.get(payloadKey);
                if (payload != null && payload.containsKey(payloadKey)
                        && Objects.equals(value == null ? null : String.valueOf(value), payloadValue)) {
                    removed += sql.update("DELETE FROM jobs WHERE id = ?", row[0]);
                }
            }
            return removed;
        });
    }

    @Override
    public int releaseAll(String node) {
        return sql.update("UPDATE jobs SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?", node);
    }

    /**
     * {@inheritDoc} A job under a lease counts from the moment its lease ends, so a poller also
     * wakes in time to take over the work of a node that died.
     */
    @Override
    public Instant nextDue(Set<JobKind> kinds) {
        if (kinds.isEmpty()) return null;
        String text = "SELECT MIN(CASE WHEN claimed_until IS NULL OR claimed_until < due_at THEN due_at"
                + " ELSE claimed_until END) FROM jobs WHERE kind IN (" + "?, ".repeat(kinds.size() - 1) + "?)";
        List<Instant> min = sql.query(text, r -> r.instant(), kinds.toArray());
        return min.isEmpty() ? null : min.getFirst();
    }

    /** Gives a claimed job back to the queue, due again at {@code dueAt} (retry with back-off). */
    public void reschedule(String jobId, Instant dueAt) {
        sql.update("UPDATE jobs SET claimed_by = NULL, claimed_until = NULL, due_at = ? WHERE id = ?", dueAt, jobId);
    }

    /** Extends the lease of a job the node still holds; false when the lease was lost meanwhile. */
    public boolean extendLease(String jobId, String node, Instant until) {
        return sql.update("UPDATE jobs SET claimed_until = ? WHERE id = ? AND claimed_by = ?", until, jobId, node) == 1;
    }

    /** Jobs currently in the table (tests, diagnostics). */
    public long size() {
        return sql.query("SELECT COUNT(*) FROM jobs", r -> (long) r.integer()).getFirst();
    }
}
