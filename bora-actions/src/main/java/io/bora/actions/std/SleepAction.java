package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.actions.Pauses;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** std.sleep: waits {@code int(seconds)} seconds and returns null. */
final class SleepAction extends StdAction {

    SleepAction() {
        super("std.sleep", "SleepAction",
                "Sleep action.",
                List.of(ActionParameter.optional("seconds", 1L)));
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        long seconds = Math.max(0, new ActionInput(input).intOr("seconds", 0));
        if (seconds > 0) {
            Pauses.pause(Duration.ofSeconds(seconds), context);
        }
        return ActionResult.success(null);
    }
}
