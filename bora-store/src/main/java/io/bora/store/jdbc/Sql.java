package io.bora.store.jdbc;

import io.bora.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements on the thread's transaction (or an auto-commit connection). Parameters
 * are bound by type: Instants become UTC timestamps truncated to microseconds, enums their name.
 */
public final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTransactions transactions;

    public Sql(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    public JdbcTransactions transactions() {
        return transactions;
    }

    public int update(String sql, Object... params) {
        return transactions.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * An update that may break a unique key. Inside a transaction it runs under a savepoint, so
     * that on PostgreSQL (which aborts the whole transaction on any error) the caller can catch
     * the duplicate and carry on, as it can on H2.
     */
    public int updateGuarded(String sql, Object... params) {
        if (!transactions.active()) return update(sql, params);
        return transactions.withConnection(c -> {
            Savepoint savepoint = c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                int count = ps.executeUpdate();
                c.releaseSavepoint(savepoint);
                return count;
            } catch (SQLException e) {
                c.rollback(savepoint);
                throw e;
            }
        });
    }

    /** A write whose row count nobody needs: held back inside a transaction ({@link JdbcTransactions#holdBack}), run now outside. */
    public void defer(String sql, Object... params) {
        if (!transactions.holdBack(sql, params)) update(sql, params);
    }

    /** {@link #defer} for many rows of one statement. */
    public void deferAll(String sql, Collection<Object[]> rows) {
        for (Object[] row : rows) defer(sql, row);
    }

    public int[] batch(String sql, Collection<Object[]> rows) {
        if (rows.isEmpty()) return new int[0];
        return transactions.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** One query of {@link #queryAll}. */
    public record Query<T>(String sql, RowMapper<T> mapper, Object... params) {
    }

    /**
     * Runs the queries in order and returns each one's rows. Where the driver takes several
     * statements in one prepared statement (PostgreSQL), they go in one round trip; each still
     * sees what the ones before it did (a row lock taken by the first is held for the others).
     */
    public List<List<?>> queryAll(List<Query<?>> queries) {
        return transactions.withConnection(c -> {
            List<List<?>> out = new ArrayList<>(queries.size());
            if (!transactions.combinesStatements() || queries.size() == 1) {
                for (Query<?> q : queries) out.add(query(c, q.sql(), q.mapper(), q.params()));
                return out;
            }
            List<String> parts = new ArrayList<>(queries.size());
            List<Object> params = new ArrayList<>();
            for (Query<?> q : queries) {
                parts.add(q.sql());
                params.addAll(java.util.Arrays.asList(q.params()));
            }
            String text = CombinedStatements.text(parts);
            try (PreparedStatement ps = c.prepareStatement(text)) {
                bind(ps, params.toArray());
                boolean resultSet = ps.execute();
                for (Query<?> q : queries) {
                    while (!resultSet) {
                        if (ps.getUpdateCount() == -1) throw new SQLException("fewer results than queries: " + text);
                        resultSet = ps.getMoreResults();
                    }
                    try (ResultSet rs = ps.getResultSet()) {
                        out.add(rows(rs, q.mapper()));
                    }
                    resultSet = ps.getMoreResults();
                }
            }
            return out;
        });
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return transactions.withConnection(c -> query(c, sql, mapper, params));
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs, mapper);
            }
        }
    }

    private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        Row row = new Row(rs);
        while (rs.next()) {
            row.reset();
            out.add(mapper.map(row));
        }
        return out;
    }

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            switch (p) {
                case null -> ps.setNull(index, Types.NULL);
                case Instant t -> ps.setObject(index, timestamp(t));
                case Enum<?> e -> ps.setString(index, e.name());
                case String s -> ps.setString(index, s);
                default -> ps.setObject(index, p);
            }
        }
    }

    /** The column value for an Instant: UTC wall time, microsecond precision (both databases keep 6 digits). */
    public static LocalDateTime timestamp(Instant t) {
        return LocalDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static StoreException translate(String what, SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) return new UniqueViolationException(e);
        return new StoreException("Database " + what + " failed: " + e.getMessage(), e);
    }
}
