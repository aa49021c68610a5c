package io.bora.engine.model;

/** What a {@link Job} asks for. The executor role claims RUN_ACTION; the engine role the rest. */
public enum JobKind {
    /** Run an action execution (payload: actionExecutionId). */
    RUN_ACTION,
    /** Apply an event to a workflow execution (payload: the event). */
    ENGINE_EVENT,
    /** A policy timer: wait-before, wait-after, retry delay, timeout (payload: the timer). */
    TIMER,
    /** Fire a cron trigger (payload: triggerId). */
    CRON
}
