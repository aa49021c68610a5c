package io.bora.server.rest.query;

/** One sort key with its direction. */
public record SortKey(String field, boolean ascending) {
}
