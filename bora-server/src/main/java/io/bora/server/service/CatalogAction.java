package io.bora.server.service;

import io.bora.engine.model.ActionDefinition;

/**
 * An action as {@code /v2/actions} lists it: an ad-hoc definition from the store, or a system
 * action from the registry (then {@code id} is its name and the stored-only fields are null).
 */
public record CatalogAction(ActionDefinition definition, boolean system) {
}
