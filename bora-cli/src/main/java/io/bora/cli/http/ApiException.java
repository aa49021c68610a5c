package io.bora.cli.http;

/** A request the server refused or could not answer; the message is what the user sees. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** HTTP status, or 0 when no response arrived at all. */
    public int status() {
        return status;
    }
}
