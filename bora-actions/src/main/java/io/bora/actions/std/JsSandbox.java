package io.bora.actions.std;

import io.bora.actions.PythonJson;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

import com.sun.management.ThreadMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Runs untrusted workflow JavaScript on Rhino: no Java access, interpreted mode so that a running
 * script is interrupted when it passes its time, instruction or allocation budget, or when the
 * execution is cancelled. Budgets are checked every few thousand instructions, so one huge single
 * allocation can still overshoot the allocation budget before it is noticed.
 * Values cross the boundary as JSON, so what goes in and what comes out is always JSON-safe.
 */
final class JsSandbox {

    /** Lines the wrapper puts before the user's script: {@code function f() {}. */
    static final int WRAPPER_LINES = 1;

    private static final int CHECK_EVERY_INSTRUCTIONS = 10_000;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Duration timeLimit;
    private final long instructionLimit;
    private final long allocationLimit;

    JsSandbox(Duration timeLimit, long instructionLimit, long allocationLimit) {
        this.timeLimit = timeLimit;
        this.instructionLimit = instructionLimit;
        this.allocationLimit = allocationLimit;
    }

    /** Bytes the current thread has allocated so far, or -1 where the JVM cannot tell. */
    private static long allocatedByThisThread() {
        try {
            return THREADS.isThreadAllocatedMemoryEnabled() ? THREADS.getCurrentThreadAllocatedBytes() : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** Why a script was stopped from outside; surfaced as the action's error text. */
    static final class ScriptStopped extends RuntimeException {
        ScriptStopped(String message) {
            super(message);
        }
    }

    /**
     * Evaluates {@code function f() { script } f()} with {@code $} bound to the JSON of {@code contextJson}.
     *
     * @return the result as JSON text, or null for undefined/functions
     */
    Object evaluate(String script, String contextJson, BooleanSupplier cancelled) {
        Bounded factory = new Bounded(System.nanoTime() + timeLimit.toNanos(), instructionLimit,
                allocationLimit, allocatedByThisThread(), cancelled);
        return factory.call(cx -> {
            ScriptableObject scope = cx.initSafeStandardObjects();
            cx.evaluateString(scope, "var $ = " + contextJson + ";", "context", 1, null);
            String wrapped = "function f() {\n" + script + "\n}\nf()";
            Object result = cx.evaluateString(scope, wrapped, "script", 1, null);
            Object json = NativeJSON.stringify(cx, scope, result, null, null);
            if (json == null || json instanceof Undefined) {
                return null;
            }
            try {
                return PythonJson.loads(json.toString());
            } catch (IOException e) {
                throw new IllegalStateException("Rhino produced invalid JSON", e);
            }
        });
    }

    /** Describes a script error with its position in the user's script (not in the wrapper). */
    static String describe(RhinoException e) {
        int line = e.lineNumber() - WRAPPER_LINES;
        StringBuilder text = new StringBuilder(e.details());
        if ("script".equals(e.sourceName()) && line >= 1) {
            text.append(" (line ").append(line);
            if (e.columnNumber() > 0) {
                text.append(", column ").append(e.columnNumber());
            }
            text.append(')');
        }
        return text.toString();
    }

    /** One factory per evaluation, so budgets never leak between scripts. */
    private static final class Bounded extends ContextFactory {
        private final long deadlineNanos;
        private final long instructionLimit;
        private final long allocationLimit;
        private final long allocatedAtStart;
        private final BooleanSupplier cancelled;
        private long instructions;

        Bounded(long deadlineNanos, long instructionLimit, long allocationLimit, long allocatedAtStart,
                BooleanSupplier cancelled) {
            this.deadlineNanos = deadlineNanos;
            this.instructionLimit = instructionLimit;
            this.allocationLimit = allocationLimit;
            this.allocatedAtStart = allocatedAtStart;
            this.cancelled = cancelled;
        }

        @Override
        protected Context makeContext() {
            Context cx = super.makeContext();
            cx.setLanguageVersion(Context.VERSION_ES6);
            // the interpreter is what makes instruction counting (and so interruption) possible
            cx.setOptimizationLevel(-1);
            cx.setInstructionObserverThreshold(CHECK_EVERY_INSTRUCTIONS);
            cx.setMaximumInterpreterStackDepth(2_000);
            cx.setClassShutter(className -> false);
            return cx;
        }

        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            instructions += instructionCount;
            if (instructions > instructionLimit) {
                throw new ScriptStopped("script exceeded its budget of " + instructionLimit + " instructions");
            }
            // counts all bytes allocated (garbage included): a cheap, conservative stand-in for a heap quota
            if (allocatedAtStart >= 0 && allocatedByThisThread() - allocatedAtStart > allocationLimit) {
                throw new ScriptStopped("script exceeded its memory budget of " + allocationLimit / (1024 * 1024) + " MB");
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new ScriptStopped("script exceeded its time limit");
            }
            if (cancelled != null && cancelled.getAsBoolean()) {
                throw new ScriptStopped("the action execution was cancelled");
            }
        }
    }
}
