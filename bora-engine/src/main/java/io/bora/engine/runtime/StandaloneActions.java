package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.flow.AdhocActions;
import io.bora.engine.flow.Ids;
import io.bora.engine.flow.StepContext;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.port.ActionCatalog;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.ActionRunner.Outcome;
import io.bora.engine.port.Clock;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.Transactions;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyText;

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
    private final ActionCatalog catalog;
    private final ActionRunner runner;
    private final Clock clock;
    private final Supplier<StepContext> context;

    StandaloneActions(Transactions tx, ExecutionRepository executions, ActionCatalog catalog, ActionRunner runner,
                      Clock clock, Supplier<StepContext> context) {
        this.context = context;
        this.tx = tx;
        this.executions = executions;
        this.catalog = catalog;
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
        ActionCatalog.ActionInfo info = new ActionCatalog.ActionInfo(action.name(), action.async());
        Map<String, Object> prepared = action.baseInput();
        Map<String, Object> p = params == null ? Map.of() : params;
        boolean save = Py.truthy(p.get("save_result")) || info.async();
        boolean runSync = p.containsKey("run_sync") ? Py.truthy(p.get("run_sync")) : !info.async();
        ActionExecution ax = new ActionExecution(save ? Ids.next() : null, action.name(), null, null, null, null, null,
                State.RUNNING, null, false, new LinkedHashMap<>(action.recordedInput()), null, new LinkedHashMap<>(p),
                description == null ? "" : description, null, 0, info.async(), null, null,
                StartRequests.DEFAULT_PROJECT, clock.now(), null);
        if (save) tx.run(() -> executions.insertAction(ax));
        if (info.async() && !runSync) {
            return ax;
        }
        Outcome outcome;
        try {
            outcome = runner.run(ax, action.base(), prepared, null, () -> false);
            if (outcome instanceof Outcome.Success ok && !action.outputs().isEmpty()) {
                outcome = new Outcome.Success(AdhocActions.transformForApi(context.get(), action, ok.value()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Outcome.Failure("interrupted");
        }
        if (outcome instanceof Outcome.Pending) return ax;
        ActionExecution done = finished(ax, outcome);
        if (save) tx.run(() -> executions.updateAction(done));
        return done;
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
        Object error = ((Outcome.Failure) outcome).error();
        output.put("result", error);
        return with(ax, State.ERROR, error instanceof String s ? s : PyText.str(error), output);
    }

    private ActionExecution with(ActionExecution a, State state, String info, Map<String, Object> output) {
        return new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), state, info, true, a.input(), output, a.params(),
                a.description(), a.tags(), a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(), a.projectId(),
                a.createdAt(), clock.now());
    }
}
