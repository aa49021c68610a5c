package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.mistral.MistralFunctions;
import io.bora.expr.value.Values;

import java.util.Map;

/**
 * Mistral's expression functions registered in YAQL under their literal names (spec §9). The
 * logic lives in {@link MistralFunctions}, shared with Jinja.
 */
final class MistralLib {
    private MistralLib() {
    }

    static void register(Registry r) {
        r.add("env", "F", "", a -> a.scope.get("__env"));
        r.add("execution", "F", "", a -> Values.fromPlain(fns(needsExecution(a)).execution(a)));
        r.add("executions", "F", "id:any=null, rootExecutionId:any=null, state:any=null, fromTime:any=null, toTime:any=null",
                a -> Values.fromPlain(fns(a).executions(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4))));
        r.add("task", "F", "taskName:any=null", a -> {
            if (a.scope.get("__task_execution") == null) {
                needsExecution(a);
            }
            return Values.fromPlain(fns(a).task(a.get(0)));
        });
        r.add("tasks", "F", "workflowExecutionId:any=null, recursive:bool?=false, state:any=null, flat:bool?=false",
                a -> Values.fromPlain(fns(a).tasks(a.get(0), a.bool(1), a.get(2), a.bool(3))));
        r.add("global", "F", "varName:any", a -> Values.fromPlain(fns(needsExecution(a)).global(a.get(0))));
        r.add("json_dump", "F", "data:any", a -> MistralFunctions.jsonDump(a.get(0)));
        r.add("json_pp", "F", "data:any=null", a -> {
            if (!io.bora.expr.value.Py.truthy(a.get(0))) {
                // Mistral dumps its YAQL context object here, which refers to itself.
                throw new ExpressionException(ErrorCategory.VALUE, "Circular reference detected");
            }
            return MistralFunctions.jsonPp(a.get(0), a.interpreter().rawContext);
        });
        r.add("json_parse", "F", "data:any", a -> MistralFunctions.jsonParse(a.get(0)));
        r.add("yaml_dump", "F", "data:any", a -> MistralFunctions.yamlDump(a.get(0)));
        r.add("yaml_parse", "F", "data:any", a -> MistralFunctions.yamlParse(a.get(0)));
        r.add("uuid", "F", "", a -> java.util.UUID.randomUUID().toString());
    }

    /** Mistral reads {@code context['__execution']['id']}: without it the function fails. */
    private static Args needsExecution(Args a) {
        if (a.scope.get("__execution") == null) {
            throw new ExpressionException(ErrorCategory.TYPE, "'NoneType' object is not subscriptable");
        }
        return a;
    }

    private static MistralFunctions.Bound fns(Args a) {
        return new MistralFunctions.Bound(a.interpreter().functions, a.interpreter().rawContext);
    }

}
