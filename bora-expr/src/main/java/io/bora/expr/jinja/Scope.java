package io.bora.expr.jinja;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A frame of template variables; lookups fall back to the enclosing frame. */
final class Scope {
    static final Object MISSING = new Object();
    private final Scope parent;
    private final Map<String, Object> vars = new HashMap<>();
    /** Names computed on demand rather than stored (bound Mistral functions); may be null. */
    private final Function<String, Object> resolver;

    Scope(Scope parent) {
        this(parent, null);
    }

    Scope(Scope parent, Function<String, Object> resolver) {
        this.parent = parent;
        this.resolver = resolver;
    }

    Object lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.vars.containsKey(name)) {
                return s.vars.get(name);
            }
            if (s.resolver != null) {
                Object v = s.resolver.apply(name);
                if (v != MISSING) {
                    return v;
                }
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
