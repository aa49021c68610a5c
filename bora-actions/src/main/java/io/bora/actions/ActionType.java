package io.bora.actions;

import java.util.List;
import java.util.Map;

/**
 * One kind of action, e.g. {@code std.echo}: its name, its input signature and how to run it.
 *
 * <p>Implementations may throw from {@link #run}; the registry hands out guarded instances that turn
 * any exception into a {@link ActionResult.Failure} with Mistral's "The action raised an exception"
 * text, so callers never see an exception other than {@link InterruptedException}.
 */
public interface ActionType {

    /** The name workflows use, e.g. {@code std.http}. */
    String name();

    /** Mistral's docstring-like text shown by {@code GET /v2/actions}; may be empty. */
    String description();

    /** Parameters in signature order. A parameter whose name starts with {@code **} accepts any extra input. */
    List<ActionParameter> parameters();

    /** Mistral's input string as listed by the API, e.g. {@code output, delay=0}. */
    default String signature() {
        return Signatures.render(parameters());
    }

    /** True when the result is delivered from outside, through {@code PUT /v2/action_executions/<id>}. */
    boolean async();

    /**
     * Runs the action on input already checked and completed by {@link ActionRegistry#prepareInput}.
     * Async actions return {@link ActionResult.Pending} unless they failed to start.
     */
    ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException;

    /**
     * The Python class Mistral names in "Invalid input [..., class=...]" messages. Plugins may keep the default.
     */
    default String implementationClass() {
        return getClass().getName();
    }

    /**
     * How Mistral prints the action object in "The action raised an exception [action=...]".
     * Python's default object repr unless an action overrides it (std.fail prints {@code Fail action}).
     */
    default String repr() {
        return "<" + implementationClass() + " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
