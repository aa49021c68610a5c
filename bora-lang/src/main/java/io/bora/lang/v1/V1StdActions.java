package io.bora.lang.v1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the v1 action types become: the std action each runs on, the inputs those std actions take
 * (so task parameters of the same name pass straight through) and v1's parameter names for e-mail.
 */
final class V1StdActions {
    static final String HTTP = "std.http";
    static final String MISTRAL_HTTP = "std.mistral_http";
    static final String ECHO = "std.echo";
    static final String EMAIL = "std.email";
    static final String SSH = "std.ssh";

    private static final Map<String, String> SERVICE_TYPES = Map.of(
            "REST_API", HTTP, "MISTRAL_REST_API", MISTRAL_HTTP, "ECHO", ECHO, "SEND_EMAIL", EMAIL, "SSH", SSH);

    private static final Set<String> HTTP_INPUTS = Set.of("url", "method", "params", "body", "json", "headers",
            "cookies", "auth", "timeout", "allow_redirects", "proxies", "verify");
    private static final Map<String, Set<String>> INPUTS = Map.of(
            HTTP, HTTP_INPUTS, MISTRAL_HTTP, HTTP_INPUTS,
            ECHO, Set.of("output", "delay"),
            EMAIL, Set.of("from_addr", "to_addrs", "smtp_server", "reply_to", "cc_addrs", "bcc_addrs",
                    "smtp_password", "subject", "body", "html_body"),
            SSH, Set.of("cmd", "host", "username", "password", "private_key_filename", "private_key"));

    /** v1's SEND_EMAIL names (and the v0.1 DSL's params/settings) against std.email's. */
    private static final Map<String, String> EMAIL_NAMES = Map.of("to", "to_addrs", "from", "from_addr",
            "password", "smtp_password", "cc", "cc_addrs", "bcc", "bcc_addrs", "reply-to", "reply_to");

    private V1StdActions() {
    }

    /** The std action of a v1 service type, or null when Bora has none (OSLO_RPC). */
    static String forServiceType(String type) {
        return type == null ? null : SERVICE_TYPES.get(type.strip().toUpperCase());
    }

    static boolean isHttp(String base) {
        return HTTP.equals(base) || MISTRAL_HTTP.equals(base);
    }

    /** Whether {@code base} takes an input called {@code name}; unknown bases take nothing extra. */
    static boolean accepts(String base, String name) {
        return INPUTS.getOrDefault(base, Set.of()).contains(name);
    }

    /** The base action's name for a v1 parameter name. */
    static String rename(String base, String name) {
        return EMAIL.equals(base) ? EMAIL_NAMES.getOrDefault(name, name) : name;
    }

    /** Parameters in std.email's names: the v0.1 {@code params}/{@code settings} groups are flattened. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> normalise(String base, Map<String, Object> parameters) {
        if (!EMAIL.equals(base)) {
            return parameters;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if ((k.equals("params") || k.equals("settings")) && v instanceof Map<?, ?> group) {
                ((Map<String, Object>) group).forEach((gk, gv) -> out.put(rename(base, gk), toList(gk, gv)));
            } else {
                out.put(rename(base, k), toList(k, v));
            }
        });
        return out;
    }

    /** std.email wants address lists; v1 allowed a single address. */
    private static Object toList(String v1Name, Object value) {
        boolean addressList = List.of("to", "to_addrs", "cc", "cc_addrs", "bcc", "bcc_addrs").contains(v1Name);
        if (addressList && value instanceof String s && !s.strip().startsWith("$") && !s.contains("<%")) {
            return List.of(s);
        }
        return value;
    }
}
