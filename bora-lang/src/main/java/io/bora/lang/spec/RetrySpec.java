package io.bora.lang.spec;

/** {@code retry:}; count and delay are Long or an expression string; breakOn/continueOn expressions or null. */
public record RetrySpec(Object count, Object delay, String breakOn, String continueOn) {
}
