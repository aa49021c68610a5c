package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

/**
 * Bounds on one evaluation, so an expression cannot hang the engine or exhaust memory (Mistral
 * leaves yaql unbounded; Bora does not). Counted per thread for the evaluation in progress.
 *
 * @param maxSteps       evaluation steps (node evaluations and lambda calls)
 * @param maxCollection  elements in one produced collection or string (code units)
 * @param maxDepth       nesting of evaluation (recursion through lambdas and nested data)
 * @param maxOutputChars characters of one rendered text (inline templates, json/yaml dumps)
 */
public record Limits(long maxSteps, int maxCollection, int maxDepth, int maxOutputChars) {

    public static final Limits DEFAULT = new Limits(10_000_000, 1_000_000, 400, 10_000_000);

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    /** Installs a budget for the evaluation on this thread; closing the scope restores the previous one. */
    public static Scope open(Limits limits) {
        Budget previous = CURRENT.get();
        CURRENT.set(new Budget(limits));
        return () -> CURRENT.set(previous);
    }

    /** An installed budget. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    public static void step() {
        Budget b = CURRENT.get();
        if (b != null && ++b.steps > b.limits.maxSteps) {
            throw limit("iteration limit exceeded: more than " + b.limits.maxSteps + " evaluation steps");
        }
    }

    public static void checkCollection(int size) {
        Budget b = CURRENT.get();
        if (b != null && size > b.limits.maxCollection) {
            throw limit("collection size limit exceeded: more than " + b.limits.maxCollection + " elements");
        }
    }

    public static void checkOutput(long chars) {
        Budget b = CURRENT.get();
        if (b != null && chars > b.limits.maxOutputChars) {
            throw limit("output size limit exceeded: more than " + b.limits.maxOutputChars + " characters");
        }
    }

    public static void enter() {
        Budget b = CURRENT.get();
        if (b != null && ++b.depth > b.limits.maxDepth) {
            b.depth = 0;
            throw limit("recursion depth limit exceeded: more than " + b.limits.maxDepth + " levels");
        }
    }

    public static void exit() {
        Budget b = CURRENT.get();
        if (b != null && b.depth > 0) {
            b.depth--;
        }
    }

    private static ExpressionException limit(String message) {
        return new ExpressionException(ErrorCategory.LIMIT, message);
    }

    private static final class Budget {
        final Limits limits;
        long steps;
        int depth;

        Budget(Limits limits) {
            this.limits = limits;
        }
    }
}
