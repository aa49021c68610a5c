package io.bora.expr.yaql;

import io.bora.expr.value.Limits;

/**
 * An unevaluated argument expression handed to a function (yaql's Lambda parameter). Each call
 * evaluates it in a child of the calling scope with the arguments bound to {@code $1}, {@code $2}...
 * ({@code $} is {@code $1}).
 */
final class Lambda {
    final Node body;
    final Scope scope;

    Lambda(Node body, Scope scope) {
        this.body = body;
        this.scope = scope;
    }

    Object call(Object... args) {
        Scope c = scope.child();
        for (int i = 0; i < args.length; i++) {
            c.set(String.valueOf(i + 1), args[i]);
        }
        Limits.enter();
        try {
            return scope.interpreter.eval(body, c);
        } finally {
            Limits.exit();
        }
    }

    /** Evaluates with the current scope unchanged (lazy arguments such as switch conditions). */
    Object value() {
        return scope.interpreter.eval(body, scope);
    }
}
