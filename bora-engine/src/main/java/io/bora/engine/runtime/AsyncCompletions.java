package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.ExecutionRepository;
import io.bora.expr.value.Py;

/** {@code PUT /v2/action_executions/<id>}: results of asynchronous actions delivered from outside. */
final class AsyncCompletions {
    private final Engine engine;
    private final ExecutionRepository executions;

    AsyncCompletions(Engine engine, ExecutionRepository executions) {
        this.engine = engine;
        this.executions = executions;
    }

    ActionExecution complete(String id, State state, Object output) {
        ActionExecution action = executions.findAction(id)
                .orElseThrow(() -> BoraException.notFound("ActionExecution not found [id=" + id + "]"));
        if (action.state().isTerminal()) {
            throw BoraException.badRequest("Action " + id + " is already completed");
        }
        State target = state != null ? state : State.SUCCESS;
        if (target == State.PAUSED && !action.async()) {
            throw BoraException.badRequest("Transition to the PAUSED state is only supported for asynchronous action execution.");
        }
        // Mistral: the output as given is the result or the error, and "if not output" the error
        // is "Unknown error" (a state_info in the request is not used).
        ActionRunner.Outcome outcome = switch (target) {
            case SUCCESS -> new ActionRunner.Outcome.Success(output);
            case ERROR -> new ActionRunner.Outcome.Failure(Py.truthy(output) ? output : "Unknown error");
            default -> null;
        };
        if (outcome != null) {
            engine.actionFinished(id, outcome, null);
        } else if (target == State.CANCELLED) {
            engine.actionCancelled(id);
        } else {
            engine.actionStateChanged(id, target);
        }
        return executions.findAction(id).orElseThrow();
    }
}
