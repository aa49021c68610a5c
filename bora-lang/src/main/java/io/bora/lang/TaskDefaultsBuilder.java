package io.bora.lang;

import io.bora.lang.spec.Policies;
import io.bora.lang.spec.TaskDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A workflow's {@code task-defaults}: only policies, transitions and requires are allowed. */
final class TaskDefaultsBuilder {
    private static final List<String> POLICY_KEYS = List.of("retry", "wait-before", "wait-after", "timeout",
            "pause-before", "concurrency", "fail-on", "safe-rerun");

    private TaskDefaultsBuilder() {
    }

    @SuppressWarnings("unchecked")
    static TaskDefaults build(Object raw, Where where, ExpressionChecker checker) {
        if (raw == null) {
            return TaskDefaults.NONE;
        }
        where.validate(raw, DslSchemas.TASK_DEFAULTS);
        Map<String, Object> data = (Map<String, Object>) raw;
        boolean anyPolicy = POLICY_KEYS.stream().anyMatch(data::containsKey);
        Policies policies = PoliciesBuilder.build(data, where, checker);
        List<String> requires = null;
        Object req = data.get("requires");
        if (req instanceof String single) {
            requires = List.of(single);
        } else if (req instanceof List<?> list) {
            requires = new ArrayList<>();
            for (Object r : list) {
                requires.add((String) r);
            }
        }
        return new TaskDefaults(anyPolicy ? policies : null,
                TransitionsBuilder.build(data.get("on-success"), where.child("on-success"), checker),
                TransitionsBuilder.build(data.get("on-error"), where.child("on-error"), checker),
                TransitionsBuilder.build(data.get("on-complete"), where.child("on-complete"), checker),
                requires);
    }
}
