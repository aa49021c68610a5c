package io.bora.server.rest;

/**
 * A request the REST layer itself rejects (bad parameters, wrong media type...), with the status
 * and Mistral's message text. Mapped to an error body by {@link ErrorMapper}.
 */
public class HttpError extends RuntimeException {
    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }
}
