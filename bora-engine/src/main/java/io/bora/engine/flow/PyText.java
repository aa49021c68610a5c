package io.bora.engine.flow;

/** Python str() of a value, for messages Mistral builds with str(): state_info of dict errors etc. */
final class PyText {
    // Named like the runtime class it delegates to; kept so the engine has one place that says "str()".
    private PyText() {
    }

    static String str(Object value) {
        return io.bora.expr.value.PyText.str(value);
    }
}
