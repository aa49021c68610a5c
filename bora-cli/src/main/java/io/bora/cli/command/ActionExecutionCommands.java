package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.CliException;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.ActionExecutionView;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** action-execution-* commands. */
public final class ActionExecutionCommands extends CommandGroup {
    private static final List<String> STATES = List.of("PAUSED", "RUNNING", "SUCCESS", "ERROR", "CANCELLED");

    public ActionExecutionCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "action-execution-list", mixinStandardHelpOptions = true,
            description = "List action executions (of one task execution).")
    int list(@Parameters(arity = "0..1", paramLabel = "TASK_EXECUTION_ID") String taskId,
             @Option(names = "--oldest", description = "Start from the oldest entries instead of the newest.")
             boolean oldest,
             @Mixin ListOptions list, @Mixin ListOutputOptions output) {
        String path = taskId == null ? "/v2/action_executions" : "/v2/tasks/" + segment(taskId) + "/action_executions";
        // No fields= here: the mistral client does not send it for action executions either.
        ListOptions.Page page = list.executions(oldest, List.of(), Map.of());
        return printList(output, ActionExecutionView.INSTANCE, api().get(path, page.query()), "action_executions",
                page.reverse());
    }

    @Command(name = "action-execution-get", mixinStandardHelpOptions = true, description = "Show specific action execution.")
    int get(@Parameters(paramLabel = "ACTION_EXECUTION", description = "Action execution ID.") String id,
            @Mixin OutputOptions output) {
        return printOne(output, ActionExecutionView.INSTANCE, fetch(id));
    }

    @Command(name = "action-execution-get-input", mixinStandardHelpOptions = true,
            description = "Show action execution input data.")
    int getInput(@Parameters(paramLabel = "ID") String id) {
        return printJsonField(fetch(id), "input");
    }

    @Command(name = "action-execution-get-output", mixinStandardHelpOptions = true,
            description = "Show action execution output data.")
    int getOutput(@Parameters(paramLabel = "ID") String id) {
        return printJsonField(fetch(id), "output");
    }

    @Command(name = "action-execution-update", mixinStandardHelpOptions = true,
            description = "Update specific action execution (deliver an asynchronous result).")
    int update(@Parameters(paramLabel = "ID") String id,
               @Option(names = "--state", paramLabel = "STATE",
                       description = "Action execution state: PAUSED, RUNNING, SUCCESS, ERROR, CANCELLED.") String state,
               @Option(names = "--output", paramLabel = "OUTPUT", description = "Action execution output (JSON or file).")
               String output,
               @Mixin OutputOptions format) {
        if (state != null && !STATES.contains(state)) {
            throw new CliException("argument --state: invalid choice: '" + state
                    + "' (choose from 'PAUSED', 'RUNNING', 'SUCCESS', 'ERROR', 'CANCELLED')");
        }
        JsonNode out = output == null || output.isEmpty() ? null : Inputs.json(output);
        if ((state == null || state.isEmpty()) && out == null) {
            throw new CliException("Please provide either state or output for action execution.");
        }
        ObjectNode body = object();
        if (state != null && !state.isEmpty()) {
            body.put("state", state);
        }
        if (out != null) {
            body.set("output", out);
        }
        return printOne(format, ActionExecutionView.INSTANCE,
                api().putJson("/v2/action_executions/" + segment(id), Query.of(), body));
    }

    @Command(name = "action-execution-delete", mixinStandardHelpOptions = true, description = "Delete action execution(s).")
    int delete(@Parameters(paramLabel = "ACTION_EXECUTION", arity = "1..*") List<String> ids) {
        return deleteEach(ids, "action execution",
                id -> api().delete("/v2/action_executions/" + segment(id), Query.of()));
    }

    private JsonNode fetch(String id) {
        return api().get("/v2/action_executions/" + segment(id), Query.of());
    }
}
