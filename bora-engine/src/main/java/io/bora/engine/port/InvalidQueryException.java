package io.bora.engine.port;

/** A query names a field or value the store cannot use: a client error (HTTP 400). */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
