package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.api.ExecutionUpdate;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskType;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;

import java.util.EnumSet;
import java.util.Map;

/** {@code PUT /v2/executions/<id>}: validation of the request and its effect, with sub-workflows. */
final class ExecutionUpdates {
    private static final EnumSet<State> SETTABLE = EnumSet.of(State.RUNNING, State.PAUSED, State.SUCCESS, State.ERROR,
            State.CANCELLED);
    private static final EnumSet<State> ENV_UPDATABLE = EnumSet.of(State.IDLE, State.PAUSED, State.ERROR);

    private final Engine engine;
    private final ExecutionRepository executions;

    ExecutionUpdates(Engine engine, ExecutionRepository executions) {
        this.engine = engine;
        this.executions = executions;
    }

    WorkflowExecution apply(String id, ExecutionUpdate u) {
        WorkflowExecution ex = executions.findWorkflow(id)
                .orElseThrow(() -> BoraException.notFound("WorkflowExecution not found [id=" + id + "]"));
        if (u.state() == null && u.description() == null && u.env() == null) {
            throw BoraException.badRequest("The property state, description, or env is not provided for update.");
        }
        if (u.description() != null && u.state() != null) {
            throw BoraException.badRequest("The property description must be updated separately from state.");
        }
        if (u.state() != null && !SETTABLE.contains(u.state())) {
            throw BoraException.badRequest("Cannot change state to " + u.state()
                    + ". Allowed states are: 'RUNNING, PAUSED, SUCCESS, ERROR, CANCELLED");
        }
        if (u.env() != null && u.state() != null && u.state() != State.RUNNING) {
            throw BoraException.badRequest("The property env can only be updated when workflow execution is not "
                    + "running or on resume from pause.");
        }
        if (u.description() != null) {
            return engine.control(id, (ctl, run) -> ctl.describe(u.description())).orElseThrow();
        }
        if (u.state() == null) {
            if (!ENV_UPDATABLE.contains(ex.state())) {
                throw BoraException.badRequest("Updating env to workflow execution is only permitted if it is in IDLE, "
                        + "PAUSED, or ERROR state.");
            }
            return engine.control(id, (ctl, run) -> ctl.mergeEnv(u.env())).orElseThrow();
        }
        if (u.state() == State.RUNNING) {
            return resume(id, u.env());
        }
        if (ex.state().isTerminal() && (u.state() == State.ERROR || u.state() == State.CANCELLED)) {
            // Mistral: failing or cancelling an execution that has already ended changes nothing
            return ex;
        }
        if (!ex.state().canMoveTo(u.state())) {
            throw BoraException.badRequest("Can't change workflow execution state from " + ex.state() + " to "
                    + u.state() + ". [workflow=" + ex.workflowName() + ", execution_id=" + ex.id() + "]");
        }
        WorkflowExecution result = engine.control(id, (ctl, run) -> {
            if (run.execution().state() == u.state()) return;
            switch (u.state()) {
                case PAUSED -> ctl.pause();
                case CANCELLED -> ctl.cancel(u.stateInfo());
                case ERROR -> ctl.forceError(u.stateInfo());
                case SUCCESS -> ctl.forceSuccess(u.stateInfo());
                default -> { }
            }
        }).orElseThrow();
        if (u.state() == State.PAUSED || u.state() == State.CANCELLED) propagate(id, u.state(), u.stateInfo());
        return result;
    }

    private WorkflowExecution resume(String id, Map<String, Object> env) {
        propagate(id, State.RUNNING, null);
        return engine.control(id, (ctl, run) -> ctl.resume(env)).orElseThrow();
    }

    /** Pause, resume and cancel reach every sub-workflow that has not completed. */
    private void propagate(String parentId, State state, String stateInfo) {
        for (var task : executions.findTasksByWorkflow(parentId)) {
            if (task.type() != TaskType.WORKFLOW) continue;
            for (WorkflowExecution sub : executions.findWorkflowsByTask(task.id())) {
                if (sub.state().isTerminal()) continue;
                if (state == State.RUNNING) {
                    resume(sub.id(), null);
                    continue;
                }
                engine.control(sub.id(), (ctl, run) -> {
                    if (state == State.PAUSED) ctl.pause();
                    else ctl.cancel(stateInfo);
                });
                propagate(sub.id(), state, stateInfo);
            }
        }
    }
}
