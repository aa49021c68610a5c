package io.bora.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes of one transaction whose row counts nobody reads (an engine step's inserts, updates and
 * job removals), held back and sent together: before the transaction's next statement and before
 * its commit, in the order they were made. Where the driver takes several statements in one
 * prepared statement (PostgreSQL), a step's handful of writes costs one round trip instead of one
 * each; long runs of the same statement go as a JDBC batch.
 */
final class DeferredWrites {
    /** Runs of one statement at least this long go as a batch of their own. */
    private static final int BATCH_RUN = 4;
    /** At most this many statements in one combined prepared statement. */
    private static final int MAX_COMBINED = 24;

    private record Write(String sql, Object[] params) {
    }

    private final boolean combine;
    private final List<Write> writes = new ArrayList<>();

    /** @param combine whether the driver runs "a; b; c" with parameters as one prepared statement */
    DeferredWrites(boolean combine) {
        this.combine = combine;
    }

    void add(String sql, Object[] params) {
        writes.add(new Write(sql, params));
    }

    boolean isEmpty() {
        return writes.isEmpty();
    }

    /** Sends every held write on {@code c}; afterwards none is held, whether they succeeded or not. */
    void flush(Connection c) throws SQLException {
        if (writes.isEmpty()) return;
        try {
            List<Write> small = new ArrayList<>();
            int i = 0;
            while (i < writes.size()) {
                int j = i + 1;
                while (j < writes.size() && writes.get(j).sql().equals(writes.get(i).sql())) j++;
                if (j - i >= BATCH_RUN) {
                    send(c, small);
                    small.clear();
                    batch(c, writes.subList(i, j));
                } else {
                    small.addAll(writes.subList(i, j));
                }
                i = j;
            }
            send(c, small);
        } finally {
            writes.clear();
        }
    }

    private void send(Connection c, List<Write> ws) throws SQLException {
        if (!combine) {
            for (Write w : ws) batch(c, List.of(w));
            return;
        }
        for (int from = 0; from < ws.size(); from += MAX_COMBINED) {
            List<Write> chunk = ws.subList(from, Math.min(ws.size(), from + MAX_COMBINED));
            List<String> parts = new ArrayList<>(chunk.size());
            List<Object> params = new ArrayList<>();
            for (Write w : chunk) {
                parts.add(w.sql());
                params.addAll(java.util.Arrays.asList(w.params()));
            }
            try (PreparedStatement ps = c.prepareStatement(CombinedStatements.text(parts))) {
                Sql.bind(ps, params.toArray());
                ps.execute();
            }
        }
    }

    private static void batch(Connection c, List<Write> run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(run.getFirst().sql())) {
            if (run.size() == 1) {
                Sql.bind(ps, run.getFirst().params());
                ps.executeUpdate();
                return;
            }
            for (Write w : run) {
                Sql.bind(ps, w.params());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
