package io.bora.cli.view;

import static io.bora.cli.view.Cells.orNone;
import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Task executions, with Duration from started_at to finished_at (or to now while running). */
public final class TaskView implements View {
    private final Durations durations;

    public TaskView(Durations durations) {
        this.durations = durations;
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("ID", "Name", "Workflow name", "Workflow namespace", "Workflow Execution ID", "State",
                "State info", "Created at", "Started at", "Finished at", "Duration");
    }

    @Override
    public List<String> listFields() {
        return List.of("id", "name", "workflow_name", "workflow_namespace", "workflow_execution_id", "state",
                "state_info", "created_at", "started_at", "finished_at");
    }

    @Override
    public List<Object> row(JsonNode t, boolean lister) {
        Object stateInfo = value(t, "state_info");
        // A task not started yet has no duration; the Python client would crash here, we show <none>.
        String duration = durations.between(t.path("started_at").asText(null), t.path("finished_at").asText(null));
        return Arrays.asList(value(t, "id"), value(t, "name"), value(t, "workflow_name"),
                value(t, "workflow_namespace"), value(t, "workflow_execution_id"), value(t, "state"),
                lister ? Cells.cut(stateInfo) : stateInfo, value(t, "created_at"),
                orNone(value(t, "started_at")), orNone(value(t, "finished_at")), duration);
    }
}
