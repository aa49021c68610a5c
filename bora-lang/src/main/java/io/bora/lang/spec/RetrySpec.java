package io.bora.lang.spec;

/**
 * {@code retry:}; count and delay are Long or an expression string; breakOn/continueOn expressions
 * or null. {@code backoff} ("linear" | "exponential"), {@code maxDelay} and {@code jitter} are
 * Bora's compatible extension (issue "Workflow Language", item 10): null when not given, and then
 * the policy behaves exactly as Mistral's fixed delay.
 */
public record RetrySpec(Object count, Object delay, String breakOn, String continueOn,
        String backoff, Object maxDelay, Object jitter) {

    /** Mistral's retry, without backoff. */
    public RetrySpec(Object count, Object delay, String breakOn, String continueOn) {
        this(count, delay, breakOn, continueOn, null, null, null);
    }
}
