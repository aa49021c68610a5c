package io.bora.engine.api;

/** A request cannot be done; {@link Kind} tells the REST layer which status to answer. */
public class BoraException extends RuntimeException {
    public enum Kind {
        /** 400 */ BAD_REQUEST,
        /** 403 */ FORBIDDEN,
        /** 404 */ NOT_FOUND,
        /** 409 */ CONFLICT
    }

    private final Kind kind;

    public BoraException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static BoraException badRequest(String message) {
        return new BoraException(Kind.BAD_REQUEST, message);
    }

    public static BoraException notFound(String message) {
        return new BoraException(Kind.NOT_FOUND, message);
    }
}
