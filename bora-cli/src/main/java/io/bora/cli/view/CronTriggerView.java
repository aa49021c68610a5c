package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Cron triggers: Name, Workflow, Params, Pattern, Next execution time, Remaining executions, Created at, Updated at. */
public final class CronTriggerView implements View {
    public static final CronTriggerView INSTANCE = new CronTriggerView();

    private CronTriggerView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("Name", "Workflow", "Params", "Pattern", "Next execution time", "Remaining executions",
                "Created at", "Updated at");
    }

    @Override
    public List<String> listFields() {
        return List.of("name", "workflow_name", "workflow_params", "pattern", "next_execution_time",
                "remaining_executions", "created_at", "updated_at");
    }

    @Override
    public List<Object> row(JsonNode c, boolean lister) {
        return Arrays.asList(value(c, "name"), value(c, "workflow_name"), value(c, "workflow_params"),
                value(c, "pattern"), value(c, "next_execution_time"), value(c, "remaining_executions"),
                value(c, "created_at"), value(c, "updated_at"));
    }
}
