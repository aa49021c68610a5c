package io.bora.server.rest;

import io.javalin.http.Context;

/** Writes JSON answers with Mistral's media type. */
final class Responses {
    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    static void noContent(Context ctx) {
        ctx.status(204).result("");
    }

    /** {@code scheme://host[:port]} as the client addressed this server. */
    static String baseUrl(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            host = ctx.host();
        }
        return ctx.scheme() + "://" + host;
    }

    /** Rejects query parameters a single-resource endpoint does not know. */
    static void onlyParams(Context ctx, String... allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            boolean ok = false;
            for (String a : allowed) {
                if (a.equals(name)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                throw HttpError.badRequest("Unknown argument: \"" + name + "\"");
            }
        }
    }
}
