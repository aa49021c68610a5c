package io.bora.lang.spec;

import java.util.List;
import java.util.Map;

/** A workbook; workflows and actions are keyed by their short (unqualified) names. */
public record WorkbookSpec(String name, String description, List<String> tags,
        Map<String, WorkflowSpec> workflows, Map<String, ActionSpec> actions,
        String definition) {

    public WorkbookSpec {
        tags = Frozen.list(tags == null ? List.of() : tags);
        workflows = Frozen.map(workflows == null ? Map.of() : workflows);
        actions = Frozen.map(actions == null ? Map.of() : actions);
    }
}
