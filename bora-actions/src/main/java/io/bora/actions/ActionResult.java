package io.bora.actions;

/** An action's outcome, as Mistral stores it. */
public sealed interface ActionResult {

    /** Success: the action execution's output becomes {@code {"result": value}}. */
    record Success(Object value) implements ActionResult {}

    /** Error: the output becomes {@code {"result": error}} and the task fails (on-error can inspect it). */
    record Failure(Object error) implements ActionResult {}

    /** Async action started: the result arrives later through the API. */
    record Pending() implements ActionResult {}

    static ActionResult success(Object value) {
        return new Success(value);
    }

    static ActionResult failure(Object error) {
        return new Failure(error);
    }

    static ActionResult pending() {
        return new Pending();
    }
}
