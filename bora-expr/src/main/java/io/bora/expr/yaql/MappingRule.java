package io.bora.expr.yaql;

/** A {@code key => value} pair handed unevaluated to functions that take pairs (dict, switch). */
record MappingRule(Node key, Node value, Scope scope) {
    Object keyValue() {
        return scope.interpreter.eval(key, scope);
    }

    Object valueValue() {
        return scope.interpreter.eval(value, scope);
    }
}
