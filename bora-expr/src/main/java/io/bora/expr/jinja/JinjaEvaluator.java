package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import io.bora.expr.value.Limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jinja2 as Mistral 15 configures it (SandboxedEnvironment, StrictUndefined, trim_blocks,
 * lstrip_blocks), on Python value semantics. Thread-safe; parsed expressions and templates are
 * cached. Errors are {@link ExpressionException}s whose category follows the corpus table
 * (undefined, security, type, ...); messages are the Python/Jinja ones.
 */
public final class JinjaEvaluator {
    private static final int CACHE_LIMIT = 10_000;
    private static final Scope GLOBALS = globals();
    private final Limits limits;
    private final Map<String, Node> expressions = new ConcurrentHashMap<>();
    private final Map<String, List<Node>> templates = new ConcurrentHashMap<>();

    /** An evaluator with the default bounds ({@link Limits#DEFAULT}). */
    public JinjaEvaluator() {
        this(Limits.DEFAULT);
    }

    /**
     * An evaluator whose evaluations stay within {@code limits}: evaluation steps (expression nodes and
     * loop iterations), rendered characters, macro/recursive-loop depth and built string/list sizes.
     */
    public JinjaEvaluator(Limits limits) {
        this.limits = limits;
    }

    private static Scope globals() {
        Scope scope = new Scope(null);
        Globals.install(scope);
        return scope;
    }

    /** The native value of one expression: the text between {@code {{} and {@code }}}. */
    public Object evaluateExpression(String expression, Map<String, Object> dataContext, WorkflowFunctions functions) {
        Node node = cached(expressions, expression, Parser::expression);
        return guarded(() -> {
            Evaluation rt = new Evaluation(dataContext, functions);
            Object value = new Interpreter(rt, limits).eval(node, rootScope(dataContext, rt));
            // Mistral str()s the result to make a StrictUndefined raise; the conversion walks the whole
            // value and raises for one as well, without building the text
            return PlainValues.toPlain(value);
        });
    }

    /** Renders a whole template to text (values become text with Python str()). */
    public String render(String template, Map<String, Object> dataContext, WorkflowFunctions functions) {
        List<Node> body = cached(templates, template, Parser::template);
        return (String) guarded(() -> {
            Evaluation rt = new Evaluation(dataContext, functions);
            StringBuilder out = new StringBuilder();
            new Interpreter(rt, limits).exec(body, rootScope(dataContext, rt), out);
            return out.toString();
        });
    }

    /** Syntax check of a template; throws an ExpressionException of category PARSE. */
    public void validate(String template) {
        cached(templates, template, Parser::template);
    }

    /** Syntax check of one bare expression (the whole-string {@code {{ expr }}} form). */
    public void validateExpression(String expression) {
        cached(expressions, expression, Parser::expression);
    }

    private static <T> T cached(Map<String, T> cache, String source, java.util.function.Function<String, T> parse) {
        T hit = cache.get(source);
        if (hit != null) {
            return hit;
        }
        T parsed;
        try {
            parsed = parse.apply(source);
        } catch (StackOverflowError e) {
            throw new ExpressionException(ErrorCategory.LIMIT, "Jinja expression nested too deeply: " + source);
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(source, parsed);
        return parsed;
    }

    /** Turns Java failures that slip through into expression errors, so bad input never crashes the caller. */
    private static Object guarded(java.util.function.Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (ExpressionException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new ExpressionException(ErrorCategory.LIMIT, "maximum recursion depth exceeded");
        } catch (ClassCastException | UnsupportedOperationException | IllegalArgumentException
                 | IndexOutOfBoundsException | ArithmeticException | NullPointerException e) {
            throw new ExpressionException(ErrorCategory.TYPE, String.valueOf(e.getMessage()), e);
        }
    }

    private static Scope rootScope(Map<String, Object> data, Evaluation rt) {
        // Jinja's globals are stateless and shared; nothing ever assigns into that scope
        Scope scope = new Scope(GLOBALS, name -> MistralFunctions.bound(name, rt));
        scope.set("_", data);
        scope.set("__env", data == null ? null : data.get("__env"));
        scope.set("__execution", data == null ? null : data.get("__execution"));
        scope.set("__task_execution", data == null ? null : data.get("__task_execution"));
        return scope.child();
    }
}
