package io.bora.expr.jinja;

import java.util.LinkedHashMap;
import java.util.Map;

/** Jinja's {@code namespace()}: the one object whose attributes a template may assign. */
record Namespace(Map<String, Object> attributes) {
    Namespace() {
        this(new LinkedHashMap<>());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<Namespace ");
        sb.append(PyText.repr(new LinkedHashMap<>(attributes)));
        return sb.append('>').toString();
    }
}
