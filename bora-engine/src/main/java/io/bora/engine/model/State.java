package io.bora.engine.model;

import java.util.EnumSet;
import java.util.Set;

/** Execution states with Mistral's exact wire values. */
public enum State {
    IDLE, WAITING, RUNNING, DELAYED, PAUSED, SUCCESS, CANCELLED, ERROR;

    private static final Set<State> TERMINAL = EnumSet.of(SUCCESS, CANCELLED, ERROR);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Mistral's is_running: RUNNING or DELAYED. */
    public boolean isRunning() {
        return this == RUNNING || this == DELAYED;
    }

    /** Mistral's transition table for workflow executions (same-state is always allowed). */
    public boolean canMoveTo(State to) {
        if (to == this) return true;
        return switch (this) {
            case IDLE -> to == RUNNING || to == ERROR || to == CANCELLED;
            case WAITING -> to == RUNNING;
            case RUNNING -> to == PAUSED || to == DELAYED || to == SUCCESS || to == ERROR || to == CANCELLED;
            case DELAYED, PAUSED -> to == RUNNING || to == ERROR || to == CANCELLED;
            case SUCCESS -> false;
            case CANCELLED, ERROR -> to == RUNNING;
        };
    }
}
