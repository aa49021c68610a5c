package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.actions.Pauses;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** std.echo: returns {@code output} unchanged after {@code delay} seconds. */
final class EchoAction extends StdAction {

    EchoAction() {
        super("std.echo", "EchoAction",
                "Echo action.",
                List.of(ActionParameter.required("output"), ActionParameter.optional("delay", 0L)));
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        ActionInput in = new ActionInput(input);
        // Mistral: float(delay); negative or unparsable means no delay
        double delay = Math.max(0, in.floatOr("delay", 0));
        if (delay > 0) {
            Pauses.pause(Duration.ofNanos((long) (delay * 1e9)), context);
        }
        return ActionResult.success(in.get("output"));
    }
}
