package io.bora.store.job;

import io.bora.engine.model.Job;
import io.bora.store.jdbc.Sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * PostgreSQL: one statement, one round trip. The inner SELECT ... FOR UPDATE SKIP LOCKED picks
 * due rows no other claimer is holding; the UPDATE leases them and RETURNING hands them back.
 */
final class ReturningClaim implements ClaimStrategy {

    private final Sql sql;
    private final JobTable table;

    ReturningClaim(Sql sql, JobTable table) {
        this.sql = sql;
        this.table = table;
    }

    @Override
    public List<Job> claim(ClaimRequest r) {
        String text = "UPDATE jobs SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 WHERE id IN ("
                + "SELECT id FROM jobs WHERE " + r.condition()
                + " ORDER BY due_at, created_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + table.columns();
        List<Object> params = new ArrayList<>();
        params.add(r.node());
        params.add(r.leaseUntil());
        params.addAll(r.conditionParams());
        params.add(r.max());
        List<Job> jobs = new ArrayList<>(sql.query(text, table::map, params.toArray()));
        jobs.sort(Comparator.comparing(Job::dueAt).thenComparing(Job::createdAt));
        return jobs;
    }
}
