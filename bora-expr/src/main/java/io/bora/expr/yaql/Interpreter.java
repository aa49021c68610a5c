package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import io.bora.expr.value.Dicts;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PySet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tree-walking evaluator of one YAQL evaluation (one data context, one function provider). */
final class Interpreter {
    final WorkflowFunctions functions;
    final Map<String, Object> rawContext;

    Interpreter(WorkflowFunctions functions, Map<String, Object> rawContext) {
        this.functions = functions;
        this.rawContext = rawContext;
    }

    Object eval(Node n, Scope s) {
        Limits.step();
        return switch (n) {
            case Node.Const c -> c.value();
            case Node.Keyword k -> k.name();
            case Node.Var v -> s.get(v.name());
            case Node.Empty e -> throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD, "empty argument");
            case Node.ListLit l -> listLiteral(l, s);
            case Node.MapLit m -> mapLiteral(m, s);
            case Node.Call c -> Invoker.call(s, c.name(), Invoker.NO_RECEIVER, c.args());
            case Node.Index ix -> index(ix, s);
            case Node.Binary b -> binary(b, s);
            case Node.Unary u -> Operators.unary(u.op(), eval(u.operand(), s));
            case Node.Dot d -> dot(d, s);
        };
    }

    private Object listLiteral(Node.ListLit l, Scope s) {
        List<Object> out = new ArrayList<>(l.items().size());
        for (Node.Arg a : l.items()) {
            if (a.key() != null) {
                throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                        "No function \"#list\" matches supplied arguments");
            }
            if (a.value() instanceof Node.Empty) {
                throw new ExpressionException(ErrorCategory.TYPE, "an empty slot is not a list item");
            }
            out.add(eval(a.value(), s));
        }
        return out;
    }

    private Object mapLiteral(Node.MapLit m, Scope s) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Node.Arg a : m.items()) {
            if (a.key() == null) {
                throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                        "No function \"#map\" matches supplied arguments");
            }
            Object k = CollectionLib.hashable(eval(a.key(), s));
            Dicts.put(out, k, eval(a.value(), s));
        }
        return out;
    }

    private Object index(Node.Index ix, Scope s) {
        Object target = eval(ix.target(), s);
        List<Object> keys = new ArrayList<>(ix.args().size());
        for (Node.Arg a : ix.args()) {
            if (a.key() != null || a.value() instanceof Node.Empty) {
                throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                        "No function \"#indexer\" matches supplied arguments");
            }
            keys.add(eval(a.value(), s));
        }
        return Operators.index(target, keys);
    }

    private Object binary(Node.Binary b, Scope s) {
        switch (b.op()) {
            case "and" -> {
                Object l = eval(b.left(), s);
                return Py.truthy(l) ? eval(b.right(), s) : l;
            }
            case "or" -> {
                Object l = eval(b.left(), s);
                return Py.truthy(l) ? l : eval(b.right(), s);
            }
            case "=" -> {
                return Py.eq(eval(b.left(), s), eval(b.right(), s));
            }
            case "!=" -> {
                return !Py.eq(eval(b.left(), s), eval(b.right(), s));
            }
            case "->" -> {
                Object l = eval(b.left(), s);
                if (!(l instanceof ContextValue cv)) {
                    throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                            "No function \"#operator_->\" matches supplied arguments");
                }
                return eval(b.right(), cv.scope());
            }
            default -> {
                ConstantCheck.binary(b.op(), b.left(), b.right());
                Object l = eval(b.left(), s);
                Object r = eval(b.right(), s);
                return Operators.binary(b.op(), l, r);
            }
        }
    }

    private Object dot(Node.Dot d, Scope s) {
        Object left = eval(d.left(), s);
        if (d.elvis() && left == null) {
            return null;
        }
        return member(left, d.right(), s);
    }

    /** The {@code .} operator: method call, dict key, element-wise attribute, property, or lambda. */
    Object member(Object left, Node right, Scope s) {
        if (right instanceof Node.Call c) {
            return Invoker.call(s, c.name(), left, c.args());
        }
        if (right instanceof Node.Keyword k) {
            return attribute(left, k.name());
        }
        if (right instanceof Node.Const) {
            throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                    "No function \"#operator_.\" matches supplied arguments");
        }
        Scope c = s.child();
        c.set("1", left);
        return eval(right, c);
    }

    static Object attribute(Object left, String name) {
        if (left instanceof Map<?, ?> m) {
            Object v = Dicts.get(m, name);
            if (v == Py.MISSING) {
                throw Operators.keyError(name);
            }
            return v;
        }
        if (left instanceof List || left instanceof PySet || left instanceof LazySeq) {
            Iterator<?> it = ((Iterable<?>) left).iterator();
            return new LazySeq(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Object next() {
                    return attribute(it.next(), name);
                }
            });
        }
        if (left instanceof PyDateTime || left instanceof Duration) {
            return DateTimeLib.property(left, name);
        }
        throw new ExpressionException(ErrorCategory.NO_FUNCTION, "Unknown function \"#property#" + name + "\"");
    }
}
