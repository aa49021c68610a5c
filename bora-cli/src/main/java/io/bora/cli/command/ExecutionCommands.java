package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.CliException;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.ExecutionView;
import io.bora.cli.view.V1Views;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** execution-* commands; execution-get and execution-list also take the seed's v1 form (workbook first). */
public final class ExecutionCommands extends CommandGroup {
    private final ExecutionView view;

    public ExecutionCommands(CliContext ctx) {
        super(ctx);
        this.view = new ExecutionView(ctx.durations());
    }

    @Command(name = "execution-create", mixinStandardHelpOptions = true,
            description = {"Create new execution.",
                    "v1 form (the seed's): execution-create WORKBOOK TASK [CONTEXT], recognised when TASK is a bare "
                            + "name (letters, digits, _ and -) that is neither JSON nor a file."})
    int create(@Parameters(index = "0", arity = "0..1", paramLabel = "WORKFLOW", description = "Workflow ID or name.")
               String workflow,
               @Parameters(index = "1", arity = "0..1", paramLabel = "INPUT", description = "Workflow input (JSON or file).")
               String input,
               @Parameters(index = "2", arity = "0..1", paramLabel = "PARAMS",
                       description = "Workflow additional parameters (JSON or file).") String params,
               @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "") String namespace,
               @Option(names = {"-d", "--description"}, paramLabel = "DESCRIPTION", defaultValue = "") String description,
               @Option(names = "-s", paramLabel = "SOURCE_EXECUTION_ID",
                       description = "Create the execution based on a previous one.") String sourceExecutionId,
               @Mixin OutputOptions output) {
        if (workflow != null && input != null && Inputs.isTaskName(input)) {
            JsonNode context = params == null ? object() : Inputs.json(params);
            return printOne(output, V1Views.EXECUTION, new V1Api(api()).createExecution(workflow, input, context));
        }
        if ((workflow == null || workflow.isEmpty()) && (sourceExecutionId == null || sourceExecutionId.isEmpty())) {
            throw new CliException("Workflow ID or name must be given (or a source execution with -s).");
        }
        ObjectNode body = object().put("description", description);
        if (isUuid(sourceExecutionId)) {
            body.put("source_execution_id", sourceExecutionId);
        }
        if (workflow != null && !workflow.isEmpty()) {
            body.put(isUuid(workflow) ? "workflow_id" : "workflow_name", workflow);
        }
        if (!namespace.isEmpty()) {
            body.put("workflow_namespace", namespace);
        }
        if (input != null) {
            JsonNode in = Inputs.json(input);
            if (!isEmptyObject(in)) {
                body.put("input", encoded(in));
            }
        }
        if (params != null) {
            JsonNode p = Inputs.json(params);
            if (!isEmptyObject(p)) {
                body.put("params", encoded(p));
            }
        }
        return printOne(output, view, api().postJson("/v2/executions", Query.of(), body));
    }

    @Command(name = "execution-list", mixinStandardHelpOptions = true,
            description = "List executions (newest 100 by default); 'execution-list WORKBOOK' lists a v1 workbook's.")
    int list(@Parameters(arity = "0..1", paramLabel = "WORKBOOK", description = "v1 only: the workbook name.")
             String workbook,
             @Option(names = "--task", paramLabel = "TASK_EXECUTION_ID",
                     description = "Parent task execution ID associated with workflow execution list.") String task,
             @Option(names = "--rootsonly", description = "Return only root executions.") boolean rootsOnly,
             @Option(names = "--oldest", description = "Start from the oldest entries instead of the newest.")
             boolean oldest,
             @Mixin ListOptions list, @Mixin ListOutputOptions output) {
        if (workbook != null) {
            return printList(output, V1Views.EXECUTION, new V1Api(api()).executions(workbook), "executions", false);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        if (rootsOnly) {
            extra.put("nulls", "root_execution_id");
        }
        if (task != null && !task.isEmpty()) {
            extra.put("task_execution_id", task);
        }
        ListOptions.Page page = list.executions(oldest, view.listFields(), extra);
        return printList(output, view, api().get("/v2/executions", page.query()), "executions", page.reverse());
    }

    @Command(name = "execution-get", mixinStandardHelpOptions = true,
            description = "Show specific execution; 'execution-get WORKBOOK ID' shows a v1 execution.")
    int get(@Parameters(arity = "1..2", paramLabel = "EXECUTION",
                    description = "Execution identifier (v1: WORKBOOK EXECUTION).") List<String> ids,
            @Mixin OutputOptions output) {
        if (ids.size() == 2) {
            return printOne(output, V1Views.EXECUTION, new V1Api(api()).execution(ids.get(0), ids.get(1)));
        }
        return printOne(output, view, fetch(ids.get(0)));
    }

    @Command(name = "execution-get-input", mixinStandardHelpOptions = true, description = "Show execution input data.")
    int getInput(@Parameters(paramLabel = "ID") String id) {
        return printJsonField(fetch(id), "input");
    }

    @Command(name = "execution-get-output", mixinStandardHelpOptions = true, description = "Show execution output data.")
    int getOutput(@Parameters(paramLabel = "ID") String id) {
        return printJsonField(fetch(id), "output");
    }

    @Command(name = "execution-get-published", mixinStandardHelpOptions = true,
            description = "Show workflow global published variables.")
    int getPublished(@Parameters(paramLabel = "ID") String id) {
        return printJsonField(fetch(id), "published_global");
    }

    @Command(name = "execution-update", mixinStandardHelpOptions = true, description = "Update execution.")
    int update(@Parameters(paramLabel = "ID") String id,
               @Option(names = {"-s", "--state"}, paramLabel = "STATE",
                       description = "Execution state: RUNNING, PAUSED, SUCCESS, ERROR, CANCELLED.") String state,
               @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment variables (JSON/YAML or file).")
               String env,
               @Option(names = {"-d", "--description"}, paramLabel = "DESCRIPTION") String description,
               @Mixin OutputOptions output) {
        if (state != null && !List.of("RUNNING", "PAUSED", "SUCCESS", "ERROR", "CANCELLED").contains(state)) {
            throw new CliException("argument -s/--state: invalid choice: '" + state
                    + "' (choose from 'RUNNING', 'PAUSED', 'SUCCESS', 'ERROR', 'CANCELLED')");
        }
        ObjectNode body = object();
        if (state != null && !state.isEmpty()) {
            body.put("state", state);
        }
        if (description != null && !description.isEmpty()) {
            body.put("description", description);
        }
        JsonNode envValue = Inputs.yamlOrJson(env);
        if (!isEmptyObject(envValue)) {
            body.set("params", object().set("env", envValue));
        }
        return printOne(output, view, api().putJson("/v2/executions/" + segment(id), Query.of(), body));
    }

    @Command(name = "execution-delete", mixinStandardHelpOptions = true, description = "Delete execution(s).")
    int delete(@Parameters(paramLabel = "EXECUTION", arity = "1..*") List<String> ids,
               @Option(names = "--force", description = "Delete even a running execution.") boolean force) {
        return deleteEach(ids, "execution",
                id -> api().delete("/v2/executions/" + segment(id), Query.of().add("force", force ? "true" : null)));
    }

    @Command(name = "execution-get-report", mixinStandardHelpOptions = true, description = "Print execution report.")
    int getReport(@Parameters(paramLabel = "ID") String id,
                  @Option(names = "--errors-only", description = "Only error paths will be included (the default).")
                  boolean errorsOnly,
                  @Option(names = "--no-errors-only", description = "Not only error paths will be included.")
                  boolean allPaths,
                  @Option(names = "--statistics-only", description = "Only the statistics will be included.")
                  boolean statisticsOnly,
                  @Option(names = "--max-depth", paramLabel = "N", defaultValue = "-1",
                          description = "Maximum depth of the workflow execution tree.") int maxDepth) {
        Query q = Query.of()
                .add("errors_only", allPaths ? null : "true")
                .add("statistics_only", statisticsOnly ? "true" : null)
                .add("max_depth", maxDepth);
        new ExecutionReport(ctx.out()).print(api().get("/v2/executions/" + segment(id) + "/report", q));
        return 0;
    }

    @Command(name = "execution-get-sub-executions", mixinStandardHelpOptions = true,
            description = "Show the execution and its sub-executions.")
    int getSubExecutions(@Parameters(paramLabel = "ID") String id,
                         @Option(names = "--errors-only", description = "Only error paths will be included.")
                         boolean errorsOnly,
                         @Option(names = "--max-depth", paramLabel = "N", defaultValue = "-1") int maxDepth,
                         @Mixin ListOutputOptions output) {
        JsonNode subs = api().get("/v2/executions/" + segment(id) + "/executions", subExecutionQuery(errorsOnly, maxDepth));
        return printList(output, view, subs, "executions", false);
    }

    static Query subExecutionQuery(boolean errorsOnly, int maxDepth) {
        return Query.of().add("max_depth", maxDepth).add("errors_only", errorsOnly ? "true" : "");
    }

    static boolean isEmptyObject(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() && node.isEmpty();
    }

    private JsonNode fetch(String id) {
        return api().get("/v2/executions/" + segment(id), Query.of());
    }
}
