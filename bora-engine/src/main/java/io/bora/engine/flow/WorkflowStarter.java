package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskType;
import io.bora.engine.model.WorkflowExecution;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Moves a freshly created execution to RUNNING: builds its context ({@code __execution} and
 * {@code vars}) and creates and launches the start tasks (direct: tasks without inbound
 * transitions).
 */
public final class WorkflowStarter {
    private final StepContext c;
    private final WorkflowRun run;

    public WorkflowStarter(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    public void start() {
        WorkflowExecution ex = run.execution();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("__execution", Map.of("id", ex.id()));
        run.update(ex.withContext(context, null).withState(State.RUNNING, null, null));
        if (!run.spec().vars().isEmpty()) {
            Evaluation eval = new Evaluation(c.expressions(), new EngineFunctions(run, c.executions()));
            try {
                Object vars = eval.evaluate(run.spec().vars(), DataFlow.view(DataFlow.envLayer(run), context, ex.input()));
                if (vars instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked") Map<String, Object> v = (Map<String, Object>) m;
                    context.putAll(v);
                }
                run.update(run.execution().withContext(context, null));
            } catch (Evaluation.Failure e) {
                new WorkflowEnding(c, run).fail(e.getMessage());
                return;
            }
        }
        if (ReverseWorkflow.isReverse(run)) {
            new ReverseWorkflow(c, run).startReady();
        } else {
            for (String name : startTasks()) {
                TaskRun task = newTask(name, new LinkedHashMap<>(), null);
                if (!new TaskLauncher(c, run).launch(task)) return;
            }
        }
        new WorkflowEnding(c, run).completeIfDone();
    }

    TaskRun newTask(String name, Map<String, Object> inContext, String uniqueKey) {
        TaskSpec spec = run.taskSpec(name);
        TaskType type = spec.isWorkflowTask() ? TaskType.WORKFLOW : TaskType.ACTION;
        TaskRun task = new TaskRun(Ids.next(), name, run, type, spec.tags(), State.RUNNING, inContext, uniqueKey, c.now());
        run.addTask(task);
        return task;
    }

    /** Direct workflows start with every task that no transition (own or default) leads to. */
    private Set<String> startTasks() {
        Set<String> inbound = new HashSet<>();
        for (TaskSpec t : run.spec().tasks().values()) {
            for (Transitions tr : EffectiveTransitions.all(t, run.spec().taskDefaults())) {
                for (Transition x : tr.next()) if (!x.target().equals(t.name())) inbound.add(x.target());
            }
        }
        Set<String> start = new java.util.LinkedHashSet<>();
        for (String name : run.spec().tasks().keySet()) if (!inbound.contains(name)) start.add(name);
        return start;
    }
}
