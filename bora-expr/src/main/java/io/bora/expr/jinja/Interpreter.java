package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates expression nodes and executes statement nodes against a scope. */
final class Interpreter {
    private final Evaluation rt;
    /** Bounds of this evaluation: steps (node evaluations and loop iterations), output, depth, sizes. */
    private final Limits limits;
    private long steps;
    private int depth;
    private boolean autoescape;

    Interpreter(Evaluation rt, Limits limits) {
        this.rt = rt;
        this.limits = limits;
    }

    // ------------------------------------------------------------------ statements

    void exec(List<Node> body, Scope scope, StringBuilder out) {
        for (Node node : body) {
            exec(node, scope, out);
            if (out.length() > limits.maxOutputChars()) {
                throw PyErrors.limit("output size limit exceeded: more than " + limits.maxOutputChars() + " characters");
            }
        }
    }

    private void exec(Node node, Scope scope, StringBuilder out) {
        switch (node) {
            case Node.Data d -> out.append(d.text());
            case Node.Output o -> {
                Object value = eval(o.expr(), scope);
                out.append(autoescape && !(value instanceof Markup)
                        ? TextFilters.escape(PyText.str(value)) : PyText.str(value));
            }
            case Node.Autoescape a -> {
                boolean saved = autoescape;
                autoescape = PyOps.truthy(eval(a.enabled(), scope));
                try {
                    exec(a.body(), scope, out);
                } finally {
                    autoescape = saved;
                }
            }
            case Node.If i -> exec(PyOps.truthy(eval(i.test(), scope)) ? i.body() : i.orElse(), scope, out);
            case Node.For f -> execFor(f, scope, out, 0);
            case Node.Assign a -> assign(a.target(), eval(a.value(), scope), scope);
            case Node.AssignBlock a -> {
                StringBuilder captured = new StringBuilder();
                exec(a.body(), scope, captured);
                Object value = captured.toString();
                if (a.filter() != null) {
                    value = applyFilterChain(a.filter(), value, scope);
                }
                assign(a.target(), value, scope);
            }
            case Node.Macro m -> scope.set(m.name(), new Macro(m, scope));
            case Node.FilterBlock f -> {
                StringBuilder captured = new StringBuilder();
                exec(f.body(), scope, captured);
                out.append(PyText.str(applyFilterChain(f.filter(), captured.toString(), scope)));
            }
            case Node.With w -> {
                Scope inner = scope.child();
                List<Object> values = new ArrayList<>();
                for (Node v : w.values()) {
                    values.add(eval(v, scope));
                }
                for (int i = 0; i < w.targets().size(); i++) {
                    assign(w.targets().get(i), values.get(i), inner);
                }
                exec(w.body(), inner, out);
            }
            case Node.CallBlock c -> {
                Node.Macro callerDef = new Node.Macro("caller", c.params(), c.defaults(), c.body(), false, false);
                Object callee = Undefined.strict(eval(c.call().callee(), scope));
                List<Object> args = args(c.call().args(), c.call().starArgs(), scope);
                Map<String, Object> kwargs = kwargs(c.call().kwargs(), c.call().starKwargs(), scope);
                kwargs.put("caller", new Macro(callerDef, scope));
                if (!(callee instanceof PyFunction fn)) {
                    throw PyErrors.type("'" + PyText.typeName(callee) + "' object is not callable");
                }
                out.append(PyText.str(fn.call(args, kwargs)));
            }
            case Node.NoLoader n -> throw PyErrors.type("no loader for this environment specified");
            default -> throw new ExpressionException(ErrorCategory.PARSE, "not a statement: " + node);
        }
    }

    private void execFor(Node.For f, Scope scope, StringBuilder out, int loopDepth) {
        runLoop(f, PyOps.iterate(Undefined.strict(eval(f.iter(), scope))), scope, out, loopDepth);
    }

