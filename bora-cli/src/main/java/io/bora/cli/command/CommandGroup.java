package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.CliContext;
import io.bora.cli.CliException;
import io.bora.cli.http.ApiClient;
import io.bora.cli.http.ApiException;
import io.bora.cli.http.Query;
import io.bora.cli.output.OutputOptions;
import io.bora.cli.output.PyJson;
import io.bora.cli.view.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** What the command classes (one per resource) share: the context and the printing conventions. */
abstract class CommandGroup {
    protected final CliContext ctx;

    protected CommandGroup(CliContext ctx) {
        this.ctx = ctx;
    }

    protected ApiClient api() {
        return ctx.api();
    }

    /** Prints the items under {@code key} of a list response as a table (or another -f format). */
    protected int printList(OutputOptions output, View view, JsonNode response, String key, boolean reverse) {
        List<JsonNode> items = new ArrayList<>();
        response.path(key).forEach(items::add);
        if (reverse) {
            Collections.reverse(items);
        }
        output.printList(ctx.out(), view.listing(items));
        return 0;
    }

    protected int printOne(OutputOptions output, View view, JsonNode item) {
        output.printOne(ctx.out(), view.record(item));
        return 0;
    }

    /**
     * Prints a JSON-encoded field the way the mistral CLI does: parsed and re-dumped with indent 4,
     * or as it is when it is not JSON; nothing becomes an empty line.
     */
    protected int printJsonField(JsonNode item, String field) {
        ctx.out().print(prettyJsonText(item.get(field)));
        return 0;
    }

    static String prettyJsonText(JsonNode value) {
        if (value == null || value.isNull()) {
            return "\n";
        }
        if (!value.isTextual()) {
            return PyJson.dumps(value, 4) + "\n";
        }
        String text = value.asText();
        try {
            return PyJson.dumps(ApiClient.JSON.readTree(text), 4) + "\n";
        } catch (Exception notJson) {
            return text.isEmpty() ? "\n" : text;
        }
    }

    /** Raw definition text, as {@code *-get-definition} prints it. */
    protected int printDefinition(JsonNode item) {
        String definition = item.path("definition").asText("");
        ctx.out().print(definition.isEmpty() ? "\n" : definition);
        return 0;
    }

    /**
     * Deletes each named resource and reports each one, like the client's do_action_on_many: a failure
     * does not stop the others, and the command then ends with an error.
     */
    protected int deleteEach(List<String> names, String kind, Consumer<String> delete) {
        boolean failed = false;
        for (String name : names) {
            try {
                delete.accept(name);
                ctx.out().println("Request to delete " + kind + " " + name + " has been accepted.");
            } catch (ApiException e) {
                failed = true;
                ctx.err().println(e.getMessage());
            }
        }
        if (failed) {
            throw new CliException("Unable to delete the specified " + kind + "(s).");
        }
        return 0;
    }

    /** A JSON value sent as a JSON-encoded string, as python-mistralclient does for input/params. */
    protected static String encoded(JsonNode value) {
        return PyJson.dumps(value);
    }

    protected static ObjectNode object() {
        return ApiClient.JSON.createObjectNode();
    }

    protected static String segment(String pathPart) {
        return Query.encode(pathPart);
    }

    /** The client sends workflow_id for a UUID-like identifier and workflow_name otherwise. */
    protected static boolean isUuid(String s) {
        try {
            return s != null && s.length() == 36 && UUID.fromString(s) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
