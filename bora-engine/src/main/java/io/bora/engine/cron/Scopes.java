package io.bora.engine.cron;

import io.bora.engine.api.BoraException;

/** A trigger's {@code scope}: {@code private} (default) or {@code public}. */
final class Scopes {
    private Scopes() {
    }

    static String checked(String scope) {
        if (scope == null) return "private";
        if (!scope.equals("private") && !scope.equals("public")) {
            throw BoraException.badRequest("Scope must be one of the following: ['private', 'public']; actual: " + scope);
        }
        return scope;
    }
}
