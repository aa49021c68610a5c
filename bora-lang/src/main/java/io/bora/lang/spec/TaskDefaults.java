package io.bora.lang.spec;

import java.util.List;

/** The workflow's {@code task-defaults}; absent clauses are null. */
public record TaskDefaults(Policies policies, Transitions onSuccess, Transitions onError,
        Transitions onComplete, List<String> requires) {

    public static final TaskDefaults NONE = new TaskDefaults(null, null, null, null, null);

    public TaskDefaults {
        requires = Frozen.list(requires);
    }
}
