package io.bora.store.query;

import io.bora.engine.port.InvalidQueryException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The queryable fields of one REST collection and the table behind it. */
public final class Resource {

    private final String table;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    private Resource(String table) {
        this.table = table;
    }

    public static Resource of(String table) {
        Resource r = new Resource(table);
        r.field("id", "id", FieldType.TEXT, false);
        r.field("project_id", "project_id", FieldType.TEXT, false);
        r.field("created_at", "created_at", FieldType.TIMESTAMP, false);
        r.field("updated_at", "updated_at", FieldType.TIMESTAMP, true);
        return r;
    }

    /** A nullable field whose REST name is its column name. */
    public Resource with(String name, FieldType type) {
        return field(name, name, type, true);
    }

    public Resource notNull(String name, FieldType type) {
        return field(name, name, type, false);
    }

    public Resource field(String name, String column, FieldType type, boolean nullable) {
        fields.put(name, new Field(name, column, type, nullable));
        return this;
    }

    public String table() {
        return table;
    }

    public Field filterField(String name) {
        Field f = fields.get(name);
        if (f == null) throw new InvalidQueryException("Unknown argument: \"" + name + "\"");
        return f;
    }

    public Field sortField(String name) {
        Field f = fields.get(name);
        if (f == null || f.type() == FieldType.TAGS) {
            throw new InvalidQueryException("Sort key supplied is invalid: " + name);
        }
        return f;
    }
}
