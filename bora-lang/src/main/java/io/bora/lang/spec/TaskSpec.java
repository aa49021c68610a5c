package io.bora.lang.spec;

import java.util.List;
import java.util.Map;

/**
 * One task. {@code action} is the action name with inline params removed (null when the task
 * names neither an action nor a workflow: the engine then runs std.noop); {@code input} is the
 * {@code input:} map merged with the inline params (inline wins).
 */
public record TaskSpec(String name, String description, List<String> tags,
        String action, String workflow,
        Map<String, Object> input, String inputExpression,
        List<WithItem> withItems,
        Map<String, Object> publish, Map<String, Object> publishOnError,
        Policies policies,
        JoinSpec join,
        Transitions onSuccess, Transitions onError, Transitions onComplete,
        List<String> requires) {

    public TaskSpec {
        tags = Frozen.list(tags == null ? List.of() : tags);
        input = Frozen.rawMap(input == null ? Map.of() : input);
        withItems = Frozen.list(withItems == null ? List.of() : withItems);
        publish = Frozen.rawMap(publish);
        publishOnError = Frozen.rawMap(publishOnError);
        if (policies == null) {
            policies = Policies.NONE;
        }
        requires = Frozen.list(requires == null ? List.of() : requires);
    }

    public boolean isWorkflowTask() {
        return workflow != null;
    }

    public boolean hasWithItems() {
        return !withItems.isEmpty();
    }
}
