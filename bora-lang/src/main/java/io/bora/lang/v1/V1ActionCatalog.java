package io.bora.lang.v1;

import io.bora.lang.DslException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions of a v1 workbook: the 2013 {@code Services} form (a service {@code type} and
 * {@code baseUrl}-style parameters) or the 2014 {@code Namespaces} form ({@code class},
 * {@code base-parameters}, {@code parameters}), keyed by {@code <group>.<action>}.
 */
final class V1ActionCatalog {
    private static final Set<String> SERVICE_KEYS = Set.of("type", "parameters", "actions", "description");
    private static final Set<String> NAMESPACE_KEYS = Set.of("class", "base-parameters", "actions", "description");
    private static final Set<String> ACTION_KEYS = Set.of("parameters", "task-parameters", "output", "class",
            "base-parameters", "description");

    private final Map<String, V1ActionDef> actions = new LinkedHashMap<>();
    private final Map<String, V1ActionDef> byV1Name = new LinkedHashMap<>();

    static V1ActionCatalog services(Map<String, Object> services) {
        V1ActionCatalog c = new V1ActionCatalog();
        services.forEach((service, body) -> c.addService(service, V1Yaml.map(body, "Services." + service)));
        return c;
    }

    static V1ActionCatalog namespaces(Map<String, Object> namespaces) {
        V1ActionCatalog c = new V1ActionCatalog();
        namespaces.forEach((ns, body) -> c.addNamespace(ns, V1Yaml.map(body, "Namespaces." + ns)));
        return c;
    }

    Map<String, V1ActionDef> all() {
        return actions;
    }

    /** The action a task's {@code action:} names ({@code S:a} or {@code S.a}), or null for a std action. */
    V1ActionDef resolve(String reference) {
        int colon = reference.indexOf(':');
        if (colon > 0) {
            return byV1Name.get(reference);
        }
        for (V1ActionDef a : byV1Name.values()) {
            if (reference.equals(a.group() + "." + a.name())) {
                return a;
            }
        }
        return null;
    }

    private void addService(String service, Map<String, Object> s) {
        String path = "Services." + service;
        checkKeys(s, SERVICE_KEYS, path);
        Object type = s.get("type");
        if (!(type instanceof String t)) {
            throw V1Yaml.invalid(path + ".type", "is required (REST_API, MISTRAL_REST_API, ECHO, SEND_EMAIL, SSH)");
        }
        String base = V1StdActions.forServiceType(t);
        if (base == null) {
            throw new DslException("Invalid v1 workbook: service type " + t + " of '" + service
                    + "' is not supported (REST_API, MISTRAL_REST_API, ECHO, SEND_EMAIL, SSH)", 0, 0, path + ".type");
        }
        Map<String, Object> serviceParams = V1Yaml.map(s.get("parameters"), path + ".parameters");
        Map<String, Object> actionsBody = V1Yaml.map(s.get("actions"), path + ".actions");
        if (actionsBody.isEmpty()) {
            throw V1Yaml.invalid(path + ".actions", "is required");
        }
        actionsBody.forEach((name, body) -> {
            String apath = path + ".actions." + name;
            Map<String, Object> a = V1Yaml.map(body, apath);
            checkKeys(a, ACTION_KEYS, apath);
            put(serviceAction(service, name, base, serviceParams, a, apath));
        });
    }

