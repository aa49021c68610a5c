package io.bora.store.jdbc;

import io.bora.engine.port.Clock;
import io.bora.engine.port.ListQuery;
import io.bora.store.query.PageQuery;
import io.bora.store.query.Resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The plain statements every table of one record type needs. The first column is the id; a
 * subclass gives the column values of a record in column order and maps a row back.
 */
public abstract class Table<T> {

    public static final String DEFAULT_PROJECT = "<default-project>";

    protected final Sql sql;
    protected final String name;
    protected final String columns;
    private final String insertSql;
    private final String updateSql;
    private final String selectById;
    private final int columnCount;

    protected Table(Sql sql, String name, List<String> columnNames) {
        this.sql = sql;
        this.name = name;
        this.columns = String.join(", ", columnNames);
        this.columnCount = columnNames.size();
        this.insertSql = "INSERT INTO " + name + " (" + columns + ") VALUES ("
                + "?, ".repeat(columnNames.size() - 1) + "?)";
        StringBuilder set = new StringBuilder();
        for (String c : columnNames.subList(1, columnNames.size())) {
            set.append(set.isEmpty() ? "" : ", ").append(c).append(" = ?");
        }
        this.updateSql = "UPDATE " + name + " SET " + set + " WHERE " + columnNames.getFirst() + " = ?";
        this.selectById = "SELECT " + columns + " FROM " + name + " WHERE id = ?";
    }

    /** Column values of a record, in the order of the column list, id first. */
    protected abstract Object[] values(T record);

    protected abstract T map(Row row) throws java.sql.SQLException;

    public void insert(T record) {
        sql.update(insertSql, values(record));
    }

    /** Insert that leaves the surrounding transaction usable when it breaks a unique key. */
    public void insertGuarded(T record) {
        sql.updateGuarded(insertSql, values(record));
    }

    /** Replaces the row with the record's id; false when there is none. */
    public boolean update(T record) {
        return sql.update(updateSql, updateParams(record)) > 0;
    }

    /** Inserts held back until the transaction's next statement or commit ({@link Sql#defer}). */
    public void insertAllDeferred(List<T> records) {
        sql.deferAll(insertSql, records.stream().map(this::values).toList());
    }

    /** Updates held back like {@link #insertAllDeferred}; a missing row is not reported. */
    public void updateAllDeferred(List<T> records) {
        sql.deferAll(updateSql, records.stream().map(this::updateParams).toList());
    }

    /** The SET values in column order, then the id for the WHERE clause. */
    private Object[] updateParams(T record) {
        Object[] v = values(record);
        Object[] params = new Object[columnCount];
        System.arraycopy(v, 1, params, 0, columnCount - 1);
        params[columnCount - 1] = v[0];
        return params;
    }

    /** Update that leaves the surrounding transaction usable when it breaks a unique key. */
    public boolean updateGuarded(T record) {
        return sql.updateGuarded(updateSql, updateParams(record)) > 0;
    }

    public Optional<T> findById(String id) {
        return sql.queryOne(selectById, this::map, id);
    }

    /** The SELECT of this table's columns with a condition, for {@link Sql#queryAll}. */
    public String select(String condition) {
        return "SELECT " + columns + " FROM " + name + " WHERE " + condition;
    }

    /** How this table reads a row, for {@link Sql#queryAll}. */
    public RowMapper<T> mapper() {
        return this::map;
    }

    /** Rows matching a condition on this table's columns, e.g. {@code "name = ? AND namespace = ?"}. */
    public List<T> where(String condition, Object... params) {
        return sql.query("SELECT " + columns + " FROM " + name + " WHERE " + condition, this::map, params);
    }

    public Optional<T> one(String condition, Object... params) {
        List<T> rows = where(condition, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public boolean deleteById(String id) {
        return sql.update("DELETE FROM " + name + " WHERE id = ?", id) > 0;
    }

    public List<T> list(Resource resource, ListQuery query) {
        return list(resource, columns, query);
    }

    /** As above, selecting {@code selectColumns}: the same columns in the same order, some perhaps as NULL. */
    protected List<T> list(Resource resource, String selectColumns, ListQuery query) {
        return new PageQuery(sql).list(resource, selectColumns, this::map, query);
    }

    protected static String project(String projectId) {
        return projectId == null ? DEFAULT_PROJECT : projectId;
    }

    /** Rows need a creation time for the default sort; a record without one is stamped now. */
    protected static Instant created(Instant createdAt) {
        return createdAt == null ? Clock.SYSTEM.now() : createdAt;
    }

    protected static String namespace(String namespace) {
        return namespace == null ? "" : namespace;
    }
}
