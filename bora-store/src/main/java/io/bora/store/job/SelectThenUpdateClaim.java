package io.bora.store.job;

import io.bora.engine.model.Job;
import io.bora.store.jdbc.Sql;

import java.util.ArrayList;
import java.util.List;

/**
 * H2 (no UPDATE ... RETURNING): in one transaction, lock the due rows with SELECT ... FOR UPDATE
 * SKIP LOCKED, then lease each with an UPDATE that repeats the "not leased" guard. The guard is
 * what makes the claim exclusive even if the database re-reads a row another claimer has just
 * committed: only rows whose UPDATE counted are returned.
 */
final class SelectThenUpdateClaim implements ClaimStrategy {

    private final Sql sql;
    private final JobTable table;

    SelectThenUpdateClaim(Sql sql, JobTable table) {
        this.sql = sql;
        this.table = table;
    }

    @Override
    public List<Job> claim(ClaimRequest r) {
        return sql.transactions().inTransaction(() -> {
            List<Object> params = new ArrayList<>(r.conditionParams());
            params.add(r.max());
            List<Job> candidates = sql.query("SELECT " + table.columns() + " FROM jobs WHERE " + r.condition()
                    + " ORDER BY due_at, created_at FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED",
                    table::map, params.toArray());
            if (candidates.isEmpty()) return List.of();
            List<Object[]> updates = new ArrayList<>(candidates.size());
            for (Job j : candidates) {
                updates.add(new Object[]{r.node(), r.leaseUntil(), j.id(), r.now()});
            }
            int[] counts = sql.batch("UPDATE jobs SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1"
                    + " WHERE id = ? AND (claimed_until IS NULL OR claimed_until <= ?)", updates);
            List<Job> claimed = new ArrayList<>(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                if (counts[i] == 1) {
                    Job j = candidates.get(i);
                    claimed.add(new Job(j.id(), j.kind(), j.executionId(), j.payload(), j.dueAt(), j.target(),
                            j.attempts() + 1, j.projectId(), j.createdAt()));
                }
            }
            return claimed;
        });
    }
}
