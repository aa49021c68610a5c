package io.bora.store.job;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Job rows; the claim columns (claimed_by, claimed_until) are the queue's business, not the record's. */
final class JobTable extends Table<Job> {

    JobTable(Sql sql) {
        super(sql, "jobs", List.of("id", "kind", "execution_id", "payload", "due_at", "target", "claimed_by",
                "claimed_until", "attempts", "created_at", "project_id"));
    }

    String columns() {
        return columns;
    }

    @Override
    protected Object[] values(Job j) {
        Instant created = created(j.createdAt());
        return new Object[]{j.id() == null ? UUID.randomUUID().toString() : j.id(), j.kind(), j.executionId(),
                JsonCodec.writeNullable(j.payload()), j.dueAt() == null ? created : j.dueAt(), j.target(), null, null,
                j.attempts(), created, project(j.projectId())};
    }

    /** Inserts jobs already leased to {@code node}: the node runs them itself, nobody claims them first. */
    void insertClaimed(List<Job> jobs, String node, Instant until) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(11, "?"));
        List<Object[]> rows = new java.util.ArrayList<>(jobs.size());
        for (Job j : jobs) {
            Object[] v = values(j);
            v[6] = node;
            v[7] = until;
            v[8] = Math.max(1, j.attempts());
            rows.add(v);
        }
        sql.deferAll("INSERT INTO jobs (" + columns + ") VALUES (" + placeholders + ")", rows);
    }

    @Override
    protected Job map(Row r) throws SQLException {
        String id = r.string();
        JobKind kind = r.enumValue(JobKind.class);
        String executionId = r.string();
        Map<String, Object> payload = r.jsonMap();
        Instant dueAt = r.instant();
        String target = r.string();
        r.string();   // claimed_by
        r.instant();  // claimed_until
        int attempts = r.integer();
        Instant createdAt = r.instant();
        return new Job(id, kind, executionId, payload, dueAt, target, attempts, r.string(), createdAt);
    }
}
