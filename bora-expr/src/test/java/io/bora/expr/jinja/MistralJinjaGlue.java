package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mistral's InlineJinjaEvaluator dispatch, for driving the evaluator with whole Mistral strings in
 * tests: a string that is exactly one {@code {{ }}} is evaluated as an expression, any other string
 * with a Jinja delimiter is rendered, and one with only {@code {% %}} blocks fails (IndexError).
 */
final class MistralJinjaGlue {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(.*?)}}", Pattern.UNIX_LINES);
    private static final Pattern BLOCK = Pattern.compile("\\{%(.*?)%}", Pattern.UNIX_LINES);

    private MistralJinjaGlue() {
    }

    static boolean isJinja(String s) {
        return VARIABLE.matcher(s).find() || BLOCK.matcher(s).find();
    }

    static Object evaluate(JinjaEvaluator jinja, String s, Map<String, Object> ctx, WorkflowFunctions fns) {
        if (!isJinja(s)) {
            return s;
        }
        Matcher m = VARIABLE.matcher(s);
        if (!m.find()) {
            throw new ExpressionException(ErrorCategory.INDEX, "list index out of range");
        }
        if (m.group().equals(s)) {
            return jinja.evaluateExpression(m.group(1), ctx, fns);
        }
        return jinja.render(s, ctx, fns);
    }
}
