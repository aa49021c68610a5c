package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.CliException;
import io.bora.cli.http.Query;
import io.bora.cli.output.ListOutputOptions;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.view.CronTriggerView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** cron-trigger-* commands. */
public final class CronTriggerCommands extends CommandGroup {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId localZone;

    public CronTriggerCommands(CliContext ctx) {
        super(ctx);
        this.localZone = ZoneId.systemDefault();
    }

    @Command(name = "cron-trigger-create", mixinStandardHelpOptions = true, description = "Create new trigger.")
    int create(@Parameters(index = "0", paramLabel = "NAME", description = "Cron trigger name.") String name,
               @Parameters(index = "1", paramLabel = "WORKFLOW", description = "Workflow name or ID.") String workflow,
               @Parameters(index = "2", arity = "0..1", paramLabel = "INPUT", description = "Workflow input (JSON or file).")
               String input,
               @Option(names = "--params", paramLabel = "PARAMS", description = "Workflow params (JSON or file).")
               String params,
               @Option(names = "--pattern", paramLabel = "<* * * * *>", description = "Cron trigger pattern.")
               String pattern,
               @Option(names = "--first-time", paramLabel = "<YYYY-MM-DD HH:MM>",
                       description = "Date and time of the first execution; local time unless --utc.") String firstTime,
               @Option(names = "--count", paramLabel = "<integer>", description = "Number of wanted executions.")
               Integer count,
               @Option(names = "--utc", description = "--first-time is given in UTC.") boolean utc,
               @Mixin OutputOptions output) {
        ObjectNode body = object().put("name", name);
        body.put("pattern", pattern);
        body.put("first_execution_time", firstTime == null || utc ? firstTime : toUtc(firstTime));
        body.put("remaining_executions", count);
        body.put(isUuid(workflow) ? "workflow_id" : "workflow_name", workflow);
        JsonNode in = input == null ? null : Inputs.json(input);
        if (!ExecutionCommands.isEmptyObject(in)) {
            body.put("workflow_input", encoded(in));
        }
        JsonNode p = params == null ? null : Inputs.json(params);
        if (!ExecutionCommands.isEmptyObject(p)) {
            body.put("workflow_params", encoded(p));
        }
        return printOne(output, CronTriggerView.INSTANCE, api().postJson("/v2/cron_triggers", Query.of(), body));
    }

    @Command(name = "cron-trigger-list", mixinStandardHelpOptions = true, description = "List all cron triggers.")
    int list(@Mixin ListOptions list, @Mixin ListOutputOptions output) {
        ListOptions.Page page = list.plain(CronTriggerView.INSTANCE.listFields(), Map.of());
        return printList(output, CronTriggerView.INSTANCE, api().get("/v2/cron_triggers", page.query()),
                "cron_triggers", false);
    }

    @Command(name = "cron-trigger-get", mixinStandardHelpOptions = true, description = "Show specific cron trigger.")
    int get(@Parameters(paramLabel = "CRON_TRIGGER", description = "Cron trigger name.") String name,
            @Mixin OutputOptions output) {
        return printOne(output, CronTriggerView.INSTANCE,
                api().get("/v2/cron_triggers/" + segment(name), Query.of()));
    }

    @Command(name = "cron-trigger-delete", mixinStandardHelpOptions = true, description = "Delete trigger(s).")
    int delete(@Parameters(paramLabel = "CRON_TRIGGER", arity = "1..*") List<String> names) {
        return deleteEach(names, "cron trigger", n -> api().delete("/v2/cron_triggers/" + segment(n), Query.of()));
    }

    /** The mistral CLI reads --first-time as local time and sends it in UTC. */
    private String toUtc(String localTime) {
        try {
            LocalDateTime local = LocalDateTime.parse(localTime, MINUTES);
            return local.atZone(localZone).withZoneSameInstant(ZoneOffset.UTC).format(MINUTES);
        } catch (DateTimeParseException e) {
            throw new CliException("time data '" + localTime + "' does not match format 'YYYY-MM-DD HH:MM'");
        }
    }
}
