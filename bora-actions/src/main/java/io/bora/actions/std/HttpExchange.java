package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends an {@link HttpCall}, following redirects when asked, and hands the final response to
 * {@link HttpResultMap}. Transport failures become "Failed to send HTTP request: ..." exceptions.
 */
final class HttpExchange {

    /** requests' default limit on redirects followed. */
    private static final int MAX_REDIRECTS = 30;
    /** A result larger than this could hardly be stored; refusing it keeps the executor's memory safe. */
    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    private HttpExchange() {
    }

    static Map<String, Object> send(HttpCall call, ActionContext context, long maxBodyBytes) throws InterruptedException {
        boolean shared = HttpClients.usesShared(call);
        HttpClient client = shared ? HttpClients.shared() : HttpClients.dedicated(call);
        try {
            return follow(client, call, context, maxBodyBytes);
        } finally {
            if (!shared) {
                client.close();
            }
        }
    }

    private static Map<String, Object> follow(HttpClient client, HttpCall call, ActionContext context,
                                              long maxBodyBytes) throws InterruptedException {
        List<Object> history = new ArrayList<>();
        String method = call.method();
        URI uri = call.uri();
        byte[] body = call.body();
        long started = System.nanoTime();
        while (true) {
            HttpResponse<byte[]> response = exchange(client, call, method, uri, body, context, maxBodyBytes);
            String location = response.headers().firstValue("Location").orElse(null);
            int status = response.statusCode();
            boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (!call.followRedirects() || !redirect || location == null) {
                double elapsed = (System.nanoTime() - started) / 1e9;
                return HttpResultMap.of(response, uri, history, elapsed);
            }
            if (history.size() >= MAX_REDIRECTS) {
                throw new ActionException("Failed to send HTTP request: Exceeded " + MAX_REDIRECTS + " redirects.");
            }
            // how requests stores earlier hops, printed as Python would print a Response object
            history.add("<Response [" + status + "]>");
            uri = uri.resolve(location);
            if (status == 303 && !method.equals("HEAD") || (status == 301 || status == 302) && method.equals("POST")) {
                method = "GET";
                body = null;
            }
        }
    }

    private static HttpResponse<byte[]> exchange(HttpClient client, HttpCall call, String method, URI uri,
                                                 byte[] payload, ActionContext context, long maxBodyBytes)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
        // like requests, credentials are not handed to another host a redirect points at
        boolean sameHost = uri.getHost().equalsIgnoreCase(call.uri().getHost());
        call.headers().forEach((name, value) -> {
            if (sameHost || !name.equalsIgnoreCase("Authorization")) {
                request.header(name, value);
            }
        });
        if (call.readTimeout() != null) {
            request.timeout(call.readTimeout());
        }
        LimitedBody body = new LimitedBody(maxBodyBytes);
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), body);
        try {
            // wait in slices so that a cancelled execution abandons the call, and a body that
            // stops flowing for longer than the read timeout fails as requests' read timeout does
            while (true) {
                try {
                    return pending.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (context != null && context.isCancelled()) {
                        pending.cancel(true);
                        throw new ActionException("Failed to send HTTP request: the action execution was cancelled");
                    }
                    if (call.readTimeout() != null
                            && System.nanoTime() - body.lastActivityNanos() > call.readTimeout().toNanos()) {
                        pending.cancel(true);
                        throw new ActionException("Failed to send HTTP request: " + readTimedOut(call, uri));
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new ActionException("Failed to send HTTP request: " + transportError(e.getCause(), call, uri), e.getCause());
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        }
    }

    /** Words close to what requests/urllib3 print, so messages read alike in both systems. */
    private static String transportError(Throwable cause, HttpCall call, URI uri) {
        String pool = pool(uri);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof ConnectException)) {
            root = root.getCause();
        }
        if (cause instanceof LimitedBody.TooLarge) {
            return cause.getMessage();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return pool + ": Max retries exceeded with url: " + path + " (Caused by ConnectTimeoutError("
                    + "'Connection to " + uri.getHost() + " timed out. (connect timeout="
                    + call.displayTimeout(call.connectTimeout()) + ")'))";
        }
        if (cause instanceof HttpTimeoutException) {
            return readTimedOut(call, uri);
        }
        if (root instanceof UnknownHostException || cause instanceof ConnectException && root instanceof UnknownHostException) {
            return pool + ": Max retries exceeded with url: " + path
                    + " (Caused by NewConnectionError('Failed to establish a new connection: Name or service not known'))";
        }
        if (cause instanceof ConnectException || root instanceof ConnectException) {
            return pool + ": Max retries exceeded with url: " + path
                    + " (Caused by NewConnectionError('Failed to establish a new connection: Connection refused'))";
        }
        if (cause instanceof SSLException || root instanceof SSLException) {
            return pool + ": Max retries exceeded with url: " + path + " (Caused by SSLError('" + root.getMessage() + "'))";
        }
        if (cause instanceof IOException) {
            return "('Connection aborted.', '" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + "')";
        }
        return String.valueOf(cause.getMessage());
    }

    private static String readTimedOut(HttpCall call, URI uri) {
        return pool(uri) + ": Read timed out. (read timeout=" + call.displayTimeout(call.readTimeout()) + ")";
    }

    private static String pool(URI uri) {
        return ("https".equalsIgnoreCase(uri.getScheme()) ? "HTTPSConnectionPool" : "HTTPConnectionPool")
                + "(host='" + uri.getHost() + "', port=" + port(uri) + ")";
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
