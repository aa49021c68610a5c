package io.bora.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bora.cli.http.ApiClient;
import io.bora.cli.http.Query;
import io.bora.cli.output.PyJson;
import java.util.Arrays;

/**
 * The seed's v1 API (/v1/workbooks/...), used by the v1 forms of the commands: a workbook is created by name,
 * its definition uploaded separately, and executions and tasks are nested under the workbook.
 */
final class V1Api {
    private final ApiClient api;

    V1Api(ApiClient api) {
        this.api = api;
    }

    JsonNode workbooks() {
        return api.get("/v1/workbooks", Query.of());
    }

    JsonNode workbook(String name) {
        return api.get(workbookPath(name), Query.of());
    }

    /** POST /v1/workbooks with the name, and the description and comma-separated tags when given. */
    JsonNode createWorkbook(String name, String description, String tags) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        if (tags != null) {
            ArrayNode list = body.putArray("tags");
            Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(list::add);
        }
        return api.postJson("/v1/workbooks", Query.of(), body);
    }

    void uploadDefinition(String name, String definition) {
        api.putTextForText(workbookPath(name) + "/definition", definition);
    }

    /** Starts an execution towards a target task; the context travels as a JSON-encoded string. */
    JsonNode createExecution(String workbook, String task, JsonNode context) {
        ObjectNode body = ApiClient.JSON.createObjectNode()
                .put("workbook_name", workbook)
                .put("task", task)
                .put("context", PyJson.dumps(context));
        return api.postJson(workbookPath(workbook) + "/executions", Query.of(), body);
    }

    JsonNode executions(String workbook) {
        return api.get(workbookPath(workbook) + "/executions", Query.of());
    }

    JsonNode execution(String workbook, String id) {
        return api.get(executionPath(workbook, id), Query.of());
    }

    JsonNode tasks(String workbook, String execution) {
        return api.get(executionPath(workbook, execution) + "/tasks", Query.of());
    }

    JsonNode task(String workbook, String execution, String id) {
        return api.get(executionPath(workbook, execution) + "/tasks/" + Query.encode(id), Query.of());
    }

    private static String workbookPath(String name) {
        return "/v1/workbooks/" + Query.encode(name);
    }

    private static String executionPath(String workbook, String id) {
        return workbookPath(workbook) + "/executions/" + Query.encode(id);
    }
}
