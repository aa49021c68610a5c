package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.ActionExecutionView;
import io.bora.cli.view.ActionView;
import io.bora.cli.view.ValidationView;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** action-* commands (definitions) and run-action. */
public final class ActionCommands extends CommandGroup {
    public ActionCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "action-create", mixinStandardHelpOptions = true, description = "Create new action(s).")
    int create(@Parameters(paramLabel = "DEFINITION", description = "Action definition file.") String file,
               @Option(names = "--public") boolean pub,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Mixin ListOutputOptions output) {
        JsonNode created = api().postText("/v2/actions", WorkbookCommands.scopeQuery(pub, namespace),
                Inputs.definition(file));
        return printList(output, ActionView.INSTANCE, created, "actions", false);
    }

    @Command(name = "action-update", mixinStandardHelpOptions = true, description = "Update action(s).")
    int update(@Parameters(paramLabel = "DEFINITION") String file,
               @Option(names = "--id", paramLabel = "ID", description = "Action ID.") String id,
               @Option(names = "--public") boolean pub,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Mixin ListOutputOptions output) {
        String path = id == null ? "/v2/actions" : "/v2/actions/" + segment(id);
        JsonNode updated = api().putText(path, WorkbookCommands.scopeQuery(pub, namespace), Inputs.definition(file));
        return printList(output, ActionView.INSTANCE, updated, "actions", false);
    }

    @Command(name = "action-list", mixinStandardHelpOptions = true, description = "List all actions.")
    int list(@Mixin ListOptions list, @Mixin ListOutputOptions output,
             @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace) {
        Map<String, String> extra = namespace.isEmpty() ? Map.of() : Map.of("namespace", namespace);
        ListOptions.Page page = list.plain(ActionView.INSTANCE.listFields(), extra);
        return printList(output, ActionView.INSTANCE, api().get("/v2/actions", page.query()), "actions", false);
    }

    @Command(name = "action-get", mixinStandardHelpOptions = true, description = "Show specific action.")
    int get(@Parameters(paramLabel = "ACTION", description = "Action (name or ID).") String identifier,
            @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
            @Mixin OutputOptions output) {
        return printOne(output, ActionView.INSTANCE, fetch(identifier, namespace));
    }

    @Command(name = "action-get-definition", mixinStandardHelpOptions = true, description = "Show action definition.")
    int getDefinition(@Parameters(paramLabel = "NAME") String name,
                      @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace) {
        return printDefinition(fetch(name, namespace));
    }

    @Command(name = "action-delete", mixinStandardHelpOptions = true, description = "Delete action(s).")
    int delete(@Parameters(paramLabel = "ACTION", arity = "1..*") List<String> identifiers,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace) {
        return deleteEach(identifiers, "action",
                n -> api().delete("/v2/actions/" + segment(n), Query.of().addIfPresent("namespace", namespace)));
    }

    @Command(name = "action-validate", mixinStandardHelpOptions = true, description = "Validate action.")
    int validate(@Parameters(paramLabel = "DEFINITION") String file, @Mixin OutputOptions output) {
        JsonNode result = api().postText("/v2/actions/validate", Query.of(), Inputs.definition(file));
        return printOne(output, ValidationView.INSTANCE, result);
    }

    @Command(name = "run-action", mixinStandardHelpOptions = true,
            description = "Run an action: prints its output, or the saved action execution with --save-result.")
    int runAction(@Parameters(index = "0", paramLabel = "NAME", description = "Action name to execute.") String name,
                  @Parameters(index = "1", arity = "0..1", paramLabel = "INPUT",
                          description = "Action input: JSON text or a JSON file.") String input,
                  @Option(names = {"-s", "--save-result"}, description = "Save the result into the DB.") boolean saveResult,
                  @Option(names = "--run-sync", description = "Run the action synchronously.") boolean runSync,
                  @Option(names = {"-t", "--target"}, paramLabel = "TARGET", description = "Action's target.") String target,
                  @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
                  @Mixin OutputOptions output) {
        ObjectNode body = object().put("name", name);
        if (input != null) {
            JsonNode in = Inputs.json(input);
            if (!(in.isObject() && in.isEmpty())) {
                body.put("input", encoded(in));
            }
        }
        ObjectNode params = object();
        if (saveResult) {
            params.put("save_result", true);
        }
        if (runSync) {
            params.put("run_sync", true);
        }
        if (target != null && !target.isEmpty()) {
            params.put("target", target);
        }
        if (!params.isEmpty()) {
            body.put("params", encoded(params));
        }
        if (!namespace.isEmpty()) {
            body.put("workflow_namespace", namespace);
        }
        JsonNode execution = api().postJson("/v2/action_executions", Query.of(), body);
        if (saveResult && !runSync) {
            return printOne(output, ActionExecutionView.INSTANCE, execution);
        }
        JsonNode out = execution.get("output");
        ctx.out().println(out == null || out.isNull() ? "None" : out.isTextual() ? out.asText() : encoded(out));
        return 0;
    }

    private JsonNode fetch(String identifier, String namespace) {
        return api().get("/v2/actions/" + segment(identifier), Query.of().addIfPresent("namespace", namespace));
    }
}
