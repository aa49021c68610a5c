package io.bora.store.query;

/**
 * A REST field that can be filtered or sorted on.
 *
 * @param nullable the column may hold NULL (affects keyset paging and the NULLS clause)
 */
public record Field(String name, String column, FieldType type, boolean nullable) {
}
