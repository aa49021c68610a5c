package io.bora.cli.view;

import static io.bora.cli.view.Cells.orNone;
import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Action executions; the list leaves out State info. */
public final class ActionExecutionView implements View {
    public static final ActionExecutionView INSTANCE = new ActionExecutionView();

    private ActionExecutionView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        List<String> cols = new ArrayList<>(List.of("ID", "Name", "Workflow name", "Workflow namespace", "Task name",
                "Task ID", "State"));
        if (!lister) {
            cols.add("State info");
        }
        cols.addAll(List.of("Accepted", "Created at", "Updated at"));
        return cols;
    }

    @Override
    public List<Object> row(JsonNode a, boolean lister) {
        List<Object> row = new ArrayList<>();
        row.add(value(a, "id"));
        row.add(value(a, "name"));
        row.add(value(a, "workflow_name"));
        row.add(value(a, "workflow_namespace"));
        row.add(value(a, "task_name"));
        row.add(value(a, "task_execution_id"));
        row.add(value(a, "state"));
        if (!lister) {
            row.add(value(a, "state_info"));
        }
        row.add(value(a, "accepted"));
        row.add(value(a, "created_at"));
        row.add(orNone(value(a, "updated_at")));
        return row;
    }
}
