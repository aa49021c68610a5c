package io.bora.actions.std;

import io.bora.actions.ActionException;
import io.bora.actions.ActionInput;
import io.bora.py.PyJson;
import io.bora.py.PyRepr;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One std.http request as Mistral's HTTPAction and python-requests would send it, read from the
 * action input: query from {@code params}, body from {@code body} or {@code json}, Basic auth, cookies.
 */
record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body,
                Duration connectTimeout, Duration readTimeout, boolean followRedirects,
                Object verify, Map<String, Object> proxies) {

    /** Headers Java's client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    static HttpCall from(Map<String, Object> rawInput, Map<String, String> extraHeaders) {
        ActionInput in = new ActionInput(rawInput);
        Object body = in.get("body");
        Object json = in.get("json");
        if (ActionInput.isTruthy(body) && ActionInput.isTruthy(json)) {
            throw new ActionException("Only one of the parameters 'json' and 'body' can be passed");
        }
        String method = in.has("method") ? in.string("method").toUpperCase(Locale.ROOT) : "GET";
        URI uri = uri(in.string("url"), in.get("params"));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "bora-std.http");
        headers.put("Accept", "*/*");
        byte[] payload = null;
        if (ActionInput.isTruthy(body)) {
            // Mistral JSON-encodes a dict body but, unlike json=, adds no Content-Type
            String text = body instanceof Map<?, ?> ? PyJson.dumps(body) : PyRepr.str(body);
            payload = text.getBytes(StandardCharsets.UTF_8);
        } else if (json != null) {
            payload = PyJson.dumps(json).getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", "application/json");
        }
        String auth = basicAuth(in.get("auth"));
        if (auth != null) {
            headers.put("Authorization", auth);
        }
        String cookies = cookieHeader(in.map("cookies"));
        if (cookies != null) {
            headers.put("Cookie", cookies);
        }
        putAll(headers, in.map("headers"));
        putAll(headers, extraHeaders);

        Duration[] timeouts = timeouts(in.get("timeout"));
        return new HttpCall(method, uri, headers, payload, timeouts[0], timeouts[1],
                ActionInput.isTruthy(in.get("allow_redirects")), in.get("verify"), in.map("proxies"));
    }

    /** Header names are matched case-insensitively, like requests' CaseInsensitiveDict. */
    private static void putAll(Map<String, String> headers, Map<String, ?> more) {
        if (more == null) {
            return;
        }
        more.forEach((name, value) -> {
            headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            // requests drops headers whose value is None; numbers (and bools) are sent as text
            if (value != null && !RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, PyRepr.str(value));
            }
        });
    }

    private static URI uri(String url, Object params) {
        if (url == null) {
            throw new ActionException("Invalid URL 'None': No scheme supplied. Perhaps you meant https://None?");
        }
        String text = url.strip();
        int colon = text.indexOf("://");
        if (colon <= 0) {
            throw new ActionException("Invalid URL '" + url + "': No scheme supplied. Perhaps you meant https://" + url + "?");
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ActionException("No connection adapters were found for '" + url + "'");
        }
        String query = query(params);
        if (!query.isEmpty()) {
            int hash = text.indexOf('#');
            String fragment = hash >= 0 ? text.substring(hash) : "";
            String base = hash >= 0 ? text.substring(0, hash) : text;
            text = base + (base.contains("?") ? "&" : "?") + query + fragment;
        }
        URI uri;
        try {
            uri = URI.create(requote(text));
        } catch (IllegalArgumentException e) {
            throw new ActionException("Invalid URL '" + url + "': " + e.getMessage());
        }
        if (uri.getHost() == null) {
            throw new ActionException("Invalid URL '" + url + "': No host supplied");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            uri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        return uri;
    }

    /** Percent-encodes characters a URI may not contain (spaces, non-ASCII), as requests' requote_uri does. */
    private static String requote(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Python's urlencode(params, doseq=True): lists repeat the key, None values are skipped. */
    private static String query(Object params) {
        if (params == null) {
            return "";
        }
        if (!(params instanceof Map<?, ?> map)) {
            return PyRepr.str(params);
        }
        StringBuilder out = new StringBuilder();
        map.forEach((key, value) -> {
            List<?> values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
            for (Object v : values) {
                if (v == null) {
                    continue;
                }
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(quotePlus(PyRepr.str(key))).append('=').append(quotePlus(PyRepr.str(v)));
            }
        });
        return out.toString();
    }

    private static String quotePlus(String text) {
        // URLEncoder keeps '*' and escapes '~'; Python's quote_plus does the opposite
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
    }

    private static String basicAuth(Object auth) {
        String user;
        String password;
        if (auth == null) {
            return null;
        } else if (auth instanceof String s && s.split(":", -1).length == 2) {
            // Mistral 15 turns "user:password" into a tuple and then crashes; Bora sends Basic auth
            user = s.substring(0, s.indexOf(':'));
            password = s.substring(s.indexOf(':') + 1);
        } else if (auth instanceof List<?> list && list.size() == 2) {
            user = PyRepr.str(list.get(0));
            password = PyRepr.str(list.get(1));
        } else if (auth instanceof Map<?, ?> map && map.get("password") != null
                && (map.get("username") != null || map.get("user") != null)) {
            user = PyRepr.str(map.get("username") != null ? map.get("username") : map.get("user"));
            password = PyRepr.str(map.get("password"));
        } else {
            throw new ActionException("Unsupported auth value; use \"user:password\", [user, password]"
                    + " or {username: ..., password: ...}");
        }
        String token = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String cookieHeader(Map<String, Object> cookies) {
        if (cookies == null || cookies.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        cookies.forEach((name, value) -> {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(name).append('=').append(PyRepr.str(value));
        });
        return out.toString();
    }

    /** requests' timeout: one number for both phases, or a [connect, read] pair; null waits forever. */
    private static Duration[] timeouts(Object timeout) {
        if (timeout instanceof List<?> pair && pair.size() == 2) {
            return new Duration[] {seconds(pair.get(0)), seconds(pair.get(1))};
        }
        Duration both = seconds(timeout);
        return new Duration[] {both, both};
    }

    private static Duration seconds(Object value) {
        if (value == null) {
            return null;
        }
        double secs = new ActionInput(Map.of("t", value)).floatOr("t", -1);
        if (secs <= 0) {
            throw new ActionException("Attempted to set timeout to " + PyRepr.str(value)
                    + ", but the timeout cannot be set to a value less than or equal to 0.");
        }
        return Duration.ofNanos((long) (secs * 1e9));
    }

    String displayTimeout(Duration d) {
        return d == null ? "None" : PyRepr.repr(d.toNanos() / 1e9);
    }
}
