package io.bora.cli.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Query parameters in the order they were added (the order the mistral client sends them). */
public final class Query {
    private final List<Map.Entry<String, String>> params = new ArrayList<>();

    public static Query of() {
        return new Query();
    }

    /** Adds the parameter unless the value is null. */
    public Query add(String name, Object value) {
        if (value != null) {
            params.add(Map.entry(name, String.valueOf(value)));
        }
        return this;
    }

    /** Adds the parameter unless the value is null or empty, like the client's {@code if value:} checks. */
    public Query addIfPresent(String name, String value) {
        return value == null || value.isEmpty() ? this : add(name, value);
    }

    /** "" or "?a=b&c=d", each part percent-encoded (spaces as %20, which every server decodes). */
    public String toQueryString() {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("?");
        for (Map.Entry<String, String> p : params) {
            if (sb.length() > 1) {
                sb.append('&');
            }
            sb.append(encode(p.getKey())).append('=').append(encode(p.getValue()));
        }
        return sb.toString();
    }

    /** Percent-encodes one path segment or query component. */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
