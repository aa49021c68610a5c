package io.bora.bench.engine;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.port.ActionCatalog;
import io.bora.engine.port.ActionRunner;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** A few std actions with Mistral's behaviour, at the edge of the engine tests. */
public final class FakeActions implements ActionCatalog, ActionRunner {
    private static final Set<String> KNOWN = Set.of("std.echo", "std.noop", "std.fail", "std.async_noop");

    @Override
    public Optional<ActionInfo> find(String name) {
        return KNOWN.contains(name) ? Optional.of(new ActionInfo(name, name.equals("std.async_noop"))) : Optional.empty();
    }

    @Override
    public Map<String, Object> prepareInput(String name, Map<String, Object> input) {
        if (name.equals("std.echo") && !input.containsKey("output")) {
            throw new IllegalArgumentException("Invalid input [name=std.echo, class=mistral.actions.std_actions.EchoAction, missing=['output']]");
        }
        return new LinkedHashMap<>(input);
    }

    @Override
    public Outcome run(ActionExecution ax, String baseName, Map<String, Object> input, Duration timeout, BooleanSupplier cancelled) {
        return switch (baseName) {
            case "std.echo" -> new Outcome.Success(input.get("output"));
            case "std.fail" -> input.get("error_data") != null ? new Outcome.Failure(input.get("error_data"))
                    : new Outcome.Failure("The action raised an exception [action=Fail action, action_ex_id=" + ax.id()
                    + ", msg='Fail action expected exception.']");
            case "std.async_noop" -> new Outcome.Pending();
            default -> new Outcome.Success(null);
        };
    }
}
