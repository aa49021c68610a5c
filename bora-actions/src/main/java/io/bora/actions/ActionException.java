package io.bora.actions;

/**
 * Thrown by an action to fail with a message of its own, like Mistral's ActionException:
 * the message becomes the {@code msg='...'} part of "The action raised an exception".
 */
public class ActionException extends RuntimeException {

    public ActionException(String message) {
        super(message);
    }

    public ActionException(String message, Throwable cause) {
        super(message, cause);
    }
}
