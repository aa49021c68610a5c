package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Overload resolution (spec §5.3): candidates of the right kind, arguments bound by position and
 * keyword, eager arguments evaluated once and type-checked, lambda arguments passed unevaluated.
 */
final class Invoker {
    static final Object NO_RECEIVER = new Object();

    private Invoker() {
    }

    static Object call(Scope scope, String name, Object receiver, List<Node.Arg> args) {
        boolean isMethod = receiver != NO_RECEIVER;
        if (!isMethod) {
            Lambda def = scope.definition(name);
            if (def != null) {
                return callDefined(scope, def, args);
            }
        }
        List<Overload> all = Registry.STANDARD.overloads(name);
        List<Overload> candidates = new ArrayList<>(all.size());
        for (Overload o : all) {
            if (isMethod ? o.method : o.function) {
                candidates.add(o);
            }
        }
        if (candidates.isEmpty()) {
            throw new ExpressionException(ErrorCategory.NO_FUNCTION, isMethod
                    ? "Unknown method \"" + name + "\" for receiver " + receiverText(receiver)
                    : "Unknown function \"" + name + "\"");
        }
        if (name.equals("concat") && args.isEmpty() && !isMethod) {
            throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                    "Ambiguous function \"concat\": several overloads accept no arguments");
        }
        Object[] cache = new Object[args.size()];
        java.util.Arrays.fill(cache, Py.MISSING);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).key() == null && ConstantCheck.isConstant(args.get(i).value())) {
                cache[i] = ConstantCheck.constantValue(args.get(i).value());
            }
        }
        boolean anyConstant = false;
        for (Object c : cache) {
            anyConstant |= c != Py.MISSING;
        }
        if (anyConstant && !isMethod) {
            boolean possible = false;
            for (Overload o : candidates) {
                possible |= bind(o, null, receiver, args, cache, true) != null;
            }
            if (!possible) {
                throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                        "No function \"" + name + "\" matches supplied arguments " + describe(receiver, args, cache));
            }
        }
        for (Overload o : candidates) {
            Object[] bound = bind(o, scope, receiver, args, cache, false);
            if (bound != null) {
                return o.impl.call(new Args(bound, scope));
            }
        }
        throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                (isMethod ? "No method \"" : "No function \"") + name + "\" matches supplied arguments "
                        + describe(receiver, args, cache));
    }

    /** The argument types for the error message, e.g. {@code (receiver int; str, keyword count)}. */
    /**
     * The receiver as yaql's message shows it, Python's str() of the YAQL value. A lazy sequence is
     * not walked (it may be endless); Python shows such an object by type and address.
     */
    private static String receiverText(Object receiver) {
        return receiver instanceof LazySeq ? "<generator object>" : PyText.strYaql(receiver);
    }

    private static String describe(Object receiver, List<Node.Arg> args, Object[] cache) {
        StringBuilder sb = new StringBuilder("(");
        if (receiver != NO_RECEIVER) {
            sb.append("receiver ").append(Py.typeName(receiver)).append(args.isEmpty() ? "" : "; ");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Node.Arg a = args.get(i);
            if (a.key() instanceof Node.Keyword k) {
                sb.append(k.name()).append(" => ");
            }
            sb.append(cache[i] == Py.MISSING ? "expression" : Py.typeName(cache[i]));
        }
        return sb.append(')').toString();
    }

    private static Object callDefined(Scope scope, Lambda def, List<Node.Arg> args) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scope.interpreter.eval(args.get(i).value(), scope);
        }
        return def.call(values);
    }

    private static Object evalArg(Scope scope, List<Node.Arg> args, Object[] cache, int i) {
        if (cache[i] == Py.MISSING) {
            cache[i] = scope.interpreter.eval(args.get(i).value(), scope);
        }
        return cache[i];
    }

    /** Bound parameter values, or null when this overload does not accept the arguments. */
    /**
     * Bound parameter values, or null when this overload does not accept the arguments. With
     * {@code constantsOnly}, only already known (constant) argument values are checked and nothing
     * is evaluated (yaql's first resolution pass).
     */
    private static Object[] bind(Overload o, Scope scope, Object receiver, List<Node.Arg> args, Object[] cache,
                                 boolean constantsOnly) {
        Overload.Param[] ps = o.params;
        Object[] slots = new Object[ps.length];
        boolean[] filled = new boolean[ps.length];
        List<Object> varargs = null;
        Map<String, Object> kwargs = null;
        int varIdx = -1;
        int kwIdx = -1;
        for (int i = 0; i < ps.length; i++) {
            if (ps[i].mode() == Overload.Mode.VARARGS) {
                varIdx = i;
                varargs = new ArrayList<>();
            } else if (ps[i].mode() == Overload.Mode.KWARGS) {
                kwIdx = i;
                kwargs = new LinkedHashMap<>();
            }
        }
        int pi = 0;
        if (receiver != NO_RECEIVER) {
            if (ps.length == 0) {
                return null;
            }
            Overload.Param p = ps[0];
            if (p.type() == ParamType.LAMBDA || !p.type().accepts(receiver, p.nullable())) {
                return null;
            }
            if (p.mode() == Overload.Mode.VARARGS) {
                varargs.add(receiver);
            } else {
                slots[0] = receiver;
                filled[0] = true;
                pi = 1;
            }
        }
        for (int ai = 0; ai < args.size(); ai++) {
            Node.Arg a = args.get(ai);
            if (a.value() instanceof Node.Empty) {
                return null;
            }
            if (a.key() != null && !o.takesRules) {
                if (!(a.key() instanceof Node.Keyword kw)) {
                    return null;
                }
                int idx = -1;
                for (int i = 0; i < ps.length; i++) {
                    if (ps[i].mode() == Overload.Mode.NORMAL && ps[i].name().equals(kw.name())) {
                        idx = i;
                    }
                }
                if (idx >= 0 && !filled[idx]) {
                    Object v = constantsOnly ? Boolean.TRUE : accept(ps[idx], scope, args, cache, ai);
                    if (v == Py.MISSING) {
                        return null;
                    }
                    slots[idx] = v;
                    filled[idx] = true;
                } else if (kwIdx >= 0) {
                    kwargs.put(kw.name(), constantsOnly ? null : evalArg(scope, args, cache, ai));
                } else {
                    return null;
                }
                continue;
            }
            Overload.Param p;
            int target;
            if (pi < ps.length && ps[pi].mode() == Overload.Mode.NORMAL) {
                target = pi++;
                p = ps[target];
            } else if (varIdx >= 0) {
                target = varIdx;
                p = ps[varIdx];
            } else {
                return null;
            }
            Object v;
            if (p.type() == ParamType.RULE) {
                if (a.key() == null) {
                    return null;
                }
                v = new MappingRule(a.key(), a.value(), scope);
            } else {
                if (a.key() != null) {
                    return null;
                }
                if (constantsOnly) {
                    v = p.type() == ParamType.LAMBDA || cache[ai] == Py.MISSING
                            || p.type().accepts(cache[ai], p.nullable()) ? Boolean.TRUE : Py.MISSING;
                } else {
                    v = accept(p, scope, args, cache, ai);
                }
                if (v == Py.MISSING) {
                    return null;
                }
            }
            if (target == varIdx) {
                varargs.add(v);
            } else {
                slots[target] = v;
                filled[target] = true;
            }
        }
        for (int i = 0; i < ps.length; i++) {
            if (i == varIdx) {
                slots[i] = varargs;
            } else if (i == kwIdx) {
                slots[i] = kwargs;
            } else if (!filled[i]) {
                if (ps[i].required()) {
                    return null;
                }
                slots[i] = ps[i].dflt();
            }
        }
        return slots;
    }

    private static Object accept(Overload.Param p, Scope scope, List<Node.Arg> args, Object[] cache, int ai) {
        if (p.type() == ParamType.LAMBDA) {
            return new Lambda(args.get(ai).value(), scope);
        }
        if (p.type() == ParamType.RULE) {
            return Py.MISSING;
        }
        Object v = evalArg(scope, args, cache, ai);
        return p.type().accepts(v, p.nullable()) ? v : Py.MISSING;
    }
}
