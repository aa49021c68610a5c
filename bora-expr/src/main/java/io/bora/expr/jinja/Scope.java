package io.bora.expr.jinja;

import java.util.HashMap;
import java.util.Map;

/** A frame of template variables; lookups fall back to the enclosing frame. */
final class Scope {
    static final Object MISSING = new Object();
    private final Scope parent;
    private final Map<String, Object> vars = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Object lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.vars.containsKey(name)) {
                return s.vars.get(name);
            }
        }
        return MISSING;
    }

    void set(String name, Object value) {
        vars.put(name, value);
    }

    Scope child() {
        return new Scope(this);
    }
}
