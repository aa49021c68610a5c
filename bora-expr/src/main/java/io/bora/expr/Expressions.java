package io.bora.expr;

import io.bora.expr.jinja.JinjaEvaluator;
import io.bora.expr.value.Limits;
import io.bora.expr.value.PyText;
import io.bora.expr.value.Values;
import io.bora.expr.yaql.YaqlEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates values of a workflow definition the way Mistral does ({@code mistral.expressions}).
 * Thread-safe; parsed expressions are cached.
 *
 * <p>Values in and out use the plain value model: null, Boolean, Integer/Long/BigInteger,
 * Double (Float/BigDecimal accepted on input), String, List, Map with String keys. Results are
 * converted as Mistral persists them (tuples/sets/generators to lists, dict keys to strings).
 *
 * <p>Only the strings given to {@link #evaluate} are treated as expressions: values produced by
 * an evaluation (context data, function results) are never evaluated again, so data containing
 * {@code <%} or {@code {{} cannot inject code.
 */
public final class Expressions {
    /** Mistral's patterns; Java's '.' does not match a newline, as Python's without DOTALL. */
    private static final Pattern JINJA = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");
    private static final Pattern JINJA_EXPR = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern YAQL = Pattern.compile("<%.*?%>");
    private static final String MIXED = "The line already contains an expression of type 'jinja'. "
            + "Mixing expression types in a single line is not allowed.";
    private static final int DATA_IN_MESSAGE = 64 * 1024;

    private final YaqlEngine yaql;
    private final Limits limits;
    private final JinjaEvaluator jinja = new JinjaEvaluator();

    public Expressions() {
        this(Limits.DEFAULT);
    }

    public Expressions(Limits limits) {
        this.yaql = new YaqlEngine(limits);
        this.limits = limits;
    }

    /**
     * Evaluates {@code value} against the data context: a String holding {@code {{ }}}/{@code {% %}}
     * is Jinja, else one holding {@code <% %>} is YAQL, else returned unchanged; Lists and Maps are
     * evaluated element by element (map values only); other values are returned as they are.
     */
    public Object evaluate(Object value, Map<String, Object> dataContext, WorkflowFunctions functions) {
        try (Limits.Scope ignored = YaqlEngine.memoizeConversions()) {
            return evaluateValue(value, dataContext, functions);
        }
    }

    private Object evaluateValue(Object value, Map<String, Object> dataContext, WorkflowFunctions functions) {
        Map<String, Object> ctx = dataContext == null ? Map.of() : dataContext;
        WorkflowFunctions fns = functions == null ? WorkflowFunctions.NONE : functions;
        if (value instanceof String s) {
            try (Limits.Scope ignored = Limits.open(limits)) {
                return evaluateString(s, ctx, ctx, fns);
            }
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(evaluateValue(x, ctx, fns));
            }
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), evaluateValue(e.getValue(), ctx, fns));
            }
            return out;
        }
        return value;
    }

    /**
     * Evaluates {@code value} with {@code root} as the whole data context {@code $} (YAQL) /
     * {@code _} (Jinja, maps only): how Mistral applies an ad-hoc action's {@code output} to the
     * result of its base action, which may be any value.
     */
    @SuppressWarnings("unchecked")
    public Object evaluateOn(Object value, Object root, WorkflowFunctions functions) {
        if (root instanceof Map<?, ?> m) return evaluate(value, (Map<String, Object>) m, functions);
        WorkflowFunctions fns = functions == null ? WorkflowFunctions.NONE : functions;
        if (value instanceof String s) {
            try (Limits.Scope ignored = Limits.open(limits)) {
                return evaluateString(s, Map.of(), root, fns);
            }
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(evaluateOn(x, root, fns));
            }
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), evaluateOn(e.getValue(), root, fns));
            }
            return out;
        }
        return value;
    }

    private Object evaluateString(String s, Map<String, Object> ctx, Object root, WorkflowFunctions fns) {
        if (JINJA.matcher(s).find()) {
            return evaluateJinja(s, ctx, fns);
        }
        Matcher m = YAQL.matcher(s);
        if (!m.find()) {
            return s;
        }
        if (m.start() == 0 && m.end() == s.length()) {
            return Values.toPlain(evaluateYaql(m.group(), ctx, root, fns));
        }
        // Mistral replaces every occurrence of each match text in turn; substituting by position
        // instead gives the same text (one evaluation per distinct match) without letting an
        // already substituted value be rewritten by a later match.
        Map<String, String> rendered = new HashMap<>();
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        do {
            String match = m.group();
            String text = rendered.get(match);
            if (text == null) {
                text = PyText.str(evaluateYaql(match, ctx, root, fns));
                rendered.put(match, text);
            }
            out.append(s, last, m.start()).append(text);
            last = m.end();
            Limits.checkOutput(out.length());
        } while (m.find());
        return out.append(s, last, s.length()).toString();
    }

    private Object evaluateJinja(String s, Map<String, Object> ctx, WorkflowFunctions fns) {
        Matcher m = JINJA_EXPR.matcher(s);
        if (!m.find()) {
            throw new ExpressionException(ErrorCategory.INDEX, "Can not evaluate Jinja expression [expression="
                    + s + ", error=list index out of range, data=" + dataText(ctx) + "]");
        }
        try {
            if (m.start() == 0 && m.end() == s.length()) {
                return jinja.evaluateExpression(m.group(1), ctx, fns);
            }
            return jinja.render(s, ctx, fns);
        } catch (ExpressionException e) {
            // Mistral names the failing string (each string of a map or list on its own).
            throw new ExpressionException(e.category(), "Can not evaluate Jinja expression [expression=" + s
                    + ", error=" + e.getMessage() + ", data=" + dataText(ctx) + "]", e);
        }
    }

    /** Evaluates one {@code <% %>} match; returns the finalised internal value. */
    private Object evaluateYaql(String match, Map<String, Object> ctx, Object root, WorkflowFunctions fns) {
        String inner = stripDelimiters(match);
        try {
            return yaql.evaluateOn(inner, root, ctx, fns);
        } catch (ExpressionException e) {
            throw new ExpressionException(e.category(), "Can not evaluate YAQL expression [expression=" + inner
                    + ", error=" + e.getMessage() + ", data=" + dataText(ctx) + "]", e);
        }
    }

    /** Python's {@code match.strip("<%>").strip()}. */
    static String stripDelimiters(String match) {
        int b = 0;
        int e = match.length();
        while (b < e && "<%>".indexOf(match.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && "<%>".indexOf(match.charAt(e - 1)) >= 0) {
            e--;
        }
        return match.substring(b, e).strip();
    }

    /**
     * The evaluation context as Mistral prints it in errors. Kept whole (a cut repr would leave
     * brackets unbalanced, which tools that strip it rely on) unless it is huge.
     */
    private static String dataText(Map<String, Object> ctx) {
        String text = PyText.str(ctx);
        return text.length() > DATA_IN_MESSAGE ? "{...}" : text;
    }

    /** Checks the syntax of every expression in a definition string, without evaluating. */
    public void validate(String text) {
        if (text == null) {
            return;
        }
        boolean hasJinja = JINJA.matcher(text).find();
        Matcher m = YAQL.matcher(text);
        boolean hasYaql = m.find();
        if (hasJinja && hasYaql) {
            throw new ExpressionException(ErrorCategory.PARSE, MIXED);
        }
        if (hasJinja) {
            jinja.validate(text);
            return;
        }
        if (hasYaql) {
            do {
                yaql.validate(stripDelimiters(m.group()));
            } while (m.find());
        }
    }

    /** True when the string contains a YAQL or Jinja expression by Mistral's rules. */
    public static boolean containsExpression(String text) {
        return text != null && (JINJA.matcher(text).find() || YAQL.matcher(text).find());
    }
}
