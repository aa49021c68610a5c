package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.CliException;
import io.bora.cli.http.Query;
import io.bora.cli.output.PyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval}: evaluates one expression on the server (POST /v2/expressions/evaluate) against a JSON context
 * or an execution's final context, and prints the result as JSON. A debugging aid Mistral lacks.
 */
public final class EvalCommand extends CommandGroup {
    public EvalCommand(CliContext ctx) {
        super(ctx);
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluate a YAQL or Jinja expression and print the result as JSON.")
    int eval(@Parameters(paramLabel = "EXPR", description = "The expression, e.g. '<% $.x + 1 %>', or bare with --yaql/--jinja.")
             String expression,
             @Option(names = "--yaql", description = "EXPR is YAQL; wrapped in <% %> unless already delimited.") boolean yaql,
             @Option(names = "--jinja", description = "EXPR is Jinja; wrapped in {{ }} unless already delimited.")
             boolean jinja,
             @Option(names = "--context", paramLabel = "FILE.json", description = "Data context: a JSON file or JSON text.")
             String context,
             @Option(names = "--execution", paramLabel = "ID", description = "Evaluate against this execution's context.")
             String executionId) {
        if (yaql && jinja) {
            throw new CliException("--yaql and --jinja are mutually exclusive.");
        }
        if (context != null && executionId != null) {
            throw new CliException("--context and --execution are mutually exclusive.");
        }
        ObjectNode body = object().put("expression", delimited(expression, yaql, jinja));
        if (executionId != null) {
            body.put("execution_id", executionId);
        } else {
            body.set("context", context == null ? object() : Inputs.json(context));
        }
        JsonNode answer = api().postJson("/v2/expressions/evaluate", Query.of(), body);
        ctx.out().println(PyJson.dumps(answer.path("result").isMissingNode() ? null : answer.get("result"), 4));
        return 0;
    }

    static String delimited(String expression, boolean yaql, boolean jinja) {
        String trimmed = expression.strip();
        if (yaql && !(trimmed.startsWith("<%") && trimmed.endsWith("%>"))) {
            return "<% " + trimmed + " %>";
        }
        if (jinja && !(trimmed.startsWith("{{") && trimmed.endsWith("}}"))) {
            return "{{ " + trimmed + " }}";
        }
        return expression;
    }
}
