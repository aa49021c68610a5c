package io.bora.server.v1;

/** A /v1 request that cannot be served, with its HTTP status and the message clients show. */
final class V1Error extends RuntimeException {
    private final int status;

    V1Error(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static V1Error badRequest(String message) {
        return new V1Error(400, message);
    }

    static V1Error notFound(String message) {
        return new V1Error(404, message);
    }
}
