package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Result of a validate call: Valid, Error. */
public final class ValidationView implements View {
    public static final ValidationView INSTANCE = new ValidationView();

    private ValidationView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("Valid", "Error");
    }

    @Override
    public List<Object> row(JsonNode r, boolean lister) {
        return Arrays.asList(value(r, "valid"), value(r, "error"));
    }
}
