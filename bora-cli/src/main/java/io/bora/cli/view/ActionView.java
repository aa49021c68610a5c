package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Action definitions: ID, Name, Is system, Input, Description (both cut in lists), Tags, Created at, Updated at. */
public final class ActionView implements View {
    public static final ActionView INSTANCE = new ActionView();

    private ActionView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("ID", "Name", "Is system", "Input", "Description", "Tags", "Created at", "Updated at");
    }

    @Override
    public List<String> listFields() {
        return List.of("id", "name", "is_system", "input", "description", "tags", "created_at", "updated_at");
    }

    @Override
    public List<Object> row(JsonNode a, boolean lister) {
        Object input = value(a, "input");
        Object description = value(a, "description");
        return Arrays.asList(value(a, "id"), value(a, "name"), value(a, "is_system"),
                lister ? Cells.cut(input) : input, lister ? Cells.cut(description) : description,
                Cells.tags(a), value(a, "created_at"), value(a, "updated_at"));
    }
}
