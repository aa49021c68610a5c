package io.bora.server.rest.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Mistral's {@code next} link:
 * {@code <base>/v2/<collection>?sort_keys=..&sort_dirs=..&<filters as op:value>&limit=N&marker=<last id>[&fields=..]}.
 */
public final class NextLink {
    private NextLink() {
    }

    public static String build(String baseUrl, ResourceSchema schema, CollectionRequest request, String lastId) {
        StringBuilder q = new StringBuilder();
        q.append("sort_keys=").append(request.sort().stream().map(SortKey::field).collect(Collectors.joining(",")));
        q.append("&sort_dirs=").append(request.sort().stream().map(k -> k.ascending() ? "asc" : "desc")
                .collect(Collectors.joining(",")));
        for (Filter f : request.filters()) {
            q.append('&').append(f.field()).append('=').append(escape(f.linkValue()));
        }
        q.append("&limit=").append(request.limit());
        q.append("&marker=").append(escape(lastId));
        List<String> fields = request.fields();
        if (fields != null) {
            q.append("&fields=").append(String.join(",", fields));
        }
        return baseUrl + "/v2/" + schema.collection() + "?" + q;
    }

    /** Keeps the link readable like Mistral's while making it safe to follow. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '&' -> out.append("%26");
                case '#' -> out.append("%23");
                case '%' -> out.append("%25");
                case '+' -> out.append("%2B");
                case '?' -> out.append("%3F");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
