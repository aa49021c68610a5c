package io.bora.engine.runtime;

import io.bora.engine.flow.ActionCompletion;
import io.bora.engine.flow.StepContext;
import io.bora.engine.flow.WorkflowRun;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.port.ActionRunner.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Results of actions run by this node's executor, applied to their workflow execution in batches.
 * While one step of an execution holds its lock, the results that arrive for it queue up; whoever
 * takes the lock next applies all of them in one step and one commit (flat combining). A 50-way
 * fan-out or a with-items task then costs a handful of commits instead of one per action, and a
 * lone sequential result still goes straight through.
 */
final class CompletionBatches {
    private static final Logger log = LoggerFactory.getLogger(CompletionBatches.class);

    /** One action's result, with the job that ran it. */
    record Finished(ActionExecution action, Outcome outcome, String jobId) {
    }

    private final Engine engine;
    private final ExecutionLocks locks;
    private final String nodeName;
    private final Map<String, Queue<Finished>> waiting = new ConcurrentHashMap<>();

    CompletionBatches(Engine engine, ExecutionLocks locks, String nodeName) {
        this.engine = engine;
        this.locks = locks;
        this.nodeName = nodeName;
    }

    /**
     * Queues the result, then applies every queued result of its execution under the execution's
     * lock. Returns when this result has been applied, by this thread or by the one before it.
     */
    void finished(ActionExecution action, Outcome outcome, String jobId) {
        String executionId = action.workflowExecutionId();
        Queue<Finished> queue = waiting.computeIfAbsent(executionId, k -> new ConcurrentLinkedQueue<>());
        queue.add(new Finished(action, outcome, jobId));
        ReentrantLock lock = locks.forExecution(executionId);
        lock.lock();
        try {
            List<Finished> batch = new ArrayList<>();
            for (Finished f; (f = queue.poll()) != null; ) batch.add(f);
            // A result added after this drain was added by a thread that still holds this queue and
            // drains it itself once it has the lock; later results get a new queue.
            waiting.remove(executionId, queue);
            if (!batch.isEmpty()) apply(executionId, batch);
        } finally {
            lock.unlock();
        }
    }

    private void apply(String executionId, List<Finished> batch) {
        try {
            engine.stepCompleting(executionId, jobIds(batch), actionIds(batch), (c, run, stored) -> complete(c, run, batch, stored));
        } catch (RuntimeException e) {
            if (batch.size() == 1) throw e;
            // One result that cannot be applied must not hold back the others.
            log.warn("{} action results for execution {} failed together ({}); applying them one by one",
                    batch.size(), executionId, e.getMessage());
            for (Finished f : batch) {
                try {
                    engine.stepCompleting(executionId, List.of(f.jobId()), List.of(f.action().id()),
                            (c, run, stored) -> complete(c, run, List.of(f), stored));
                } catch (RuntimeException one) {
                    log.error("action job {} (action execution {}) failed; it will be retried after its lease",
                            f.jobId(), f.action().id(), one);
                }
            }
        }
    }

    /** Applies the results in arrival order, each to the action as this step last saw it ({@code read}: as stored). */
    private void complete(StepContext c, WorkflowRun run, List<Finished> batch, List<ActionExecution> read) {
        Map<String, ActionExecution> stored = new HashMap<>();
        for (ActionExecution a : read) stored.put(a.id(), a);
        ActionCompletion completion = new ActionCompletion(c, run);
        for (Finished f : batch) {
            String id = f.action().id();
            // An earlier result of this batch may have changed the action (e.g. cancelled it with its task).
            ActionExecution current = run.changes().changedAction(id).orElse(stored.getOrDefault(id, f.action()));
            if (current.state().isTerminal()) continue;
            completion.apply(ranHere(current), f.outcome());
        }
    }

    /** The action execution as run by this node's executor: its {@code runner} names the node. */
    private ActionExecution ranHere(ActionExecution a) {
        return new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), a.state(), a.stateInfo(), a.accepted(), a.input(), a.output(),
                a.params(), a.description(), a.tags(), a.itemIndex(), a.async(), nodeName, a.lastHeartbeat(),
                a.projectId(), a.createdAt(), a.updatedAt());
    }

    private static List<String> actionIds(List<Finished> batch) {
        return batch.stream().map(f -> f.action().id()).toList();
    }

    private static List<String> jobIds(List<Finished> batch) {
        return batch.stream().map(Finished::jobId).toList();
    }
}
