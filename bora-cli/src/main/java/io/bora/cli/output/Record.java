package io.bora.cli.output;

import java.util.List;

/** A single object shown as a Field/Value table; cells as in {@link Listing}. */
public record Record(List<String> fields, List<Object> values) {
}
