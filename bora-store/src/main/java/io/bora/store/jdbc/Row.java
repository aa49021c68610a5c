package io.bora.store.jdbc;

import io.bora.store.json.JsonCodec;
import io.bora.store.query.FieldType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns of the current result row in the order they were selected, so that row
 * mappers read like the record they build.
 */
public final class Row {

    private final ResultSet rs;
    private int column;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    void reset() {
        column = 0;
    }

    public String string() throws SQLException {
        return rs.getString(++column);
    }

    public boolean bool() throws SQLException {
        return rs.getBoolean(++column);
    }

    public int integer() throws SQLException {
        return rs.getInt(++column);
    }

    public Integer nullableInteger() throws SQLException {
        int value = rs.getInt(++column);
        return rs.wasNull() ? null : value;
    }

    public Instant instant() throws SQLException {
        LocalDateTime value = rs.getObject(++column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) throws SQLException {
        String value = rs.getString(++column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public Map<String, Object> jsonMap() throws SQLException {
        return JsonCodec.readMap(rs.getString(++column));
    }

    public <T> List<T> jsonList() throws SQLException {
        return JsonCodec.readList(rs.getString(++column));
    }

    /** The raw JSON text, for columns where SQL NULL and JSON null mean different things. */
    public String jsonText() throws SQLException {
        return rs.getString(++column);
    }

    /** The next column as a bindable value of its kind (for keyset paging). */
    public Object comparable(FieldType type) throws SQLException {
        int index = ++column;
        Object value = switch (type) {
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case BOOLEAN -> rs.getBoolean(index);
            case INTEGER -> rs.getLong(index);
            case TEXT, JSON, TAGS -> rs.getString(index);
        };
        return rs.wasNull() ? null : value;
    }
}
