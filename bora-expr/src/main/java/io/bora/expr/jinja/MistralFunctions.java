package io.bora.expr.jinja;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mistral's expression functions in Jinja: globals bound to the data context ({@code task('t1')})
 * and the same functions as filters, where the piped value takes the place of the context
 * ({@code _ | json_dump(x)} works, {@code x | json_dump} fails as in Mistral).
 */
final class MistralFunctions {
    static final Set<String> NAMES = Set.of("env", "execution", "executions", "global", "json_pp", "json_dump",
            "json_parse", "yaml_dump", "yaml_parse", "task", "tasks", "uuid");

    private MistralFunctions() {
    }

    static void registerFilters(Map<String, Filters.FilterFn> filters) {
        for (String name : NAMES) {
            filters.put(name, (rt, value, a) -> call(rt, name, value, new CallArgs(name + "_", a.pos(), a.kw())));
        }
    }

    /** The function {@code name} bound to this evaluation's data context, or {@link Scope#MISSING}. */
    static Object bound(String name, Evaluation rt) {
        if (!NAMES.contains(name)) {
            return Scope.MISSING;
        }
        return (PyFunction) (args, kw) -> call(rt, name, rt.data, new CallArgs(name + "_", args, kw));
    }

    private static final Map<String, List<String>> PARAMS = Map.ofEntries(
            Map.entry("env", List.of()), Map.entry("execution", List.of()),
            Map.entry("executions", List.of("id", "root_execution_id", "state", "from_time", "to_time")),
            Map.entry("global", List.of("var_name")), Map.entry("json_pp", List.of("data")),
            Map.entry("json_dump", List.of("data")), Map.entry("json_parse", List.of("data")),
            Map.entry("yaml_dump", List.of("data")), Map.entry("yaml_parse", List.of("data")),
            Map.entry("task", List.of("task_name")),
            Map.entry("tasks", List.of("workflow_execution_id", "recursive", "state", "flat")),
            Map.entry("uuid", List.of()));

    private static Object call(Evaluation rt, String name, Object context, CallArgs a) {
        a.check(PARAMS.get(name));
        if (!name.startsWith("json_dump") && !name.equals("json_pp") && !name.equals("yaml_dump")) {
            for (Object arg : a.pos()) {
                Undefined.strict(arg);
            }
            a.kw().values().forEach(Undefined::strict);
        }
        context = Markup.unwrap(context);
        return switch (name) {
            case "env" -> item(context, "__env");
            case "execution" -> {
                item(item(context, "__execution"), "id");
                yield rt.functions.execution(asMap(context));
            }
            case "executions" -> rt.functions.executions(optStr(a, 0, "id"), optStr(a, 1, "root_execution_id"),
                    optStr(a, 2, "state"), optStr(a, 3, "from_time"), optStr(a, 4, "to_time"), asMap(context));
            case "global" -> {
                Object var = a.required(0, "var_name");
                item(item(context, "__execution"), "id");
                yield rt.functions.global(PyText.str(var), asMap(context));
            }
            case "task" -> {
                Object taskName = a.get(0, "task_name", null);
                Object current = item(context, "__task_execution");
                String wanted = taskName == null ? null : PyText.str(taskName);
                boolean currentTask = PyOps.truthy(current) && (wanted == null || wanted.isEmpty()
                        || PyOps.eq(item(current, "name"), wanted));
                if (!currentTask) {
                    item(item(context, "__execution"), "id");
                }
                yield rt.functions.task(wanted, asMap(context));
            }
            case "tasks" -> rt.functions.tasks(optStr(a, 0, "workflow_execution_id"), a.bool(1, "recursive", false),
                    optStr(a, 2, "state"), a.bool(3, "flat", false), asMap(context));
            case "json_pp" -> {
                Object data = a.get(0, "data", null);
                yield JsonText.dump(PyOps.truthy(data) ? data : context, false, 4, true)
                        .replace("\\n", "\n").replace(" \n", "\n");
            }
            case "json_dump" -> JsonText.dump(a.required(0, "data"), false, 4, true);
            case "json_parse" -> JsonText.parse(text(Markup.unwrap(a.required(0, "data")),
                    "the JSON object must be str, bytes or bytearray, not "));
            case "yaml_dump" -> YamlDump.dump(a.required(0, "data"));
            case "yaml_parse" -> {
                Object data = Markup.unwrap(a.required(0, "data"));
                if (!(data instanceof String s)) {
                    throw PyErrors.attribute("'" + PyText.typeName(data) + "' object has no attribute 'read'");
                }
                yield YamlParse.parse(s);
            }
            case "uuid" -> UUID.randomUUID().toString();
            default -> throw PyErrors.noFunction("unknown function " + name);
        };
    }

    private static String text(Object v, String message) {
        if (!(v instanceof String s)) {
            throw PyErrors.type(message + PyText.typeName(v));
        }
        return s;
    }

    private static String optStr(CallArgs a, int i, String key) {
        Object v = a.get(i, key, null);
        return v == null ? null : PyText.str(v);
    }

    /** Python's {@code context[key]} with its errors for non-dict contexts. */
    private static Object item(Object context, String key) {
        Undefined.strict(context);
        if (context instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw PyErrors.key(key);
            }
            return m.get(key);
        }
        if (context instanceof String) {
            throw PyErrors.type("string indices must be integers, not 'str'");
        }
        if (context instanceof List) {
            throw PyErrors.type(PyText.typeName(context) + " indices must be integers or slices, not str");
        }
        throw PyErrors.type("'" + PyText.typeName(context) + "' object is not subscriptable");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object context) {
        return context instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
