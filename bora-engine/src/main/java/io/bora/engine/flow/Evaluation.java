package io.bora.engine.flow;

import io.bora.expr.ExpressionException;
import io.bora.expr.Expressions;
import io.bora.expr.WorkflowFunctions;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates definition values for one workflow run and turns expression failures into Mistral's
 * message {@code Can not evaluate YAQL expression [expression=..., error=..., data=...]}.
 */
final class Evaluation {
    private static final Pattern YAQL = Pattern.compile("<%(.*?)%>");
    private static final Pattern JINJA = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");

    /** An expression failed; the message is Mistral's "Can not evaluate ..." text. */
    static final class Failure extends RuntimeException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Expressions expressions;
    private final WorkflowFunctions functions;

    Evaluation(Expressions expressions, WorkflowFunctions functions) {
        this.expressions = expressions;
        this.functions = functions;
    }

    Object evaluate(Object value, Map<String, Object> context) {
        try {
            return expressions.evaluate(value, context, functions);
        } catch (ExpressionException e) {
            throw new Failure(describe(value, e, context), e);
        }
    }

    /** Evaluates with {@code root} (any value) as the whole data context, as ad-hoc action outputs do. */
    Object evaluateWithRoot(Object value, Object root) {
        try {
            return expressions.evaluateOn(value, root, functions);
        } catch (ExpressionException e) {
            throw new Failure(e.getMessage(), e);
        }
    }

    boolean truthy(Object value, Map<String, Object> context) {
        return io.bora.expr.value.Py.truthy(evaluate(value, context));
    }

    /** The facade's message already is Mistral's "Can not evaluate ... expression [...]" text. */
    private static String describe(Object value, ExpressionException e, Map<String, Object> context) {
        String msg = e.getMessage();
        if (msg != null && msg.startsWith("Can not evaluate")) return msg;
        String text = value instanceof String s ? s : PyText.str(value);
        boolean jinja = JINJA.matcher(text).find();
        String expression = text;
        if (!jinja) {
            Matcher m = YAQL.matcher(text);
            if (m.find()) expression = m.group(1).strip();
        }
        return "Can not evaluate " + (jinja ? "Jinja" : "YAQL") + " expression [expression=" + expression
                + ", error=" + msg + ", data=" + PyText.str(context) + "]";
    }
}
