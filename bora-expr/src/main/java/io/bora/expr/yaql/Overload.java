package io.bora.expr.yaql;

import io.bora.expr.value.Py;

import java.util.ArrayList;
import java.util.List;

/**
 * One registered overload of a YAQL function: its kind (function, method or both) and parameter
 * list in a compact notation, e.g. {@code "collection:iter, selector:lambda, seed:any=?"} where
 * {@code ?} after a type means nullable, {@code =?} an optional parameter without default value,
 * {@code *name:type} varargs and {@code **name} keyword varargs.
 */
final class Overload {
    enum Mode { NORMAL, VARARGS, KWARGS }

    record Param(String name, ParamType type, boolean nullable, Object dflt, Mode mode) {
        boolean required() {
            return mode == Mode.NORMAL && dflt == REQUIRED;
        }
    }

    /** Default marker of a parameter that must be supplied. */
    static final Object REQUIRED = new Object();

    @FunctionalInterface
    interface Impl {
        Object call(Args a);
    }

    final String name;
    final boolean function;
    final boolean method;
    final Param[] params;
    final Impl impl;
    final boolean takesRules;

    Overload(String name, String kind, String spec, Impl impl) {
        this.name = name;
        this.function = kind.contains("F");
        this.method = kind.contains("M");
        this.params = parse(spec);
        this.impl = impl;
        boolean rules = false;
        for (Param p : params) {
            rules |= p.type == ParamType.RULE;
        }
        this.takesRules = rules;
    }

    private static Param[] parse(String spec) {
        List<Param> out = new ArrayList<>();
        if (spec.isBlank()) {
            return new Param[0];
        }
        for (String raw : spec.split(",")) {
            String p = raw.trim();
            Mode mode = Mode.NORMAL;
            if (p.startsWith("**")) {
                out.add(new Param(p.substring(2), ParamType.ANY, true, null, Mode.KWARGS));
                continue;
            }
            if (p.startsWith("*")) {
                mode = Mode.VARARGS;
                p = p.substring(1);
            }
            Object dflt = REQUIRED;
            int eq = p.indexOf('=');
            if (eq > 0) {
                dflt = literal(p.substring(eq + 1));
                p = p.substring(0, eq);
            }
            String[] nt = p.split(":");
            String type = nt[1];
            boolean nullable = type.endsWith("?");
            if (nullable) {
                type = type.substring(0, type.length() - 1);
            }
            out.add(new Param(nt[0], ParamType.of(type), nullable, dflt, mode));
        }
        return out.toArray(new Param[0]);
    }

    private static Object literal(String s) {
        return switch (s) {
            case "?" -> Py.MISSING;
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> s.startsWith("'") ? s.substring(1, s.length() - 1) : (Object) Long.parseLong(s);
        };
    }
}
