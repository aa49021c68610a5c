package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.py.PyJson;
import org.mozilla.javascript.RhinoException;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
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
    static final long DEFAULT_ALLOCATION_LIMIT = 512L * 1024 * 1024;

    /** Platform threads for scripts started from virtual threads; idle ones go away after a minute. */
    private static final ExecutorService SCRIPT_THREADS = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("bora-js-", 0).daemon(true).factory());

    private final Duration timeLimit;
    private final long instructionLimit;
    private final long allocationLimit;
    private final JsSandbox defaultSandbox;

    JavaScriptAction(String name) {
        this(name, DEFAULT_TIME_LIMIT, DEFAULT_INSTRUCTION_LIMIT, DEFAULT_ALLOCATION_LIMIT);
    }

    JavaScriptAction(String name, Duration timeLimit, long instructionLimit, long allocationLimit) {
        super(name, "JavaScriptAction", "Evaluates given JavaScript.",
                List.of(ActionParameter.required("script"), ActionParameter.optional("context", null)));
        this.timeLimit = timeLimit;
        this.instructionLimit = instructionLimit;
        this.allocationLimit = allocationLimit;
        this.defaultSandbox = new JsSandbox(timeLimit, instructionLimit, allocationLimit);
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        Object script = input.get("script");
        if (!(script instanceof String text)) {
            throw new ActionException("JavaScriptAction failed: script must be a string");
        }
        String contextJson = PyJson.dumps(input.get("context"));
        JsSandbox sandbox = sandboxFor(context);
        BooleanSupplier cancelled = context == null ? () -> false : context.cancelled();
        if (!Thread.currentThread().isVirtual()) {
            return evaluate(sandbox, text, contextJson, cancelled);
        }
        // The allocation budget can only be measured on platform threads, and a CPU-bound script
        // should not pin a virtual thread's carrier anyway: run it on a script thread and wait.
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<ActionResult> running = SCRIPT_THREADS.submit(
                () -> evaluate(sandbox, text, contextJson, () -> abandoned.get() || cancelled.getAsBoolean()));
        try {
            return running.get();
        } catch (InterruptedException e) {
            abandoned.set(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ActionException("JavaScriptAction failed: " + e.getCause(), e.getCause());
        }
    }

    private static ActionResult evaluate(JsSandbox sandbox, String script, String contextJson, BooleanSupplier cancelled) {
        try {
            return ActionResult.success(sandbox.evaluate(script, contextJson, cancelled));
        } catch (RhinoException e) {
            throw new ActionException("JavaScriptAction failed: " + JsSandbox.describe(e), e);
        } catch (JsSandbox.ScriptStopped | IllegalStateException e) {
            throw new ActionException("JavaScriptAction failed: " + e.getMessage(), e);
        }
    }

    /** A shorter task timeout also shortens the script's time budget. */
    private JsSandbox sandboxFor(ActionContext context) {
        if (context != null && context.timeout() != null && context.timeout().compareTo(timeLimit) < 0) {
            return new JsSandbox(context.timeout(), instructionLimit, allocationLimit);
        }
        return defaultSandbox;
    }
}
