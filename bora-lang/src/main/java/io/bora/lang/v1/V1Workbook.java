package io.bora.lang.v1;

import io.bora.lang.spec.WorkbookSpec;
import java.util.List;
import java.util.Map;

/**
 * A parsed v1 workbook. {@code spec} is its v2 form: one direct workflow per possible target task
 * (keyed by the task name, stored as {@code <workbook>.<task>}) and one ad-hoc action per v1
 * action (keyed {@code <Service>.<action>}); {@code definition} is the v1 text as uploaded.
 */
public record V1Workbook(String name, String definition, WorkbookSpec spec, Map<String, V1Task> tasks,
        List<V1PeriodicEvent> events) {

    public V1Workbook {
        tasks = Map.copyOf(tasks);
        events = List.copyOf(events);
    }

    /** The qualified v2 workflow that runs an execution targeted at the v1 task {@code task}. */
    public String workflowFor(String task) {
        V1Task t = tasks.get(task);
        return name + "." + (t == null ? task : t.v2Name());
    }

    /** The v1 task whose task executions carry {@code v2Name}, or null. */
    public V1Task taskByV2Name(String v2Name) {
        for (V1Task t : tasks.values()) {
            if (t.v2Name().equals(v2Name)) {
                return t;
            }
        }
        return null;
    }

    public boolean hasTask(String task) {
        return tasks.containsKey(task);
    }
}
