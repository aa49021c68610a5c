package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.api.ExecutionService;
import io.bora.engine.api.ExecutionUpdate;
import io.bora.engine.api.StartExecution;
import io.bora.engine.flow.ActionCompletion;
import io.bora.engine.flow.ExecutionExpressions;
import io.bora.engine.flow.ExecutionControl;
import io.bora.engine.flow.ItemCache;
import io.bora.engine.flow.SpecCache;
import io.bora.engine.flow.StepChanges;
import io.bora.engine.flow.StepContext;
import io.bora.engine.flow.TimerEvents;
import io.bora.engine.flow.WorkflowRun;
import io.bora.engine.flow.WorkflowStarter;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ActionCatalog;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;
import io.bora.engine.port.Transactions;
import io.bora.expr.Expressions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * The engine: applies events to workflow executions one at a time per execution, writes each
 * step's changes in one transaction, and wakes the workers after the commit.
 */
public final class Engine implements ExecutionService {
    private final EngineConfig config;
    private final Transactions tx;
    private final DefinitionRepository definitions;
    private final ExecutionRepository executions;
    private final ActionCatalog actions;
    private final ActionRunner runner;
    private final JobQueue jobs;
    private final Clock clock;
    private final Expressions expressions = new Expressions();
    private final SpecCache specs = new SpecCache();
    private final ItemCache items = new ItemCache();
    private final ExecutionLocks locks = new ExecutionLocks(256);
    private final ChangeWriter writer;
    private final StartRequests startRequests;
    private final CompletionBatches completions;
    private volatile Runnable onCommit = () -> { };
    private volatile LocalDispatch dispatch = LocalDispatch.NONE;

    public Engine(EngineConfig config, Transactions tx, DefinitionRepository definitions, ExecutionRepository executions,
                  JobQueue jobs, ActionCatalog actions, ActionRunner runner, Clock clock) {
        this.config = config;
        this.tx = tx;
        this.definitions = definitions;
        this.executions = executions;
        this.actions = actions;
        this.runner = runner;
        this.clock = clock;
        this.jobs = jobs;
        this.writer = new ChangeWriter(executions, jobs);
        this.startRequests = new StartRequests(definitions, executions, expressions, specs);
        this.completions = new CompletionBatches(this, locks, config.nodeName());
    }

    public EngineConfig config() {
        return config;
    }

    public Expressions expressions() {
        return expressions;
    }

