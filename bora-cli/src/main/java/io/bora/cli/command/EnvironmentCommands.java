package io.bora.cli.command;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.CliException;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.output.PyJson;
import io.bora.cli.output.Record;
import io.bora.cli.view.EnvironmentView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** environment-* commands; environment files are JSON or YAML with name, description, variables, scope. */
public final class EnvironmentCommands extends CommandGroup {
    public EnvironmentCommands(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "environment-create", mixinStandardHelpOptions = true, description = "Create new environment.")
    int create(@Parameters(paramLabel = "FILE", description = "Environment definition file (JSON or YAML).") String file,
               @Mixin OutputOptions output) {
        ObjectNode env = environmentFile(file);
        requireField(env, "name");
        requireField(env, "variables");
        return printOne(output, EnvironmentView.INSTANCE, api().postJson("/v2/environments", Query.of(), env));
    }

    @Command(name = "environment-update", mixinStandardHelpOptions = true, description = "Update environment.")
    int update(@Parameters(paramLabel = "FILE", description = "Environment definition file (JSON or YAML).") String file,
               @Mixin OutputOptions output) {
        ObjectNode env = environmentFile(file);
        requireField(env, "name");
        return printOne(output, EnvironmentView.INSTANCE, api().putJson("/v2/environments", Query.of(), env));
    }

    @Command(name = "environment-list", mixinStandardHelpOptions = true, description = "List all environments.")
    int list(@Mixin ListOptions list, @Mixin ListOutputOptions output) {
        ListOptions.Page page = list.plain(EnvironmentView.INSTANCE.listFields(), Map.of());
        return printList(output, EnvironmentView.INSTANCE, api().get("/v2/environments", page.query()),
                "environments", false);
    }

    @Command(name = "environment-get", mixinStandardHelpOptions = true, description = "Show specific environment.")
    int get(@Parameters(paramLabel = "ENVIRONMENT", description = "Environment name.") String name,
            @Option(names = "--export", description = "Export the environment suitable for import.") boolean export,
            @Mixin OutputOptions output) {
        JsonNode env = api().get("/v2/environments/" + segment(name), Query.of());
        if (export) {
            List<Object> values = Arrays.asList(value(env, "name"), value(env, "description"), value(env, "scope"),
                    PyJson.dumps(EnvironmentView.variables(env)));
            output.printOne(ctx.out(), new Record(List.of("name", "description", "scope", "variables"), values));
            return 0;
        }
        return printOne(output, EnvironmentView.INSTANCE, env);
    }

    @Command(name = "environment-delete", mixinStandardHelpOptions = true, description = "Delete environment(s).")
    int delete(@Parameters(paramLabel = "ENVIRONMENT", arity = "1..*") List<String> names) {
        return deleteEach(names, "environment", n -> api().delete("/v2/environments/" + segment(n), Query.of()));
    }

    /** The file as a JSON body, with the variables object encoded as a JSON string like the client sends it. */
    private static ObjectNode environmentFile(String file) {
        JsonNode content = Inputs.yaml(Inputs.readFile(file));
        if (!content.isObject()) {
            throw new CliException("The environment file must hold a mapping with name, description, variables, scope.");
        }
        ObjectNode env = (ObjectNode) content;
        JsonNode variables = env.get("variables");
        if (variables != null && variables.isObject()) {
            env.put("variables", PyJson.dumps(variables));
        }
        return env;
    }

    private static void requireField(ObjectNode env, String field) {
        JsonNode v = env.get(field);
        if (v == null || v.isNull() || v.asText().isEmpty() && !v.isContainerNode()) {
            throw new CliException(field + " is missing field.");
        }
    }
}
