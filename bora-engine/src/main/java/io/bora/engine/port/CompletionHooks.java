package io.bora.engine.port;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Transactions#afterCompletion} callbacks of one thread's transaction, for the
 * implementations of {@link Transactions}. Every callback runs even if an earlier one throws;
 * the first failure is rethrown with the others suppressed.
 */
public final class CompletionHooks {
    private final List<Runnable> committed = new ArrayList<>();
    private final List<Runnable> rolledBack = new ArrayList<>();

    public void add(Runnable onCommit, Runnable onRollback) {
        committed.add(onCommit);
        rolledBack.add(onRollback);
    }

    public void committed() {
        runAll(committed);
    }

    public void rolledBack() {
        runAll(rolledBack);
    }

    private static void runAll(List<Runnable> hooks) {
        RuntimeException failure = null;
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
                else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }
}
