package io.bora.cli.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.bora.cli.output.Listing;
import io.bora.cli.output.Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How one kind of resource appears in the CLI: its column titles and the cells of one item. */
public interface View {
    /** Column titles; list views may show fewer columns than single-object views. */
    List<String> columns(boolean lister);

    /** Cells of one item, in column order. */
    List<Object> row(JsonNode item, boolean lister);

    /** What an empty list shows in its single placeholder row ("" for v2 commands, "<none>" for v1). */
    default Object emptyCell() {
        return "";
    }

    /** Field names the list command asks the server for ({@code fields=}), or empty to ask for all. */
    default List<String> listFields() {
        return List.of();
    }

    /** A list table; an empty list still shows one placeholder row, as the mistral CLI does. */
    default Listing listing(List<JsonNode> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode item : items) {
            rows.add(row(item, true));
        }
        List<String> cols = columns(true);
        if (rows.isEmpty()) {
            rows.add(new ArrayList<>(Collections.nCopies(cols.size(), emptyCell())));
        }
        return new Listing(cols, rows);
    }

    default Record record(JsonNode item) {
        return new Record(columns(false), row(item, false));
    }
}
