package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Values;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * YAQL as Mistral configures it. Parsed expressions are cached (bounded); evaluation is
 * thread-safe and bounded by {@link Limits}. Data is never parsed: only the expression text.
 */
public final class YaqlEngine {
    private static final int CACHE_SIZE = 10_000;

    private final Map<String, Node> cache = new ConcurrentHashMap<>();
    private final Limits limits;

    public YaqlEngine() {
        this(Limits.DEFAULT);
    }

    public YaqlEngine(Limits limits) {
        this.limits = limits;
    }

    /** Parses (or fetches from the cache) an expression; throws PARSE errors with the position. */
    Node parse(String expression) {
        Node n = cache.get(expression);
        if (n == null) {
            n = Parser.parse(expression);
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
            cache.put(expression, n);
        }
        return n;
    }

    /** The last converted data context of this thread, while a {@link #memoizeConversions} scope is open. */
    private static final ThreadLocal<Object[]> CONVERTED = new ThreadLocal<>();

    /**
     * Within the returned scope, evaluations against the same data context object convert it to
     * the internal model once (a publish block or an input map evaluates many strings against one
     * context). The context must not change while the scope is open.
     */
    public static Limits.Scope memoizeConversions() {
        Object[] previous = CONVERTED.get();
        CONVERTED.set(new Object[2]);
        return () -> CONVERTED.set(previous);
    }

    private static Object convert(Object plain) {
        Object[] memo = CONVERTED.get();
        if (memo != null && plain != null && memo[0] == plain) {
            return memo[1];
        }
        Object converted = Values.fromPlain(plain);
        if (memo != null) {
            memo[0] = plain;
            memo[1] = converted;
        }
        return converted;
    }

    /** Syntax check only. */
    public void validate(String expression) {
        parse(expression);
    }

    /**
     * Evaluates one expression (the text inside {@code <% %>}) against the data context and returns
     * the finalised internal value (sets stay sets, dict keys as they are).
     */
    public Object evaluate(String expression, Map<String, Object> dataContext, WorkflowFunctions functions) {
        return evaluateOn(expression, dataContext, dataContext, functions);
    }

    /**
     * Evaluates with {@code rootValue} as {@code $} — any value, e.g. an action result that an
     * ad-hoc action's {@code output} transforms — while functions see {@code dataContext}.
     */
    public Object evaluateOn(String expression, Object rootValue, Map<String, Object> dataContext,
                             WorkflowFunctions functions) {
        Node n = parse(expression);
        Map<String, Object> data = dataContext;
        Object root = convert(rootValue);
        Interpreter in = new Interpreter(functions == null ? WorkflowFunctions.NONE : functions, data);
        Scope scope = new Scope(null, in);
        scope.set("1", root);
        if (root instanceof Map<?, ?> rootMap) {
            scope.set("__env", rootMap.get("__env"));
            scope.set("__execution", rootMap.get("__execution"));
            scope.set("__task_execution", rootMap.get("__task_execution"));
        }
        try (Limits.Scope ignored = Limits.open(limits)) {
            Object v = in.eval(n, scope);
            if (v instanceof ContextValue) {
                throw new ExpressionException(ErrorCategory.TYPE, "a context is not a value; use it with '->'");
            }
            return Values.finalizeValue(v);
        } catch (StackOverflowError e) {
            throw new ExpressionException(ErrorCategory.LIMIT, "recursion depth limit exceeded");
        } catch (ExpressionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExpressionException(ErrorCategory.TYPE, String.valueOf(e.getMessage()), e);
        }
    }
}
