package io.bora.engine.flow;

import java.util.Collection;
import java.util.stream.Collectors;

/** Mistral's message texts that several engine classes build. */
final class Messages {
    private Messages() {
    }

    static String failedToRunTask(String error, WorkflowRun run, TaskRun task) {
        return "Failed to run task [error=" + error + ", wf=" + run.spec().name() + ", task=" + task.name + "]:";
    }

    static String failedToHandleCompletion(String error, WorkflowRun run, TaskRun task, String action) {
        return "Failed to handle action completion [error=" + error + ", wf=" + run.spec().name() + ", task="
                + task.name + ", action=" + action + "]:";
    }

    /** Python's type name of a plain value. */
    static String pyType(Object v) {
        if (v == null) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) return "int";
        if (v instanceof Double || v instanceof Float) return "float";
        if (v instanceof String) return "str";
        if (v instanceof java.util.List<?>) return "list";
        if (v instanceof java.util.Map<?, ?>) return "dict";
        return v.getClass().getSimpleName();
    }

    /** Python repr of a list of strings: ['a', 'b']. */
    static String pyList(Collection<String> items) {
        return items.stream().map(s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
