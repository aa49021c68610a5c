package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;

import java.util.Map;

/** Jinja2 as Mistral 15 configures it (sandboxed, StrictUndefined, trim_blocks, lstrip_blocks). */
public final class JinjaEvaluator {

    /** The native value of one expression: the text between {@code {{} and {@code }}}. */
    public Object evaluateExpression(String expression, Map<String, Object> dataContext, WorkflowFunctions functions) {
        throw new ExpressionException(ErrorCategory.NO_FUNCTION, "Jinja is not implemented yet");
    }

    /** Renders a whole template to text (values become text with Python str()). */
    public String render(String template, Map<String, Object> dataContext, WorkflowFunctions functions) {
        throw new ExpressionException(ErrorCategory.NO_FUNCTION, "Jinja is not implemented yet");
    }

    /** Syntax check of a template; throws an ExpressionException of category PARSE. */
    public void validate(String template) {
    }
}
