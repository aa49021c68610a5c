package io.bora.store.cluster;

import io.bora.store.jdbc.JdbcTransactions;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.UniqueViolationException;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The {@code nodes} table: which nodes share this database, with their roles and when each was
 * last seen. Plain statements of their own (no engine transaction): a heartbeat must not wait
 * for, nor roll back with, anybody's work.
 */
public final class NodeRegistry {

    /** One node as last reported; roles in lower case, as given on the command line. */
    public record Member(String name, List<String> roles, Instant startedAt, Instant lastSeen) {
    }

    private final Sql sql;

    public NodeRegistry(DataSource dataSource) {
        this.sql = new Sql(new JdbcTransactions(dataSource));
    }

    /**
     * Records that {@code name} is alive at {@code now}. An update first (the usual case), an
     * insert for a new node; a concurrent insert of the same name falls back to the update.
     * Portable on purpose: MERGE is not in PostgreSQL 14, ON CONFLICT not in H2.
     */
    public void heartbeat(String name, Collection<String> roles, Instant startedAt, Instant now) {
        String joined = String.join(",", roles);
        if (update(name, joined, startedAt, now) == 1) return;
        try {
            sql.update("INSERT INTO nodes (name, roles, started_at, last_seen) VALUES (?, ?, ?, ?)",
                    name, joined, startedAt, now);
        } catch (UniqueViolationException raced) {
            update(name, joined, startedAt, now);
        }
    }

    private int update(String name, String roles, Instant startedAt, Instant now) {
        return sql.update("UPDATE nodes SET roles = ?, started_at = ?, last_seen = ? WHERE name = ?",
                roles, startedAt, now, name);
    }

    /** Nodes whose last heartbeat is at or after {@code since}, by name. */
    public List<Member> seenSince(Instant since) {
        return sql.query("SELECT name, roles, started_at, last_seen FROM nodes WHERE last_seen >= ? ORDER BY name",
                r -> new Member(r.string(), split(r.string()), r.instant(), r.instant()), since);
    }

    /** A node that stops gracefully leaves at once instead of fading out. */
    public void leave(String name) {
        sql.update("DELETE FROM nodes WHERE name = ?", name);
    }

    private static List<String> split(String roles) {
        return roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }
}
