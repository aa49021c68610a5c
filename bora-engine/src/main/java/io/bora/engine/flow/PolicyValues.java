package io.bora.engine.flow;

import io.bora.expr.Expressions;
import io.bora.expr.value.Py;

import java.util.Map;

/** Policy values of a task: literals, or expressions evaluated against the task's context. */
final class PolicyValues {
    private final Evaluation eval;
    private final Map<String, Object> ctx;

    PolicyValues(Evaluation eval, Map<String, Object> ctx) {
        this.eval = eval;
        this.ctx = ctx;
    }

    private Object value(Object raw) {
        return raw instanceof String s && Expressions.containsExpression(s) ? eval.evaluate(s, ctx) : raw;
    }

    /** A non-negative integer policy (seconds, counts); 0 when unset. */
    long seconds(Object raw, String policyClass) {
        if (raw == null) return 0;
        Object v = value(raw);
        if (v instanceof Number n && !(v instanceof Double) && n.longValue() >= 0) return n.longValue();
        if (v instanceof Double d && d >= 0 && d == Math.floor(d)) return d.longValue();
        throw new TaskLauncher.TaskFailure("Invalid data type in " + policyClass + ": " + PyText.str(v)
                + ". Value(s) can be shown after YAQL evaluating. If you use YAQL here, please correct it.");
    }

    boolean flag(Object raw) {
        return raw != null && Py.truthy(value(raw));
    }
}
