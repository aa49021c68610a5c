package io.bora.engine.runtime;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer per execution inside this process: a striped lock taken before the database row
 * lock, so threads of one node queue here instead of holding connections while they wait.
 */
final class ExecutionLocks {
    private final ReentrantLock[] stripes;

    ExecutionLocks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) stripes[i] = new ReentrantLock();
    }

    ReentrantLock forExecution(String executionId) {
        return stripes[Math.floorMod(executionId.hashCode(), stripes.length)];
    }
}
