package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

/** Date and time functions (spec §8.9). */
final class DateTimeLib {
    private DateTimeLib() {
    }

    static Object property(Object value, String name) {
        throw new ExpressionException(ErrorCategory.NO_FUNCTION, "Unknown function \"#property#" + name + "\"");
    }

    static void register(Registry r) {
    }
}
