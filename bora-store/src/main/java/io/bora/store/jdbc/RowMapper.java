package io.bora.store.jdbc;

import java.sql.SQLException;

@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row) throws SQLException;
}
