package io.bora.engine.flow;

import io.bora.lang.spec.RetrySpec;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Bora's compatible extension of retry: {@code backoff: linear|exponential}, {@code max-delay},
 * {@code jitter}. Without these keys the delay is Mistral's constant {@code delay}.
 */
final class Backoff {
    private Backoff() {
    }

    /** Seconds to wait before retry number {@code retryNo + 1}. */
    static long delay(RetrySpec retry, long base, int retryNo, PolicyValues pv) {
        long d = base;
        if ("linear".equals(retry.backoff())) {
            d = base * (retryNo + 1L);
        } else if ("exponential".equals(retry.backoff())) {
            d = retryNo >= 62 ? Long.MAX_VALUE : base * (1L << Math.min(retryNo, 30));
        }
        if (retry.maxDelay() != null) d = Math.min(d, pv.seconds(retry.maxDelay(), "RetryPolicy"));
        if (retry.jitter() != null && pv.flag(retry.jitter()) && d > 1) {
            // "equal jitter": half the delay fixed, half random, so retries of many tasks spread out
            d = d / 2 + ThreadLocalRandom.current().nextLong(d - d / 2 + 1);
        }
        return d;
    }
}
