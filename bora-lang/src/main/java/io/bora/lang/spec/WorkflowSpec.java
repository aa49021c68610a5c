package io.bora.lang.spec;

import java.util.List;
import java.util.Map;

/**
 * A validated workflow. {@code type} is "direct" or "reverse"; maps keep YAML order;
 * {@code output}, {@code outputOnError} and {@code vars} are empty when absent;
 * {@code definition} is the YAML text of this workflow alone.
 */
public record WorkflowSpec(String name, String type, String description,
        List<String> tags, List<InputParam> input, Map<String, Object> output,
        Map<String, Object> outputOnError, Map<String, Object> vars, TaskDefaults taskDefaults,
        Map<String, TaskSpec> tasks, String definition) {

    public WorkflowSpec {
        tags = Frozen.list(tags == null ? List.of() : tags);
        input = Frozen.list(input == null ? List.of() : input);
        output = Frozen.rawMap(output == null ? Map.of() : output);
        outputOnError = Frozen.rawMap(outputOnError == null ? Map.of() : outputOnError);
        vars = Frozen.rawMap(vars == null ? Map.of() : vars);
        if (taskDefaults == null) {
            taskDefaults = TaskDefaults.NONE;
        }
        tasks = Frozen.map(tasks == null ? Map.of() : tasks);
    }

    public boolean isReverse() {
        return "reverse".equals(type);
    }

    public TaskSpec task(String taskName) {
        return tasks.get(taskName);
    }
}
