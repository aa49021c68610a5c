package io.bora.lang.spec;

/** {@code join:} — all -> (true, 0); one -> (false, 1); N -> (false, N). */
public record JoinSpec(boolean all, int count) {
    public static final JoinSpec ALL = new JoinSpec(true, 0);
    public static final JoinSpec ONE = new JoinSpec(false, 1);
}
