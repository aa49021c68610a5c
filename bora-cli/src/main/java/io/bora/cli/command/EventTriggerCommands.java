package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.EventTriggerView;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** event-trigger-* commands (CRUD; Bora keeps them even without a message bus to fire them). */
public final class EventTriggerCommands extends CommandGroup {
    public EventTriggerCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "event-trigger-create", mixinStandardHelpOptions = true, description = "Create new trigger.")
    int create(@Parameters(index = "0", paramLabel = "NAME", description = "Event trigger name.") String name,
               @Parameters(index = "1", paramLabel = "WORKFLOW_ID", description = "Workflow ID.") String workflowId,
               @Parameters(index = "2", paramLabel = "EXCHANGE", description = "Event trigger exchange.") String exchange,
               @Parameters(index = "3", paramLabel = "TOPIC", description = "Event trigger topic.") String topic,
               @Parameters(index = "4", paramLabel = "EVENT", description = "Event trigger event name.") String event,
               @Parameters(index = "5", arity = "0..1", paramLabel = "INPUT", description = "Workflow input (JSON or file).")
               String input,
               @Option(names = "--params", paramLabel = "PARAMS", description = "Workflow params (JSON or file).")
               String params,
               @Mixin OutputOptions output) {
        ObjectNode body = object().put("workflow_id", workflowId).put("name", name).put("exchange", exchange)
                .put("topic", topic).put("event", event);
        JsonNode in = input == null ? null : Inputs.json(input);
        if (!ExecutionCommands.isEmptyObject(in)) {
            body.put("workflow_input", encoded(in));
        }
        JsonNode p = params == null ? null : Inputs.json(params);
        if (!ExecutionCommands.isEmptyObject(p)) {
            body.put("workflow_params", encoded(p));
        }
        return printOne(output, EventTriggerView.INSTANCE, api().postJson("/v2/event_triggers", Query.of(), body));
    }

    @Command(name = "event-trigger-list", mixinStandardHelpOptions = true, description = "List all event triggers.")
    int list(@Mixin ListOptions list, @Mixin ListOutputOptions output) {
        ListOptions.Page page = list.plain(EventTriggerView.INSTANCE.listFields(), Map.of());
        return printList(output, EventTriggerView.INSTANCE, api().get("/v2/event_triggers", page.query()),
                "event_triggers", false);
    }

    @Command(name = "event-trigger-get", mixinStandardHelpOptions = true, description = "Show specific event trigger.")
    int get(@Parameters(paramLabel = "EVENT_TRIGGER", description = "Event trigger ID.") String id,
            @Mixin OutputOptions output) {
        return printOne(output, EventTriggerView.INSTANCE, api().get("/v2/event_triggers/" + segment(id), Query.of()));
    }

    @Command(name = "event-trigger-delete", mixinStandardHelpOptions = true, description = "Delete trigger(s).")
    int delete(@Parameters(paramLabel = "EVENT_TRIGGER_ID", arity = "1..*") List<String> ids) {
        return deleteEach(ids, "event trigger", id -> api().delete("/v2/event_triggers/" + segment(id), Query.of()));
    }
}
