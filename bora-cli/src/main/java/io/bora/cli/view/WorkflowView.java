package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Workflows: ID, Name, Namespace, Project ID, Tags, Input (cut in lists), Scope, Created at, Updated at. */
public final class WorkflowView implements View {
    public static final WorkflowView INSTANCE = new WorkflowView();

    private WorkflowView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("ID", "Name", "Namespace", "Project ID", "Tags", "Input", "Scope", "Created at", "Updated at");
    }

    @Override
    public List<String> listFields() {
        return List.of("id", "name", "namespace", "project_id", "tags", "input", "scope", "created_at", "updated_at");
    }

    @Override
    public List<Object> row(JsonNode w, boolean lister) {
        Object input = value(w, "input");
        return Arrays.asList(value(w, "id"), value(w, "name"), value(w, "namespace"), value(w, "project_id"),
                Cells.tags(w), lister ? Cells.cut(input) : input, value(w, "scope"),
                value(w, "created_at"), value(w, "updated_at"));
    }
}
