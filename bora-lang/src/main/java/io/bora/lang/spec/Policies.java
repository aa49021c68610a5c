package io.bora.lang.spec;

/** Task policies; each value is a literal (Long/Boolean) or an expression string, null = unset. */
public record Policies(RetrySpec retry, Object waitBefore, Object waitAfter, Object timeout,
        Object pauseBefore, Object concurrency, Object failOn, Object keepResult, Object safeRerun,
        String target) {

    public static final Policies NONE = new Policies(null, null, null, null, null, null, null, null, null, null);

    /** This task's policies with every unset member taken from {@code defaults}. */
    public Policies orDefaults(Policies defaults) {
        if (defaults == null) {
            return this;
        }
        return new Policies(
                retry != null ? retry : defaults.retry,
                waitBefore != null ? waitBefore : defaults.waitBefore,
                waitAfter != null ? waitAfter : defaults.waitAfter,
                timeout != null ? timeout : defaults.timeout,
                pauseBefore != null ? pauseBefore : defaults.pauseBefore,
                concurrency != null ? concurrency : defaults.concurrency,
                failOn != null ? failOn : defaults.failOn,
                keepResult != null ? keepResult : defaults.keepResult,
                safeRerun != null ? safeRerun : defaults.safeRerun,
                target != null ? target : defaults.target);
    }
}
