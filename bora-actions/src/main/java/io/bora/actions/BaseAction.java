package io.bora.actions;

import java.util.List;
import java.util.Map;

/**
 * A convenient base for custom actions: name, description and parameters are given once, and
 * {@link #execute} receives the input as an {@link ActionInput} with Python-like typed reads.
 *
 * <pre>{@code
 * public final class Greet extends BaseAction {
 *     public Greet() { super("acme.greet", "Greets somebody.", ActionParameter.required("name")); }
 *     protected ActionResult execute(ActionInput in, ActionContext context) {
 *         return ActionResult.success("Hello, " + in.string("name"));
 *     }
 * }
 * }</pre>
 */
public abstract class BaseAction implements ActionType {

    private final String name;
    private final String description;
    private final List<ActionParameter> parameters;

    protected BaseAction(String name, String description, ActionParameter... parameters) {
        this.name = name;
        this.description = description;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ActionParameter> parameters() {
        return parameters;
    }

    /** Synchronous unless overridden; async actions return {@link ActionResult#pending()}. */
    @Override
    public boolean async() {
        return false;
    }

    @Override
    public final ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        return execute(new ActionInput(input), context);
    }

    /**
     * Does the work. Throw {@link ActionException} (or any exception) to fail with a message; return
     * {@link ActionResult#failure} to fail with a value that on-error handlers can inspect.
     */
    protected abstract ActionResult execute(ActionInput input, ActionContext context) throws InterruptedException;
}
