package io.bora.lang.v1;

import io.bora.lang.spec.WorkbookSpec;
import java.util.List;
import java.util.Map;

/**
 * A parsed v1 workbook. {@code spec} is its v2 form: one direct workflow per possible target task
 * (keyed by the task name, stored as {@code <workbook>.<task>}) and one ad-hoc action per v1
 * action (keyed {@code <Service>__<action>}: v2 action names are word characters and dashes);
 * {@code definition} is the v1 text as uploaded.
 */
public record V1Workbook(String name, String definition, WorkbookSpec spec, Map<String, V1Task> tasks,
        List<V1PeriodicEvent> events) {

    /**
     * A v2 task that is not a v1 task: the no-op start of a workflow whose first tasks are also
     * reached by transitions (v2 starts only tasks nothing leads to). The v1 API does not show it.
     */
    public static final String START_TASK = "__v1_start";

    /** Execution params: the v1 target task (Mistral's reverse-workflow key). */
    public static final String PARAM_TARGET = "task_name";
    /** Execution params: the v1 workbook the execution belongs to. */
    public static final String PARAM_WORKBOOK = "v1_workbook";
    /** Execution params: the v1 context as given (the input holds only the keys the workflow reads). */
    public static final String PARAM_CONTEXT = "v1_context";

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

    /**
     * The params of an execution towards {@code task} (e.g. a cron trigger's {@code workflow_params}
     * for a periodic event), so that the /v1 API lists it under this workbook.
     */
    public Map<String, Object> executionParams(String task) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put(PARAM_TARGET, task);
        params.put(PARAM_WORKBOOK, name);
        return params;
    }

    /** The cron triggers the periodic events stand for; a re-upload replaces those named {@code <workbook>.*}. */
    public List<V1CronTrigger> cronTriggers() {
        List<V1CronTrigger> out = new java.util.ArrayList<>();
        for (V1PeriodicEvent e : events) {
            for (String task : e.tasks()) {
                String triggerName = name + "." + e.name() + (e.tasks().size() > 1 ? "." + task : "");
                out.add(new V1CronTrigger(triggerName, e.cronPattern(), workflowFor(task), executionParams(task)));
            }
        }
        return out;
    }

    public boolean hasTask(String task) {
        return tasks.containsKey(task);
    }
}
