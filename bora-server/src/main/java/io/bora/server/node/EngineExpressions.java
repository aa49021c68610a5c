package io.bora.server.node;

import io.bora.engine.runtime.Engine;
import io.bora.expr.WorkflowFunctions;
import io.bora.server.rest.ExpressionEvaluation;

import java.util.Map;

/** {@code POST /v2/expressions/evaluate} on the engine's evaluator (shared cache of parsed expressions). */
final class EngineExpressions implements ExpressionEvaluation {
    private final Engine engine;

    EngineExpressions(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Object evaluate(String expression, Map<String, Object> context) {
        return engine.expressions().evaluate(expression, context, WorkflowFunctions.NONE);
    }

    @Override
    public Object evaluateOnExecution(String expression, String executionId) {
        return engine.evaluateOnExecution(executionId, expression);
    }
}
