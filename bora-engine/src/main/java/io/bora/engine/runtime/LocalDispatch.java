package io.bora.engine.runtime;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;

import java.util.List;
import java.util.Map;

/**
 * Runs actions on the node whose step created them, right after that step's commit: the jobs are
 * written already leased to this node, so no claim round trip stands between two tasks. Slots are
 * reserved before the commit and released if the transaction fails.
 */
public interface LocalDispatch {
    /** Reserves up to {@code wanted} action slots; returns how many were free. */
    int reserve(int wanted);

    /** Gives back reserved slots that were not used (the transaction rolled back). */
    void release(int count);

    /**
     * Runs jobs committed as leased to this node, one reserved slot each. {@code actions}: the
     * action executions the same step created, by id, so that the executor need not read them back.
     */
    void run(List<Job> jobs, Map<String, ActionExecution> actions);

    LocalDispatch NONE = new LocalDispatch() {
        @Override
        public int reserve(int wanted) {
            return 0;
        }

        @Override
        public void release(int count) {
        }

        @Override
        public void run(List<Job> jobs, Map<String, ActionExecution> actions) {
        }
    };
}
