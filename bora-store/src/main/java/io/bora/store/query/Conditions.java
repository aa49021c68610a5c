package io.bora.store.query;

import io.bora.engine.port.InvalidQueryException;
import io.bora.engine.port.ListQuery;
import io.bora.store.json.JsonCodec;

import java.util.List;
import java.util.Locale;

/** Renders REST filters as SQL conditions with bind parameters. */
final class Conditions {

    private static final String LIKE = " LIKE ? ESCAPE '\\'";

    private Conditions() {
    }

    static void append(Field field, ListQuery.Op op, Object value, StringBuilder sql, List<Object> params) {
        String col = field.column();
        if (op == ListQuery.Op.IS_NULL) {
            sql.append(col).append(" IS NULL");
            return;
        }
        if (field.type() == FieldType.TAGS) {
            appendTags(field, op, value, sql, params);
            return;
        }
        switch (op) {
            case EQ -> comparison(field, "=", value, sql, params);
            case NEQ -> comparison(field, "<>", value, sql, params);
            case GT -> comparison(field, ">", value, sql, params);
            case GTE -> comparison(field, ">=", value, sql, params);
            case LT -> comparison(field, "<", value, sql, params);
            case LTE -> comparison(field, "<=", value, sql, params);
            case IN, NIN -> {
                List<String> items = FilterValues.items(value);
                if (items.isEmpty()) {
                    sql.append(op == ListQuery.Op.IN ? "1=0" : "1=1");
                    return;
                }
                sql.append(col).append(op == ListQuery.Op.IN ? " IN (" : " NOT IN (");
                for (int i = 0; i < items.size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                    params.add(FilterValues.convert(field, items.get(i)));
                }
                sql.append(')');
            }
            case HAS -> {
                if (field.type() != FieldType.TEXT && field.type() != FieldType.JSON) {
                    throw unsupported(field, op);
                }
                sql.append(col).append(LIKE);
                params.add(FilterValues.containsPattern(String.valueOf(value)));
            }
            default -> throw unsupported(field, op);
        }
    }

    private static void comparison(Field field, String operator, Object value, StringBuilder sql, List<Object> params) {
        Object converted = FilterValues.convert(field, value);
        if (converted == null) {
            // eq:null style filters; SQL "= NULL" would match nothing, which is never what is meant.
            sql.append(field.column()).append(operator.equals("<>") ? " IS NOT NULL" : " IS NULL");
            return;
        }
        sql.append(field.column()).append(' ').append(operator).append(" ?");
        params.add(converted);
    }

    /**
     * Tags are a JSON list; a tag is present when its JSON string form ({@code "a"}, quotes included)
     * occurs in the text, which is exact because the list is always written by the same codec.
     */
    private static void appendTags(Field field, ListQuery.Op op, Object value, StringBuilder sql, List<Object> params) {
        List<String> tags = FilterValues.items(value).stream().filter(t -> !t.isEmpty()).toList();
        boolean negate = switch (op) {
            case EQ, IN, HAS -> false;
            case NEQ, NIN -> true;
            default -> throw unsupported(field, op);
        };
        if (tags.isEmpty()) {
            sql.append("1=1");
            return;
        }
        String col = field.column();
        sql.append(negate ? "(" + col + " IS NULL OR NOT (" : "(");
        for (int i = 0; i < tags.size(); i++) {
            if (i > 0) sql.append(negate ? " OR " : " AND ");
            sql.append(col).append(LIKE);
            params.add(FilterValues.containsPattern(JsonCodec.write(tags.get(i))));
        }
        sql.append(negate ? "))" : ")");
    }

    private static InvalidQueryException unsupported(Field field, ListQuery.Op op) {
        return new InvalidQueryException("Filter operation " + op.name().toLowerCase(Locale.ROOT)
                + " is not supported for field " + field.name());
    }
}
