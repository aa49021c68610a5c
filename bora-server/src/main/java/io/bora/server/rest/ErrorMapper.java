package io.bora.server.rest;

import io.bora.engine.api.BoraException;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.InvalidQueryException;
import io.bora.expr.ExpressionException;
import io.bora.lang.DslException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where failures become HTTP answers. Two body shapes exist, as in Mistral:
 * text/plain upload endpoints answer {@code {"faultstring"}}, every other endpoint answers WSME's
 * {@code {"faultcode", "faultstring", "debuginfo"}}.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String PLAIN_STYLE = "bora.plainErrors";

    private ErrorMapper() {
    }

    /** Marks the current request as a text/plain upload: its errors use the short body. */
    static void usePlainErrors(Context ctx) {
        ctx.attribute(PLAIN_STYLE, Boolean.TRUE);
    }

    static void register(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        // Javalin's own answers (no such endpoint, method not allowed) get the same JSON shape
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(BoraException.class, (e, ctx) -> answer(ctx, status(e.kind()), e.getMessage()));
        routes.exception(DslException.class, (e, ctx) -> answer(ctx, 400, dslMessage(ctx, e)));
        routes.exception(InvalidQueryException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(DuplicateException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        routes.exception(ExpressionException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
        });
    }

    static int status(BoraException.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    /**
     * Mistral's first line stays the first line (clients compare it); where the problem is goes
     * on the next line for humans.
     */
    static String dslMessage(Context ctx, DslException e) {
        if (!Boolean.TRUE.equals(ctx.attribute(PLAIN_STYLE))) {
            return e.getMessage();
        }
        return withPosition(e);
    }

    static String withPosition(DslException e) {
        StringBuilder where = new StringBuilder();
        if (e.line() > 0) {
            where.append("line ").append(e.line());
            if (e.column() > 0) {
                where.append(", column ").append(e.column());
            }
        }
        if (!e.path().isEmpty()) {
            where.append(where.isEmpty() ? e.path() : " (" + e.path() + ")");
        }
        return where.isEmpty() ? e.getMessage() : e.getMessage() + "\n  at " + where;
    }

    static void answer(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(ctx.attribute(PLAIN_STYLE))) {
            body.put("faultcode", status >= 500 ? "Server" : "Client");
            body.put("faultstring", message);
            body.put("debuginfo", null);
        } else {
            body.put("faultstring", message);
        }
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }
}
