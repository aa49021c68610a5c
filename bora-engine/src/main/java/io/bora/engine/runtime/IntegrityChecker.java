package io.bora.engine.runtime;

import io.bora.engine.flow.ExecutionControl;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.Clock;
import io.bora.engine.port.ExecutionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A safety net for executions stuck RUNNING with no pending work (a bug, or a failure between
 * systems): periodically, executions untouched for a while are re-examined in an engine step and
 * whatever can move is moved. Every repair is logged.
 */
public final class IntegrityChecker {
    private static final Logger log = LoggerFactory.getLogger(IntegrityChecker.class);

    private final Engine engine;
    private final ExecutionRepository executions;
    private final Clock clock;
    private final Duration quietFor;

    /** @param quietFor how long an execution must be unchanged before it is examined */
    public IntegrityChecker(Engine engine, ExecutionRepository executions, Clock clock, Duration quietFor) {
        this.engine = engine;
        this.executions = executions;
        this.clock = clock;
        this.quietFor = quietFor;
    }

    /** Examines every quiet RUNNING execution once; returns the number repaired. */
    public int checkOnce() {
        int repairedCount = 0;
        for (String id : executions.findRunningWorkflowIds()) {
            WorkflowExecution ex = executions.findWorkflow(id).orElse(null);
            if (ex == null) continue;
            var last = ex.updatedAt() != null ? ex.updatedAt() : ex.createdAt();
            if (last != null && last.plus(quietFor).isAfter(clock.now())) continue;
            List<String> repaired = new ArrayList<>();
            engine.control(id, (ExecutionControl ctl, io.bora.engine.flow.WorkflowRun run) -> repaired.addAll(ctl.repair()));
            if (!repaired.isEmpty()) {
                repairedCount++;
                log.warn("integrity check repaired execution {} ({}): {}", id, ex.workflowName(), String.join("; ", repaired));
            }
        }
        return repairedCount;
    }
}
