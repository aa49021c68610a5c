package io.bora.server.node;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import io.bora.actions.InvalidActionInputException;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.port.ActionCatalog;
import io.bora.engine.port.ActionRunner;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Connects the engine's action ports to the action registry (std.* and plugins). */
public final class ActionsAdapter implements ActionCatalog, ActionRunner {
    private final ActionRegistry registry;
    private final String callbackBaseUrl;

    public ActionsAdapter(ActionRegistry registry, String callbackBaseUrl) {
        this.registry = registry;
        this.callbackBaseUrl = callbackBaseUrl;
    }

    public ActionRegistry registry() {
        return registry;
    }

    @Override
    public Optional<ActionInfo> find(String name) {
        return registry.find(name).map(t -> new ActionInfo(t.name(), t.async()));
    }

    @Override
    public Map<String, Object> prepareInput(String name, Map<String, Object> input) {
        ActionType type = registry.find(name).orElseThrow(() -> new IllegalArgumentException(
                "Failed to find action [action_name=" + name + "]"));
        try {
            return registry.prepareInput(type, input);
        } catch (InvalidActionInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Object> recorded(String name, Map<String, Object> input) {
        return registry.find(name).map(t -> ActionRegistry.maskSecrets(t, input)).orElse(input);
    }

    @Override
    public Outcome run(ActionExecution execution, String baseName, Map<String, Object> input, Duration timeout,
                       BooleanSupplier cancelled) throws InterruptedException {
        ActionType type = registry.find(baseName).orElse(null);
        if (type == null) return new Outcome.Failure("Failed to find action [action_name=" + baseName + "]");
        String callback = callbackBaseUrl == null || execution.id() == null ? null
                : callbackBaseUrl + "/v2/action_executions/" + execution.id();
        ActionContext ctx = new ActionContext(execution.id(), execution.taskExecutionId(), execution.taskName(),
                execution.workflowExecutionId(), execution.workflowName(), callback, timeout, cancelled);
        ActionResult result = type.run(input, ctx);
        return switch (result) {
            case ActionResult.Success s -> new Outcome.Success(s.value());
            case ActionResult.Failure f -> new Outcome.Failure(f.error());
            case ActionResult.Pending p -> new Outcome.Pending();
        };
    }
}
