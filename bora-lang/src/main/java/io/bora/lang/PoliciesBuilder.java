package io.bora.lang;

import io.bora.lang.spec.Policies;
import io.bora.lang.spec.RetrySpec;
import java.util.Map;

/** Task (or task-defaults) policy keys into {@link Policies}; the values were schema-checked by the caller. */
final class PoliciesBuilder {
    private static final String[] EXPRESSION_KEYS = {"wait-before", "wait-after", "timeout", "pause-before",
        "concurrency", "fail-on", "keep-result", "safe-rerun"};

    private PoliciesBuilder() {
    }

    static Policies build(Map<String, Object> data, Where where, ExpressionChecker checker) {
        RetrySpec retry = retry(data.get("retry"), where.child("retry"), checker);
        for (String key : EXPRESSION_KEYS) {
            checker.check(data.get(key), where.child(key));
        }
        Object target = data.get("target");
        return new Policies(retry, data.get("wait-before"), data.get("wait-after"), data.get("timeout"),
                data.get("pause-before"), data.get("concurrency"), data.get("fail-on"), data.get("keep-result"),
                data.get("safe-rerun"), target instanceof String s ? s : null);
    }

    /** Dict form, or the one-line form "count=3 delay=5" read with the inline-param rules. */
    @SuppressWarnings("unchecked")
    static RetrySpec retry(Object raw, Where where, ExpressionChecker checker) {
        if (raw == null) {
            return null;
        }
        Map<String, Object> retry;
        if (raw instanceof String line) {
            try {
                retry = InlineParser.parse(line).params();
            } catch (DslException e) {
                throw where.relocate(e);
            }
            where.validate(retry, DslSchemas.RETRY);
        } else {
            retry = (Map<String, Object>) raw;
        }
        for (String key : new String[] {"count", "delay", "break-on", "continue-on", "max-delay", "jitter"}) {
            checker.check(retry.get(key), where.child(key));
        }
        return new RetrySpec(retry.get("count"), retry.get("delay"),
                (String) retry.get("break-on"), (String) retry.get("continue-on"),
                (String) retry.get("backoff"), retry.get("max-delay"), retry.get("jitter"));
    }
}
