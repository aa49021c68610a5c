package io.bora.lang.v1;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The v2 body of one v1 task, without transitions (those depend on the execution's target, see
 * {@link V1Flow}): action, input, publish and the retry policy.
 */
final class V1TaskMapper {
    private final String workbook;
    private final V1ActionCatalog actions;

    V1TaskMapper(String workbook, V1ActionCatalog actions) {
        this.workbook = workbook;
        this.actions = actions;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> body(V1TaskDef task) {
        Map<String, Object> out = new LinkedHashMap<>();
        V1ActionDef action = actions.resolve(task.action());
        Map<String, Object> input;
        if (action != null) {
            out.put("action", workbook + "." + action.shortName());
            input = (Map<String, Object>) V1Expressions.value(task.parameters());
        } else {
            // A std (or plugin) action named directly; v1's e-mail parameter names still apply.
            out.put("action", task.action());
            input = (Map<String, Object>) V1Expressions.value(V1StdActions.normalise(task.action(), task.parameters()));
        }
        if (task.description() != null) {
            out.put("description", task.description());
        }
        if (!input.isEmpty()) {
            out.put("input", input);
        }
        Map<String, Object> publish = new LinkedHashMap<>();
        if (action != null && action.storeAs() != null) {
            publish.put(action.storeAs(), "<% task().result %>");
        }
        task.publish().forEach((k, v) -> publish.put(k, V1Expressions.publishValue(v)));
        if (!publish.isEmpty()) {
            out.put("publish", publish);
        }
        Map<String, Object> retry = retry(task);
        if (retry != null) {
            out.put("retry", retry);
        }
        return out;
    }

    /**
     * {@code retry} maps 1:1. {@code repeat} runs the action {@code iterations} times while it
     * succeeds and {@code break-on} is false, which v2 writes as a retry that continues on success.
     */
    private static Map<String, Object> retry(V1TaskDef task) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!task.retry().isEmpty()) {
            // v2 requires both count and delay; v1 let either default
            out.put("count", number(task.retry().get("count"), 0));
            out.put("delay", number(task.retry().get("delay"), 0));
            String breakOn = V1Expressions.condition(task.retry().get("break-on"));
            if (breakOn != null) {
                out.put("break-on", breakOn);
            }
            return out;
        }
        if (task.repeat().isEmpty()) {
            return null;
        }
        long iterations = number(task.repeat().get("iterations"), 1);
        out.put("count", Math.max(0, iterations - 1));
        out.put("delay", number(task.repeat().get("delay"), 0));
        Object breakOn = task.repeat().get("break-on");
        String raw = breakOn == null ? null : V1Expressions.condition(breakOn);
        boolean yaql = raw != null && raw.startsWith("<%") && raw.endsWith("%>");
        out.put("continue-on", !yaql ? "<% true %>"
                : "<% not (" + raw.substring(2, raw.length() - 2).strip() + ") %>");
        return out;
    }

    private static long number(Object value, long otherwise) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value != null) {
            try {
                return Long.parseLong(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                throw V1Yaml.invalid("retry", "wants whole numbers, found " + value);
            }
        }
        return otherwise;
    }
}
