package io.bora.engine.flow;

import io.bora.engine.model.EngineKeys;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.WithItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * with-items (spec §3.5): the evaluated arrays, zipped into one variable binding per iteration,
 * and the progress counters kept in the task's runtime context (one row per item is stored as its
 * action execution; no growing document).
 */
final class WithItems {
    static final String PROGRESS = EngineKeys.WITH_ITEMS_PROGRESS;

    private WithItems() {
    }

    /** Evaluates every array and zips them: iteration i binds each variable to element i. */
    static List<Map<String, Object>> iterations(TaskSpec spec, Evaluation eval, Map<String, Object> ctx) {
        Map<String, List<Object>> arrays = new LinkedHashMap<>();
        for (WithItem item : spec.withItems()) {
            Object v = item.source() instanceof String s ? eval.evaluate(s, ctx) : item.source();
            if (v instanceof Collection<?> c) {
                arrays.put(item.variable(), new ArrayList<>(c));
            } else if (v instanceof Map<?, ?> m) {
                arrays.put(item.variable(), new ArrayList<>(m.keySet()));
            } else if (v instanceof String str) {
                List<Object> chars = new ArrayList<>();
                str.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
                arrays.put(item.variable(), chars);
            } else {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put(item.variable(), v);
                throw new TaskLauncher.TaskFailure("Wrong input format for: " + PyText.str(shown)
                        + ". Iterable type is expected for each value.");
            }
        }
        int n = -1;
        for (List<Object> a : arrays.values()) {
            if (n >= 0 && a.size() != n) {
                throw new TaskLauncher.TaskFailure("Wrong input format for: " + PyText.str(arrays)
                        + ". All arrays must have the same length.");
            }
            n = a.size();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < Math.max(n, 0); i++) {
            Map<String, Object> binding = new LinkedHashMap<>();
            for (var e : arrays.entrySet()) binding.put(e.getKey(), e.getValue().get(i));
            out.add(binding);
        }
        return out;
    }

    /** Per-iteration context layer: item variables, with the task's inbound context winning (Mistral's merge). */
    static Map<String, Object> extraLayer(Map<String, Object> binding, Map<String, Object> inContext) {
        Map<String, Object> layer = new LinkedHashMap<>(binding);
        if (inContext != null) layer.putAll(inContext);
        return layer;
    }

    static boolean isWithItems(TaskRun task) {
        return task.runtimeContext.get(PROGRESS) instanceof Map<?, ?>;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> progress(TaskRun task) {
        return (Map<String, Object>) task.runtimeContext.get(PROGRESS);
    }

    static int get(Map<String, Object> progress, String key) {
        Object v = progress.get(key);
        return v instanceof Number n ? n.intValue() : 0;
    }

    /** Starts the counters: count items, at most capacity in flight (null = all). */
    static Map<String, Object> begin(TaskRun task, int count, long concurrency) {
        Map<String, Object> wi = new LinkedHashMap<>();
        wi.put("capacity", concurrency > 0 ? concurrency : null);
        wi.put("count", count);
        task.runtimeContext.put("with_items", wi);
        if (concurrency > 0) task.runtimeContext.put("concurrency", concurrency);
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("count", count);
        progress.put("capacity", concurrency > 0 ? concurrency : count);
        progress.put("next", 0);
        progress.put("done", 0);
        progress.put("failed", 0);
        progress.put("cancelled", 0);
        task.runtimeContext.put(PROGRESS, progress);
        return progress;
    }
}
