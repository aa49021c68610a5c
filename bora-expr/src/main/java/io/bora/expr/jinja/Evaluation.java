package io.bora.expr.jinja;

import io.bora.expr.WorkflowFunctions;

import java.util.List;
import java.util.Map;

/** What one evaluation needs besides the scope: the data context and Mistral's DB functions. */
final class Evaluation {
    final Object data;
    final WorkflowFunctions functions;

    Evaluation(Object data, WorkflowFunctions functions) {
        this.data = data;
        this.functions = functions == null ? WorkflowFunctions.NONE : functions;
    }

    Object filter(String name, Object value, List<Object> args, Map<String, Object> kwargs) {
        return Filters.apply(this, name, value, new CallArgs(name, args, kwargs));
    }

    boolean test(String name, Object value, List<Object> args, Map<String, Object> kwargs) {
        return Tests.apply(name, value, new CallArgs(name, args, kwargs));
    }
}
