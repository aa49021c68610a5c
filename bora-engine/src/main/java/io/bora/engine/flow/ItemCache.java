package io.bora.engine.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluated with-items iterations of running tasks, so that starting iteration i (under a
 * concurrency limit) does not re-evaluate the whole array each time. A miss (another node, or
 * after a restart) just evaluates again: the iterations are a pure function of the task's context.
 */
public final class ItemCache {
    private static final int MAX_TASKS = 256;
    private final Map<String, List<Map<String, Object>>> byAttempt = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Map<String, Object>>> eldest) {
            return size() > MAX_TASKS;
        }
    };

    synchronized List<Map<String, Object>> get(String key) {
        return byAttempt.get(key);
    }

    synchronized void put(String key, List<Map<String, Object>> iterations) {
        byAttempt.put(key, iterations);
    }

    static String key(TaskRun task) {
        return task.id + "@" + task.runtimeContext.get(TaskLauncher.ATTEMPT_STARTED);
    }
}
