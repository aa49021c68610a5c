package io.bora.cli;

import java.util.Map;

/**
 * Finds the server root: {@code --url} / {@code --os-mistral-url}, then BORA_URL, then OS_MISTRAL_URL, then
 * the default. Users copy URLs with or without the API version, so a trailing /v2 or /v1 is dropped.
 */
final class ServerUrl {
    static final String DEFAULT = "http://127.0.0.1:8989";

    private ServerUrl() {
    }

    static String resolve(String option, Map<String, String> env) {
        String url = firstNonBlank(option, env.get("BORA_URL"), env.get("OS_MISTRAL_URL"), DEFAULT);
        url = stripSlashes(url.strip());
        if (url.endsWith("/v2") || url.endsWith("/v1")) {
            url = stripSlashes(url.substring(0, url.length() - 3));
        }
        return url;
    }

    private static String stripSlashes(String s) {
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return DEFAULT;
    }
}
