package io.bora.engine.flow;

import io.bora.expr.value.Py;

/** Python str() of a value, for messages Mistral builds with str(): state_info of dict errors etc. */
final class PyText {
    private PyText() {
    }

    static String str(Object value) {
        return Py.str(value);
    }
}
