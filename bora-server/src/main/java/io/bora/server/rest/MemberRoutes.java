package io.bora.server.rest;

import io.javalin.http.Context;

import java.util.regex.Pattern;

/** Resource sharing needs authentication, which Bora does not have yet: Mistral's answer without it. */
final class MemberRoutes {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private MemberRoutes() {
    }

    static void unsupported(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        String id = ctx.pathParam("id");
        if (!UUID_TEXT.matcher(id).matches()) {
            throw HttpError.badRequest("Invalid input for field/attribute resource_id. Value: '" + id
                    + "'. unable to convert to uuid. Error: Expected a uuid but received " + id + ".");
        }
        throw HttpError.badRequest("Resource sharing feature can only be supported with authentication enabled.");
    }
}