    private void runLoop(Node.For f, List<Object> iterated, Scope scope, StringBuilder out, int loopDepth) {
        List<Object> items = iterated;
        if (f.filter() != null) {
            List<Object> kept = new ArrayList<>();
            for (Object item : items) {
                Scope probe = scope.child();
                assign(f.target(), item, probe);
                if (PyOps.truthy(eval(f.filter(), probe))) {
                    kept.add(item);
                }
            }
            items = kept;
        }
        if (items.isEmpty()) {
            exec(f.orElse(), scope, out);
            return;
        }
        PyFunction recurse = !f.recursive() ? null : (args, kw) -> {
            if (args.size() != 1) {
                throw PyErrors.type("loop() takes exactly one argument");
            }
            if (loopDepth + 1 > limits.maxDepth()) {
                throw PyErrors.limit("recursion depth limit exceeded: more than " + limits.maxDepth() + " levels");
            }
            StringBuilder inner = new StringBuilder();
            runLoop(f, PyOps.iterate(args.get(0)), scope, inner, loopDepth + 1);
            return new Markup(inner.toString());
        };
        LoopContext loop = new LoopContext(items, loopDepth, recurse);
        for (int i = 0; i < items.size(); i++) {
            tick();
            loop.index0 = i;
            Scope inner = scope.child();
            inner.set("loop", loop);
            assign(f.target(), items.get(i), inner);
            exec(f.body(), inner, out);
        }
    }

    private void tick() {
        if (++steps > limits.maxSteps()) {
            throw PyErrors.limit("iteration limit exceeded: more than " + limits.maxSteps() + " evaluation steps");
        }
    }

    private void assign(Node target, Object value, Scope scope) {
        switch (target) {
            case Node.Name n -> scope.set(n.name(), value);
            case Node.TupleLit t -> {
                List<Object> values = PyOps.iterate(value);
                if (values.size() != t.items().size()) {
                    throw PyErrors.value((values.size() > t.items().size() ? "too many values to unpack (expected "
                            : "not enough values to unpack (expected ") + t.items().size() + ", got " + values.size() + ")");
                }
                for (int i = 0; i < values.size(); i++) {
                    assign(t.items().get(i), values.get(i), scope);
                }
            }
            case Node.NsRef r -> {
                Object ns = scope.lookup(r.name());
                if (!(ns instanceof Namespace namespace)) {
                    throw PyErrors.noFunction("cannot assign attribute on non-namespace object");
                }
                namespace.attributes().put(r.attr(), value);
            }
            default -> throw new ExpressionException(ErrorCategory.PARSE, "cannot assign to " + target);
        }
    }

    private Object applyFilterChain(Node.Filter f, Object input, Scope scope) {
        Object value = f.value() instanceof Node.Filter inner ? applyFilterChain(inner, input, scope) : input;
        return applyFilter(f, value, scope);
    }

    // ------------------------------------------------------------------ expressions