    /** This node's executor, for actions it runs right after committing them. */
    public void localDispatch(LocalDispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** Called after every commit that enqueued work (the workers' wake-up). */
    public void onCommit(Runnable hook) {
        this.onCommit = hook;
    }

    private StepContext context() {
        return context(clock.now());
    }

    private StepContext context(Instant now) {
        return new StepContext(now, expressions, actions, specs, definitions, executions, items);
    }

    @Override
    public WorkflowExecution start(StartExecution request) {
        if (request.id() != null) {
            Optional<WorkflowExecution> existing = executions.findWorkflow(request.id());
            if (existing.isPresent()) return existing.get();
        }
        // One instant for the whole step: a job due "now" must not look due later than the
        // moment LocalJobs compares it with, or it would go to the shared queue instead.
        Instant now = clock.now();
        StartRequests.Prepared p = startRequests.prepare(request, now);
        StepChanges changes = new StepChanges();
        LocalJobs local = new LocalJobs(dispatch, config, now);
        return tx.inTransaction(() -> {
            afterCommit(local);
            StepContext c = context(now);
            // A client-chosen id may already be taken: insert it now, so that a duplicate is
            // reported as one; a generated id goes with the step's other writes.
            if (request.id() != null) executions.insertWorkflow(p.execution());
            else changes.addWorkflow(p.execution());
            WorkflowRun run = new WorkflowRun(p.execution(), p.spec(), List.of(), changes);
            new WorkflowStarter(c, run).start();
            writer.write(changes, local);
            return run.execution();
        });
    }

    /**
     * Hands the step's local jobs to the executor, and wakes the workers for shared ones, once the
     * data is committed: a caller's transaction (a cron firing starts its execution in its own) may
     * still be open when the step returns. A rollback gives back the executor slots instead.
     */
    private void afterCommit(LocalJobs local) {
        tx.afterCompletion(() -> {
            local.dispatch();
            if (local.wroteShared()) onCommit.run();
        }, local::abandon);
    }

    /**
     * Applies {@code body} to the execution under its lock, in one transaction, then writes the
     * changes. Returns the execution as it stands after the step, or empty if it does not exist.
     */
    Optional<WorkflowExecution> step(String executionId, String jobId, BiConsumer<StepContext, WorkflowRun> body) {
        return stepCompleting(executionId, jobId == null ? List.of() : List.of(jobId), List.of(),
                (c, run, actions) -> body.accept(c, run));
    }

    /** A step's work on the run, given the action executions it asked to read along with the lock. */
    @FunctionalInterface
    interface StepBody {
        void apply(StepContext c, WorkflowRun run, List<ActionExecution> actions);
    }

    /**
     * As above, completing several jobs with the step (combined action results) and reading the
     * action executions {@code actionIds} together with the lock and the tasks.
     */
    Optional<WorkflowExecution> stepCompleting(String executionId, List<String> jobIds, Collection<String> actionIds,
                                               StepBody body) {
        ReentrantLock lock = locks.forExecution(executionId);
        lock.lock();
        Instant now = clock.now(); // taken under the lock, shared by the step and LocalJobs as in start()
        LocalJobs local = new LocalJobs(dispatch, config, now);
        try {
            return tx.inTransaction(() -> {
                afterCommit(local);
                StepChanges changes = new StepChanges();
                jobIds.forEach(changes::completeJob);
                Optional<ExecutionRepository.StepState> state = executions.lockForStep(executionId, actionIds);
                if (state.isEmpty()) {
                    writer.write(changes);
                    return Optional.<WorkflowExecution>empty();
                }
                WorkflowExecution ex = state.get().execution();
                WorkflowRun run = new WorkflowRun(ex, specs.workflow(ex.spec()), state.get().tasks(), changes);
                body.apply(context(now), run, state.get().actions());
                writer.write(changes, local);
                return Optional.of(run.execution());
            });
        } finally {
            lock.unlock();
        }
    }

    /** The executor finished an action (or the API delivered an async result). */
    public void actionFinished(String actionExecutionId, ActionRunner.Outcome outcome, String jobId) {
        ActionExecution action = executions.findAction(actionExecutionId).orElse(null);
        if (action == null) {
            if (jobId != null) tx.run(() -> writer.write(completedJob(jobId)));
            return;
        }
        actionFinished(action, outcome, jobId);
    }

    /**
     * As above, for a caller that has just read the action execution; the step reads it again under
     * the lock. Results of this node's executor ({@code jobId} given) are applied in batches.
     */
    public void actionFinished(ActionExecution action, ActionRunner.Outcome outcome, String jobId) {
        if (action.workflowExecutionId() == null) {
            standalone().finish(action, outcome);
            if (jobId != null) tx.run(() -> writer.write(completedJob(jobId)));
            return;
        }
        if (jobId != null) {
            completions.finished(action, outcome, jobId);
            return;
        }
        stepCompleting(action.workflowExecutionId(), List.of(), List.of(action.id()), (c, run, read) -> {
            ActionExecution current = read.isEmpty() ? action : read.getFirst();
            if (current.state().isTerminal()) return;
            new ActionCompletion(c, run).apply(current, outcome);
        });
    }

    /** An async action was cancelled through the API: its task is cancelled (spec §5.5). */
    public void actionCancelled(String actionExecutionId) {
        ActionExecution action = executions.findAction(actionExecutionId).orElseThrow();
        if (action.workflowExecutionId() == null) {
            standalone().cancel(action);
            return;
        }
        step(action.workflowExecutionId(), null, (c, run) -> new ActionCompletion(c, run).apply(action, State.CANCELLED, null));
    }

    /** RUNNING <-> PAUSED of an async action: its task and workflow pause and resume with it. */
    public void actionStateChanged(String actionExecutionId, State state) {
        ActionExecution a = executions.findAction(actionExecutionId).orElseThrow();
        if (a.workflowExecutionId() == null) {
            standalone().changeState(a, state);
            return;
        }
        step(a.workflowExecutionId(), null, (c, run) -> new ActionCompletion(c, run).stateChanged(a, state));
    }

    /** A policy timer came due. */
    public void timerFired(String executionId, Map<String, Object> payload, String jobId) {
        step(executionId, jobId, (c, run) -> new TimerEvents(c, run).fired(payload));
    }

    /** A sub-workflow ended; its parent task takes the outcome. */
    public void subWorkflowFinished(String parentExecutionId, String taskExecutionId, String childId, String jobId) {
        step(parentExecutionId, jobId, (c, run) -> executions.findWorkflow(childId)
                .ifPresent(child -> new ActionCompletion(c, run).subWorkflowCompleted(taskExecutionId, child)));
    }

    private static StepChanges completedJob(String jobId) {
        StepChanges ch = new StepChanges();
        ch.completeJob(jobId);
        return ch;
    }

    @Override
    public WorkflowExecution update(String executionId, ExecutionUpdate update) {
        return new ExecutionUpdates(this, executions).apply(executionId, update);
    }

    Optional<WorkflowExecution> control(String executionId, BiConsumer<ExecutionControl, WorkflowRun> body) {
        return step(executionId, null, (c, run) -> body.accept(new ExecutionControl(c, run), run));
    }

    @Override
    public void delete(String executionId, boolean force) {
        WorkflowExecution ex = executions.findWorkflow(executionId)
                .orElseThrow(() -> BoraException.notFound("WorkflowExecution not found [id=" + executionId + "]"));
        if (!ex.state().isTerminal() && !force) {
            throw new BoraException(BoraException.Kind.FORBIDDEN, "Only completed executions can be deleted. "
                    + "Use --force to override this. Execution " + executionId + " is in " + ex.state() + " state");
        }
        tx.run(() -> executions.deleteWorkflow(executionId));
    }

    @Override
    public TaskExecution rerunTask(String taskExecutionId, boolean reset, Map<String, Object> env) {
        return new TaskReruns(this, executions).rerun(taskExecutionId, reset, env);
    }

    @Override
    public ActionExecution updateAction(String actionExecutionId, State state, Object output) {
        return new AsyncCompletions(this, executions).complete(actionExecutionId, state, output);
    }

    @Override
    public ActionExecution runAction(String name, String namespace, Map<String, Object> input, Map<String, Object> params,
                                     String description) {
        return standalone().run(name, namespace, input, params, description);
    }

    StandaloneActions standalone() {
        return new StandaloneActions(tx, executions, jobs, runner, clock, this::context, () -> onCommit.run());
    }

    Transactions transactions() {
        return tx;
    }

    Clock clock() {
        return clock;
    }

    /** Evaluates an expression against an execution's final context (user debugging; nothing is written). */
    public Object evaluateOnExecution(String executionId, String expression) {
        WorkflowExecution ex = executions.findWorkflow(executionId)
                .orElseThrow(() -> BoraException.notFound("WorkflowExecution not found [id=" + executionId + "]"));
        WorkflowRun run = new WorkflowRun(ex, specs.workflow(ex.spec()), executions.findTasksByWorkflow(executionId),
                new StepChanges());
        return ExecutionExpressions.evaluate(context(), run, expression);
    }

    /** Ids of RUNNING executions, for recovery logging at start. */
    public List<String> runningExecutions() {
        return executions.findRunningWorkflowIds();
    }
}
