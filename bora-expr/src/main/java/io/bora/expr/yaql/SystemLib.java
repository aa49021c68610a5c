package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PyRegex;
import io.bora.expr.value.PySet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** System, boolean, type-test and branching functions (spec §8.1, §8.2, §8.8). */
final class SystemLib {
    private SystemLib() {
    }

    static void register(Registry r) {
        r.add("let", "F", "*args:any, **kwargs", a -> {
            Scope c = a.scope.child();
            List<Object> args = a.list(0);
            for (int i = 0; i < args.size(); i++) {
                c.set(String.valueOf(i + 1), args.get(i));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> kw = (Map<String, Object>) a.get(1);
            kw.forEach(c::set);
            return new ContextValue(c);
        });
        r.add("with", "F", "*args:any", a -> {
            Scope c = a.scope.child();
            List<Object> args = a.list(0);
            for (int i = 0; i < args.size(); i++) {
                c.set(String.valueOf(i + 1), args.get(i));
            }
            return new ContextValue(c);
        });
        r.add("unpack", "M", "sequence:iter, *args:str", a -> {
            List<Object> items = QueryLib.toList(a.iter(0));
            List<Object> names = a.list(1);
            Scope c = a.scope.child();
            if (names.isEmpty()) {
                for (int i = 0; i < items.size(); i++) {
                    c.set(String.valueOf(i + 1), items.get(i));
                }
            } else {
                if (names.size() != items.size()) {
                    throw new ExpressionException(ErrorCategory.VALUE, "Cannot unpack " + items.size()
                            + " elements into " + names.size());
                }
                for (int i = 0; i < items.size(); i++) {
                    c.set((String) names.get(i), items.get(i));
                }
            }
            return new ContextValue(c);
        });
        // yaql registers the function in the calling context itself, so the body can call itself.
        r.add("def", "F", "name:str, func:lambda", a -> {
            a.scope.define(a.str(0), a.lambda(1));
            return new ContextValue(a.scope);
        });
        r.add("assert", "M", "obj:any, condition:lambda, message:str='Assertion failed'", a -> {
            if (!Py.truthy(a.lambda(1).call(a.get(0)))) {
                throw new ExpressionException(ErrorCategory.ASSERTION, a.str(2));
            }
            return a.get(0);
        });
        r.add("call", "F", "name:str, args:seq, kwargs:map, receiver:any=?", a -> callByName(a));
        r.add("bool", "F", "value:any", a -> Py.truthy(a.get(0)));
        r.add("isBoolean", "F", "value:any", a -> a.get(0) instanceof Boolean);
        r.add("isInteger", "F", "value:any", a -> Py.isInt(a.get(0)));
        r.add("isNumber", "F", "value:any", a -> Py.isNumber(a.get(0)));
        r.add("isString", "F", "arg:any", a -> a.get(0) instanceof String);
        r.add("isList", "F", "arg:any", a -> a.get(0) instanceof List);
        r.add("isDict", "F", "arg:any", a -> a.get(0) instanceof Map);
        r.add("isSet", "F", "arg:any", a -> a.get(0) instanceof PySet);
        r.add("isIterable", "F", "value:any", a -> Py.isIterable(a.get(0)));
        r.add("isRegex", "F", "value:any", a -> a.get(0) instanceof PyRegex);
        r.add("isDatetime", "F", "value:any", a -> a.get(0) instanceof PyDateTime);
        r.add("isTimespan", "F", "value:any", a -> a.get(0) instanceof Duration);

        r.add("switch", "F", "*args:rule", a -> {
            for (Object o : a.list(0)) {
                MappingRule rule = (MappingRule) o;
                if (Py.truthy(rule.keyValue())) {
                    return rule.valueValue();
                }
            }
            return null;
        });
        r.add("coalesce", "F", "*args:lambda", a -> {
            for (Object o : a.list(0)) {
                Object v = ((Lambda) o).value();
                if (v != null) {
                    return v;
                }
            }
            return null;
        });
        r.add("selectCase", "F", "*args:lambda", a -> {
            List<Object> conds = a.list(0);
            for (int i = 0; i < conds.size(); i++) {
                if (Py.truthy(((Lambda) conds.get(i)).value())) {
                    return (long) i;
                }
            }
            return (long) conds.size();
        });
        r.add("selectAllCases", "F", "*args:lambda", a -> {
            List<Object> conds = a.list(0);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < conds.size(); i++) {
                if (Py.truthy(((Lambda) conds.get(i)).value())) {
                    out.add((long) i);
                }
            }
            return new LazySeq(out.iterator());
        });
        r.add("examine", "F", "*args:lambda", a -> {
            List<Object> out = new ArrayList<>();
            for (Object o : a.list(0)) {
                out.add(Py.truthy(((Lambda) o).value()));
            }
            return out;
        });
        r.add("switchCase", "M", "case:int, *args:lambda", a -> {
            List<Object> values = a.list(1);
            if (values.isEmpty()) {
                return null;
            }
            long i = a.integer(0);
            Lambda chosen = (Lambda) (i >= 0 && i < values.size() ? values.get((int) i) : values.get(values.size() - 1));
            return chosen.value();
        });
    }

    private static Object callByName(Args a) {
        String name = a.str(0);
        List<Node.Arg> args = new ArrayList<>();
        for (Object v : a.list(1)) {
            args.add(new Node.Arg(null, new Node.Const(v, 0)));
        }
        for (Map.Entry<Object, Object> e : a.map(2).entrySet()) {
            args.add(new Node.Arg(new Node.Keyword(String.valueOf(e.getKey()), 0), new Node.Const(e.getValue(), 0)));
        }
        Object receiver = a.has(3) ? a.get(3) : Invoker.NO_RECEIVER;
        return Invoker.call(a.scope, name, receiver, args);
    }
}
