package io.bora.actions;

import java.time.Duration;

/**
 * Sleeping on behalf of an action (std.echo delay, std.sleep) in a way that a cancelled execution
 * stops early: the wait is cut into short slices and the cancel flag is checked between them.
 */
public final class Pauses {

    private static final long SLICE_MILLIS = 50;

    private Pauses() {
    }

    /** @return true when the full duration elapsed, false when the context was cancelled first */
    public static boolean pause(Duration duration, ActionContext context) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        while (true) {
            if (context != null && context.isCancelled()) {
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            Thread.sleep(Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)));
        }
    }
}
