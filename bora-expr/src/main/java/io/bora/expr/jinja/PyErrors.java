package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

/** Factories for the Python exceptions Jinja evaluation raises, as categorised expression errors. */
final class PyErrors {
    private PyErrors() {
    }

    static ExpressionException type(String message) {
        return new ExpressionException(ErrorCategory.TYPE, message);
    }

    static ExpressionException value(String message) {
        return new ExpressionException(ErrorCategory.VALUE, message);
    }

    static ExpressionException key(Object key) {
        return new ExpressionException(ErrorCategory.KEY, PyText.repr(key));
    }

    static ExpressionException index(String message) {
        return new ExpressionException(ErrorCategory.INDEX, message);
    }

    static ExpressionException zeroDivision(String message) {
        return new ExpressionException(ErrorCategory.ZERO_DIVISION, message);
    }

    static ExpressionException undefined(String message) {
        return new ExpressionException(ErrorCategory.UNDEFINED, message);
    }

    static ExpressionException security(String message) {
        return new ExpressionException(ErrorCategory.SECURITY, message);
    }

    static ExpressionException overflow(String message) {
        return new ExpressionException(ErrorCategory.SECURITY, message);
    }

    static ExpressionException noFunction(String message) {
        return new ExpressionException(ErrorCategory.NO_FUNCTION, message);
    }

    static ExpressionException attribute(String message) {
        return new ExpressionException(ErrorCategory.ATTRIBUTE, message);
    }

    static ExpressionException limit(String message) {
        return new ExpressionException(ErrorCategory.LIMIT, message);
    }
}
