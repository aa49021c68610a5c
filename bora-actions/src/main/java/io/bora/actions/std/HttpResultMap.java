package io.bora.actions.std;

import io.bora.actions.ActionException;
import io.bora.actions.PythonJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * std.http's result: the response described as Mistral's HTTPAction does from a requests Response
 * ({@code content, status, headers, url, history, encoding, reason, cookies, elapsed}).
 */
final class HttpResultMap {

    private HttpResultMap() {
    }

    static Map<String, Object> of(HttpResponse<byte[]> response, URI uri, List<Object> history, double elapsed) {
        String encoding = encoding(response);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("content", content(decompressed(response), encoding));
        result.put("status", (long) response.statusCode());
        result.put("headers", headers(response));
        result.put("url", uri.toString());
        result.put("history", history);
        result.put("encoding", encoding);
        result.put("reason", HttpReasons.of(response.statusCode()));
        result.put("cookies", cookies(response));
        result.put("elapsed", elapsed);
        return result;
    }

    /** requests' rule: the charset parameter, else ISO-8859-1 for text/*, utf-8 for JSON, else None. */
    private static String encoding(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse(null);
        if (type == null) {
            return null;
        }
        for (String part : type.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.contains("text")) {
            return "ISO-8859-1";
        }
        if (lower.contains("application/json")) {
            return "utf-8";
        }
        return null;
    }

    /**
     * requests undoes gzip/deflate transfer compression; Java's client does not. Only matters when a
     * workflow asks for it with an Accept-Encoding header, since Bora does not offer compression itself.
     */
    private static byte[] decompressed(HttpResponse<byte[]> response) {
        String coding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        if (body.length == 0 || !(coding.equals("gzip") || coding.equals("deflate"))) {
            return body;
        }
        try (InputStream in = coding.equals("gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(body))
                : new InflaterInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ActionException("Failed to send HTTP request: ('Received response with content-encoding: "
                    + coding + ", but failed to decode it.', " + e.getMessage() + ")", e);
        }
    }

    /** The JSON-decoded body when it is JSON, else the body as text. */
    private static Object content(byte[] body, String encoding) {
        String text = new String(body, charset(encoding));
        if (!text.isBlank()) {
            try {
                return PythonJson.loads(text);
            } catch (IOException notJson) {
                // fall through: plain text
            }
        }
        return text;
    }

    private static Charset charset(String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Repeated headers are joined with ", " as urllib3 does. */
    private static Map<String, Object> headers(HttpResponse<?> response) {
        Map<String, Object> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(canonical(name), String.join(", ", values));
            }
        });
        return headers;
    }

    /**
     * Java's client lower-cases header names; servers mostly send them capitalised and workflows
     * read {@code headers['Content-Type']}, so names are restored to their usual spelling.
     */
    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }

    private static Map<String, Object> cookies(HttpResponse<?> response) {
        Map<String, Object> cookies = new LinkedHashMap<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            try {
                for (HttpCookie cookie : HttpCookie.parse("Set-Cookie: " + header)) {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            } catch (IllegalArgumentException malformed) {
                // requests ignores cookies it cannot parse, too
            }
        }
        return cookies;
    }
}
