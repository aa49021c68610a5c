package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.bora.cli.CliContext;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.V1Views;
import io.bora.cli.view.ValidationView;
import io.bora.cli.view.WorkbookView;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** workbook-* commands. */
public final class WorkbookCommands extends CommandGroup {
    public WorkbookCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "workbook-create", mixinStandardHelpOptions = true,
            description = {"Create new workbook from a definition file.",
                    "v1 form (the seed's): workbook-create NAME [DESCRIPTION] [TAGS,...] [DEFINITION] (or --v1 NAME)."})
    int create(@Parameters(arity = "1..4", paramLabel = "DEFINITION",
                       description = "Workbook definition file (v1: NAME [DESCRIPTION] [TAGS] [DEFINITION]).")
               List<String> args,
               @Option(names = "--public", description = "With this flag the workbook will be marked as public.") boolean pub,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Option(names = "--v1", description = "Create a v1 workbook by name.") boolean v1,
               @Mixin OutputOptions output) {
        if (v1 || args.size() > 1) {
            JsonNode wb = v1Api().createWorkbook(args.get(0), arg(args, 1), arg(args, 2));
            if (args.size() > 3) {
                v1Api().uploadDefinition(args.get(0), Inputs.definition(args.get(3)));
            }
            return printOne(output, V1Views.WORKBOOK, wb);
        }
        JsonNode wb = api().postText("/v2/workbooks", scopeQuery(pub, namespace), Inputs.definition(args.get(0)));
        return printOne(output, WorkbookView.INSTANCE, wb);
    }

    @Command(name = "workbook-upload-definition", mixinStandardHelpOptions = true,
            description = "v1: upload the definition of a workbook created by name.")
    int uploadDefinition(@Parameters(index = "0", paramLabel = "NAME") String name,
                         @Parameters(index = "1", paramLabel = "DEFINITION") String file) {
        v1Api().uploadDefinition(name, Inputs.definition(file));
        return 0;
    }

    @Command(name = "workbook-update", mixinStandardHelpOptions = true, description = "Update workbook.")
    int update(@Parameters(paramLabel = "DEFINITION") String file,
               @Option(names = "--public") boolean pub,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Mixin OutputOptions output) {
        JsonNode wb = api().putText("/v2/workbooks", scopeQuery(pub, namespace), Inputs.definition(file));
        return printOne(output, WorkbookView.INSTANCE, wb);
    }

    @Command(name = "workbook-list", mixinStandardHelpOptions = true, description = "List all workbooks.")
    int list(@Mixin ListOptions list, @Mixin ListOutputOptions output,
             @Option(names = "--v1", description = "Use the v1 API and show the seed's table (Name, Description, Tags).")
             boolean v1) {
        if (v1) {
            return printList(output, V1Views.WORKBOOK, v1Api().workbooks(), "workbooks", false);
        }
        ListOptions.Page page = list.plain(List.of(), Map.of());
        return printList(output, WorkbookView.INSTANCE, api().get("/v2/workbooks", page.query()), "workbooks", false);
    }

    @Command(name = "workbook-get", mixinStandardHelpOptions = true, description = "Show specific workbook.")
    int get(@Parameters(paramLabel = "WORKBOOK") String name,
            @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
            @Option(names = "--v1", description = "Use the v1 API and show the seed's table (Name, Description, Tags).")
            boolean v1,
            @Mixin OutputOptions output) {
        if (v1) {
            return printOne(output, V1Views.WORKBOOK, v1Api().workbook(name));
        }
        return printOne(output, WorkbookView.INSTANCE, fetch(name, namespace));
    }

    @Command(name = "workbook-get-definition", mixinStandardHelpOptions = true, description = "Show workbook definition.")
    int getDefinition(@Parameters(paramLabel = "NAME") String name,
                      @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace) {
        return printDefinition(fetch(name, namespace));
    }

    @Command(name = "workbook-delete", mixinStandardHelpOptions = true, description = "Delete workbook.")
    int delete(@Parameters(paramLabel = "WORKBOOK", arity = "1..*") List<String> names,
               @Option(names = "--namespace", paramLabel = "NAMESPACE") String namespace) {
        return deleteEach(names, "workbook",
                n -> api().delete("/v2/workbooks/" + segment(n), Query.of().addIfPresent("namespace", namespace)));
    }

    @Command(name = "workbook-validate", mixinStandardHelpOptions = true, description = "Validate workbook.")
    int validate(@Parameters(paramLabel = "DEFINITION") String file, @Mixin OutputOptions output) {
        JsonNode result = api().postText("/v2/workbooks/validate", Query.of(), Inputs.definition(file));
        return printOne(output, ValidationView.INSTANCE, result);
    }

    private JsonNode fetch(String name, String namespace) {
        return api().get("/v2/workbooks/" + segment(name), Query.of().addIfPresent("namespace", namespace));
    }

    private V1Api v1Api() {
        return new V1Api(api());
    }

    private static String arg(List<String> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    static Query scopeQuery(boolean pub, String namespace) {
        return Query.of().add("scope", pub ? "public" : "private").addIfPresent("namespace", namespace);
    }
}
