package io.bora.engine.port;

/** A unique key is taken (HTTP 409), with Mistral's message text. */
public class DuplicateException extends RuntimeException {
    public DuplicateException(String message) {
        super(message);
    }
}
