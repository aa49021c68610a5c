package io.bora.cli.view;

import static io.bora.cli.view.Cells.orNone;
import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.bora.cli.http.ApiClient;
import io.bora.cli.output.PyJson;
import java.util.ArrayList;
import java.util.List;

/** Environments; single views show the variables as indented JSON, lists leave them out. */
public final class EnvironmentView implements View {
    public static final EnvironmentView INSTANCE = new EnvironmentView();

    private EnvironmentView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return lister
                ? List.of("Name", "Description", "Scope", "Created at", "Updated at")
                : List.of("Name", "Description", "Variables", "Scope", "Created at", "Updated at");
    }

    @Override
    public List<String> listFields() {
        return List.of("name", "description", "variables", "scope", "created_at", "updated_at");
    }

    @Override
    public List<Object> row(JsonNode e, boolean lister) {
        List<Object> row = new ArrayList<>();
        row.add(value(e, "name"));
        row.add(Cells.has(e, "description") ? orNone(value(e, "description")) : null);
        if (!lister) {
            row.add(PyJson.dumps(variables(e), 4));
        }
        row.add(value(e, "scope"));
        row.add(value(e, "created_at"));
        row.add(Cells.has(e, "updated_at") ? orNone(value(e, "updated_at")) : null);
        return row;
    }

    /** The variables object; the REST API sends it as a JSON-encoded string. */
    public static JsonNode variables(JsonNode env) {
        JsonNode v = env.get("variables");
        if (v == null) {
            return NullNode.getInstance();
        }
        if (v.isTextual()) {
            try {
                return ApiClient.JSON.readTree(v.asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                return v;
            }
        }
        return v;
    }
}
