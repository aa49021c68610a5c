package io.bora.store;

/**
 * The database could not be opened or migrated. The message is one line meant for the operator
 * ({@code Cannot open database jdbc:h2:...: Database may be already in use ...}).
 */
public class StoreOpenException extends RuntimeException {
    public StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
