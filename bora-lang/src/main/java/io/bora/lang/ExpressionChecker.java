package io.bora.lang;

import io.bora.expr.ExpressionException;
import io.bora.expr.Expressions;
import java.util.List;
import java.util.Map;

/**
 * Upload-time syntax check of expression strings, as Mistral does for input, publish, policies,
 * transitions and inline params. Until bora-expr implements {@code validate} the check is
 * skipped rather than rejecting every definition.
 */
final class ExpressionChecker {
    private final Expressions expressions = new Expressions();

    void check(Object value, Where where) {
        if (value instanceof String text) {
            checkString(text, where);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getValue(), where.child(String.valueOf(e.getKey())));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), where.item(i));
            }
        }
    }

    private void checkString(String text, Where where) {
        if (!Expressions.containsExpression(text)) {
            return;
        }
        try {
            expressions.validate(text);
        } catch (ExpressionException e) {
            throw where.error(firstLine(MistralExpressionMessages.of(text, e.getMessage())));
        } catch (UnsupportedOperationException notYetAvailable) {
            // bora-expr without a validator yet: the engine reports syntax errors at run time.
        } catch (RuntimeException validatorFault) {
            // A fault inside the validator is not the user's error: accept, the engine evaluates later.
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "Invalid expression";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
