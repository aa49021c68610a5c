package io.bora.server.rest;

import java.util.Map;

/**
 * Evaluates one YAQL/Jinja expression (or a text holding some) against a data context, for
 * {@code POST /v2/expressions/evaluate}. Supplied by the node wiring; failures are thrown as
 * {@code io.bora.expr.ExpressionException} and answered 400.
 */
@FunctionalInterface
public interface ExpressionEvaluation {
    Object evaluate(String expression, Map<String, Object> context);

    /**
     * Evaluates against an execution's final context, with {@code task()} and the other functions
     * reading that execution. Unknown execution: a 404 {@code BoraException}.
     */
    default Object evaluateOnExecution(String expression, String executionId) {
        throw new HttpError(501, "Evaluation against an execution is not available on this node.");
    }
}
