package io.bora.server.service;

import io.bora.engine.api.BoraException;

/**
 * Resource visibility. Without authentication every caller is a plain (non-admin) user, and
 * Mistral's default policy forbids such users to publicise resources: {@code public} is refused
 * with 403 exactly as Mistral 15 answers.
 */
public final class Scope {
    public static final String PRIVATE = "private";
    public static final String PUBLIC = "public";

    private Scope() {
    }

    /** The stored scope for a requested one (null = default private); rejects bad and public scopes. */
    public static String checked(String requested) {
        if (requested == null) {
            return PRIVATE;
        }
        if (!PRIVATE.equals(requested) && !PUBLIC.equals(requested)) {
            throw BoraException.badRequest(
                    "Scope must be one of the following: ['private', 'public']; actual: " + requested);
        }
        if (PUBLIC.equals(requested)) {
            throw new BoraException(BoraException.Kind.FORBIDDEN, "Operation forbidden (insufficient permissions)");
        }
        return requested;
    }
}