    Object eval(Node node, Scope scope) {
        tick();
        return switch (node) {
            case Node.Const c -> c.value();
            case Node.Name n -> {
                Object v = scope.lookup(n.name());
                yield v == Scope.MISSING ? Undefined.name(n.name()) : v;
            }
            case Node.Getattr g -> Access.getattr(eval(g.target(), scope), g.attr());
            case Node.Getitem g -> Access.getitem(eval(g.target(), scope), subscript(g.key(), scope));
            case Node.Call c -> call(c, scope);
            case Node.Filter f -> applyFilter(f, eval(f.value(), scope), scope);
            case Node.Test t -> {
                boolean r = rt.test(t.name(), eval(t.value(), scope), args(t.args(), null, scope),
                        kwargs(t.kwargs(), null, scope));
                yield t.negated() != r;
            }
            case Node.Unary u -> switch (u.op()) {
                case "not" -> !PyOps.truthy(eval(u.operand(), scope));
                case "-" -> PyOps.neg(eval(u.operand(), scope));
                default -> PyOps.pos(eval(u.operand(), scope));
            };
            case Node.Binary b -> binary(b, scope);
            case Node.Compare c -> compare(c, scope);
            case Node.CondExpr c -> {
                if (PyOps.truthy(eval(c.test(), scope))) {
                    yield eval(c.then(), scope);
                }
                yield c.otherwise() == null
                        ? Undefined.lenient("the inline if-expression evaluated to false and no else section was defined.")
                        : eval(c.otherwise(), scope);
            }
            case Node.ListLit l -> {
                List<Object> out = new ArrayList<>(l.items().size());
                for (Node item : l.items()) {
                    out.add(eval(item, scope));
                }
                yield out;
            }
            case Node.TupleLit t -> {
                List<Object> out = new ArrayList<>(t.items().size());
                for (Node item : t.items()) {
                    out.add(eval(item, scope));
                }
                yield new PyTuple(out);
            }
            case Node.DictLit d -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    Dicts.put(out, hashable(eval(d.keys().get(i), scope)), eval(d.values().get(i), scope));
                }
                yield out;
            }
            default -> throw new ExpressionException(ErrorCategory.PARSE, "not an expression: " + node);
        };
    }

    private static Object hashable(Object key) {
        Undefined.strict(key);
        if ((key instanceof List && !(key instanceof PyTuple)) || key instanceof Map) {
            throw PyErrors.type("unhashable type: '" + PyText.typeName(key) + "'");
        }
        return PyNum.isPlainInt(key) ? PyNum.intValue(key) : key;
    }

    private Object subscript(Node key, Scope scope) {
        if (key instanceof Node.Slice s) {
            return new Access.Slice(s.start() == null ? null : Undefined.strict(eval(s.start(), scope)),
                    s.stop() == null ? null : Undefined.strict(eval(s.stop(), scope)),
                    s.step() == null ? null : Undefined.strict(eval(s.step(), scope)));
        }
        return eval(key, scope);
    }

    private Object applyFilter(Node.Filter f, Object value, Scope scope) {
        return rt.filter(f.name(), value, args(f.args(), f.starArgs(), scope), kwargs(f.kwargs(), f.starKwargs(), scope));
    }

    private List<Object> args(List<Node> nodes, Node star, Scope scope) {
        List<Object> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(eval(n, scope));
        }
        if (star != null) {
            out.addAll(PyOps.iterate(eval(star, scope)));
        }
        return out;
    }

    private Map<String, Object> kwargs(List<Node.Kwarg> nodes, Node starStar, Scope scope) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Node.Kwarg k : nodes) {
            out.put(k.name(), eval(k.value(), scope));
        }
        if (starStar != null) {
            Object m = Undefined.strict(eval(starStar, scope));
            if (!(m instanceof Map<?, ?> map)) {
                throw PyErrors.type("argument after ** must be a mapping, not " + PyText.typeName(m));
            }
            map.forEach((k, v) -> out.put(PyText.str(k), v));
        }
        return out;
    }

    private Object call(Node.Call c, Scope scope) {
        Object callee = Undefined.strict(eval(c.callee(), scope));
        List<Object> args = args(c.args(), c.starArgs(), scope);
        Map<String, Object> kwargs = kwargs(c.kwargs(), c.starKwargs(), scope);
        if (!(callee instanceof PyFunction fn)) {
            throw PyErrors.type("'" + PyText.typeName(callee) + "' object is not callable");
        }
        if (++depth > limits.maxDepth()) {
            depth = 0;
            throw PyErrors.limit("recursion depth limit exceeded: more than " + limits.maxDepth() + " levels");
        }
        try {
            return fn.call(args, kwargs);
        } finally {
            depth--;
        }
    }

    private Object binary(Node.Binary b, Scope scope) {
        String op = b.op();
        Object left = eval(b.left(), scope);
        if (op.equals("and")) {
            return PyOps.truthy(left) ? eval(b.right(), scope) : left;
        }
        if (op.equals("or")) {
            return PyOps.truthy(left) ? left : eval(b.right(), scope);
        }
        Object right = eval(b.right(), scope);
        if (op.equals("~")) {
            return PyText.str(left) + PyText.str(right);
        }
        Undefined.strict(left);
        Undefined.strict(right);
        return switch (op) {
            case "+" -> checkSize(PyOps.add(left, right));
            case "-" -> PyOps.sub(left, right);
            case "*" -> checkSize(PyOps.mul(left, right));
            case "/" -> PyOps.truediv(left, right);
            case "//" -> PyOps.floordiv(left, right);
            case "%" -> PyOps.mod(left, right);
            case "**" -> PyOps.pow(left, right);
            default -> throw new ExpressionException(ErrorCategory.PARSE, "unknown operator " + op);
        };
    }

    private Object compare(Node.Compare c, Scope scope) {
        Object left = eval(c.first(), scope);
        for (int i = 0; i < c.ops().size(); i++) {
            Object right = eval(c.operands().get(i), scope);
            if (!compareOnce(c.ops().get(i), left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    /** Strings and lists built by {@code +} and {@code *} stay within the collection bound. */
    private Object checkSize(Object value) {
        int size = value instanceof String s ? s.length() : value instanceof List<?> l ? l.size() : 0;
        if (size > limits.maxCollection()) {
            throw PyErrors.limit("collection size limit exceeded: more than " + limits.maxCollection() + " elements");
        }
        return value;
    }

    static boolean compareOnce(String op, Object left, Object right) {
        return switch (op) {
            case "==" -> PyOps.eq(left, right);
            case "!=" -> !PyOps.eq(left, right);
            case "<" -> PyOps.compare(left, right, "<") < 0;
            case "<=" -> PyOps.compare(left, right, "<=") <= 0;
            case ">" -> PyOps.compare(left, right, ">") > 0;
            case ">=" -> PyOps.compare(left, right, ">=") >= 0;
            case "in" -> PyOps.contains(right, left);
            case "not in" -> !PyOps.contains(right, left);
            default -> throw new ExpressionException(ErrorCategory.PARSE, "unknown comparison " + op);
        };
    }

    /** A {@code {% macro %}}: renders its body with the arguments bound, returns the text. */
    private final class Macro implements PyFunction, PyObject {
        private final Node.Macro def;
        private final Scope closure;

        Macro(Node.Macro def, Scope closure) {
            this.def = def;
            this.closure = closure;
        }

        @Override
        public Object call(List<Object> args, Map<String, Object> kwargs) {
            List<String> params = def.params();
            if (args.size() > params.size() && !def.catchVarargs()) {
                throw PyErrors.type("macro '" + def.name() + "' takes not more than " + params.size() + " argument(s)");
            }
            Scope inner = closure.child();
            inner.set("varargs", new PyTuple(new ArrayList<>(args.subList(Math.min(args.size(), params.size()),
                    args.size()))));
            Map<Object, Object> extraKwargs = new LinkedHashMap<>();
            int firstDefault = params.size() - def.defaults().size();
            for (int i = 0; i < params.size(); i++) {
                String p = params.get(i);
                if (i < args.size()) {
                    inner.set(p, args.get(i));
                } else if (kwargs.containsKey(p)) {
                    inner.set(p, kwargs.get(p));
                } else if (i >= firstDefault) {
                    inner.set(p, eval(def.defaults().get(i - firstDefault), inner));
                } else {
                    inner.set(p, Undefined.hint("parameter '" + p + "' was not provided"));
                }
            }
            for (Map.Entry<String, Object> k : kwargs.entrySet()) {
                if (k.getKey().equals("caller") && !params.contains("caller")) {
                    inner.set("caller", k.getValue());
                } else if (!params.contains(k.getKey())) {
                    if (!def.catchKwargs()) {
                        throw PyErrors.type("macro '" + def.name() + "' takes no keyword argument '" + k.getKey() + "'");
                    }
                    extraKwargs.put(k.getKey(), k.getValue());
                }
            }
            inner.set("kwargs", extraKwargs);
            StringBuilder out = new StringBuilder();
            exec(def.body(), inner, out);
            return out.toString();
        }

        @Override
        public String typeName() {
            return "Macro";
        }

        @Override
        public boolean hasAttribute(String name) {
            return List.of("name", "arguments", "catch_kwargs", "catch_varargs", "caller").contains(name);
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "name" -> def.name();
                case "arguments" -> new PyTuple(new ArrayList<>(def.params()));
                case "catch_kwargs" -> def.catchKwargs();
                case "catch_varargs" -> def.catchVarargs();
                default -> false;
            };
        }
    }
}
