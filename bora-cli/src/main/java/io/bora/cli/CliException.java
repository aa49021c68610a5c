package io.bora.cli;

/** A user error found by the CLI itself (bad file, bad argument); printed as one line, exit code 1. */
public final class CliException extends RuntimeException {
    public CliException(String message) {
        super(message);
    }
}
