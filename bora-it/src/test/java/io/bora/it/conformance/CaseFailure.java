package io.bora.it.conformance;

/** The case could not be driven to its end (a wait timed out, a step found nothing to act on). */
final class CaseFailure extends Exception {
    CaseFailure(String message) {
        super(message);
    }
}
