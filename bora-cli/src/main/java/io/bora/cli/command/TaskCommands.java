package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.ExecutionView;
import io.bora.cli.view.TaskView;
import io.bora.cli.view.V1Views;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** task-* commands; task-list also takes the seed's v1 form (WORKBOOK EXECUTION). */
public final class TaskCommands extends CommandGroup {
    private final TaskView view;

    public TaskCommands(CliContext ctx) {
        super(ctx);
        this.view = new TaskView(ctx.durations());
    }

    @Command(name = "task-list", mixinStandardHelpOptions = true,
            description = "List tasks (of one workflow execution); 'task-list WORKBOOK EXECUTION' lists v1 tasks.")
    int list(@Parameters(arity = "0..2", paramLabel = "WORKFLOW_EXECUTION",
                     description = "Workflow execution ID (v1: WORKBOOK EXECUTION).") List<String> ids,
             @Option(names = "--oldest", description = "Start from the oldest entries instead of the newest.")
             boolean oldest,
             @Mixin ListOptions list, @Mixin ListOutputOptions output) {
        if (ids != null && ids.size() == 2) {
            return printList(output, V1Views.TASK, new V1Api(api()).tasks(ids.get(0), ids.get(1)), "tasks", false);
        }
        String path = ids == null || ids.isEmpty() ? "/v2/tasks" : "/v2/executions/" + segment(ids.get(0)) + "/tasks";
        ListOptions.Page page = list.executions(oldest, view.listFields(), Map.of());
        return printList(output, view, api().get(path, page.query()), "tasks", page.reverse());
    }

    @Command(name = "task-get", mixinStandardHelpOptions = true,
            description = "Show specific task; 'task-get WORKBOOK EXECUTION TASK' shows a v1 task.")
    int get(@Parameters(arity = "1..3", paramLabel = "TASK", description = "Task identifier (v1: WORKBOOK EXECUTION TASK).")
            List<String> ids,
            @Mixin OutputOptions output) {
        if (ids.size() == 3) {
            return printOne(output, V1Views.TASK, new V1Api(api()).task(ids.get(0), ids.get(1), ids.get(2)));
        }
        if (ids.size() == 2) {
            throw new io.bora.cli.CliException("task-get takes a task ID, or WORKBOOK EXECUTION TASK for a v1 task.");
        }
        return printOne(output, view, fetch(ids.get(0)));
    }

    @Command(name = "task-get-result", mixinStandardHelpOptions = true, description = "Show task output data.")
    int getResult(@Parameters(paramLabel = "ID", description = "Task ID.") String id) {
        return printJsonField(fetch(id), "result");
    }

    @Command(name = "task-get-published", mixinStandardHelpOptions = true, description = "Show task published variables.")
    int getPublished(@Parameters(paramLabel = "ID", description = "Task ID.") String id) {
        JsonNode task = fetch(id);
        String published = prettyJsonText(task.get("published"));
        ctx.out().print(published);
        // The client appends the globally published variables when the server reports any.
        JsonNode global = task.get("published_global");
        if (global != null && !global.isNull() && !(global.isTextual() && global.asText().isEmpty())) {
            ctx.out().print(prettyJsonText(global));
        }
        return 0;
    }

    @Command(name = "task-rerun", mixinStandardHelpOptions = true, description = "Rerun an existing task.")
    int rerun(@Parameters(paramLabel = "ID", description = "Task identifier.") String id,
              @Option(names = "--resume", description = "Rerun only failed or unstarted action executions (with-items).")
              boolean resume,
              @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment variables (JSON/YAML or file).")
              String env,
              @Mixin OutputOptions output) {
        ObjectNode body = object().put("id", id).put("state", "RUNNING").put("reset", !resume);
        JsonNode envValue = Inputs.yamlOrJson(env);
        if (!ExecutionCommands.isEmptyObject(envValue)) {
            body.put("env", encoded(envValue));
        }
        return printOne(output, view, api().putJson("/v2/tasks/" + segment(id), Query.of(), body));
    }

    @Command(name = "task-get-sub-executions", mixinStandardHelpOptions = true,
            description = "Show the sub-workflow executions of a task.")
    int getSubExecutions(@Parameters(paramLabel = "ID") String id,
                         @Option(names = "--errors-only", description = "Only error paths will be included.")
                         boolean errorsOnly,
                         @Option(names = "--max-depth", paramLabel = "N", defaultValue = "-1") int maxDepth,
                         @Mixin ListOutputOptions output) {
        JsonNode subs = api().get("/v2/tasks/" + segment(id) + "/executions",
                ExecutionCommands.subExecutionQuery(errorsOnly, maxDepth));
        return printList(output, new ExecutionView(ctx.durations()), subs, "executions", false);
    }

    private JsonNode fetch(String id) {
        return api().get("/v2/tasks/" + segment(id), Query.of());
    }
}
