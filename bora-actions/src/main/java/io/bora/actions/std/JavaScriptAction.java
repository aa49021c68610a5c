package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.actions.PythonJson;
import org.mozilla.javascript.RhinoException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * std.javascript / std.js: the script is the body of a function whose return value is the result;
 * {@code context} is visible to it as {@code $}. Scripts run sandboxed (see {@link JsSandbox}).
 */
final class JavaScriptAction extends StdAction {

    /** Scripts are for small data shaping; these bounds keep a runaway loop from holding an executor. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    static final long DEFAULT_INSTRUCTION_LIMIT = 200_000_000L;

    private final Duration timeLimit;
    private final long instructionLimit;
    private final JsSandbox defaultSandbox;

    JavaScriptAction(String name) {
        this(name, DEFAULT_TIME_LIMIT, DEFAULT_INSTRUCTION_LIMIT);
    }

    JavaScriptAction(String name, Duration timeLimit, long instructionLimit) {
        super(name, "JavaScriptAction", "Evaluates given JavaScript.",
                List.of(ActionParameter.required("script"), ActionParameter.optional("context", null)));
        this.defaultSandbox = new JsSandbox(timeLimit, instructionLimit);
        this.timeLimit = timeLimit;
        this.instructionLimit = instructionLimit;
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        Object script = input.get("script");
        if (!(script instanceof String text)) {
            throw new ActionException("JavaScriptAction failed: script must be a string");
        }
        String contextJson = PythonJson.dumps(input.get("context"));
        try {
            return ActionResult.success(sandboxFor(context).evaluate(text, contextJson, context == null ? null : context.cancelled()));
        } catch (RhinoException e) {
            throw new ActionException("JavaScriptAction failed: " + JsSandbox.describe(e), e);
        } catch (JsSandbox.ScriptStopped | IllegalStateException e) {
            throw new ActionException("JavaScriptAction failed: " + e.getMessage(), e);
        }
    }

    /** A shorter task timeout also shortens the script's time budget. */
    private JsSandbox sandboxFor(ActionContext context) {
        if (context != null && context.timeout() != null && context.timeout().compareTo(timeLimit) < 0) {
            return new JsSandbox(context.timeout(), instructionLimit);
        }
        return defaultSandbox;
    }
}
