package io.bora.expr.yaql;

import java.util.HashMap;
import java.util.Map;

/**
 * A YAQL context: variables ({@code $1}, {@code $name}) and functions defined with {@code def},
 * chained to the parent scope. Unknown variables are null, never an error.
 */
final class Scope {
    final Scope parent;
    final Interpreter interpreter;
    private final Map<String, Object> vars = new HashMap<>(4);
    private Map<String, Lambda> defs;

    Scope(Scope parent, Interpreter interpreter) {
        this.parent = parent;
        this.interpreter = interpreter;
    }

    Scope child() {
        return new Scope(this, interpreter);
    }

    Object get(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.vars.containsKey(name)) {
                return s.vars.get(name);
            }
        }
        return null;
    }

    void set(String name, Object value) {
        vars.put(name, value);
    }

    void define(String name, Lambda body) {
        if (defs == null) {
            defs = new HashMap<>();
        }
        defs.put(name, body);
    }

    Lambda definition(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.defs != null && s.defs.containsKey(name)) {
                return s.defs.get(name);
            }
        }
        return null;
    }
}
