package io.bora.store.query;

import io.bora.engine.port.ListQuery;
import io.bora.store.jdbc.RowMapper;
import io.bora.store.jdbc.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a REST collection: filters, sort keys (default {@code created_at}, always ending
 * with {@code id} so the order is total), keyset paging after the marker row, limit.
 * NULLs sort low in both databases (first ascending, last descending), stated explicitly
 * because H2 and PostgreSQL disagree by default.
 */
public final class PageQuery {

    private final Sql sql;

    public PageQuery(Sql sql) {
        this.sql = sql;
    }

    public <T> List<T> list(Resource resource, String selectColumns, RowMapper<T> mapper, ListQuery query) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (ListQuery.Filter filter : query.filters()) {
            Field field = resource.filterField(filter.field());
            where.append(where.isEmpty() ? " WHERE " : " AND ");
            Conditions.append(field, filter.op(), filter.value(), where, params);
        }
        List<SortKey> keys = sortKeys(resource, query.sort());
        if (query.marker() != null) {
            Optional<List<Object>> markerValues = markerValues(resource, keys, query.marker());
            if (markerValues.isPresent()) {
                where.append(where.isEmpty() ? " WHERE " : " AND ");
                appendAfter(keys, markerValues.get(), where, params);
            }
        }
        StringBuilder text = new StringBuilder("SELECT ").append(selectColumns)
                .append(" FROM ").append(resource.table()).append(where).append(" ORDER BY ");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) text.append(", ");
            text.append(keys.get(i).orderTerm());
        }
        if (query.limit() != null) {
            text.append(" FETCH FIRST ? ROWS ONLY");
            params.add(query.limit());
        }
        return sql.query(text.toString(), mapper, params.toArray());
    }

    private static List<SortKey> sortKeys(Resource resource, List<ListQuery.Sort> sort) {
        Map<String, SortKey> keys = new LinkedHashMap<>();
        for (ListQuery.Sort s : sort == null ? List.<ListQuery.Sort>of() : sort) {
            Field field = resource.sortField(s.field());
            keys.putIfAbsent(field.name(), new SortKey(field, s.ascending()));
        }
        if (keys.isEmpty()) keys.put("created_at", new SortKey(resource.sortField("created_at"), true));
        keys.putIfAbsent("id", new SortKey(resource.sortField("id"), true));
        return List.copyOf(keys.values());
    }

    private Optional<List<Object>> markerValues(Resource resource, List<SortKey> keys, String marker) {
        StringBuilder cols = new StringBuilder();
        for (SortKey k : keys) cols.append(cols.isEmpty() ? "" : ", ").append(k.field().column());
        return sql.queryOne("SELECT " + cols + " FROM " + resource.table() + " WHERE id = ?", row -> {
            List<Object> values = new ArrayList<>(keys.size());
            for (SortKey k : keys) values.add(row.comparable(k.field().type()));
            return values;
        }, marker);
    }

    /** Rows strictly after the marker row in sort order: (k1 after v1) OR (k1 = v1 AND k2 after v2) ... */
    private static void appendAfter(List<SortKey> keys, List<Object> values, StringBuilder where, List<Object> params) {
        List<String> terms = new ArrayList<>();
        List<Object> termParams = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder term = new StringBuilder();
            List<Object> p = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                equalTo(keys.get(j), values.get(j), term, p);
                term.append(" AND ");
            }
            if (!after(keys.get(i), values.get(i), term, p)) continue;
            terms.add("(" + term + ")");
            termParams.addAll(p);
        }
        if (terms.isEmpty()) {
            where.append("1=0");
            return;
        }
        where.append('(').append(String.join(" OR ", terms)).append(')');
        params.addAll(termParams);
    }

    private static void equalTo(SortKey key, Object value, StringBuilder term, List<Object> params) {
        String col = key.field().column();
        if (value == null) {
            term.append(col).append(" IS NULL");
        } else {
            term.append(col).append(" = ?");
            params.add(value);
        }
    }

    /** Appends "column comes after value"; false when nothing can (NULL is last in descending order). */
    private static boolean after(SortKey key, Object value, StringBuilder term, List<Object> params) {
        String col = key.field().column();
        if (key.ascending()) {
            if (value == null) {
                term.append(col).append(" IS NOT NULL");
            } else {
                term.append(col).append(" > ?");
                params.add(value);
            }
            return true;
        }
        if (value == null) return false;
        term.append(key.field().nullable() ? "(" + col + " < ? OR " + col + " IS NULL)" : col + " < ?");
        params.add(value);
        return true;
    }

    private record SortKey(Field field, boolean ascending) {
        String orderTerm() {
            String dir = ascending ? " ASC" : " DESC";
            if (!field.nullable()) return field.column() + dir;
            return field.column() + dir + (ascending ? " NULLS FIRST" : " NULLS LAST");
        }
    }
}
