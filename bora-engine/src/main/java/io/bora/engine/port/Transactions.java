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
}
