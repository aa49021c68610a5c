package io.bora.expr.jinja;

import io.bora.expr.ExpressionException;

/**
 * Jinja's StrictUndefined: the result of a missing variable, attribute or item. It may be passed
 * around and tested ({@code is defined}, {@code default}); any other use raises its error.
 */
final class Undefined {
    private final ExpressionException error;
    private final boolean lenient;

    private Undefined(ExpressionException error) {
        this(error, false);
    }

    private Undefined(ExpressionException error, boolean lenient) {
        this.error = error;
        this.lenient = lenient;
    }

    /**
     * Jinja's plain Undefined, which an {@code if} expression without {@code else} yields even under
     * StrictUndefined: it prints as an empty string, is false, empty and iterable; arithmetic and
     * attribute access still fail.
     */
    static Undefined lenient(String message) {
        return new Undefined(PyErrors.undefined(message), true);
    }

    boolean isLenient() {
        return lenient;
    }

    static Undefined name(String name) {
        return new Undefined(PyErrors.undefined("'" + name + "' is undefined"));
    }

    static Undefined attribute(Object obj, String attr) {
        return new Undefined(PyErrors.undefined("'" + PyText.objectTypeRepr(obj) + "' has no attribute '" + attr + "'"));
    }

    static Undefined element(Object obj, Object key) {
        return new Undefined(PyErrors.undefined(PyText.objectTypeRepr(obj) + " has no element " + PyText.repr(key)));
    }

    static Undefined unsafe(Object obj, String attr) {
        return new Undefined(PyErrors.security("access to attribute '" + attr + "' of '"
                + PyText.typeName(obj) + "' object is unsafe."));
    }

    static Undefined hint(String message) {
        return new Undefined(PyErrors.undefined(message));
    }

    /** Raises this undefined value's error. */
    ExpressionException fail() {
        return new ExpressionException(error.category(), error.getMessage());
    }

    /** Returns {@code v}, raising if it is undefined (the StrictUndefined contract). */
    static Object strict(Object v) {
        if (v instanceof Undefined u) {
            throw u.fail();
        }
        return v;
    }
}
