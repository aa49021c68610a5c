package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Workbooks: Name, Namespace, Tags, Scope, Created at, Updated at. */
public final class WorkbookView implements View {
    public static final WorkbookView INSTANCE = new WorkbookView();

    private WorkbookView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("Name", "Namespace", "Tags", "Scope", "Created at", "Updated at");
    }

    @Override
    public List<Object> row(JsonNode w, boolean lister) {
        return Arrays.asList(value(w, "name"), value(w, "namespace"), Cells.tags(w), value(w, "scope"),
                value(w, "created_at"), value(w, "updated_at"));
    }
}
