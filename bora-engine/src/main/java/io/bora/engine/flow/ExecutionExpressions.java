package io.bora.engine.flow;

import java.util.Map;

/**
 * Expressions evaluated against a stored execution, for users debugging a workflow: the context
 * is what the workflow's output would see (final context, env, execution context, input), and
 * task() and the other functions read that execution.
 */
public final class ExecutionExpressions {
    private ExecutionExpressions() {
    }

    /** Throws {@code io.bora.expr.ExpressionException} when the expression fails. */
    public static Object evaluate(StepContext c, WorkflowRun run, String expression) {
        Map<String, Object> ctx = DataFlow.outputContext(run, new WorkflowEnding(c, run).finalContext());
        return c.expressions().evaluate(expression, ctx, new EngineFunctions(run, c.executions()));
    }
}
