package io.bora.expr;

import java.util.Map;

/**
 * Evaluates values of a workflow definition the way Mistral does ({@code mistral.expressions}).
 * Thread-safe; parsed expressions are cached.
 *
 * <p>Values in and out use the plain value model: null, Boolean, Integer/Long/BigInteger,
 * Double (Float/BigDecimal accepted on input), String, List, Map with String keys. Results are
 * converted as Mistral persists them (tuples/sets/generators to lists, dict keys to strings).
 */
public final class Expressions {

    /**
     * Evaluates {@code value} against the data context: a String holding {@code {{ }}}/{@code {% %}}
     * is Jinja, else one holding {@code <% %>} is YAQL, else returned unchanged; Lists and Maps are
     * evaluated element by element (map values only); other values are returned as they are.
     */
    public Object evaluate(Object value, Map<String, Object> dataContext, WorkflowFunctions functions) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Checks the syntax of every expression in a definition string, without evaluating. */
    public void validate(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** True when the string contains a YAQL or Jinja expression by Mistral's rules. */
    public static boolean containsExpression(String text) {
        return text != null && (text.contains("<%") && text.contains("%>")
                || text.contains("{{") && text.contains("}}")
                || text.contains("{%") && text.contains("%}"));
    }
}
