package io.bora.expr.yaql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAQL function table Mistral exposes. Overloads of a name are tried in registration order
 * and the first that accepts the arguments wins, so more specific overloads are registered first.
 */
final class Registry {
    static final Registry STANDARD = standard();

    private final Map<String, List<Overload>> byName = new HashMap<>();

    void add(String name, String kind, String spec, Overload.Impl impl) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Overload(name, kind, spec, impl));
    }

    List<Overload> overloads(String name) {
        return byName.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    private static Registry standard() {
        Registry r = new Registry();
        SystemLib.register(r);
        MathLib.register(r);
        StringLib.register(r);
        CollectionLib.register(r);
        QueryLib.register(r);
        RegexLib.register(r);
        DateTimeLib.register(r);
        MistralLib.register(r);
        return r;
    }
}
