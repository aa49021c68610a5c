package io.bora.engine.api;

import io.bora.engine.model.State;

import java.util.Map;

/** Body of {@code PUT /v2/executions/<id>}: any of state (+ state_info), description, env. */
public record ExecutionUpdate(State state, String stateInfo, String description, Map<String, Object> env) {
}
