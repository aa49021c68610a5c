package io.bora.server.rest;

import io.bora.engine.model.EventTrigger;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code EventTrigger} resource (spec §11), in the attribute order Mistral answers with. */
final class EventTriggerJson {
    static final List<String> FIELDS = List.of("id", "created_at", "updated_at", "project_id", "name", "workflow_id",
            "workflow_input", "workflow_params", "exchange", "topic", "event", "scope");

    static final ResourceSchema SCHEMA = new ResourceSchema("event_triggers", FIELDS,
            Set.copyOf(FIELDS), Set.of("id", "workflow_id"), Set.of(), "created_at",
            id -> "Event trigger not found [id=" + id + "].");

    static final FieldAccess<EventTrigger> ACCESS = (t, field) -> switch (field) {
        case "id" -> t.id();
        case "created_at" -> t.createdAt();
        case "updated_at" -> t.updatedAt();
        case "project_id" -> t.projectId();
        case "name" -> t.name();
        case "workflow_id" -> t.workflowId();
        case "workflow_input" -> t.workflowInput();
        case "workflow_params" -> t.workflowParams();
        case "exchange" -> t.exchange();
        case "topic" -> t.topic();
        case "event" -> t.event();
        case "scope" -> t.scope();
        default -> null;
    };

    private EventTriggerJson() {
    }

    static Map<String, Object> of(EventTrigger t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("created_at", Timestamps.format(t.createdAt()));
        m.put("updated_at", Timestamps.format(t.updatedAt()));
        m.put("project_id", t.projectId());
        m.put("name", t.name());
        m.put("workflow_id", t.workflowId());
        m.put("workflow_input", PyJson.dumps(t.workflowInput() == null ? Map.of() : t.workflowInput()));
        m.put("workflow_params", PyJson.dumps(t.workflowParams() == null ? Map.of() : t.workflowParams()));
        m.put("exchange", t.exchange());
        m.put("topic", t.topic());
        m.put("event", t.event());
        m.put("scope", t.scope());
        return m;
    }
}
