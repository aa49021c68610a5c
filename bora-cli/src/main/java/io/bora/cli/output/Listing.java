package io.bora.cli.output;

import java.util.List;

/**
 * A list result: column titles and rows of cells. A cell is null, a String, a Boolean or a Number,
 * the way the mistral client hands Python values to cliff (so JSON output keeps null and booleans).
 */
public record Listing(List<String> columns, List<List<Object>> rows) {
}
