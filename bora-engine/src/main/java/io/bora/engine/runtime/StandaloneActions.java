package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.flow.AdhocActions;
import io.bora.engine.flow.Ids;
import io.bora.engine.flow.StepContext;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.JobQueue;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.ActionRunner.Outcome;
import io.bora.engine.port.Clock;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.Transactions;
import io.bora.expr.value.Py;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Actions run directly through the API ({@code POST /v2/action_executions}, actions.md §7):
 * sync without save_result stores nothing; with save_result the execution is stored; async
 * actions stay RUNNING until their result is delivered.
 */
final class StandaloneActions {
    private final Transactions tx;
    private final ExecutionRepository executions;
    private final JobQueue jobs;
    private final Runnable wake;
    private final ActionRunner runner;
    private final Clock clock;
    private final Supplier<StepContext> context;

    StandaloneActions(Transactions tx, ExecutionRepository executions, JobQueue jobs, ActionRunner runner,
                      Clock clock, Supplier<StepContext> context, Runnable wake) {
        this.jobs = jobs;
        this.wake = wake;
        this.context = context;
        this.tx = tx;
        this.executions = executions;
        this.runner = runner;
        this.clock = clock;
    }

    ActionExecution run(String name, String namespace, Map<String, Object> input, Map<String, Object> params,
                        String description) {
        Map<String, Object> given = input == null ? Map.of() : input;
        AdhocActions.Resolved action;
        try {
            action = AdhocActions.forApi(context.get(), name, namespace, new LinkedHashMap<>(given));
        } catch (IllegalArgumentException e) {
            throw BoraException.badRequest(e.getMessage());
        }
        Map<String, Object> p = params == null ? Map.of() : params;
        boolean save = Py.truthy(p.get("save_result"));
        // Mistral: save_result alone hands the action to an executor; run_sync keeps it in the request.
        boolean runSync = p.containsKey("run_sync") ? Py.truthy(p.get("run_sync")) : !save;
        boolean inBackground = action.async() || (save && !runSync && action.outputs().isEmpty());
        ActionExecution ax = new ActionExecution(save || action.async() ? Ids.next() : null, action.name(), null, null,
                null, null, "", State.RUNNING, null, false, new LinkedHashMap<>(action.recordedInput()), null,
                new LinkedHashMap<>(p), description == null ? "" : description, null, 0, action.async(), null,
                clock.now(), StartRequests.DEFAULT_PROJECT, clock.now(), null);
        if (inBackground) {
            tx.run(() -> {
                tx.afterCompletion(wake, () -> { });
                executions.insertAction(ax);
                if (!action.async() || runSync) jobs.enqueue(runJob(ax, action));
            });
            return ax;
        }
        Outcome outcome;
        try {
            outcome = runner.run(ax, action.base(), action.baseInput(), null, () -> false);
            if (outcome instanceof Outcome.Success ok && !action.outputs().isEmpty()) {
                outcome = new Outcome.Success(AdhocActions.transformForApi(context.get(), action, ok.value()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Outcome.Failure("interrupted");
        }
        ActionExecution done = finished(ax, outcome);
        if (!save) return done;
        tx.run(() -> executions.insertAction(done));
        // Mistral answers with the execution as first recorded, carrying the result.
        return new ActionExecution(done.id(), done.name(), null, null, null, null, "", done.state(), done.stateInfo(),
                false, done.input(), done.output(), done.params(), null, null, 0, done.async(), null,
                done.lastHeartbeat(), done.projectId(), done.createdAt(), null);
    }

    private Job runJob(ActionExecution ax, AdhocActions.Resolved action) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action_execution_id", ax.id());
        payload.put("action", action.base());
        payload.put("input", action.baseInput());
        return new Job(Ids.next(), JobKind.RUN_ACTION, null, payload, clock.now(), null, 0, ax.projectId(), clock.now());
    }

    void finish(ActionExecution ax, Outcome outcome) {
        if (ax.state().isTerminal() || outcome instanceof Outcome.Pending) return;
        ActionExecution done = finished(ax, outcome);
        tx.run(() -> executions.updateAction(done));
    }

    void changeState(ActionExecution ax, State state) {
        tx.run(() -> executions.updateAction(with(ax, state, ax.stateInfo(), ax.output())));
    }

    void cancel(ActionExecution ax) {
        tx.run(() -> executions.updateAction(with(ax, State.CANCELLED, null, ax.output())));
    }

    private ActionExecution finished(ActionExecution ax, Outcome outcome) {
        Map<String, Object> output = new LinkedHashMap<>();
        if (outcome instanceof Outcome.Success s) {
            output.put("result", s.value());
            return with(ax, State.SUCCESS, null, output);
        }
        output.put("result", ((Outcome.Failure) outcome).error());
        return with(ax, State.ERROR, null, output);
    }

    private ActionExecution with(ActionExecution a, State state, String info, Map<String, Object> output) {
        return new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), state, info, true, a.input(), output, a.params(),
                a.description(), a.tags(), a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(), a.projectId(),
                a.createdAt(), clock.now());
    }
}
