package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

/**
 * Jinja's StrictUndefined: the result of a missing variable, attribute or item. It may be passed
 * around and tested ({@code is defined}, {@code default}); any other use raises its error.
 */
final class Undefined {
    // the exception is built only when the value is misused: templates test undefined values often
    private final ErrorCategory category;
    private final String message;
    private final boolean lenient;

    private Undefined(String message) {
        this(ErrorCategory.UNDEFINED, message, false);
    }

    private Undefined(ErrorCategory category, String message, boolean lenient) {
        this.category = category;
        this.message = message;
        this.lenient = lenient;
    }

    /**
     * Jinja's plain Undefined, which an {@code if} expression without {@code else} yields even under
     * StrictUndefined: it prints as an empty string, is false, empty and iterable; arithmetic and
     * attribute access still fail.
     */
    static Undefined lenient(String message) {
        return new Undefined(ErrorCategory.UNDEFINED, message, true);
    }

    boolean isLenient() {
        return lenient;
    }

    static Undefined name(String name) {
        return new Undefined("'" + name + "' is undefined");
    }

    static Undefined attribute(Object obj, String attr) {
        return new Undefined("'" + PyText.objectTypeRepr(obj) + "' has no attribute '" + attr + "'");
    }

    static Undefined element(Object obj, Object key) {
        return new Undefined(PyText.objectTypeRepr(obj) + " has no element " + PyText.repr(key));
    }

    static Undefined unsafe(Object obj, String attr) {
        return new Undefined(ErrorCategory.SECURITY, "access to attribute '" + attr + "' of '"
                + PyText.typeName(obj) + "' object is unsafe.", false);
    }

    static Undefined hint(String message) {
        return new Undefined(message);
    }

    /** Raises this undefined value's error. */
    ExpressionException fail() {
        return new ExpressionException(category, message);
    }

    /** Returns {@code v}, raising if it is undefined (the StrictUndefined contract). */
    static Object strict(Object v) {
        if (v instanceof Undefined u) {
            throw u.fail();
        }
        return v;
    }
}
