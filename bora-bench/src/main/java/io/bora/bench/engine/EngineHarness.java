package io.bora.bench.engine;

import io.bora.engine.api.StartExecution;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.Clock;
import io.bora.engine.runtime.Engine;
import io.bora.engine.runtime.EngineConfig;
import io.bora.engine.runtime.JobHandlers;
import io.bora.lang.DslParser;
import io.bora.lang.spec.WorkflowSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The engine on an in-memory store, with jobs run synchronously on the test's thread: "here is a
 * workflow, here is what must happen" without threads, sleeps or a database.
 */
public final class EngineHarness {
    public final InMemoryStore store = new InMemoryStore();
    public final FakeActions actions = new FakeActions();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = () -> now;
    public final Engine engine = new Engine(EngineConfig.defaults("test"), store, store.definitions, store, store, actions, actions, clock);
    private final JobHandlers handlers = new JobHandlers(engine, store, store, actions);

    public EngineHarness upload(String yaml) {
        for (WorkflowSpec spec : new DslParser().parseWorkflowList(yaml)) {
            store.definitions.insertWorkflow(new WorkflowDefinition(UUID.randomUUID().toString(), spec.name(), "", spec.definition(),
                    spec.tags(), "private", null, "<default-project>", now, null));
        }
        return this;
    }

    public WorkflowExecution start(String workflow, Map<String, Object> input) {
        return start(workflow, input, Map.of());
    }

    public WorkflowExecution start(String workflow, Map<String, Object> input, Map<String, Object> params) {
        return engine.start(new StartExecution(null, workflow, "", input, params, null, null, null));
    }

    /** Runs due jobs until none is left; timers are due once the clock passes them. */
    public void drain() {
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = store.claim(Set.of(JobKind.values()), Set.of(), "test", now, Duration.ofMinutes(5), 1);
            if (due.isEmpty()) return;
            Job job = due.get(0);
            if (job.kind() == JobKind.RUN_ACTION) handlers.actionJob(job, () -> false);
            else handlers.engineJob(job);
        }
        throw new AssertionError("jobs did not drain");
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    /** Starts, drains, and returns the execution as stored. */
    public WorkflowExecution run(String workflow, Map<String, Object> input) {
        WorkflowExecution ex = start(workflow, input);
        drain();
        return execution(ex.id());
    }

    public WorkflowExecution execution(String id) {
        return store.findWorkflow(id).orElseThrow();
    }

    public List<TaskExecution> tasks(String executionId) {
        return store.findTasksByWorkflow(executionId);
    }

    public TaskExecution task(String executionId, String name) {
        return tasks(executionId).stream().filter(t -> t.name().equals(name)).reduce((a, b) -> b).orElseThrow();
    }
}
