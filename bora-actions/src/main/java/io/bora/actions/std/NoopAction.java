package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionResult;

import java.util.List;
import java.util.Map;

/** std.noop: does nothing and returns null; also what a task without action runs. */
final class NoopAction extends StdAction {

    NoopAction() {
        super("std.noop", "NoOpAction",
                "No-operation action.",
                List.of());
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        return ActionResult.success(null);
    }
}
