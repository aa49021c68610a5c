package io.bora.cli.view;

import static io.bora.cli.view.Cells.orNone;
import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed document's v1 tables (python-mistralclient 0.x): empty lists show one row of {@code <none>},
 * tags are joined by ", ", and the execution's target task is titled "Target" as in the seed session.
 */
public final class V1Views {
    public static final View WORKBOOK = new V1View(List.of("Name", "Description", "Tags")) {
        @Override
        public List<Object> row(JsonNode w, boolean lister) {
            return Arrays.asList(value(w, "name"), orNone(value(w, "description")), tags(w));
        }
    };

    public static final View EXECUTION = new V1View(List.of("ID", "Workbook", "Target", "State")) {
        @Override
        public List<Object> row(JsonNode e, boolean lister) {
            return Arrays.asList(value(e, "id"), value(e, "workbook_name"), value(e, "task"), value(e, "state"));
        }
    };

    public static final View TASK = new V1View(
            List.of("ID", "Workbook", "Execution", "Name", "Description", "State", "Tags")) {
        @Override
        public List<Object> row(JsonNode t, boolean lister) {
            return Arrays.asList(value(t, "id"), value(t, "workbook_name"), value(t, "execution_id"),
                    value(t, "name"), orNone(value(t, "description")), value(t, "state"), tags(t));
        }
    };

    private V1Views() {
    }

    /** v1 tags are never wrapped: joined by ", " or {@code <none>}. */
    static Object tags(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.path("tags").forEach(t -> names.add(t.asText()));
        return orNone(String.join(", ", names));
    }

    private abstract static class V1View implements View {
        private final List<String> columns;

        V1View(List<String> columns) {
            this.columns = columns;
        }

        @Override
        public List<String> columns(boolean lister) {
            return columns;
        }

        @Override
        public Object emptyCell() {
            return Cells.NONE;
        }
    }
}
