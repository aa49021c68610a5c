package io.bora.actions;

import java.util.List;
import java.util.Map;

/**
 * Wraps an action so that whatever it throws becomes a Failure with Mistral's text
 * {@code The action raised an exception [action=<repr>, action_ex_id=<id>, msg='<text>']}.
 * The engine can then treat every action alike.
 */
final class GuardedActionType implements ActionType {

    private final ActionType delegate;

    GuardedActionType(ActionType delegate) {
        this.delegate = delegate;
    }

    static ActionType guard(ActionType type) {
        return type instanceof GuardedActionType ? type : new GuardedActionType(type);
    }

    ActionType delegate() {
        return delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public List<ActionParameter> parameters() {
        return delegate.parameters();
    }

    @Override
    public String signature() {
        return delegate.signature();
    }

    @Override
    public boolean async() {
        return delegate.async();
    }

    @Override
    public String implementationClass() {
        return delegate.implementationClass();
    }

    @Override
    public String repr() {
        return delegate.repr();
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        try {
            ActionResult result = delegate.run(input, context);
            return result != null ? result : ActionResult.success(null);
        } catch (InterruptedException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            return ActionResult.failure(raisedText(context, messageOf(e)));
        }
    }

    private String raisedText(ActionContext context, String message) {
        String id = context == null || context.actionExecutionId() == null ? "None" : context.actionExecutionId();
        return "The action raised an exception [action=" + delegate.repr() + ", action_ex_id=" + id
                + ", msg='" + message + "']";
    }

    /** Python's str(e): the message, or the class name when there is none. */
    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "ActionType[" + name() + "]";
    }
}
