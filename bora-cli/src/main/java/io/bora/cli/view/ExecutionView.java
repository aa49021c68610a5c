package io.bora.cli.view;

import static io.bora.cli.view.Cells.orNone;
import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Workflow executions, with the computed Duration column. */
public final class ExecutionView implements View {
    private final Durations durations;

    public ExecutionView(Durations durations) {
        this.durations = durations;
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("ID", "Workflow ID", "Workflow name", "Workflow namespace", "Description",
                "Task Execution ID", "Root Execution ID", "State", "State info", "Created at", "Updated at", "Duration");
    }

    @Override
    public List<String> listFields() {
        return List.of("id", "workflow_id", "workflow_name", "workflow_namespace", "description",
                "task_execution_id", "root_execution_id", "state", "state_info", "created_at", "updated_at");
    }

    @Override
    public List<Object> row(JsonNode e, boolean lister) {
        Object stateInfo = value(e, "state_info");
        String state = e.path("state").asText("");
        // Like the mistral client, only SUCCESS and ERROR count as finished; anything else runs "until now".
        boolean finished = state.equals("SUCCESS") || state.equals("ERROR");
        String duration = durations.between(e.path("created_at").asText(null),
                finished ? e.path("updated_at").asText(null) : null);
        return Arrays.asList(value(e, "id"), value(e, "workflow_id"), value(e, "workflow_name"),
                value(e, "workflow_namespace"), value(e, "description"),
                orNone(value(e, "task_execution_id")), orNone(value(e, "root_execution_id")),
                value(e, "state"), lister ? Cells.cut(stateInfo) : stateInfo,
                value(e, "created_at"), orNone(value(e, "updated_at")), duration);
    }
}
