package io.bora.cli.view;

import static io.bora.cli.view.Cells.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Engine/executor services: Name, Type. */
public final class ServiceView implements View {
    public static final ServiceView INSTANCE = new ServiceView();

    private ServiceView() {
    }

    @Override
    public List<String> columns(boolean lister) {
        return List.of("Name", "Type");
    }

    @Override
    public List<Object> row(JsonNode s, boolean lister) {
        return Arrays.asList(value(s, "name"), value(s, "type"));
    }
}
