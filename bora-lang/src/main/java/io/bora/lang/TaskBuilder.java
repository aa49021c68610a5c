package io.bora.lang;

import io.bora.lang.spec.JoinSpec;
import io.bora.lang.spec.Policies;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transitions;
import io.bora.lang.spec.WithItem;
import io.bora.py.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One task of a direct or reverse workflow, validated in the order Mistral validates it. */
final class TaskBuilder {
    static final int MAX_TASK_NAME = 255;
    static final int MAX_JOIN_TASK_NAME = MAX_TASK_NAME - 47;

    private TaskBuilder() {
    }

    @SuppressWarnings("unchecked")
    static TaskSpec build(String name, Object body, String workflowType, Where where, ExpressionChecker checker) {
        if (!(body instanceof Map<?, ?>)) {
            throw where.error("Invalid DSL: " + PyRepr.repr(body) + " is not of type 'object'");
        }
        Map<String, Object> raw = (Map<String, Object>) body;
        // Mistral validates the task with its injected keys; they show in messages that embed the task.
        Map<String, Object> data = new LinkedHashMap<>(raw);
        data.put("type", workflowType);
        data.put("name", name);
        data.put("version", "2.0");
        boolean reverse = "reverse".equals(workflowType);
        where.validate(data, reverse ? DslSchemas.REVERSE_TASK : DslSchemas.DIRECT_TASK);

        if (name.codePointCount(0, name.length()) > MAX_TASK_NAME) {
            throw where.error("The length of a '" + name + "' task name must not exceed " + MAX_TASK_NAME + " symbols");
        }

        String actionText = (String) raw.get("action");
        String workflowText = (String) raw.get("workflow");
        String callKey = actionText != null ? "action" : "workflow";
        InlineCall call = null;
        if (actionText != null || workflowText != null) {
            try {
                call = InlineParser.parse(actionText != null ? actionText : workflowText);
            } catch (DslException e) {
                throw where.child(callKey).relocate(e);
            }
            checker.check(call.params(), where.child(callKey));
        }
        Object input = raw.get("input");
        checker.check(input, where.child("input"));
        checker.check(raw.get("publish"), where.child("publish"));
        checker.check(raw.get("publish-on-error"), where.child("publish-on-error"));
        checker.check(raw.get("keep-result"), where.child("keep-result"));
        checker.check(raw.get("safe-rerun"), where.child("safe-rerun"));

        List<WithItem> withItems = WithItemsParser.parse(raw.get("with-items"), data, where.child("with-items"),
                checker);
        Policies policies = PoliciesBuilder.build(raw, where, checker);

        Map<String, Object> inputMap = new LinkedHashMap<>();
        String inputExpression = null;
        if (input instanceof Map<?, ?> map) {
            inputMap.putAll((Map<String, Object>) map);
        } else if (input instanceof String expression) {
            inputExpression = expression;
        }
        if (call != null) {
            inputMap.putAll(call.params()); // inline params win over input: (merge_dicts overwrite)
        }

        JoinSpec join = null;
        Transitions onSuccess = null;
        Transitions onError = null;
        Transitions onComplete = null;
        List<String> requires = new ArrayList<>();
        if (reverse) {
            Object req = raw.get("requires");
            if (req instanceof String single) {
                requires.add(single);
            } else if (req instanceof List<?> list) {
                list.forEach(r -> requires.add((String) r));
            }
        } else {
            onComplete = TransitionsBuilder.build(raw.get("on-complete"), where.child("on-complete"), checker);
            onSuccess = TransitionsBuilder.build(raw.get("on-success"), where.child("on-success"), checker);
            onError = TransitionsBuilder.build(raw.get("on-error"), where.child("on-error"), checker);
            join = join(raw.get("join"));
            if (join != null && name.codePointCount(0, name.length()) > MAX_JOIN_TASK_NAME) {
                throw where.error("The length of a '" + name + "' join task name must not exceed "
                        + MAX_JOIN_TASK_NAME + " symbols");
            }
        }

        List<String> tags = raw.get("tags") instanceof List<?> t ? (List<String>) t : List.of();
        return new TaskSpec(name, (String) raw.get("description"), tags,
                actionText != null ? call.name() : null,
                workflowText != null && actionText == null ? call.name() : null,
                inputMap, inputExpression, withItems,
                (Map<String, Object>) raw.get("publish"), (Map<String, Object>) raw.get("publish-on-error"),
                policies, join, onSuccess, onError, onComplete, requires);
    }

    /** all -> (true, 0); one -> (false, 1); N -> (false, N); 0 counts as no join, as in Mistral. */
    private static JoinSpec join(Object raw) {
        if ("all".equals(raw)) {
            return JoinSpec.ALL;
        }
        if ("one".equals(raw)) {
            return JoinSpec.ONE;
        }
        if (raw instanceof Number n && n.longValue() > 0) {
            return new JoinSpec(false, (int) Math.min(n.longValue(), Integer.MAX_VALUE));
        }
        return null;
    }
}
