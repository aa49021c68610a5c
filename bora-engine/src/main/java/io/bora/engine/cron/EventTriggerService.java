package io.bora.engine.cron;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.EventTrigger;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.EventTriggerRepository;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Event triggers (spec rest-api.md §11): stored and served with Mistral's rules, never fired —
 * they wait for OpenStack notifications, and Bora has no OpenStack message bus. They live next to
 * the cron triggers because both are "start this workflow with this input when ..." records.
 */
public final class EventTriggerService {
    private static final String IMMUTABLE = "Can not update fields ['exchange', 'topic', 'event'] of event trigger.";

    private final EventTriggerRepository triggers;
    private final Transactions tx;
    private final Clock clock;
    private final WorkflowInputs workflows;

    public EventTriggerService(EventTriggerRepository triggers, DefinitionRepository definitions, Transactions tx,
                               Clock clock) {
        this.triggers = triggers;
        this.tx = tx;
        this.clock = clock;
        this.workflows = new WorkflowInputs(definitions);
    }

    public EventTrigger create(String name, String workflowId, Map<String, Object> input, Map<String, Object> params,
                               String exchange, String topic, String event, String scope) {
        if (workflowId == null || exchange == null || topic == null || event == null) {
            throw BoraException.badRequest(
                    "Params ['workflow_id', 'exchange', 'topic', 'event'] must be provided for creating event trigger.");
        }
        String checkedScope = Scopes.checked(scope);
        WorkflowDefinition wf = workflows.resolve(workflowId, null, null);
        Map<String, Object> in = input == null ? new LinkedHashMap<>() : input;
        workflows.check(wf, in);
        EventTrigger t = new EventTrigger(UUID.randomUUID().toString(), name, wf.id(), in,
                params == null ? new LinkedHashMap<>() : params, exchange, topic, event, checkedScope,
                CronTriggerService.DEFAULT_PROJECT, clock.now(), null);
        tx.run(() -> triggers.insert(t));
        return t;
    }

    /**
     * Changes name, input, params or scope; {@code changes} holds only the attributes the request
     * names (REST field names). Exchange, topic and event cannot change.
     */
    @SuppressWarnings("unchecked")
    public EventTrigger update(String id, Map<String, Object> changes) {
        if (changes.containsKey("exchange") || changes.containsKey("topic") || changes.containsKey("event")) {
            throw BoraException.badRequest(IMMUTABLE);
        }
        return tx.inTransaction(() -> {
            EventTrigger old = get(id);
            Map<String, Object> input = changes.containsKey("workflow_input")
                    ? (Map<String, Object>) changes.get("workflow_input") : old.workflowInput();
            if (changes.containsKey("workflow_input")) {
                workflows.check(workflows.resolve(old.workflowId(), null, null), input == null ? Map.of() : input);
            }
            EventTrigger t = new EventTrigger(old.id(),
                    changes.containsKey("name") ? (String) changes.get("name") : old.name(), old.workflowId(),
                    input == null ? new LinkedHashMap<>() : input,
                    changes.containsKey("workflow_params") && changes.get("workflow_params") != null
                            ? (Map<String, Object>) changes.get("workflow_params") : old.workflowParams(),
                    old.exchange(), old.topic(), old.event(),
                    changes.containsKey("scope") ? Scopes.checked((String) changes.get("scope")) : old.scope(),
                    old.projectId(), old.createdAt(), clock.now());
            triggers.update(t);
            return t;
        });
    }

    /** 404 {@code Event trigger not found [id=...].} */
    public EventTrigger get(String id) {
        return triggers.findById(id.toLowerCase()).orElseThrow(() -> notFound(id));
    }

    public List<EventTrigger> list(ListQuery query) {
        return triggers.list(query);
    }

    public void delete(String id) {
        tx.run(() -> {
            if (!triggers.delete(id.toLowerCase())) throw notFound(id);
        });
    }

    public List<EventTrigger> forWorkflow(String workflowId) {
        return triggers.findByWorkflowId(workflowId);
    }

    private static BoraException notFound(String id) {
        return BoraException.notFound("Event trigger not found [id=" + id + "].");
    }
}
