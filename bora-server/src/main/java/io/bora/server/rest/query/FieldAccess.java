package io.bora.server.rest.query;

/**
 * Reads one resource field of an item for filtering and sorting: String, Boolean, Number,
 * Instant, a List (tags) or a Map (JSON fields); null when unset.
 */
@FunctionalInterface
public interface FieldAccess<T> {
    Object get(T item, String field);
}
