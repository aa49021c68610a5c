package io.bora.engine.port;

import io.bora.engine.model.ActionExecution;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Runs one action execution's action in this process (the executor role's edge). */
public interface ActionRunner {

    /** What came of running an action. */
    sealed interface Outcome {
        /** Stored as output {"result": value}. */
        record Success(Object value) implements Outcome {
        }

        /** Stored as output {"result": error}; the task fails with Python str(error) as state_info. */
        record Failure(Object error) implements Outcome {
        }

        /** Asynchronous action: the result arrives later through the API. */
        record Pending() implements Outcome {
        }
    }

    /** @param baseName the system action to call (differs from the execution's name for ad-hoc actions) */
    Outcome run(ActionExecution execution, String baseName, java.util.Map<String, Object> input,
                Duration timeout, BooleanSupplier cancelled) throws InterruptedException;
}
