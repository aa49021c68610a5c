package io.bora.expr.yaql;

import io.bora.expr.value.Py;

import java.util.List;
import java.util.Map;

/** The bound arguments of one call, in parameter order (varargs as a List, kwargs as a Map). */
final class Args {
    final Object[] values;
    final Scope scope;

    Args(Object[] values, Scope scope) {
        this.values = values;
        this.scope = scope;
    }

    Object get(int i) {
        return values[i];
    }

    boolean has(int i) {
        return values[i] != Py.MISSING;
    }

    String str(int i) {
        return (String) values[i];
    }

    Lambda lambda(int i) {
        return (Lambda) values[i];
    }

    long integer(int i) {
        return Py.toLong(values[i]);
    }

    boolean bool(int i) {
        return Py.truthy(values[i]);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(int i) {
        return (List<Object>) values[i];
    }

    @SuppressWarnings("unchecked")
    Map<Object, Object> map(int i) {
        return (Map<Object, Object>) values[i];
    }

    @SuppressWarnings("unchecked")
    Iterable<Object> iter(int i) {
        return (Iterable<Object>) values[i];
    }

    Interpreter interpreter() {
        return scope.interpreter;
    }
}
