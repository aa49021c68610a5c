package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.bora.cli.CliContext;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.ValidationView;
import io.bora.cli.view.WorkflowView;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** workflow-* commands. */
public final class WorkflowCommands extends CommandGroup {
    public WorkflowCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "workflow-create", mixinStandardHelpOptions = true, description = "Create new workflow(s).")
    int create(@Parameters(paramLabel = "DEFINITION", description = "Workflow definition file.") String file,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Option(names = "--public") boolean pub,
               @Mixin ListOutputOptions output) {
        JsonNode created = api().postText("/v2/workflows", WorkbookCommands.scopeQuery(pub, namespace),
                Inputs.definition(file));
        return printList(output, WorkflowView.INSTANCE, created, "workflows", false);
    }

    @Command(name = "workflow-update", mixinStandardHelpOptions = true, description = "Update workflow(s).")
    int update(@Parameters(paramLabel = "DEFINITION") String file,
               @Option(names = "--id", paramLabel = "ID", description = "Workflow ID.") String id,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Option(names = "--public") boolean pub,
               @Mixin ListOutputOptions output) {
        String path = id == null ? "/v2/workflows" : "/v2/workflows/" + segment(id);
        JsonNode updated = api().putText(path, WorkbookCommands.scopeQuery(pub, namespace), Inputs.definition(file));
        if (id != null) {
            // Updating by id answers one workflow rather than a list.
            updated = JsonNodeFactory.instance.objectNode().set("workflows",
                    JsonNodeFactory.instance.arrayNode().add(updated));
        }
        return printList(output, WorkflowView.INSTANCE, updated, "workflows", false);
    }

    @Command(name = "workflow-list", mixinStandardHelpOptions = true, description = "List all workflows.")
    int list(@Mixin ListOptions list, @Mixin ListOutputOptions output) {
        ListOptions.Page page = list.plain(WorkflowView.INSTANCE.listFields(), Map.of());
        return printList(output, WorkflowView.INSTANCE, api().get("/v2/workflows", page.query()), "workflows", false);
    }

    @Command(name = "workflow-get", mixinStandardHelpOptions = true, description = "Show specific workflow.")
    int get(@Parameters(paramLabel = "WORKFLOW", description = "Workflow ID or name.") String identifier,
            @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
            @Mixin OutputOptions output) {
        return printOne(output, WorkflowView.INSTANCE, fetch(identifier, namespace));
    }

    @Command(name = "workflow-get-definition", mixinStandardHelpOptions = true, description = "Show workflow definition.")
    int getDefinition(@Parameters(paramLabel = "IDENTIFIER", description = "Workflow ID or name.") String identifier,
                      @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace) {
        return printDefinition(fetch(identifier, namespace));
    }

    @Command(name = "workflow-delete", mixinStandardHelpOptions = true, description = "Delete workflow(s).")
    int delete(@Parameters(paramLabel = "WORKFLOW", arity = "1..*") List<String> identifiers,
               @Option(names = "--namespace", paramLabel = "NAMESPACE") String namespace) {
        return deleteEach(identifiers, "workflow",
                n -> api().delete("/v2/workflows/" + segment(n), Query.of().addIfPresent("namespace", namespace)));
    }

    @Command(name = "workflow-validate", mixinStandardHelpOptions = true, description = "Validate workflow.")
    int validate(@Parameters(paramLabel = "DEFINITION") String file, @Mixin OutputOptions output) {
        JsonNode result = api().postText("/v2/workflows/validate", Query.of(), Inputs.definition(file));
        return printOne(output, ValidationView.INSTANCE, result);
    }

    private JsonNode fetch(String identifier, String namespace) {
        return api().get("/v2/workflows/" + segment(identifier), Query.of().addIfPresent("namespace", namespace));
    }
}
