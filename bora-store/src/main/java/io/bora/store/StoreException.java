package io.bora.store;

/** A database failure that is not the caller's fault (connection lost, SQL error). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
