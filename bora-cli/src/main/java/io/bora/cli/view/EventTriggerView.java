package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Event triggers: ID, Name, Workflow ID, Params, Exchange, Topic, Event, Created at, Updated at. */
public final class EventTriggerView implements View {
    public static final EventTriggerView INSTANCE = new EventTriggerView();

    private EventTriggerView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("ID", "Name", "Workflow ID", "Params", "Exchange", "Topic", "Event", "Created at", "Updated at");
    }

    @Override
    public List<String> listFields() {
        return List.of("id", "name", "workflow_id", "workflow_params", "exchange", "topic", "event", "created_at",
                "updated_at");
    }

    @Override
    public List<Object> row(JsonNode t, boolean lister) {
        return Arrays.asList(value(t, "id"), value(t, "name"), value(t, "workflow_id"), value(t, "workflow_params"),
                value(t, "exchange"), value(t, "topic"), value(t, "event"), value(t, "created_at"),
                value(t, "updated_at"));
    }
}
