package io.bora.engine.port;

import java.util.Map;
import java.util.Optional;

/** The engine's view of the action types it can run (std.* and plugins; ad-hoc actions are the engine's own). */
public interface ActionCatalog {

    /** @param async completed from outside through the API rather than by the executor */
    record ActionInfo(String name, boolean async) {
    }

    Optional<ActionInfo> find(String name);

    /**
     * Checks input against the action's signature and fills defaults. Throws
     * IllegalArgumentException with Mistral's text ({@code Invalid input [name=..., class=...,
     * missing=[...], unexpected=[...]]}) when it does not fit.
     */
    Map<String, Object> prepareInput(String name, Map<String, Object> input);

    /**
     * The input as action executions record it: values of parameters the action marks secret
     * (passwords, keys, auth) replaced by a mask, so the API never shows them. The action itself
     * receives the real input through its job.
     */
    default Map<String, Object> recorded(String name, Map<String, Object> input) {
        return input;
    }
}
