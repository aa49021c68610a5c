package io.bora.engine.runtime;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.JobQueue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One step's share of {@link LocalDispatch}: which of its new jobs this node runs itself. Used
 * inside the step's transaction ({@link #enqueue}), then after the commit ({@link #dispatch}) or
 * after a rollback ({@link #abandon}).
 */
final class LocalJobs {
    private final LocalDispatch dispatch;
    private final EngineConfig config;
    private final Instant now;
    private final List<Job> local = new ArrayList<>();
    private final Map<String, ActionExecution> actions = new HashMap<>();
    private int reserved;
    private boolean wroteShared;

    LocalJobs(LocalDispatch dispatch, EngineConfig config, Instant now) {
        this.dispatch = dispatch;
        this.config = config;
        this.now = now;
    }

    /**
     * Writes the step's jobs: those this node can run now leased to it, the rest to the shared queue.
     * {@code created}: the action executions the step created, handed to the executor with their jobs.
     */
    void enqueue(JobQueue jobs, List<Job> all, List<ActionExecution> created) {
        if (all.isEmpty()) return;
        for (ActionExecution a : created) actions.put(a.id(), a);
        List<Job> eligible = new ArrayList<>();
        List<Job> shared = new ArrayList<>();
        for (Job j : all) {
            if (runsHere(j)) eligible.add(j);
            else shared.add(j);
        }
        int n = eligible.isEmpty() ? 0 : dispatch.reserve(eligible.size());
        reserved += n;
        for (int i = 0; i < eligible.size(); i++) {
            Job j = eligible.get(i);
            if (i < n) {
                local.add(new Job(j.id(), j.kind(), j.executionId(), j.payload(), j.dueAt(), j.target(), 1,
                        j.projectId(), j.createdAt()));
            } else {
                shared.add(j);
            }
        }
        if (n > 0) jobs.enqueueClaimed(local.subList(local.size() - n, local.size()), config.nodeName(), now.plus(config.lease()));
        if (!shared.isEmpty()) {
            jobs.enqueueAll(shared);
            wroteShared = true;
        }
    }

    /** Whether other loops (or nodes) have new work to claim from this step. */
    boolean wroteShared() {
        return wroteShared;
    }

    private boolean runsHere(Job j) {
        return j.kind() == JobKind.RUN_ACTION && config.has(EngineConfig.Role.EXECUTOR) && !j.dueAt().isAfter(now)
                && (j.target() == null || config.executorTargets().contains(j.target()));
    }

    void dispatch() {
        if (!local.isEmpty()) dispatch.run(List.copyOf(local), Map.copyOf(actions));
        int unused = reserved - local.size();
        if (unused > 0) dispatch.release(unused);
    }

    void abandon() {
        if (reserved > 0) dispatch.release(reserved);
    }
}
