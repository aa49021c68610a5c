package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionResult;

import java.util.List;
import java.util.Map;

/** std.async_noop: starts nothing; the execution stays RUNNING until its result is PUT through the API. */
final class AsyncNoopAction extends StdAction {

    AsyncNoopAction() {
        super("std.async_noop", "AsyncNoOpAction", "Asynchronous no-operation action.", List.of());
    }

    @Override
    public boolean async() {
        return true;
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        return ActionResult.pending();
    }
}
