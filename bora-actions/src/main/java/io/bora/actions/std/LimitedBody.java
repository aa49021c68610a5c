package io.bora.actions.std;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size limit, and remembers when bytes last arrived so the caller
 * can apply a requests-style read timeout (inactivity) to the body as well: Java's request timeout
 * stops counting once the headers are in.
 */
final class LimitedBody implements HttpResponse.BodyHandler<byte[]> {

    private final long limit;
    private volatile long lastActivityNanos = System.nanoTime();

    LimitedBody(long limit) {
        this.limit = limit;
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        lastActivityNanos = System.nanoTime();
        return new Collector();
    }

    /** The body passed the limit; the transfer was cancelled. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the response body is larger than the limit of " + limit + " bytes");
        }
    }

    private final class Collector implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            lastActivityNanos = System.nanoTime();
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge(limit));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
