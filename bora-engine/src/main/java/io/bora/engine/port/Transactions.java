package io.bora.engine.port;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction bound to the calling thread. Repository calls made
 * inside {@code work} share that transaction; calls outside any transaction commit on their own.
 * Nested calls join the outer transaction. A RuntimeException rolls back and is rethrown.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Registers what to do when the calling thread's transaction ends: {@code committed} after
     * its commit, {@code rolledBack} after its rollback, both outside it. A nested call only
     * joins the outer transaction, so work that must not start before the data is visible
     * (an action run on another thread, a wake-up of the workers) waits for the OUTERMOST one.
     *
     * @throws IllegalStateException outside a transaction
     */
    void afterCompletion(Runnable committed, Runnable rolledBack);
}
