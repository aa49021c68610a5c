package io.bora.expr.mistral;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.WorkflowFunctions;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyText;
import io.bora.expr.value.Values;

import java.util.List;
import java.util.Map;

/**
 * Mistral's custom expression functions (task, tasks, execution, executions, global, json_*,
 * yaml_*) with the argument handling both YAQL and Jinja share. Values in and out are internal
 * values; database lookups go to the engine's {@link WorkflowFunctions}.
 */
public final class MistralFunctions {
    private MistralFunctions() {
    }

    /** The database functions bound to one evaluation's data context. */
    public record Bound(WorkflowFunctions functions, Map<String, Object> context) {
        public Map<String, Object> task(Object name) {
            return functions.task(name == null ? null : textArg(name), context);
        }

        public List<Object> tasks(Object workflowExecutionId, boolean recursive, Object state, boolean flat) {
            return functions.tasks(workflowExecutionId == null ? null : textArg(workflowExecutionId), recursive,
                    state == null ? null : textArg(state), flat, context);
        }

        public Map<String, Object> execution(Object ignored) {
            return functions.execution(context);
        }

        public List<Object> executions(Object id, Object root, Object state, Object from, Object to) {
            return functions.executions(opt(id), opt(root), opt(state), opt(from), opt(to), context);
        }

        public Object global(Object name) {
            return functions.global(name == null ? null : textArg(name), context);
        }

        private static String opt(Object o) {
            return o == null ? null : textArg(o);
        }
    }

    private static String textArg(Object o) {
        return o instanceof String s ? s : PyText.str(Values.finalizeValue(o));
    }

    /** json_dump: indent 4, insertion order, ASCII-escaped, with oslo's nested-dict depth quirk. */
    public static String jsonDump(Object data) {
        return JsonText.dump(Values.finalizeValue(data), 4, true);
    }

    /** json_pp (deprecated): like json_dump of data, or of the whole context when data is falsy. */
    public static String jsonPp(Object data, Map<String, Object> context) {
        Object target = Py.truthy(data) ? data : context;
        String text = JsonText.dump(Values.finalizeValue(Values.fromPlain(target)), 4, true);
        return text.replace("\\n", "\n").replace(" \n", "\n");
    }

    public static Object jsonParse(Object data) {
        if (!(data instanceof String s)) {
            throw new ExpressionException(ErrorCategory.TYPE,
                    "the JSON object must be str, bytes or bytearray, not " + Py.typeName(data));
        }
        return JsonText.parse(s);
    }

    public static String yamlDump(Object data) {
        return YamlText.dump(Values.finalizeValue(data));
    }

    public static Object yamlParse(Object data) {
        if (!(data instanceof String s)) {
            throw new ExpressionException(ErrorCategory.ATTRIBUTE, "'" + Py.typeName(data) + "' object has no attribute 'read'");
        }
        return YamlText.parse(s);
    }
}