    private static V1ActionDef serviceAction(String service, String name, String base, Map<String, Object> serviceParams,
                                             Map<String, Object> a, String path) {
        Map<String, Boolean> declared = new LinkedHashMap<>();
        Map<String, Object> fixedV1 = new LinkedHashMap<>();
        boolean http = V1StdActions.isHttp(base);
        serviceParams.forEach((k, v) -> {
            if (!(http && k.equals("baseUrl"))) {
                fixedV1.put(k, v);
            }
        });
        V1Yaml.map(a.get("parameters"), path + ".parameters").forEach((k, v) -> {
            if (isDeclaration(v)) {
                declared.put(k, v instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get("optional")));
            } else {
                fixedV1.put(k, v);
            }
        });
        V1Yaml.map(a.get("task-parameters"), path + ".task-parameters").keySet().forEach(k -> declared.putIfAbsent(k, false));
        Map<String, Object> fixed = new LinkedHashMap<>();
        if (http) {
            Object url = fixedV1.remove("url");
            fixed.put("url", V1Expressions.value(joinUrl(serviceParams.get("baseUrl"), url)));
            Object method = fixedV1.remove("method");
            fixed.put("method", method == null ? "GET" : String.valueOf(method).toUpperCase());
        }
        fixed.putAll(castNames(base, fixedV1));
        Object output = null;
        String storeAs = null;
        if (a.get("output") instanceof Map<?, ?> out && (out.containsKey("select") || out.containsKey("store_as"))) {
            Map<String, Object> o = V1Yaml.map(out, path + ".output");
            output = o.get("select") == null ? null : V1Expressions.condition(o.get("select"));
            storeAs = o.get("store_as") == null ? null : String.valueOf(o.get("store_as"));
        } else if (a.get("output") != null) {
            output = transformer(a.get("output"));
        }
        return new V1ActionDef(service, name, base, fixed, declared, output, storeAs,
                V1StdActions.ECHO.equals(base), http);
    }

    private void addNamespace(String ns, Map<String, Object> n) {
        String path = "Namespaces." + ns;
        checkKeys(n, NAMESPACE_KEYS, path);
        Map<String, Object> actionsBody = V1Yaml.map(n.get("actions"), path + ".actions");
        if (actionsBody.isEmpty()) {
            throw V1Yaml.invalid(path + ".actions", "is required");
        }
        actionsBody.forEach((name, body) -> {
            String apath = path + ".actions." + name;
            Map<String, Object> a = V1Yaml.map(body, apath);
            checkKeys(a, ACTION_KEYS, apath);
            Object cls = a.get("class") != null ? a.get("class") : n.get("class");
            if (!(cls instanceof String base) || base.isBlank()) {
                throw V1Yaml.invalid(apath + ".class", "is required (here or on the namespace), e.g. std.http");
            }
            Map<String, Object> params = new LinkedHashMap<>(V1Yaml.map(n.get("base-parameters"), path + ".base-parameters"));
            params.putAll(V1Yaml.map(a.get("base-parameters"), apath + ".base-parameters"));
            Map<String, Boolean> declared = new LinkedHashMap<>();
            Object p = a.get("parameters");
            if (p instanceof Map<?, ?>) {
                V1Yaml.map(p, apath + ".parameters").forEach((k, v) -> declared.put(k,
                        v instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get("optional"))));
            } else {
                V1Yaml.names(p, apath + ".parameters").forEach(k -> declared.put(k, false));
            }
            Object output = a.get("output") == null ? null : transformer(a.get("output"));
            put(new V1ActionDef(ns, name, base.strip(), castNames(base.strip(), params), declared, output, null,
                    false, false));
        });
    }

    private void put(V1ActionDef def) {
        if (actions.putIfAbsent(def.shortName(), def) != null || byV1Name.putIfAbsent(def.v1Name(), def) != null) {
            throw V1Yaml.invalid(def.group() + "." + def.name(), "has the same name as another action");
        }
    }

    /** The base action's parameter names, v1 expressions delimited. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> castNames(String base, Map<String, Object> v1Params) {
        return (Map<String, Object>) V1Expressions.value(V1StdActions.normalise(base, v1Params));
    }

    /** An output transformer: raw YAQL per key (or one expression), read against the action result. */
    private static Object transformer(Object raw) {
        if (raw instanceof String s) {
            return V1Expressions.condition(s);
        }
        return V1Expressions.value(raw);
    }

    /** {@code urljoin(baseUrl, url)}; text with expressions is concatenated instead. */
    static Object joinUrl(Object baseUrl, Object url) {
        if (baseUrl == null) {
            return url;
        }
        if (url == null) {
            return baseUrl;
        }
        String b = String.valueOf(baseUrl);
        String u = String.valueOf(url);
        if (b.contains("$") || u.contains("$")) {
            return b.endsWith("/") || u.startsWith("/") ? b + u : b + "/" + u;
        }
        try {
            return java.net.URI.create(b).resolve(u).toString();
        } catch (IllegalArgumentException e) {
            return b + u;
        }
    }

    /** A parameter entry that declares a parameter instead of fixing a value ({@code word: {optional: False}}). */
    private static boolean isDeclaration(Object v) {
        return v == null || v instanceof Map<?, ?> m && (m.containsKey("optional") || m.isEmpty());
    }

    private static void checkKeys(Map<String, Object> body, Set<String> allowed, String path) {
        for (String key : body.keySet()) {
            if (!allowed.contains(key)) {
                throw V1Yaml.invalid(path + "." + key, "is not allowed here (expected one of "
                        + List.copyOf(new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }
}
