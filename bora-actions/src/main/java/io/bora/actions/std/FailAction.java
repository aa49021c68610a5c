package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;

import java.util.List;
import java.util.Map;

/** std.fail: fails with {@code error_data} as the error value, or raises when it is falsy. */
final class FailAction extends StdAction {

    FailAction() {
        super("std.fail", "FailAction",
                "'Always fail' action.",
                List.of(ActionParameter.optional("error_data", null)));
    }

    /** Mistral's FailAction overrides __repr__, hence "[action=Fail action, ...]". */
    @Override
    public String repr() {
        return "Fail action";
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        ActionInput in = new ActionInput(input);
        if (in.truthy("error_data")) {
            return ActionResult.failure(in.get("error_data"));
        }
        throw new ActionException("Fail action expected exception.");
    }
}
